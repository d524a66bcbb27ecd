package org.globalaifund.engine.review.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.review.ReviewLifecycle;
import org.springframework.stereotype.Component;

/** Review, "Record unanswered request": the deadline passed; the review goes on without the answer. */
@Component(ProcessNames.DELEGATE_LAPSE_REVIEW_INFORMATION)
public class LapseReviewInformationDelegate implements JavaDelegate {

    private final ReviewLifecycle lifecycle;

    public LapseReviewInformationDelegate(ReviewLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.informationLapsed(Slots.applicationId(execution));
        execution.getProcessInstance().setVariable(ProcessNames.VAR_REVIEW_INFORMATION_OPEN, false);
    }
}
