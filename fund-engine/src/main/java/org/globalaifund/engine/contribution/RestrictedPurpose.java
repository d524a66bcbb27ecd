package org.globalaifund.engine.contribution;

/** What a restricted fund may be spent on: a call, an SDG goal, a UN region or one of the five enablers. */
public enum RestrictedPurpose {
    NONE,
    CALL,
    SDG_GOAL,
    REGION,
    ENABLER
}
