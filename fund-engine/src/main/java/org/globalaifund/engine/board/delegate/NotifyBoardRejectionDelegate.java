package org.globalaifund.engine.board.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.board.BoardLifecycle;
import org.springframework.stereotype.Component;

/** BoardDecision, "Notify the applicant of the rejection": the email (the rejection itself was recorded at the close). */
@Component(ProcessNames.DELEGATE_NOTIFY_BOARD_REJECTION)
public class NotifyBoardRejectionDelegate implements JavaDelegate {

    private final BoardLifecycle lifecycle;

    public NotifyBoardRejectionDelegate(BoardLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.notifyRejection((String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID));
    }
}
