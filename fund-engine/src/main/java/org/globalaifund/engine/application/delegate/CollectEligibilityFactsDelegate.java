package org.globalaifund.engine.application.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.ApplicationLifecycle;
import org.globalaifund.engine.application.EligibilityFacts;
import org.springframework.stereotype.Component;

/** Application, "Collect eligibility facts": the four booleans the Eligibility decision reads. */
@Component(ProcessNames.DELEGATE_COLLECT_ELIGIBILITY_FACTS)
public class CollectEligibilityFactsDelegate implements JavaDelegate {

    private final ApplicationLifecycle lifecycle;

    public CollectEligibilityFactsDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
        EligibilityFacts facts = lifecycle.eligibilityFacts(applicationId);
        execution.setVariable(ProcessNames.VAR_CALL_OPEN, facts.callOpen());
        execution.setVariable(ProcessNames.VAR_COUNTRY_ELIGIBLE, facts.countryEligible());
        execution.setVariable(ProcessNames.VAR_WITHIN_LIMITS, facts.withinLimits());
        execution.setVariable(ProcessNames.VAR_REQUIRED_PARTS_PRESENT, facts.requiredPartsPresent());
    }
}
