package org.globalaifund.engine.grant;

import static org.globalaifund.bpmn.ProcessNames.MESSAGE_GRANT_ACCEPTED;
import static org.globalaifund.bpmn.ProcessNames.MESSAGE_GRANT_DECLINED;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The grant's side of the GrantAgreement process: tells it the applicant accepted or declined, by business key
 * (= application id), after our tables and the ledger recorded it, in the same transaction. When the process no
 * longer waits (the deadline fired, the offer was declined) the correlation is refused and the caller's whole
 * transaction, ledger entries included, rolls back.
 */
@Component
class GrantProcess {

    private final RuntimeService runtime;
    private final MessageSourceAccessor texts;

    GrantProcess(RuntimeService runtime, MessageSourceAccessor texts) {
        this.runtime = runtime;
        this.texts = texts;
    }

    void accepted(String applicationId) {
        correlate(MESSAGE_GRANT_ACCEPTED, applicationId);
    }

    void declined(String applicationId) {
        correlate(MESSAGE_GRANT_DECLINED, applicationId);
    }

    private void correlate(String message, String applicationId) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(applicationId).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw FundException.conflict(texts.getMessage("grant.error.processNotWaiting"));
        }
    }
}
