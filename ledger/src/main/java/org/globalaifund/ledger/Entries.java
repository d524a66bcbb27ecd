package org.globalaifund.ledger;

import static org.globalaifund.ledger.jooq.Tables.ENTRY;
import static org.globalaifund.ledger.jooq.Tables.ENTRY_LINE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Record;

/**
 * Submits commands: new entries, posts and voids of pending entries, in batches with one result per command.
 * Runs in the caller's transaction: it locks the accounts it touches (ascending ids), decides every command in
 * memory and writes the accepted ones with batched inserts. A rejected command writes nothing.
 */
public final class Entries {

    /** At most this many overdue pending entries are expired by one {@link #expireDue()} call. */
    static final int EXPIRY_SWEEP_LIMIT = 1_000;
    /** How many overdue pending entries one batch looks at to find those on its accounts. */
    static final int OVERDUE_LOOKUP_LIMIT = 10_000;

    private final LedgerContext ctx;
    private final EntryStore store;

    Entries(LedgerContext ctx) {
        this.ctx = ctx;
        this.store = new EntryStore(ctx.dsl);
    }

    public EntryResult submit(Command command) {
        return submit(List.of(command)).get(0);
    }

    /** Decides the commands in order; independent ones separately, linked chains all or nothing. */
    public List<EntryResult> submit(List<? extends Command> commands) {
        if (commands.isEmpty()) {
            return List.of();
        }
        return run(commands, false);
    }

    /**
     * Expires pending entries whose timeout has passed (up to {@value #EXPIRY_SWEEP_LIMIT}), returning how many.
     * Not needed for correctness (every batch expires the overdue entries on the accounts it touches, and balances
     * leave them out), but it keeps the timeout queue short; call it from a scheduler.
     */
    public int expireDue() {
        return run(List.of(), true).size();
    }

    /**
     * Books a reversing entry: the lines of {@code entryId} with sides swapped, dated {@code valueDate}, referencing
     * the original. Only posted entries (plain or the post of a pending one) can be reversed.
     */
    public EntryResult reverse(String entryId, String newId, LocalDate valueDate) {
        Record head = ctx.dsl.select(ENTRY.BOOK_CODE, ENTRY.KIND, ENTRY.DESCRIPTION).from(ENTRY)
                .where(ENTRY.ENTRY_ID.eq(entryId)).fetchOne();
        if (head == null) {
            return new EntryResult(newId, ResultCode.ENTRY_NOT_FOUND);
        }
        String kind = head.get(ENTRY.KIND);
        if (!kind.equals("POSTED") && !kind.equals("POST")) {
            return new EntryResult(newId, ResultCode.NOT_REVERSIBLE);
        }
        NewEntry.Builder reversal = NewEntry.builder(newId, head.get(ENTRY.BOOK_CODE), valueDate)
                .description("Reversal of " + entryId).reference("reversal", entryId);
        ctx.dsl.select(ENTRY_LINE.ACCOUNT_ID, ENTRY_LINE.SIDE, ENTRY_LINE.AMOUNT).from(ENTRY_LINE)
                .where(ENTRY_LINE.ENTRY_ID.eq(entryId)).orderBy(ENTRY_LINE.LINE_NO)
                .forEach(r -> reversal.line(new Line(r.value1(), Side.ofCode(r.value2()).opposite(), r.value3())));
        return submit(reversal.build());
    }

    /** With {@code sweepAll} the batch also expires every overdue pending entry; it returns one result per expiry. */
    private List<EntryResult> run(List<? extends Command> commands, boolean sweepAll) {
        Instant now = ctx.clock.instant();
        Set<String> ids = new HashSet<>();
        Set<String> pendingIds = new HashSet<>();
        Set<String> books = new HashSet<>();
        TreeSet<Long> accounts = new TreeSet<>();
        for (Command command : commands) {
            if (BatchProcessor.validId(command.id())) {
                ids.add(command.id());
            }
            if (command instanceof NewEntry e) {
                books.add(e.book());
                e.lines().forEach(line -> accounts.add(line.accountId()));
            } else if (command instanceof PostPending p) {
                pendingIds.add(p.pendingId());
            } else {
                pendingIds.add(((VoidPending) command).pendingId());
            }
        }
        Map<String, PendingState> pendings = new HashMap<>(pendingIds.isEmpty() ? Map.of() : store.pendings(pendingIds));
        pendings.values().forEach(p -> p.lines.forEach(line -> accounts.add(line.accountId())));
        Map<String, PendingState> overdue = sweepAll ? store.pendings(store.due(now, EXPIRY_SWEEP_LIMIT))
                : dueOn(accounts, now);
        overdue.keySet().removeAll(pendings.keySet());
        overdue.values().forEach(p -> p.lines.forEach(line -> accounts.add(line.accountId())));
        pendings.putAll(overdue);
        pendings.values().forEach(p -> books.add(p.book));
        Map<Long, AccountState> locked = accounts.isEmpty() ? Map.of() : store.lock(accounts);
        if (!pendings.isEmpty()) {
            store.outcomes(pendings.keySet()).forEach((id, outcome) -> pendings.get(id).outcome = outcome);
        }
        WorkingSet ws = new WorkingSet(locked, store.books(books), pendings,
                ids.isEmpty() ? Map.of() : store.fingerprints(ids));
        BatchProcessor processor = new BatchProcessor(ws, now);
        List<EntryResult> expired = new ArrayList<>();
        for (PendingState pending : pendings.values()) {
            if (pending.dueAt(now)) {
                processor.expire(pending);
                expired.add(new EntryResult(pending.id, ResultCode.EXPIRED));
            }
        }
        List<EntryResult> results = processor.process(commands);
        store.write(processor.changes, ws.accounts(), now);
        return sweepAll ? expired : results;
    }

    /**
     * Overdue pending entries with a line on one of the accounts. Starts from the timeout queue (usually empty, and
     * indexed by time), never from the lines of hot accounts.
     */
    private Map<String, PendingState> dueOn(Set<Long> accounts, Instant now) {
        List<String> overdue = store.due(now, OVERDUE_LOOKUP_LIMIT);
        Map<String, PendingState> touching = new HashMap<>();
        if (!overdue.isEmpty()) {
            store.pendings(overdue).forEach((id, p) -> {
                if (p.lines.stream().anyMatch(line -> accounts.contains(line.accountId()))) {
                    touching.put(id, p);
                }
            });
        }
        return touching;
    }
}
