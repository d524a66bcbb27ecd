package org.globalaifund.ledger;

import static org.globalaifund.ledger.ResultCode.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides every command of a batch against a {@link WorkingSet}, in order, and collects the rows to write. Pure Java:
 * no SQL, so the rules read in one place. Each command is validated completely before it changes anything; a failing
 * linked chain is undone through the working set's journal.
 */
final class BatchProcessor {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Duration LONGEST_TIMEOUT = Duration.ofDays(36_600);

    private final WorkingSet ws;
    private final Instant now;
    final Changes changes = new Changes();

    BatchProcessor(WorkingSet ws, Instant now) {
        this.ws = ws;
        this.now = now;
    }

    static boolean validId(String id) {
        return ID.matcher(id).matches();
    }

    /** Expires an open pending entry whose timeout has passed: its reserved amounts stop counting. */
    void expire(PendingState pending) {
        release(pending);
        ws.resolve(pending, PendingState.Outcome.EXPIRED);
        changes.resolutions.add(new Changes.ResolutionRow(pending.id, PendingState.Outcome.EXPIRED, null));
        changes.timeoutsToDelete.add(pending.id);
        ws.settle();
    }

    List<EntryResult> process(List<? extends Command> commands) {
        int n = commands.size();
        ResultCode[] codes = new ResultCode[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n - 1 && commands.get(end).linked()) {
                end++;
            }
            boolean open = commands.get(end).linked();
            int journal = ws.mark();
            Changes.Mark written = changes.mark();
            int failed = -1;
            for (int k = start; k <= end && failed < 0; k++) {
                codes[k] = open && k == end ? LINKED_CHAIN_OPEN : apply(commands.get(k));
                if (!codes[k].accepted()) {
                    failed = k;
                }
            }
            if (failed >= 0) {
                ws.rollbackTo(journal);
                changes.rollbackTo(written);
                for (int k = start; k <= end; k++) {
                    if (k != failed) {
                        codes[k] = LINKED_ENTRY_FAILED;
                    }
                }
            }
            ws.settle();
            start = end + 1;
        }
        List<EntryResult> results = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            results.add(new EntryResult(commands.get(k).id(), codes[k]));
        }
        return results;
    }

    private ResultCode apply(Command command) {
        if (!validId(command.id())) {
            return INVALID_ID;
        }
        String fingerprint = Fingerprint.of(command);
        String known = ws.fingerprint(command.id());
        if (known != null) {
            return known.equals(fingerprint) ? EXISTS : EXISTS_WITH_DIFFERENT_FIELDS;
        }
        ResultCode code;
        if (command instanceof NewEntry entry) {
            code = applyEntry(entry, fingerprint);
        } else if (command instanceof PostPending post) {
            code = applyPost(post, fingerprint);
        } else {
            code = applyVoid((VoidPending) command, fingerprint);
        }
        if (code == OK) {
            ws.reserveId(command.id(), fingerprint);
        }
        return code;
    }

    private ResultCode applyEntry(NewEntry e, String fingerprint) {
        if (tooLong(e.description(), 500) || tooLong(e.refType(), 64) || tooLong(e.refId(), 128)) {
            return FIELD_TOO_LONG;
        }
        List<Line> lines = e.lines();
        if (lines.size() < 2) {
            return TOO_FEW_LINES;
        }
        for (Line line : lines) {
            if (line.amount() <= 0) {
                return AMOUNT_MUST_BE_POSITIVE;
            }
        }
        if (e.timeout() != null && (!e.pending() || e.timeout().isNegative() || e.timeout().isZero()
                || e.timeout().compareTo(LONGEST_TIMEOUT) > 0)) {
            return INVALID_TIMEOUT;
        }
        Book book = ws.book(e.book());
        if (book == null) {
            return BOOK_NOT_FOUND;
        }
        if (book.closedOn(e.valueDate())) {
            return PERIOD_CLOSED;
        }
        AccountState[] accounts = new AccountState[lines.size()];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = ws.account(lines.get(i).accountId());
            if (accounts[i] == null) {
                return ACCOUNT_NOT_FOUND;
            }
        }
        for (AccountState account : accounts) {
            if (!account.book.equals(e.book())) {
                return BOOK_MISMATCH;
            }
        }
        ResultCode shape = checkSidesAndFunds(lines, accounts);
        if (shape != OK) {
            return shape;
        }
        for (AccountState account : accounts) {
            if (account.closed) {
                return ACCOUNT_CLOSED;
            }
        }
        Map<AccountState, long[]> next = new HashMap<>();
        for (int i = 0; i < accounts.length; i++) {
            long[] b = next.computeIfAbsent(accounts[i], BatchProcessor::balances);
            Line line = lines.get(i);
            int column = (line.side() == Side.DEBIT ? 0 : 1) + (e.pending() ? 2 : 0);
            try {
                b[column] = Math.addExact(b[column], line.amount());
            } catch (ArithmeticException overflow) {
                return OVERFLOW;
            }
        }
        for (Map.Entry<AccountState, long[]> b : next.entrySet()) {
            long[] v = b.getValue();
            if (AccountState.exceedsLimit(b.getKey(), v[0], v[1], v[2], v[3])) {
                return EXCEEDS_LIMIT;
            }
        }
        next.forEach((account, v) -> ws.setBalances(account, v[0], v[1], v[2], v[3]));
        Instant expiresAt = e.timeout() == null ? null : now.plus(e.timeout());
        List<Changes.LineRow> rows = new ArrayList<>(lines.size());
        for (Line line : lines) {
            rows.add(new Changes.LineRow(line.accountId(), line.side(), line.amount(), e.pending()));
        }
        changes.entries.add(new Changes.EntryRow(e.id(), e.book(), e.pending() ? "PENDING" : "POSTED", null,
                e.valueDate(), e.description(), e.refType(), e.refId(), expiresAt, fingerprint, rows));
        if (e.pending()) {
            ws.addPending(new PendingState(e.id(), e.book(), e.valueDate(), expiresAt, lines, null));
        }
        return OK;
    }

    /** Same account on both sides, then per-fund sums (overflow checked) that must balance. */
    private static ResultCode checkSidesAndFunds(List<Line> lines, AccountState[] accounts) {
        Map<Long, Side> sideOf = new HashMap<>();
        Map<String, long[]> funds = new HashMap<>();
        for (int i = 0; i < accounts.length; i++) {
            Side side = lines.get(i).side();
            Side earlier = sideOf.putIfAbsent(accounts[i].id, side);
            if (earlier != null && earlier != side) {
                return ACCOUNTS_MUST_DIFFER;
            }
        }
        for (int i = 0; i < accounts.length; i++) {
            long[] sums = funds.computeIfAbsent(accounts[i].fund, f -> new long[2]);
            int column = lines.get(i).side() == Side.DEBIT ? 0 : 1;
            try {
                sums[column] = Math.addExact(sums[column], lines.get(i).amount());
            } catch (ArithmeticException overflow) {
                return OVERFLOW;
            }
        }
        for (long[] sums : funds.values()) {
            if (sums[0] != sums[1]) {
                return UNBALANCED;
            }
        }
        return OK;
    }

    private ResultCode applyPost(PostPending p, String fingerprint) {
        if (tooLong(p.description(), 500)) {
            return FIELD_TOO_LONG;
        }
        PendingState pending = ws.pending(p.pendingId());
        ResultCode state = openState(pending);
        if (state != OK) {
            return state;
        }
        long total = pending.amount();
        long posted = total;
        if (p.amount() != null) {
            posted = p.amount();
            if (posted <= 0) {
                return AMOUNT_MUST_BE_POSITIVE;
            }
            if (posted > total) {
                return EXCEEDS_PENDING_AMOUNT;
            }
            if (posted < total && pending.lines.size() != 2) {
                return PARTIAL_POST_REQUIRES_TWO_LINES;
            }
        }
        LocalDate valueDate = p.valueDate() != null ? p.valueDate() : pending.valueDate;
        if (ws.book(pending.book).closedOn(valueDate)) {
            return PERIOD_CLOSED;
        }
        for (Line line : pending.lines) {
            if (ws.account(line.accountId()).closed) {
                return ACCOUNT_CLOSED;
            }
        }
        Map<AccountState, long[]> next = new HashMap<>();
        List<Changes.LineRow> rows = new ArrayList<>(pending.lines.size());
        for (Line line : pending.lines) {
            AccountState account = ws.account(line.accountId());
            long[] b = next.computeIfAbsent(account, BatchProcessor::balances);
            long amount = posted == total ? line.amount() : posted;
            int column = line.side() == Side.DEBIT ? 0 : 1;
            b[column + 2] -= line.amount();
            try {
                b[column] = Math.addExact(b[column], amount);
            } catch (ArithmeticException overflow) {
                return OVERFLOW;
            }
            rows.add(new Changes.LineRow(line.accountId(), line.side(), amount, false));
        }
        next.forEach((account, v) -> ws.setBalances(account, v[0], v[1], v[2], v[3]));
        ws.resolve(pending, PendingState.Outcome.POSTED);
        changes.entries.add(new Changes.EntryRow(p.id(), pending.book, "POST", pending.id, valueDate, p.description(),
                null, null, null, fingerprint, rows));
        resolved(pending, PendingState.Outcome.POSTED, p.id());
        return OK;
    }

    private ResultCode applyVoid(VoidPending v, String fingerprint) {
        if (tooLong(v.description(), 500)) {
            return FIELD_TOO_LONG;
        }
        PendingState pending = ws.pending(v.pendingId());
        ResultCode state = openState(pending);
        if (state != OK) {
            return state;
        }
        release(pending);
        ws.resolve(pending, PendingState.Outcome.VOIDED);
        changes.entries.add(new Changes.EntryRow(v.id(), pending.book, "VOID", pending.id, pending.valueDate,
                v.description(), null, null, null, fingerprint, List.of()));
        resolved(pending, PendingState.Outcome.VOIDED, v.id());
        return OK;
    }

    private static ResultCode openState(PendingState pending) {
        if (pending == null) {
            return PENDING_NOT_FOUND;
        }
        if (pending.outcome == null) {
            return OK;
        }
        return switch (pending.outcome) {
            case POSTED -> ALREADY_POSTED;
            case VOIDED -> ALREADY_VOIDED;
            case EXPIRED -> EXPIRED;
        };
    }

    private void resolved(PendingState pending, PendingState.Outcome outcome, String byEntry) {
        changes.resolutions.add(new Changes.ResolutionRow(pending.id, outcome, byEntry));
        if (pending.expiresAt != null) {
            changes.timeoutsToDelete.add(pending.id);
        }
    }

    /** Takes a pending entry's amounts out of its accounts' pending balances. */
    private void release(PendingState pending) {
        for (Line line : pending.lines) {
            AccountState account = ws.account(line.accountId());
            boolean debit = line.side() == Side.DEBIT;
            ws.setBalances(account, account.debitsPosted, account.creditsPosted,
                    account.debitsPending - (debit ? line.amount() : 0),
                    account.creditsPending - (debit ? 0 : line.amount()));
        }
    }

    private static long[] balances(AccountState a) {
        return new long[] {a.debitsPosted, a.creditsPosted, a.debitsPending, a.creditsPending};
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
