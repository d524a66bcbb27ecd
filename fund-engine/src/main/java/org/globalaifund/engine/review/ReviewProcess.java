package org.globalaifund.engine.review;

import static org.globalaifund.bpmn.ProcessNames.MESSAGE_REVIEWER_CONFLICTED;
import static org.globalaifund.bpmn.ProcessNames.MESSAGE_REVIEW_INFORMATION_REQUESTED;
import static org.globalaifund.bpmn.ProcessNames.MESSAGE_REVIEW_SUBMITTED;
import static org.globalaifund.bpmn.ProcessNames.VAR_REVIEW_SLOT;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The application's side of the Review process: each message is correlated after our tables recorded what the person
 * did, inside the same transaction, so a process that is not waiting for it undoes the change (the person is told to
 * try again) instead of leaving a review the process never learns of. A reviewer's messages reach their own slot only.
 */
@Component
class ReviewProcess {

    private final RuntimeService runtime;
    private final MessageSourceAccessor texts;

    ReviewProcess(RuntimeService runtime, MessageSourceAccessor texts) {
        this.runtime = runtime;
        this.texts = texts;
    }

    void submitted(Review review) {
        correlate(runtime.createMessageCorrelation(MESSAGE_REVIEW_SUBMITTED), review);
    }

    void conflicted(Review review) {
        correlate(runtime.createMessageCorrelation(MESSAGE_REVIEWER_CONFLICTED), review);
    }

    void informationRequested(String applicationId) {
        correlate(runtime.createMessageCorrelation(MESSAGE_REVIEW_INFORMATION_REQUESTED).processInstanceBusinessKey(applicationId));
    }

    private void correlate(MessageCorrelationBuilder message, Review review) {
        correlate(message.processInstanceBusinessKey(review.applicationId()).localVariableEquals(VAR_REVIEW_SLOT, review.slot()));
    }

    private void correlate(MessageCorrelationBuilder message) {
        try {
            message.correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw FundException.conflict(texts.getMessage("review.error.processNotWaiting"));
        }
    }
}
