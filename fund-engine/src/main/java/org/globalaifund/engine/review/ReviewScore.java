package org.globalaifund.engine.review;

import java.math.BigDecimal;
import org.globalaifund.engine.call.ReviewCriterion;

/** A score (1-5) on one criterion with the reviewer's comment, and the criterion's share in the call's weights. */
public record ReviewScore(ReviewCriterion criterion, int score, String comment, BigDecimal weight) {}
