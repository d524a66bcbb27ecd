package org.globalaifund.engine.board;

import static org.globalaifund.bpmn.ProcessNames.MESSAGE_BOARD_DECIDED;
import static org.globalaifund.bpmn.ProcessNames.VAR_BOARD_OUTCOME;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The board's side of the BoardDecision process: one BoardDecided message per decided item, by business key, with
 * {@code boardOutcome} set, correlated after our tables recorded the votes and the outcome and in the same
 * transaction, so a process that is not waiting turns the close into a conflict and nothing is kept.
 */
@Component
class BoardProcess {

    private final RuntimeService runtime;
    private final MessageSourceAccessor texts;

    BoardProcess(RuntimeService runtime, MessageSourceAccessor texts) {
        this.runtime = runtime;
        this.texts = texts;
    }

    void decided(String applicationId, String outcome) {
        try {
            runtime.createMessageCorrelation(MESSAGE_BOARD_DECIDED).processInstanceBusinessKey(applicationId)
                    .setVariable(VAR_BOARD_OUTCOME, outcome).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw FundException.conflict(texts.getMessage("board.error.processNotWaiting"));
        }
    }
}
