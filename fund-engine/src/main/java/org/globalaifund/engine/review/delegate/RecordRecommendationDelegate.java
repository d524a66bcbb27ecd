package org.globalaifund.engine.review.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.review.Recommendation;
import org.globalaifund.engine.review.ReviewLifecycle;
import org.springframework.stereotype.Component;

/** Review, "Record recommendation": the aggregated result and the band the decision gave. */
@Component(ProcessNames.DELEGATE_RECORD_RECOMMENDATION)
public class RecordRecommendationDelegate implements JavaDelegate {

    private final ReviewLifecycle lifecycle;

    public RecordRecommendationDelegate(ReviewLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String band = (String) execution.getVariable(ProcessNames.VAR_RECOMMENDATION);
        lifecycle.record(Slots.applicationId(execution), Recommendation.valueOf(band));
    }
}
