package org.globalaifund.engine.review.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.springframework.stereotype.Component;

/** Review, "Resume review": the applicant answered (our tables recorded it before the message came). */
@Component(ProcessNames.DELEGATE_RESUME_REVIEW)
public class ResumeReviewDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(ProcessNames.VAR_REVIEW_INFORMATION_OPEN, false);
    }
}
