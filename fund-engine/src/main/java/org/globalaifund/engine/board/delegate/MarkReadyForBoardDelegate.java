package org.globalaifund.engine.board.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.board.BoardLifecycle;
import org.springframework.stereotype.Component;

/** BoardDecision, "Put on the board's list": READY_FOR_BOARD, so ADMIN may put the application on a docket. */
@Component(ProcessNames.DELEGATE_MARK_READY_FOR_BOARD)
public class MarkReadyForBoardDelegate implements JavaDelegate {

    private final BoardLifecycle lifecycle;

    public MarkReadyForBoardDelegate(BoardLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.markReady((String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID));
    }
}
