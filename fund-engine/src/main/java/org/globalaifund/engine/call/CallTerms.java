package org.globalaifund.engine.call;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call as ADMIN enters it, before validation: amounts are decimal strings in the call's currency, limits
 * may be left empty (none offered), and empty weights mean every criterion weighs the same.
 */
public record CallTerms(String ref, String title, String description, String currency, String budget,
        LocalDate opensOn, LocalDate closesOn, Set<PriorityArea> priorityAreas, List<Integer> sdgGoals,
        Set<String> countries, List<String> fundCodes, Limits limits, Map<ReviewCriterion, BigDecimal> weights) {

    /** Limits per application as entered; null counts as zero. */
    public record Limits(String maxCash, Integer maxGpuHours, Integer maxTrainingSeats, Integer maxExpertHours) {}
}
