package org.globalaifund.engine.application.delegate;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.application.ApplicationLifecycle;
import org.springframework.stereotype.Component;

/** Application, "Request more information": sends the screener's question and sets the deadline the timer waits for. */
@Component(ProcessNames.DELEGATE_REQUEST_MORE_INFORMATION)
public class RequestMoreInformationDelegate implements JavaDelegate {

    private final ApplicationLifecycle lifecycle;

    public RequestMoreInformationDelegate(ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
        Instant dueAt = lifecycle.requestMoreInformation(applicationId);
        execution.setVariable(ProcessNames.VAR_INFORMATION_DUE_AT, Date.from(dueAt));
    }
}
