package org.globalaifund.engine.account;

/** What a one-time account link does: confirm the email of a new registration, or reset a forgotten password. */
public enum TokenPurpose {
    CONFIRM_EMAIL,
    RESET_PASSWORD
}
