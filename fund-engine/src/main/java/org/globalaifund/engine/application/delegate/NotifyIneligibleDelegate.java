package org.globalaifund.engine.application.delegate;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.ApplicationLifecycle;
import org.springframework.stereotype.Component;

/** Application, "Notify applicant of ineligibility": with the reason the Eligibility decision gave. */
@Component(ProcessNames.DELEGATE_NOTIFY_INELIGIBLE)
public class NotifyIneligibleDelegate implements JavaDelegate {

    private static final String REASON = "reason";

    private final ApplicationLifecycle lifecycle;

    public NotifyIneligibleDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
        @SuppressWarnings("unchecked")
        Map<String, Object> eligibility = (Map<String, Object>) execution.getVariable(ProcessNames.VAR_ELIGIBILITY);
        lifecycle.notifyIneligible(applicationId, (String) eligibility.get(REASON));
    }
}
