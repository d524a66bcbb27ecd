package org.globalaifund.engine.contribution;

/**
 * A fund in the fund-accounting sense: {@code UNRESTRICTED}, or the money of one donor restricted to one
 * purpose. Every ledger line carries its fund, and each fund balances on its own.
 */
public record Fund(String code, String name, String donorId, RestrictedPurpose purpose, String purposeValue) {

    public static final String UNRESTRICTED = "UNRESTRICTED";

    public boolean restricted() {
        return purpose != RestrictedPurpose.NONE;
    }
}
