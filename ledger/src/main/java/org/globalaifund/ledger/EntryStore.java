package org.globalaifund.ledger;

import static org.globalaifund.ledger.LedgerContext.chunks;
import static org.globalaifund.ledger.LedgerContext.instant;
import static org.globalaifund.ledger.LedgerContext.utc;
import static org.globalaifund.ledger.jooq.Tables.ENTRY;
import static org.globalaifund.ledger.jooq.Tables.ENTRY_LINE;
import static org.globalaifund.ledger.jooq.Tables.PENDING_RESOLUTION;
import static org.globalaifund.ledger.jooq.Tables.PENDING_TIMEOUT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The SQL of a batch: what it reads (locking accounts in ascending id order) and the rows it writes. */
final class EntryStore {

    private final DSLContext dsl;
    private final HotSql hot;

    EntryStore(DSLContext dsl) {
        this.dsl = dsl;
        this.hot = new HotSql(dsl);
    }

    /** Pending entries by id with their lines (immutable rows, so they may be read before locking). */
    Map<String, PendingState> pendings(Collection<String> ids) {
        Map<String, PendingState> found = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            Map<String, List<Line>> lines = new HashMap<>();
            Map<String, Record> heads = new HashMap<>();
            for (Record r : dsl.select(ENTRY.ENTRY_ID, ENTRY.BOOK_CODE, ENTRY.VALUE_DATE, ENTRY.EXPIRES_AT,
                            ENTRY_LINE.ACCOUNT_ID, ENTRY_LINE.SIDE, ENTRY_LINE.AMOUNT)
                    .from(ENTRY).join(ENTRY_LINE).on(ENTRY_LINE.ENTRY_ID.eq(ENTRY.ENTRY_ID))
                    .where(ENTRY.ENTRY_ID.in(chunk)).and(ENTRY.KIND.eq("PENDING"))
                    .orderBy(ENTRY_LINE.ENTRY_ID, ENTRY_LINE.LINE_NO).fetch()) {
                String id = r.get(ENTRY.ENTRY_ID);
                heads.putIfAbsent(id, r);
                lines.computeIfAbsent(id, k -> new ArrayList<>()).add(new Line(r.get(ENTRY_LINE.ACCOUNT_ID),
                        Side.ofCode(r.get(ENTRY_LINE.SIDE)), r.get(ENTRY_LINE.AMOUNT)));
            }
            heads.forEach((id, r) -> found.put(id, new PendingState(id, r.get(ENTRY.BOOK_CODE),
                    r.get(ENTRY.VALUE_DATE), instant(r.get(ENTRY.EXPIRES_AT)), lines.get(id), null)));
        }
        return found;
    }

    /** Open pending entries whose timeout has passed, oldest first, at most {@code limit}. */
    List<String> due(Instant now, int limit) {
        return hot.due(utc(now), limit);
    }

    /**
     * Locks the accounts with SELECT ... FOR UPDATE in ascending id order, so that two batches never wait for each
     * other in a cycle, and returns their current balances.
     */
    Map<Long, AccountState> lock(SortedSet<Long> ids) {
        Map<Long, AccountState> locked = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            hot.lock(chunk, locked);
        }
        return locked;
    }

    /** Resolutions of the given pending entries, read after locking their accounts. */
    Map<String, PendingState.Outcome> outcomes(Collection<String> pendingIds) {
        Map<String, PendingState.Outcome> outcomes = new HashMap<>();
        for (List<String> chunk : chunks(pendingIds)) {
            dsl.select(PENDING_RESOLUTION.PENDING_ID, PENDING_RESOLUTION.OUTCOME).from(PENDING_RESOLUTION)
                    .where(PENDING_RESOLUTION.PENDING_ID.in(chunk))
                    .forEach(r -> outcomes.put(r.value1(), PendingState.Outcome.valueOf(r.value2())));
        }
        return outcomes;
    }

    Map<String, String> fingerprints(Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            hot.fingerprints(chunk, found);
        }
        return found;
    }

    Map<String, Book> books(Collection<String> codes) {
        Map<String, Book> found = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
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
        if (!changes.resolutions.isEmpty()) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(PENDING_RESOLUTION, PENDING_RESOLUTION.PENDING_ID,
                    PENDING_RESOLUTION.OUTCOME, PENDING_RESOLUTION.RESOLVING_ENTRY_ID, PENDING_RESOLUTION.RESOLVED_AT)
                    .values((String) null, null, null, null));
            for (Changes.ResolutionRow r : changes.resolutions) {
                batch.bind(r.pendingId(), r.outcome().name(), r.resolvingEntryId(), at);
            }
            batch.execute();
        }
        if (!changes.timeoutsToDelete.isEmpty()) {
            for (List<String> chunk : chunks(new LinkedHashSet<>(changes.timeoutsToDelete))) {
                dsl.deleteFrom(PENDING_TIMEOUT).where(PENDING_TIMEOUT.PENDING_ID.in(chunk)).execute();
            }
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
