package org.globalaifund.ledger;

import java.util.Objects;

/** One line of an entry: an amount in the book's minor unit on the debit or credit side of an account. */
public record Line(long accountId, Side side, long amount) {

    public Line {
        Objects.requireNonNull(side, "side");
    }

    public static Line debit(long accountId, long amount) {
        return new Line(accountId, Side.DEBIT, amount);
    }

    public static Line credit(long accountId, long amount) {
        return new Line(accountId, Side.CREDIT, amount);
    }
}
