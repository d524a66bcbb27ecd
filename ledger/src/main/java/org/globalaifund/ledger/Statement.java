package org.globalaifund.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * An account statement over a value-date range: the posted balance before {@code from}, every posted line in the
 * range with the running balance after it, and the closing balance. Balances are on the account's normal side.
 */
public record Statement(long accountId, Side normalSide, LocalDate from, LocalDate to, long opening,
                        List<StatementLine> lines, long closing) {

    public Statement {
        lines = List.copyOf(lines);
    }

    /** One posted line of a statement, with the running balance after it. */
    public record StatementLine(LocalDate valueDate, String entryId, int lineNo, String description, String refType,
                                String refId, Side side, long amount, long balance) {
    }
}
