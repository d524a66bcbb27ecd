package org.globalaifund.engine.call;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A call's review criteria weights as ADMIN entered them (positive, e.g. 3, 2, 2, 2, 1), and each weight's
 * share of their sum, which is what a review uses: the shares always add up to one.
 */
public record ReviewWeights(Map<ReviewCriterion, BigDecimal> entered) {

    public ReviewWeights {
        entered = Collections.unmodifiableMap(new EnumMap<>(entered));
    }

    /** Every criterion weighs the same. */
    public static ReviewWeights equal() {
        Map<ReviewCriterion, BigDecimal> weights = new EnumMap<>(ReviewCriterion.class);
        for (ReviewCriterion c : ReviewCriterion.values()) {
            weights.put(c, BigDecimal.ONE);
        }
        return new ReviewWeights(weights);
    }

    /** The criterion's share of the total weight, to six decimals. */
    public BigDecimal share(ReviewCriterion criterion) {
        BigDecimal total = entered.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return entered.getOrDefault(criterion, BigDecimal.ZERO).divide(total, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_EVEN);
    }

    public Map<ReviewCriterion, BigDecimal> shares() {
        Map<ReviewCriterion, BigDecimal> shares = new EnumMap<>(ReviewCriterion.class);
        entered.keySet().forEach(c -> shares.put(c, share(c)));
        return shares;
    }

    /** A share as a percentage for people, e.g. "20.0". */
    public String percent(ReviewCriterion criterion) {
        return share(criterion).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
