package org.globalaifund.engine.review.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.review.ReviewLifecycle;
import org.springframework.stereotype.Component;

/** Review, "Send reminder": three days before the slot's deadline. */
@Component(ProcessNames.DELEGATE_SEND_REVIEW_REMINDER)
public class SendReviewReminderDelegate implements JavaDelegate {

    private final ReviewLifecycle lifecycle;

    public SendReviewReminderDelegate(ReviewLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.remind(Slots.applicationId(execution), Slots.slot(execution));
    }
}
