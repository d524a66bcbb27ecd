package org.globalaifund.ledger;

/** Debit or credit: the side of a line, and the normal side of an account. */
public enum Side {
    DEBIT('D'), CREDIT('C');

    private final char code;

    Side(char code) {
        this.code = code;
    }

    /** The one-letter code stored in the database. */
    public String code() {
        return String.valueOf(code);
    }

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }

    public static Side ofCode(String code) {
        return switch (code) {
            case "D" -> DEBIT;
            case "C" -> CREDIT;
            default -> throw new IllegalArgumentException("no side " + code);
        };
    }
}
