package org.globalaifund.engine.review.delegate;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.review.Review;
import org.globalaifund.engine.review.ReviewLifecycle;
import org.springframework.stereotype.Component;

/** Review, "Schedule review and notify reviewer": the slot's deadline and reminder date, and the reviewer's email. */
@Component(ProcessNames.DELEGATE_SCHEDULE_REVIEW)
public class ScheduleReviewDelegate implements JavaDelegate {

    private final ReviewLifecycle lifecycle;

    public ScheduleReviewDelegate(ReviewLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Review review = lifecycle.schedule(Slots.applicationId(execution), Slots.slot(execution));
        execution.setVariableLocal(ProcessNames.VAR_REVIEW_DUE_AT, Date.from(review.dueAt()));
        execution.setVariableLocal(ProcessNames.VAR_REVIEW_REMIND_AT, Date.from(review.remindAt()));
    }
}
