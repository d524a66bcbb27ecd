package org.globalaifund.engine.application.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.ApplicationLifecycle;
import org.springframework.stereotype.Component;

/** Application, "Record withdrawal": makes sure the application is recorded as withdrawn. */
@Component(ProcessNames.DELEGATE_RECORD_WITHDRAWAL)
public class RecordWithdrawalDelegate implements JavaDelegate {

    private final ApplicationLifecycle lifecycle;

    public RecordWithdrawalDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
        lifecycle.recordWithdrawal(applicationId);
    }
}
