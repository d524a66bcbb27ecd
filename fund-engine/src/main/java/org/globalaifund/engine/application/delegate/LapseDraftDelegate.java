package org.globalaifund.engine.application.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.ApplicationLifecycle;
import org.springframework.stereotype.Component;

/** Application, "Mark draft lapsed": the call closed before the draft was submitted. */
@Component(ProcessNames.DELEGATE_LAPSE_DRAFT)
public class LapseDraftDelegate implements JavaDelegate {

    private final ApplicationLifecycle lifecycle;

    public LapseDraftDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
        lifecycle.lapseDraft(applicationId);
    }
}
