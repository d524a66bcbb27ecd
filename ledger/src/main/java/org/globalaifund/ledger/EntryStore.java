package org.globalaifund.ledger;

import static org.globalaifund.ledger.LedgerContext.chunks;
import static org.globalaifund.ledger.LedgerContext.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.jooq.DSLContext;

/**
 * The SQL of a batch: what it reads (locking accounts in ascending id order) and the rows it writes, all through the
 * fixed statements of {@link HotSql}, in chunks of {@link HotSql#inList()} values.
 */
final class EntryStore {

    private final HotSql hot;

    EntryStore(DSLContext dsl) {
        this.hot = new HotSql(dsl);
    }

    /** Pending entries by id with their lines (immutable rows, so they may be read before locking). */
    Map<String, PendingState> pendings(Collection<String> ids) {
        Map<String, PendingState> found = new HashMap<>();
        for (List<String> chunk : chunks(ids, hot.inList())) {
            hot.pendings(chunk, found);
        }
        return found;
    }

    /** Open pending entries whose timeout has passed, oldest first, at most {@code limit}. */
    List<String> due(Instant now, int limit) {
        return hot.due(utc(now), limit);
    }

    /**
     * Locks the accounts in ascending id order ({@link HotSql#lock}), so that two batches never wait for each
     * other in a cycle, and returns their current balances.
     */
    Map<Long, AccountState> lock(SortedSet<Long> ids) {
        Map<Long, AccountState> locked = new HashMap<>();
        for (List<Long> chunk : chunks(ids, hot.inList())) {
            hot.lock(chunk, locked);
        }
        return locked;
    }

    /** Resolutions of the given pending entries, read after locking their accounts. */
    Map<String, PendingState.Outcome> outcomes(Collection<String> pendingIds) {
        Map<String, PendingState.Outcome> outcomes = new HashMap<>();
        for (List<String> chunk : chunks(pendingIds, hot.inList())) {
            hot.outcomes(chunk, outcomes);
        }
        return outcomes;
    }

    Map<String, String> fingerprints(Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        for (List<String> chunk : chunks(ids, hot.inList())) {
            hot.fingerprints(chunk, found);
        }
        return found;
    }

    Map<String, Book> books(Collection<String> codes) {
        Map<String, Book> found = new HashMap<>();
        for (List<String> chunk : chunks(codes, hot.inList())) {
            hot.books(chunk, found);
        }
        return found;
    }

    /** Writes a batch's rows with one JDBC batch per table, then the changed account balances. */
    void write(Changes changes, Iterable<AccountState> accounts, Instant now) {
        OffsetDateTime at = utc(now);
        if (!changes.entries.isEmpty()) {
            hot.insertEntries(changes.entries, at);
        }
        if (!changes.resolutions.isEmpty() || !changes.timeoutsToDelete.isEmpty()) {
            hot.resolve(changes.resolutions, new LinkedHashSet<>(changes.timeoutsToDelete), at);
        }
        List<AccountState> changed = new ArrayList<>();
        for (AccountState a : accounts) {
            if (a.dirty) {
                changed.add(a);
                a.dirty = false;
            }
        }
        if (!changed.isEmpty()) {
            hot.updateBalances(changed);
        }
    }
}
