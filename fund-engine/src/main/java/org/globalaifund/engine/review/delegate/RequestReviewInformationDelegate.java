package org.globalaifund.engine.review.delegate;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.review.ReviewLifecycle;
import org.springframework.stereotype.Component;

/** Review, "Send the question": emails the applicant and holds the review until the answer or the deadline. */
@Component(ProcessNames.DELEGATE_REQUEST_REVIEW_INFORMATION)
public class RequestReviewInformationDelegate implements JavaDelegate {

    private final ReviewLifecycle lifecycle;

    public RequestReviewInformationDelegate(ReviewLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date dueAt = Date.from(lifecycle.informationRequested(Slots.applicationId(execution)));
        execution.setVariable(ProcessNames.VAR_REVIEW_INFORMATION_DUE_AT, dueAt);
        execution.getProcessInstance().setVariable(ProcessNames.VAR_REVIEW_INFORMATION_OPEN, true);
    }
}
