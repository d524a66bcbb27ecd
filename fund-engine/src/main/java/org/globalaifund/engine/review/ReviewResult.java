package org.globalaifund.engine.review;

import java.math.BigDecimal;
import java.time.Instant;

/** What the reviews of an application came to: how many, their mean total and spread, and the recommendation band. */
public record ReviewResult(String applicationId, int reviewCount, BigDecimal meanScore, BigDecimal scoreSpread,
        Recommendation recommendation, Instant decidedAt) {}
