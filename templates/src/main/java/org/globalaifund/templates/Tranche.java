package org.globalaifund.templates;

import java.time.LocalDate;
import java.util.List;

/**
 * One tranche of a grant's schedule: its number, its amount, and when it falls due: a date, a condition
 * ("on acceptance of the first progress report"), or both.
 */
public record Tranche(int number, Amount amount, LocalDate dueDate, String condition) {

    public Tranche {
        if (number < 1) {
            throw new IllegalArgumentException("A tranche's number starts at 1, not " + number + ".");
        }
        Require.present(amount, "Tranche " + number + "'s amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Tranche " + number + "'s amount must be positive.");
        }
        condition = Require.optional(condition);
        if (dueDate == null && condition.isEmpty()) {
            throw new IllegalArgumentException("Tranche " + number + " needs a due date or a condition.");
        }
    }

    /**
     * Checks a schedule: tranches numbered in increasing order, all in {@code total}'s currency and, when
     * {@code total} is given, adding up to it exactly.
     */
    static List<Tranche> schedule(List<Tranche> tranches, Amount total, String what) {
        List<Tranche> checked = Require.nonEmpty(tranches, what);
        long sum = 0;
        int previous = 0;
        for (Tranche tranche : checked) {
            if (tranche.number() <= previous) {
                throw new IllegalArgumentException(what + ": tranche " + tranche.number() + " comes after tranche "
                        + previous + "; number them in increasing order.");
            }
            previous = tranche.number();
            if (!tranche.amount().currency().equals(total.currency())) {
                throw new IllegalArgumentException(what + ": tranche " + tranche.number() + " is in "
                        + tranche.amount().currency() + ", the total in " + total.currency() + ".");
            }
            sum = Math.addExact(sum, tranche.amount().minor());
        }
        if (sum != total.minor()) {
            throw new IllegalArgumentException(what + ": the tranches add up to "
                    + new Amount(sum, total.currency()).decimal().toPlainString() + " " + total.currency() + ", not "
                    + total.decimal().toPlainString() + " " + total.currency() + ".");
        }
        return checked;
    }
}
