package org.globalaifund.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pending entry as one batch sees it: its lines and whether it is still open, posted, voided or expired. */
final class PendingState {

    enum Outcome { POSTED, VOIDED, EXPIRED }

    final String id;
    final String book;
    final LocalDate valueDate;
    final Instant expiresAt;
    final List<Line> lines;
    Outcome outcome;

    PendingState(String id, String book, LocalDate valueDate, Instant expiresAt, List<Line> lines, Outcome outcome) {
        this.id = id;
        this.book = book;
        this.valueDate = valueDate;
        this.expiresAt = expiresAt;
        this.lines = List.copyOf(lines);
        this.outcome = outcome;
    }

    long amount() {
        long total = 0;
        for (Line line : lines) {
            if (line.side() == Side.DEBIT) {
                total += line.amount();
            }
        }
        return total;
    }

    boolean dueAt(Instant now) {
        return outcome == null && expiresAt != null && !expiresAt.isAfter(now);
    }
}
