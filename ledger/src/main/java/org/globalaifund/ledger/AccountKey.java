package org.globalaifund.ledger;

import java.util.Objects;

/**
 * The natural key of an account: book, chart code (e.g. {@code 2100}), fund ({@code UNRESTRICTED} or a restricted
 * fund code) and dimensions. Opening the same key twice yields the same account.
 */
public record AccountKey(String book, String chartCode, String fund, Dimensions dimensions) {

    public static final String UNRESTRICTED = "UNRESTRICTED";

    public AccountKey {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(chartCode, "chartCode");
        Objects.requireNonNull(fund, "fund");
        dimensions = dimensions == null ? Dimensions.NONE : dimensions;
        if (!chartCode.matches("[0-9A-Z.-]{1,16}")) {
            throw new IllegalArgumentException("chart code must be 1-16 of [0-9A-Z.-]: " + chartCode);
        }
        if (fund.isEmpty() || fund.length() > 64 || fund.indexOf('|') >= 0) {
            throw new IllegalArgumentException("fund must be 1-64 characters without '|': " + fund);
        }
    }

    public static AccountKey of(String book, String chartCode, String fund) {
        return new AccountKey(book, chartCode, fund, Dimensions.NONE);
    }

    public AccountKey with(Dimensions newDimensions) {
        return new AccountKey(book, chartCode, fund, newDimensions);
    }

    /** One string that is unique per key; stored in a unique column so that find-or-open is safe under concurrency. */
    public String canonical() {
        Dimensions d = dimensions;
        return String.join("|", book, chartCode, fund, part(d.donor()), part(d.grant()), part(d.tranche()),
                part(d.node()), part(d.category()));
    }

    private static String part(String value) {
        return value == null ? "" : value;
    }
}
