package org.globalaifund.engine.application.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.ApplicationLifecycle;
import org.springframework.stereotype.Component;

/** Application, "Mark application lapsed": the applicant did not answer before the deadline. */
@Component(ProcessNames.DELEGATE_LAPSE_APPLICATION)
public class LapseApplicationDelegate implements JavaDelegate {

    private final ApplicationLifecycle lifecycle;

    public LapseApplicationDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
        lifecycle.lapseApplication(applicationId);
    }
}
