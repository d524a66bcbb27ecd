package org.globalaifund.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rows one batch adds, collected in memory and written at the end with a few batched statements. */
final class Changes {

    record EntryRow(String id, String book, String kind, String pendingId, LocalDate valueDate, String description,
                    String refType, String refId, Instant expiresAt, String fingerprint, List<LineRow> lines) {
    }

    record LineRow(long accountId, Side side, long amount, boolean held) {
    }

    record ResolutionRow(String pendingId, PendingState.Outcome outcome, String resolvingEntryId) {
    }

    final List<EntryRow> entries = new ArrayList<>();
    final List<ResolutionRow> resolutions = new ArrayList<>();
    final List<String> timeoutsToDelete = new ArrayList<>();

    /** Positions to cut back to when a linked chain fails. */
    record Mark(int entries, int resolutions, int timeoutsToDelete) {
    }

    Mark mark() {
        return new Mark(entries.size(), resolutions.size(), timeoutsToDelete.size());
    }

    void rollbackTo(Mark mark) {
        entries.subList(mark.entries(), entries.size()).clear();
        resolutions.subList(mark.resolutions(), resolutions.size()).clear();
        timeoutsToDelete.subList(mark.timeoutsToDelete(), timeoutsToDelete.size()).clear();
    }
}
