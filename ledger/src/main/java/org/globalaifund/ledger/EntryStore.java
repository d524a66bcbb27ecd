package org.globalaifund.ledger;

import static org.globalaifund.ledger.LedgerContext.chunks;
import static org.globalaifund.ledger.LedgerContext.instant;
import static org.globalaifund.ledger.LedgerContext.utc;
import static org.globalaifund.ledger.jooq.Tables.ACCOUNT;
import static org.globalaifund.ledger.jooq.Tables.BOOK;
import static org.globalaifund.ledger.jooq.Tables.ENTRY;
import static org.globalaifund.ledger.jooq.Tables.ENTRY_LINE;
import static org.globalaifund.ledger.jooq.Tables.PENDING_RESOLUTION;
import static org.globalaifund.ledger.jooq.Tables.PENDING_TIMEOUT;

import java.time.Instant;
import java.time.LocalDate;
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

    EntryStore(DSLContext dsl) {
        this.dsl = dsl;
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
        return dsl.select(PENDING_TIMEOUT.PENDING_ID).from(PENDING_TIMEOUT)
                .where(PENDING_TIMEOUT.EXPIRES_AT.le(utc(now)))
                .orderBy(PENDING_TIMEOUT.EXPIRES_AT, PENDING_TIMEOUT.PENDING_ID).limit(limit)
                .fetch(PENDING_TIMEOUT.PENDING_ID);
    }

    /**
     * Locks the accounts with SELECT ... FOR UPDATE in ascending id order, so that two batches never wait for each
     * other in a cycle, and returns their current balances.
     */
    Map<Long, AccountState> lock(SortedSet<Long> ids) {
        Map<Long, AccountState> locked = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            for (Record r : dsl.select(ACCOUNT.ACCOUNT_ID, ACCOUNT.BOOK_CODE, ACCOUNT.FUND_CODE,
                            ACCOUNT.DEBITS_MUST_NOT_EXCEED_CREDITS, ACCOUNT.CREDITS_MUST_NOT_EXCEED_DEBITS,
                            ACCOUNT.CLOSED, ACCOUNT.DEBITS_POSTED, ACCOUNT.CREDITS_POSTED, ACCOUNT.DEBITS_PENDING,
                            ACCOUNT.CREDITS_PENDING)
                    .from(ACCOUNT).where(ACCOUNT.ACCOUNT_ID.in(chunk)).orderBy(ACCOUNT.ACCOUNT_ID)
                    .forUpdate().fetch()) {
                long id = r.get(ACCOUNT.ACCOUNT_ID);
                locked.put(id, new AccountState(id, r.get(ACCOUNT.BOOK_CODE), r.get(ACCOUNT.FUND_CODE),
                        r.get(ACCOUNT.DEBITS_MUST_NOT_EXCEED_CREDITS), r.get(ACCOUNT.CREDITS_MUST_NOT_EXCEED_DEBITS),
                        r.get(ACCOUNT.CLOSED), r.get(ACCOUNT.DEBITS_POSTED), r.get(ACCOUNT.CREDITS_POSTED),
                        r.get(ACCOUNT.DEBITS_PENDING), r.get(ACCOUNT.CREDITS_PENDING)));
            }
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
            dsl.select(ENTRY.ENTRY_ID, ENTRY.FINGERPRINT).from(ENTRY).where(ENTRY.ENTRY_ID.in(chunk))
                    .forEach(r -> found.put(r.value1(), r.value2()));
        }
        return found;
    }

    Map<String, Book> books(Collection<String> codes) {
        Map<String, Book> found = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            dsl.selectFrom(BOOK).where(BOOK.BOOK_CODE.in(chunk))
                    .forEach(r -> found.put(r.getBookCode(), Books.book(r)));
        }
        return found;
    }

    /** Writes a batch's rows with one JDBC batch per table, then the changed account balances. */
    void write(Changes changes, Iterable<AccountState> accounts, Instant now) {
        OffsetDateTime at = utc(now);
        if (!changes.entries.isEmpty()) {
            writeEntries(changes.entries, at);
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
        BatchBindStep update = null;
        for (AccountState a : accounts) {
            if (a.dirty) {
                if (update == null) {
                    update = dsl.batch(dsl.update(ACCOUNT).set(ACCOUNT.DEBITS_POSTED, (Long) null)
                            .set(ACCOUNT.CREDITS_POSTED, (Long) null).set(ACCOUNT.DEBITS_PENDING, (Long) null)
                            .set(ACCOUNT.CREDITS_PENDING, (Long) null).where(ACCOUNT.ACCOUNT_ID.eq((Long) null)));
                }
                update.bind(a.debitsPosted, a.creditsPosted, a.debitsPending, a.creditsPending, a.id);
                a.dirty = false;
            }
        }
        if (update != null) {
            update.execute();
        }
    }

    private void writeEntries(List<Changes.EntryRow> entries, OffsetDateTime at) {
        BatchBindStep heads = dsl.batch(dsl.insertInto(ENTRY, ENTRY.ENTRY_ID, ENTRY.BOOK_CODE, ENTRY.KIND,
                        ENTRY.PENDING_ID, ENTRY.VALUE_DATE, ENTRY.DESCRIPTION, ENTRY.REF_TYPE, ENTRY.REF_ID,
                        ENTRY.EXPIRES_AT, ENTRY.RECORDED_AT, ENTRY.FINGERPRINT)
                .values(null, null, null, null, (LocalDate) null, null, null, null, null, null, null));
        BatchBindStep lines = dsl.batch(dsl.insertInto(ENTRY_LINE, ENTRY_LINE.ENTRY_ID, ENTRY_LINE.LINE_NO,
                        ENTRY_LINE.ACCOUNT_ID, ENTRY_LINE.SIDE, ENTRY_LINE.AMOUNT, ENTRY_LINE.STATUS,
                        ENTRY_LINE.VALUE_DATE, ENTRY_LINE.RECORDED_AT)
                .values(null, (Integer) null, null, null, null, null, null, null));
        BatchBindStep timeouts = null;
        int lineCount = 0;
        for (Changes.EntryRow e : entries) {
            heads.bind(e.id(), e.book(), e.kind(), e.pendingId(), e.valueDate(), e.description(), e.refType(),
                    e.refId(), utc(e.expiresAt()), at, e.fingerprint());
            int no = 0;
            for (Changes.LineRow l : e.lines()) {
                lines.bind(e.id(), ++no, l.accountId(), l.side().code(), l.amount(), l.held() ? "H" : "P",
                        e.valueDate(), at);
                lineCount++;
            }
            if (e.expiresAt() != null) {
                if (timeouts == null) {
                    timeouts = dsl.batch(dsl.insertInto(PENDING_TIMEOUT, PENDING_TIMEOUT.PENDING_ID,
                            PENDING_TIMEOUT.EXPIRES_AT).values((String) null, null));
                }
                timeouts.bind(e.id(), utc(e.expiresAt()));
            }
        }
        heads.execute();
        if (lineCount > 0) {
            lines.execute();
        }
        if (timeouts != null) {
            timeouts.execute();
        }
    }
}
