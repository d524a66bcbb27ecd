package org.globalaifund.engine.review;

/** The recommendation band the ReviewAggregation decision gives the mean of an application's review totals. */
public enum Recommendation { FUND, FUND_WITH_CONDITIONS, DO_NOT_FUND }
