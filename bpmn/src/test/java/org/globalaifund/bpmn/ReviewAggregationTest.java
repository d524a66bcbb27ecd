package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.bpmn.ProcessNames.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ReviewAggregation decision as deployed on the engine, at its edges: two totals more than 1.50 apart ask for
 * one third review, and the mean of the totals falls into a band at 4.00 and 3.00. Its inputs come at two decimals
 * (the collect delegate rounds them), so 1.50 and 1.51 are the two sides of the spread rule.
 */
@Deployment(resources = "bpmn/ReviewAggregation.dmn")
class ReviewAggregationTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    private DecisionService decisionService;

    @BeforeEach
    void setUp() {
        decisionService = extension.getProcessEngine().getDecisionService();
    }

    @Test
    void shouldNotAskForAThirdReviewWhenTwoTotalsAreExactly150Apart() {
        assertThat(decide(2, 1.50, 3.25)).containsExactlyInAnyOrderEntriesOf(
                result(false, RECOMMENDATION_FUND_WITH_CONDITIONS));
    }

    @Test
    void shouldAskForAThirdReviewWithoutARecommendationWhenTwoTotalsAre151Apart() {
        assertThat(decide(2, 1.51, 3.25)).containsExactlyInAnyOrderEntriesOf(result(true, null));
    }

    @Test
    void shouldAskForAThirdReviewWhateverTheMeanWhenTwoTotalsAreFarApart() {
        assertThat(decide(2, 4.00, 3.00)).containsExactlyInAnyOrderEntriesOf(result(true, null));
    }

    @Test
    void shouldNeverAskForAFourthReviewWhenThreeAreInHoweverFarApart() {
        assertThat(decide(3, 4.00, 3.00)).containsExactlyInAnyOrderEntriesOf(
                result(false, RECOMMENDATION_FUND_WITH_CONDITIONS));
    }

    @ParameterizedTest(name = "{0} reviews, mean {1} -> {2}")
    @CsvSource({
            "2, 5.00, FUND",
            "2, 4.00, FUND",
            "2, 3.99, FUND_WITH_CONDITIONS",
            "2, 3.00, FUND_WITH_CONDITIONS",
            "2, 2.99, DO_NOT_FUND",
            "2, 1.00, DO_NOT_FUND",
            "3, 4.00, FUND",
            "3, 3.99, FUND_WITH_CONDITIONS",
            "3, 3.00, FUND_WITH_CONDITIONS",
            "3, 2.99, DO_NOT_FUND",
    })
    void shouldRecommendTheBandOfTheMeanAtItsThresholds(int reviewCount, double meanScore, String recommendation) {
        assertThat(decide(reviewCount, 0.50, meanScore)).containsExactlyInAnyOrderEntriesOf(
                result(false, recommendation));
    }

    @Test
    void shouldNotFundWhenNothingIsKnown() {
        assertThat(decide(null, null, null)).containsExactlyInAnyOrderEntriesOf(
                result(false, RECOMMENDATION_DO_NOT_FUND));
    }

    @Test
    void shouldNotFundWithoutAMean() {
        assertThat(decide(2, 0.50, null)).containsExactlyInAnyOrderEntriesOf(
                result(false, RECOMMENDATION_DO_NOT_FUND));
    }

    @Test
    void shouldGiveTheBandWithoutAskingWhenTheCountOrTheSpreadIsMissing() {
        assertThat(decide(null, 2.00, 4.50)).containsExactlyInAnyOrderEntriesOf(result(false, RECOMMENDATION_FUND));
        assertThat(decide(2, null, 4.50)).containsExactlyInAnyOrderEntriesOf(result(false, RECOMMENDATION_FUND));
    }

    private Map<String, Object> decide(Integer reviewCount, Double scoreSpread, Double meanScore) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(VAR_REVIEW_COUNT, reviewCount);
        inputs.put(VAR_SCORE_SPREAD, scoreSpread);
        inputs.put(VAR_MEAN_SCORE, meanScore);
        return decisionService.evaluateDecisionByKey(DECISION_REVIEW_AGGREGATION).variables(inputs).evaluate()
                .getSingleResult().getEntryMap();
    }

    private static Map<String, Object> result(boolean thirdReviewNeeded, String recommendation) {
        Map<String, Object> result = new HashMap<>();
        result.put(VAR_THIRD_REVIEW_NEEDED, thirdReviewNeeded);
        result.put(VAR_RECOMMENDATION, recommendation);
        return result;
    }
}
