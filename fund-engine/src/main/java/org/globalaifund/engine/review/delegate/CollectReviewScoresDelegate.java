package org.globalaifund.engine.review.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.review.ReviewLifecycle;
import org.springframework.stereotype.Component;

/** Review, "Collect review totals": what the ReviewAggregation decision weighs, at two decimals. */
@Component(ProcessNames.DELEGATE_COLLECT_REVIEW_SCORES)
public class CollectReviewScoresDelegate implements JavaDelegate {

    private final ReviewLifecycle lifecycle;

    public CollectReviewScoresDelegate(ReviewLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewLifecycle.Totals totals = lifecycle.totals(Slots.applicationId(execution));
        execution.setVariable(ProcessNames.VAR_REVIEW_COUNT, totals.count());
        execution.setVariable(ProcessNames.VAR_SCORE_SPREAD, totals.spread().doubleValue());
        execution.setVariable(ProcessNames.VAR_MEAN_SCORE, totals.mean().doubleValue());
    }
}
