package org.globalaifund.ledger.model;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalaifund.ledger.Command;
import org.globalaifund.ledger.Line;
import org.globalaifund.ledger.NewEntry;
import org.globalaifund.ledger.PostPending;
import org.globalaifund.ledger.ResultCode;
import org.globalaifund.ledger.Side;
import org.globalaifund.ledger.VoidPending;

/**
 * An independent, in-memory auditor of the ledger (TigerBeetle's "auditor"): it shares only the command and result
 * vocabulary with the ledger, none of its logic. It keeps every accepted command, recomputes pending balances from
 * the open pending entries, compares replays by record equality and undoes failed chains by copying its whole state.
 */
public final class LedgerModel {

    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** An account as the model knows it: limit 'D' (debits must not exceed credits), 'C', or ' '. */
    public record ModelAccount(long id, String book, String fund, char limit) {
    }

    private static final class Pending {
        final String book;
        final LocalDate date;
        final Instant expires;
        final List<Line> lines;
        String status = "OPEN";

        Pending(String book, LocalDate date, Instant expires, List<Line> lines) {
            this.book = book;
            this.date = date;
            this.expires = expires;
            this.lines = lines;
        }

        Pending copy() {
            Pending p = new Pending(book, date, expires, lines);
            p.status = status;
            return p;
        }
    }

    private final Map<Long, ModelAccount> accounts = new HashMap<>();
    private Set<Long> closedAccounts = new HashSet<>();
    private final Map<String, LocalDate> closedThrough = new HashMap<>();
    private final Set<String> books = new HashSet<>();
    private Map<Long, BigInteger[]> posted = new HashMap<>();
    private Map<String, Command> accepted = new HashMap<>();
    private Map<String, Pending> pendings = new HashMap<>();
    private int entryRows;

    public void book(String code) {
        books.add(code);
    }

