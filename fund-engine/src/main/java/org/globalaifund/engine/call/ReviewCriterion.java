package org.globalaifund.engine.call;

/** The five criteria reviewers score every application on; each call weighs them. */
public enum ReviewCriterion {
    SDG_IMPACT,
    FEASIBILITY,
    LOCAL_CAPACITY_AND_OWNERSHIP,
    GOVERNANCE_AND_SAFETY,
    VALUE_FOR_MONEY
}
