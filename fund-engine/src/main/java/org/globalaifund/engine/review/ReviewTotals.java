package org.globalaifund.engine.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.call.ReviewCriterion;
import org.globalaifund.engine.call.ReviewWeights;

/**
 * The arithmetic of reviews: a review's total is the weighted mean of its five scores with the call's weights
 * (1.00-5.00), and the reviews of an application come to the mean of their totals and the spread between the
 * highest and the lowest. Everything at two decimals, rounded half-even, so the ReviewAggregation decision compares
 * exactly the figures people see ("1.50 apart" is 1.50, never 1.4999...).
 */
public final class ReviewTotals {

    private static final int SCALE = 2;

    private ReviewTotals() {
    }

    /** The weighted mean of the scores: sum of weight x score over the sum of the weights, two decimals. */
    public static BigDecimal total(Map<ReviewCriterion, Integer> scores, ReviewWeights weights) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (ReviewCriterion criterion : ReviewCriterion.values()) {
            BigDecimal weight = weights.entered().getOrDefault(criterion, BigDecimal.ZERO);
            Integer score = scores.get(criterion);
            if (score == null || score < 1 || score > 5) {
                throw new IllegalArgumentException("A score from 1 to 5 is needed for " + criterion);
            }
            weighted = weighted.add(weight.multiply(BigDecimal.valueOf(score)));
            weightSum = weightSum.add(weight);
        }
        return weighted.divide(weightSum, SCALE, RoundingMode.HALF_EVEN);
    }

    /** The mean of the totals, two decimals. */
    public static BigDecimal mean(List<BigDecimal> totals) {
        requireSome(totals);
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(totals.size()), SCALE, RoundingMode.HALF_EVEN);
    }

    /** The highest total minus the lowest. */
    public static BigDecimal spread(List<BigDecimal> totals) {
        requireSome(totals);
        BigDecimal max = totals.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = totals.stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static void requireSome(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("No review total");
        }
    }
}