    public void account(ModelAccount account) {
        accounts.put(account.id(), account);
        posted.put(account.id(), new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
    }

    public void closeAccount(long id) {
        closedAccounts.add(id);
    }

    public void closePeriod(String book, LocalDate through) {
        closedThrough.merge(book, through, (a, b) -> a.isAfter(b) ? a : b);
    }

    public int entryRows() {
        return entryRows;
    }

    public Set<String> acceptedIds() {
        return accepted.keySet();
    }

    /** [debits posted, credits posted, debits pending, credits pending] at {@code now}. */
    public long[] balance(long accountId, Instant now) {
        BigInteger[] p = posted.get(accountId);
        BigInteger[] h = pendingOf(accountId, now);
        return new long[] {p[0].longValueExact(), p[1].longValueExact(), h[0].longValueExact(), h[1].longValueExact()};
    }

    private BigInteger[] pendingOf(long accountId, Instant now) {
        BigInteger[] sums = {BigInteger.ZERO, BigInteger.ZERO};
        for (Pending p : pendings.values()) {
            if (p.status.equals("OPEN") && !expired(p, now)) {
                for (Line line : p.lines) {
                    if (line.accountId() == accountId) {
                        int i = line.side() == Side.DEBIT ? 0 : 1;
                        sums[i] = sums[i].add(BigInteger.valueOf(line.amount()));
                    }
                }
            }
        }
        return sums;
    }

    private static boolean expired(Pending p, Instant now) {
        return p.expires != null && !now.isBefore(p.expires);
    }

    public List<ResultCode> submit(List<Command> commands, Instant now) {
        ResultCode[] codes = new ResultCode[commands.size()];
        int i = 0;
        while (i < commands.size()) {
            int j = i;
            while (j < commands.size() - 1 && commands.get(j).linked()) {
                j++;
            }
            boolean open = commands.get(j).linked();
            Snapshot before = new Snapshot();
            int failed = -1;
            for (int k = i; k <= j; k++) {
                codes[k] = open && k == j ? ResultCode.LINKED_CHAIN_OPEN : apply(commands.get(k), now);
                if (codes[k] != ResultCode.OK && codes[k] != ResultCode.EXISTS) {
                    failed = k;
                    break;
                }
            }
            if (failed >= 0) {
                before.restore();
                for (int k = i; k <= j; k++) {
                    if (k != failed) {
                        codes[k] = ResultCode.LINKED_ENTRY_FAILED;
                    }
                }
            }
            i = j + 1;
        }
        return List.of(codes);
    }

    private ResultCode apply(Command c, Instant now) {
        if (!validId(c.id())) {
            return ResultCode.INVALID_ID;
        }
        Command normal = unlinked(c);
        if (accepted.containsKey(c.id())) {
            return accepted.get(c.id()).equals(normal) ? ResultCode.EXISTS : ResultCode.EXISTS_WITH_DIFFERENT_FIELDS;
        }
        ResultCode code;
        if (c instanceof NewEntry e) {
            code = newEntry(e, now);
        } else if (c instanceof PostPending p) {
            code = post(p, now);
        } else {
            code = cancel((VoidPending) c, now);
        }
        if (code == ResultCode.OK) {
            accepted.put(c.id(), normal);
            entryRows++;
        }
        return code;
    }

    private static boolean validId(String id) {
        if (id.isEmpty() || id.length() > 128) {
            return false;
        }
        for (char ch : id.toCharArray()) {
            boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || ch == '.' || ch == '_' || ch == ':' || ch == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Command unlinked(Command c) {
        if (c instanceof NewEntry e) {
            return new NewEntry(e.id(), e.book(), e.valueDate(), e.description(), e.refType(), e.refId(), e.lines(),
                    e.pending(), e.timeout(), false);
        }
        if (c instanceof PostPending p) {
            return new PostPending(p.id(), p.pendingId(), p.amount(), p.valueDate(), p.description(), false);
        }
        VoidPending v = (VoidPending) c;
        return new VoidPending(v.id(), v.pendingId(), v.description(), false);
    }

    private boolean periodClosed(String book, LocalDate date) {
        LocalDate through = closedThrough.get(book);
        return through != null && !date.isAfter(through);
    }

    private ResultCode newEntry(NewEntry e, Instant now) {
        if (len(e.description()) > 500 || len(e.refType()) > 64 || len(e.refId()) > 128) {
            return ResultCode.FIELD_TOO_LONG;
        }
        if (e.lines().size() < 2) {
            return ResultCode.TOO_FEW_LINES;
        }
        if (e.lines().stream().anyMatch(l -> l.amount() <= 0)) {
            return ResultCode.AMOUNT_MUST_BE_POSITIVE;
        }
        Duration t = e.timeout();
        if (t != null && (!e.pending() || t.toMillis() <= 0 || t.toDays() > 36_600)) {
            return ResultCode.INVALID_TIMEOUT;
        }
        if (!books.contains(e.book())) {
            return ResultCode.BOOK_NOT_FOUND;
        }
        if (periodClosed(e.book(), e.valueDate())) {
            return ResultCode.PERIOD_CLOSED;
        }
        if (e.lines().stream().anyMatch(l -> !accounts.containsKey(l.accountId()))) {
            return ResultCode.ACCOUNT_NOT_FOUND;
        }
        if (e.lines().stream().anyMatch(l -> !accounts.get(l.accountId()).book().equals(e.book()))) {
            return ResultCode.BOOK_MISMATCH;
        }
        Set<Long> debited = new HashSet<>();
        Set<Long> credited = new HashSet<>();
        for (Line l : e.lines()) {
            (l.side() == Side.DEBIT ? debited : credited).add(l.accountId());
        }
        if (debited.stream().anyMatch(credited::contains)) {
            return ResultCode.ACCOUNTS_MUST_DIFFER;
        }
        Map<String, BigInteger[]> funds = new HashMap<>();
        for (Line l : e.lines()) {
            BigInteger[] s = funds.computeIfAbsent(accounts.get(l.accountId()).fund(),
                    f -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
            int i = l.side() == Side.DEBIT ? 0 : 1;
            s[i] = s[i].add(BigInteger.valueOf(l.amount()));
        }
        if (funds.values().stream().anyMatch(s -> s[0].compareTo(MAX) > 0 || s[1].compareTo(MAX) > 0)) {
            return ResultCode.OVERFLOW;
        }
        if (funds.values().stream().anyMatch(s -> !s[0].equals(s[1]))) {
            return ResultCode.UNBALANCED;
        }
        if (e.lines().stream().anyMatch(l -> closedAccounts.contains(l.accountId()))) {
            return ResultCode.ACCOUNT_CLOSED;
        }
        Map<Long, BigInteger[]> after = new HashMap<>();
        for (Line l : e.lines()) {
            BigInteger[] b = after.computeIfAbsent(l.accountId(), id -> fourColumns(id, now));
            int i = (l.side() == Side.DEBIT ? 0 : 1) + (e.pending() ? 2 : 0);
            b[i] = b[i].add(BigInteger.valueOf(l.amount()));
        }
        for (BigInteger[] b : after.values()) {
            for (BigInteger v : b) {
                if (v.compareTo(MAX) > 0) {
                    return ResultCode.OVERFLOW;
                }
            }
        }
        for (Map.Entry<Long, BigInteger[]> a : after.entrySet()) {
            if (breaksLimit(accounts.get(a.getKey()).limit(), a.getValue())) {
                return ResultCode.EXCEEDS_LIMIT;
            }
        }
        if (e.pending()) {
            pendings.put(e.id(), new Pending(e.book(), e.valueDate(), t == null ? null : now.plus(t), e.lines()));
        } else {
            e.lines().forEach(this::addPosted);
        }
        return ResultCode.OK;
    }

    /** A limit is broken when the limited side, pending included, exceeds the other side's posted amount. */
    public static boolean breaksLimit(char limit, BigInteger[] b) {
        if (limit == 'D') {
            return b[0].add(b[2]).compareTo(b[1]) > 0;
        }
        if (limit == 'C') {
            return b[1].add(b[3]).compareTo(b[0]) > 0;
        }
        return false;
    }

    private BigInteger[] fourColumns(long accountId, Instant now) {
        BigInteger[] p = posted.get(accountId);
        BigInteger[] h = pendingOf(accountId, now);
        return new BigInteger[] {p[0], p[1], h[0], h[1]};
    }

    private void addPosted(Line l) {
        BigInteger[] p = posted.get(l.accountId());
        int i = l.side() == Side.DEBIT ? 0 : 1;
        p[i] = p[i].add(BigInteger.valueOf(l.amount()));
    }

    private ResultCode resolvable(Pending p, Instant now) {
        if (p == null) {
            return ResultCode.PENDING_NOT_FOUND;
        }
        if (p.status.equals("POSTED")) {
            return ResultCode.ALREADY_POSTED;
        }
        if (p.status.equals("VOIDED")) {
            return ResultCode.ALREADY_VOIDED;
        }
        return expired(p, now) ? ResultCode.EXPIRED : ResultCode.OK;
    }

    private ResultCode post(PostPending c, Instant now) {
        if (len(c.description()) > 500) {
            return ResultCode.FIELD_TOO_LONG;
        }
        Pending p = pendings.get(c.pendingId());
        ResultCode state = resolvable(p, now);
        if (state != ResultCode.OK) {
            return state;
        }
        long full = p.lines.stream().filter(l -> l.side() == Side.DEBIT).mapToLong(Line::amount).sum();
        long amount = c.amount() == null ? full : c.amount();
        if (amount <= 0) {
            return ResultCode.AMOUNT_MUST_BE_POSITIVE;
        }
        if (amount > full) {
            return ResultCode.EXCEEDS_PENDING_AMOUNT;
        }
        if (amount < full && p.lines.size() != 2) {
            return ResultCode.PARTIAL_POST_REQUIRES_TWO_LINES;
        }
        if (periodClosed(p.book, c.valueDate() == null ? p.date : c.valueDate())) {
            return ResultCode.PERIOD_CLOSED;
        }
        if (p.lines.stream().anyMatch(l -> closedAccounts.contains(l.accountId()))) {
            return ResultCode.ACCOUNT_CLOSED;
        }
        List<Line> postedLines = new ArrayList<>();
        Map<Long, BigInteger[]> after = new HashMap<>();
        for (Line l : p.lines) {
            Line line = new Line(l.accountId(), l.side(), amount == full ? l.amount() : amount);
            postedLines.add(line);
            BigInteger[] b = after.computeIfAbsent(l.accountId(), id -> posted.get(id).clone());
            int i = l.side() == Side.DEBIT ? 0 : 1;
            b[i] = b[i].add(BigInteger.valueOf(line.amount()));
            if (b[i].compareTo(MAX) > 0) {
                return ResultCode.OVERFLOW;
            }
        }
        postedLines.forEach(this::addPosted);
        p.status = "POSTED";
        return ResultCode.OK;
    }

    private ResultCode cancel(VoidPending c, Instant now) {
        if (len(c.description()) > 500) {
            return ResultCode.FIELD_TOO_LONG;
        }
        Pending p = pendings.get(c.pendingId());
        ResultCode state = resolvable(p, now);
        if (state != ResultCode.OK) {
            return state;
        }
        p.status = "VOIDED";
        return ResultCode.OK;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    /** A deep copy of everything a chain may change. */
    private final class Snapshot {
        final Set<Long> closedCopy = new HashSet<>(closedAccounts);
        final Map<Long, BigInteger[]> postedCopy = new HashMap<>();
        final Map<String, Command> acceptedCopy = new HashMap<>(accepted);
        final Map<String, Pending> pendingsCopy = new HashMap<>();
        final int rows = entryRows;

        Snapshot() {
            posted.forEach((id, b) -> postedCopy.put(id, b.clone()));
            pendings.forEach((id, p) -> pendingsCopy.put(id, p.copy()));
        }

        void restore() {
            closedAccounts = closedCopy;
            posted = postedCopy;
            accepted = acceptedCopy;
            pendings = pendingsCopy;
            entryRows = rows;
        }
    }
}
