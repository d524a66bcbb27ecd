package org.globalaifund.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.call.ReviewWeights;
import org.junit.jupiter.api.Test;

class ReviewTotalsTest {

    @Test
    void equalWeightsGiveThePlainMean() {
        assertThat(ReviewTotals.total(scores(5, 4, 4, 3, 3), ReviewWeights.equal())).isEqualByComparingTo("3.80");
    }

    @Test
    void weightsCountAsTheirShareOfTheSum() {
        Map<ReviewCriterion, BigDecimal> weights = new EnumMap<>(ReviewCriterion.class);
        weights.put(ReviewCriterion.SDG_IMPACT, new BigDecimal("3"));
        weights.put(ReviewCriterion.FEASIBILITY, new BigDecimal("2"));
        weights.put(ReviewCriterion.LOCAL_CAPACITY_AND_OWNERSHIP, new BigDecimal("2"));
        weights.put(ReviewCriterion.GOVERNANCE_AND_SAFETY, new BigDecimal("2"));
        weights.put(ReviewCriterion.VALUE_FOR_MONEY, new BigDecimal("1"));
        // (3x5 + 2x1 + 2x1 + 2x1 + 1x1) / 10 = 2.20
        assertThat(ReviewTotals.total(scores(5, 1, 1, 1, 1), new ReviewWeights(weights))).isEqualByComparingTo("2.20");
    }

    @Test
    void totalsRoundHalfEvenToTwoDecimals() {
        Map<ReviewCriterion, BigDecimal> weights = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            weights.put(c, c == ReviewCriterion.SDG_IMPACT ? new BigDecimal("2") : BigDecimal.ONE);
        }
        // (2x5 + 4 + 4 + 4 + 4) / 6 = 4.3333...
        assertThat(ReviewTotals.total(scores(5, 4, 4, 4, 4), new ReviewWeights(weights))).isEqualByComparingTo("4.33");
        // (4.125 -> 4.12, 4.135 -> 4.14): half-even on the mean of totals
        assertThat(ReviewTotals.mean(List.of(new BigDecimal("4.12"), new BigDecimal("4.13")))).isEqualByComparingTo("4.12");
        assertThat(ReviewTotals.mean(List.of(new BigDecimal("4.13"), new BigDecimal("4.14")))).isEqualByComparingTo("4.14");
    }

    @Test
    void theSpreadIsHighestMinusLowest() {
        assertThat(ReviewTotals.spread(List.of(new BigDecimal("3.50"), new BigDecimal("5.00"), new BigDecimal("4.10"))))
                .isEqualByComparingTo("1.50");
        assertThat(ReviewTotals.spread(List.of(new BigDecimal("4.00")))).isEqualByComparingTo("0.00");
    }

    @Test
    void aMissingOrOutOfRangeScoreIsRefused() {
        Map<ReviewCriterion, Integer> missing = scores(5, 4, 4, 4, 4);
        missing.remove(ReviewCriterion.VALUE_FOR_MONEY);
        assertThatThrownBy(() -> ReviewTotals.total(missing, ReviewWeights.equal())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewTotals.total(scores(6, 4, 4, 4, 4), ReviewWeights.equal())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewTotals.mean(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<ReviewCriterion, Integer> scores(int... values) {
        Map<ReviewCriterion, Integer> scores = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            scores.put(c, values[c.ordinal()]);
        }
        return scores;
    }
}
