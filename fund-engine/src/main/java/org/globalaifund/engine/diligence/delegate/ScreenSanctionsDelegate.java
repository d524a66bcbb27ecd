package org.globalaifund.engine.diligence.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.diligence.DiligenceLifecycle;
import org.springframework.stereotype.Component;

/** BoardDecision, "Screen organisation and signatories": sets {@code sanctionsResult} to CLEAR or POSSIBLE_MATCH. */
@Component(ProcessNames.DELEGATE_SCREEN_SANCTIONS)
public class ScreenSanctionsDelegate implements JavaDelegate {

    private final DiligenceLifecycle lifecycle;

    public ScreenSanctionsDelegate(DiligenceLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
        execution.setVariable(ProcessNames.VAR_SANCTIONS_RESULT, lifecycle.screen(applicationId).name());
    }
}
