package org.globalaifund.ledger;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * Posted debits and credits per account of one book (or one fund of it) up to a value date. A ledger that balances
 * per book and per fund always shows equal totals (BigInteger: many accounts may sum past a long).
 *
 * @param fund null for the whole book
 * @param asOf null for everything recorded
 */
public record TrialBalance(String book, String fund, LocalDate asOf, List<Row> rows, BigInteger totalDebits,
                           BigInteger totalCredits) {

    public TrialBalance {
        rows = List.copyOf(rows);
    }

    public boolean balanced() {
        return totalDebits.equals(totalCredits);
    }

    /** One account's posted totals; {@link #net()} is debits - credits. */
    public record Row(long accountId, String chartCode, String fund, long debits, long credits) {

        public long net() {
            return debits - credits;
        }
    }
}
