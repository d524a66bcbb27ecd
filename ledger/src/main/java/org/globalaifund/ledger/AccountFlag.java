package org.globalaifund.ledger;

/**
 * Balance limits of an account, checked on every new entry with pending amounts counted
 * (TigerBeetle's {@code debits_must_not_exceed_credits} and its mirror).
 */
public enum AccountFlag {
    /** posted debits + pending debits must stay at or below posted credits (e.g. cash, 8100 Available for commitment) */
    DEBITS_MUST_NOT_EXCEED_CREDITS,
    /** posted credits + pending credits must stay at or below posted debits */
    CREDITS_MUST_NOT_EXCEED_DEBITS
}
