package org.globalaifund.engine.grant;

/** Where a grant stands: offered until accepted (committed), declined, or lapsed at its deadline. */
public enum GrantStatus {
    OFFERED, COMMITTED, DECLINED, LAPSED
}
