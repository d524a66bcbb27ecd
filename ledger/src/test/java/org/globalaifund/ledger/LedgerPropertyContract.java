package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.globalaifund.ledger.model.LedgerModel;
import org.globalaifund.ledger.support.LedgerFixture;

/**
 * Random operation sequences (valid and invalid entries, retries, id reuse, pending/post/void, timeouts, linked chains,
 * period and account closes) run against the ledger and the independent {@link LedgerModel}: every result code must
 * match, and after every step every balance matches, every book and fund balances, no limit is exceeded and exactly
 * the accepted commands left entry rows. Each try uses its own two unit books, so tries may share one database.
 */
abstract class LedgerPropertyContract {

    static final int STEPS = Integer.getInteger("ledger.property.steps", 40);
    /**
     * After every step the invariants are checked; every n-th step and after the last through the ledger's API
     * (balances, trial balances from the lines) as well, otherwise with one query on the stored state only
     * ({@link #quickCheck}).
     */
    static final int FULL_CHECK_EVERY = Integer.getInteger("ledger.property.fullCheckEvery", 1);
    static final AtomicLong OPERATIONS = new AtomicLong();
    static final java.util.Map<ResultCode, Long> SEEN = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    /** One random step; its numbers are resolved against the try's state when it runs. */
    record Step(int kind, int a, int b, int c, int d, int amount) {
    }

    static Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 999).withDistribution(RandomDistribution.uniform());
        return Combinators.combine(Arbitraries.integers().between(0, 15), any, any, any, any, any).as(Step::new)
                .list().ofSize(STEPS);
    }

    private LedgerFixture f;
    private LedgerModel model;
    private String[] books;
    private long[] ids;
    private List<Command> history;
    private StoredState stored;
    private int fresh;

    abstract LedgerFixture fixture();

    void run(List<Step> steps) {
        f = fixture();
        model = new LedgerModel();
        history = new ArrayList<>();
        int tryNo = TRIES.incrementAndGet();
        books = new String[] {"GPUH-P" + tryNo + "A", "GPUH-P" + tryNo + "B"};
        ids = new long[8];
        for (int b = 0; b < 2; b++) {
            String book = books[b];
            f.run(l -> l.books().create(book));
            model.book(book);
            for (int k = 0; k < 4; k++) {
                String fund = k < 2 ? "F1" : "F2";
                AccountFlag[] flags = switch (k) {
                    case 0 -> new AccountFlag[] {AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS};
                    case 2 -> new AccountFlag[] {AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS};
                    default -> new AccountFlag[0];
                };
                String code = "90" + k;
                long id = f.tx(l -> l.accounts().open(AccountKey.of(book, code, fund), Side.DEBIT, flags).id());
                ids[b * 4 + k] = id;
                model.account(new LedgerModel.ModelAccount(id, book, fund, k == 0 ? 'D' : k == 2 ? 'C' : ' '));
            }
        }
        try (StoredState stored = new StoredState(f.database.dataSource(), ids, books)) {
            this.stored = stored;
            for (int i = 0; i < steps.size(); i++) {
                perform(steps.get(i));
                if (i % FULL_CHECK_EVERY == 0 || i == steps.size() - 1) {
                    checkInvariants(steps.get(i));
                } else {
                    quickCheck(steps.get(i));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The try's stored state through statements prepared once per try on a connection of its own (so H2 neither
     * re-parses them nor loses them from its small per-session query cache): the balance rows of the try's accounts,
     * the lines of overdue pending entries, the entry rows of the try's books. Each read commits, so the next one
     * sees what the ledger committed since.
     */
    private static final class StoredState implements AutoCloseable {
        final Connection connection;
        final PreparedStatement balances;
        final PreparedStatement overdue;
        final PreparedStatement entries;

        StoredState(DataSource dataSource, long[] ids, String[] books) throws SQLException {
            connection = dataSource.getConnection();
            StringBuilder in = new StringBuilder();
            for (long id : ids) {
                in.append(in.length() == 0 ? "" : ", ").append(id);
            }
            balances = connection.prepareStatement("select account_id, debits_posted, credits_posted,"
                    + " debits_pending, credits_pending from ledger.account_balance where account_id in (" + in + ")");
            overdue = connection.prepareStatement("select l.account_id, l.side, l.amount from ledger.pending_timeout t"
                    + " join ledger.entry_line l on l.entry_id = t.pending_id where t.expires_at <= ?");
            entries = connection.prepareStatement("select count(*) from ledger.entry where book_code in (?, ?)");
            entries.setString(1, books[0]);
            entries.setString(2, books[1]);
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private void perform(Step s) {
        OPERATIONS.incrementAndGet();
        switch (s.kind()) {
            case 0, 1, 2 -> submit(List.of(twoLines(s, s.kind() == 1 ? null : Duration.ofMinutes(1 + s.d() % 3))));
            case 3 -> submit(List.of(new PostPending(freshId(), pendingRef(s.a()), s.b() % 3 == 0 ? null
                    : (long) amount(s.amount()), s.c() % 5 == 0 ? DAY.plusDays(s.c() % 4) : null, null, false)));
            case 4 -> submit(List.of(VoidPending.of(freshId(), pendingRef(s.a()))));
            case 5 -> submit(List.of(history.isEmpty() ? twoLines(s, null) : history.get(s.a() % history.size())));
            case 6 -> submit(List.of(reuseIdWithOtherContent(s)));
            case 7, 8 -> submit(chain(s));
            case 9 -> f.clock.advance(Duration.ofSeconds(20L * (s.a() % 10)));
            case 10 -> {
                if (s.c() % 4 != 0) {
                    submit(List.of(twoLines(s, null)));
                    return;
                }
                LocalDate through = DAY.plusDays(s.b() % 3 - 1);
                String book = books[s.a() % 2];
                f.run(l -> l.books().closePeriod(book, through));
                model.closePeriod(book, through);
            }
            case 11 -> {
                if (s.a() % 4 == 0) {
                    long id = ids[s.b() % 8];
                    f.run(l -> l.accounts().close(id));
                    model.closeAccount(id);
                } else {
                    submit(List.of(twoLines(s, null)));
                }
            }
            case 12 -> submit(List.of(multiLine(s)));
            case 13 -> submit(List.of(invalid(s)));
            default -> submit(List.of(twoLines(s, null), twoLines(new Step(1, s.b(), s.c(), s.d(), s.a(), s.amount() / 2), null),
                    new PostPending(freshId(), pendingRef(s.c()), null, null, null, false)));
        }
    }

    private void submit(List<Command> commands) {
        OPERATIONS.addAndGet(commands.size() - 1L);
        List<ResultCode> expected = model.submit(commands, f.clock.instant());
        List<ResultCode> actual = f.tx(l -> l.submit(commands)).stream().map(EntryResult::code).toList();
        assertThat(actual).as("results of %s", commands).isEqualTo(expected);
        actual.forEach(code -> SEEN.merge(code, 1L, Long::sum));
        history.addAll(commands);
    }

    private String freshId() {
        return "c" + (++fresh);
    }

    /** Mostly an id the try used (a pending entry, if any), sometimes one that never existed. */
    private String pendingRef(int a) {
        if (history.isEmpty() || a % 20 == 0) {
            return "nothing-" + a;
        }
        List<String> pendingIds = history.stream().filter(c -> c instanceof NewEntry e && e.pending()).map(Command::id)
                .toList();
        return pendingIds.isEmpty() ? history.get(a % history.size()).id() : pendingIds.get(a % pendingIds.size());
    }

    /** Small amounts so that limits bite; sometimes zero, negative or near Long.MAX_VALUE. */
    private static long amount(int a) {
        if (a < 20) {
            return Long.MAX_VALUE - a;
        }
        if (a < 40) {
            return -(a % 3);
        }
        return 1 + a % 50;
    }

    private long account(int a) {
        return a % 97 == 0 ? 424_242_424L : ids[a % 8];
    }

    private NewEntry twoLines(Step s, Duration timeout) {
        boolean pending = s.kind() == 1 || s.kind() == 2;
        long amount = amount(s.amount());
        long credit = s.d() % 13 == 0 ? amount + 1 : amount;
        int book = s.a() % 2;
        // mostly two accounts of the same fund (so the entry can balance), sometimes any account or a missing one
        int pair = book * 4 + (s.b() % 2) * 2;
        int direction = s.c() % 2;
        long debitAccount = s.b() % 11 == 0 ? account(s.b()) : ids[pair + direction];
        long creditAccount = s.c() % 11 == 0 ? account(s.c()) : ids[pair + 1 - direction];
        NewEntry.Builder e = NewEntry.builder(freshId(), books[book], DAY.plusDays(s.d() % 4))
                .debit(debitAccount, amount).credit(creditAccount, credit);
        if (pending) {
            e.pending();
        }
        if (pending && s.kind() == 2 || s.amount() % 41 == 0) {
            e.timeout(timeout == null ? Duration.ofMinutes(2) : timeout);
        }
        return e.build();
    }

    private NewEntry multiLine(Step s) {
        int book = s.a() % 2;
        long x = 1 + s.b() % 30;
        long y = 1 + s.c() % 30;
        NewEntry.Builder e = NewEntry.builder(freshId(), books[book], DAY.plusDays(s.d() % 4))
                .debit(ids[book * 4], x + y).credit(ids[book * 4 + 1], x).credit(ids[book * 4 + 1], y)
                .debit(ids[book * 4 + 2], x).credit(ids[book * 4 + 3], s.d() % 7 == 0 ? x + 1 : x);
        if (s.amount() % 2 == 0) {
            e.pending();
        }
        return e.build();
    }

    private Command reuseIdWithOtherContent(Step s) {
        if (history.isEmpty()) {
            return twoLines(s, null);
        }
        String id = history.get(s.a() % history.size()).id();
        NewEntry other = twoLines(s, null);
        return new NewEntry(id, other.book(), other.valueDate(), "other", null, null, other.lines(), false, null, false);
    }

    private Command invalid(Step s) {
        NewEntry e = twoLines(s, null);
        return switch (s.b() % 5) {
            case 0 -> new NewEntry("bad id " + s.c(), e.book(), e.valueDate(), null, null, null, e.lines(), false, null, false);
            case 1 -> new NewEntry(e.id(), e.book(), e.valueDate(), null, null, null, e.lines().subList(0, 1), false, null, false);
            case 2 -> new NewEntry(e.id(), "SEAT", e.valueDate(), null, null, null, e.lines(), false, null, false);
            case 3 -> new NewEntry(e.id(), e.book(), e.valueDate(), "d".repeat(501), null, null, e.lines(), false, null, false);
            default -> new NewEntry(e.id(), e.book(), e.valueDate(), null, null, null, e.lines(), false, Duration.ofMinutes(1), false);
        };
    }

    private List<Command> chain(Step s) {
        List<Command> chain = new ArrayList<>();
        int length = 2 + s.a() % 2;
        for (int k = 0; k < length; k++) {
            Step part = new Step(k == 1 && s.kind() == 8 ? 1 : 0, s.a() + k, s.b() + 3 * k, s.c() + 5 * k, s.d() + k,
                    (s.amount() + 37 * k) % 1000);
            Command c = k == 2 && s.d() % 2 == 0 ? VoidPending.of(freshId(), pendingRef(s.b())) : twoLines(part, null);
            boolean linked = k < length - 1 || s.c() % 17 == 0;
            chain.add(linked ? c.linkedToNext() : c);
        }
        return chain;
    }

    /**
     * The same invariants from the stored state ({@link StoredState}, three prepared reads): each account's balances less its overdue pending amounts (what
     * {@code Balances.current} returns) must equal the model's, no limit may be exceeded, each book and each fund of a
     * book must sum to zero (posted and pending), and the entry rows must be exactly the accepted commands (rejected
     * commands and replays store nothing).
     */
    private void quickCheck(Step step) {
        long[][] actual = new long[ids.length][];
        int entryRows;
        try {
            try (ResultSet rs = stored.balances.executeQuery()) {
                while (rs.next()) {
                    actual[indexOf(rs.getLong(1))] = new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)};
                }
            }
            stored.overdue.setObject(1, f.clock.instant().atOffset(ZoneOffset.UTC));
            try (ResultSet rs = stored.overdue.executeQuery()) {
                while (rs.next()) {
                    int i = indexOf(rs.getLong(1));
                    if (i >= 0) {
                        actual[i][rs.getString(2).equals("D") ? 2 : 3] -= rs.getLong(3);
                    }
                }
            }
            try (ResultSet rs = stored.entries.executeQuery()) {
                rs.next();
                entryRows = rs.getInt(1);
            }
            stored.connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, BigInteger[]> sums = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            assertThat(actual[i]).as("balance row of account %d", i).isNotNull();
            assertThat(actual[i]).as("balance of account %d after %s", i, step)
                    .isEqualTo(model.balance(ids[i], f.clock.instant()));
            char limit = i % 4 == 0 ? 'D' : i % 4 == 2 ? 'C' : ' ';
            BigInteger[] b = {BigInteger.valueOf(actual[i][0]), BigInteger.valueOf(actual[i][1]),
                    BigInteger.valueOf(actual[i][2]), BigInteger.valueOf(actual[i][3])};
            assertThat(LedgerModel.breaksLimit(limit, b)).as("limit of account %d", i).isFalse();
            String book = books[i / 4];
            for (String key : new String[] {book, book + "/" + (i % 4 < 2 ? "F1" : "F2")}) {
                BigInteger[] sum = sums.computeIfAbsent(key, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO,
                        BigInteger.ZERO, BigInteger.ZERO});
                for (int k = 0; k < 4; k++) {
                    sum[k] = sum[k].add(b[k]);
                }
            }
        }
        sums.forEach((key, sum) -> {
            assertThat(sum[0]).as("posted debits = credits in %s after %s", key, step).isEqualTo(sum[1]);
            assertThat(sum[2]).as("pending debits = credits in %s after %s", key, step).isEqualTo(sum[3]);
        });
        assertThat(entryRows).as("entry rows: only accepted commands store anything").isEqualTo(model.entryRows());
    }

    /** The account's index in this try, -1 for another try's account. */
    private int indexOf(long accountId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == accountId) {
                return i;
            }
        }
        return -1;
    }

    private void checkInvariants(Step step) {
        quickCheck(step);
        f.run(l -> checkInvariants(l, step));
    }

    /** Everything in one transaction, as a reader of the ledger would see it. */
    private void checkInvariants(Ledger l, Step step) {
        for (int i = 0; i < ids.length; i++) {
            Balance actual = l.balances().current(ids[i]);
            long[] expected = model.balance(ids[i], f.clock.instant());
            assertThat(new long[] {actual.debitsPosted(), actual.creditsPosted(), actual.debitsPending(),
                    actual.creditsPending()}).as("balance of account %d after %s", i, step).isEqualTo(expected);
            char limit = i % 4 == 0 ? 'D' : i % 4 == 2 ? 'C' : ' ';
            BigInteger[] b = {BigInteger.valueOf(expected[0]), BigInteger.valueOf(expected[1]),
                    BigInteger.valueOf(expected[2]), BigInteger.valueOf(expected[3])};
            assertThat(LedgerModel.breaksLimit(limit, b)).as("limit of account %d", i).isFalse();
        }
        for (String book : books) {
            for (String fund : new String[] {null, "F1", "F2"}) {
                assertThat(l.reports().trialBalance(book, fund, null).balanced())
                        .as("trial balance of %s %s", book, fund).isTrue();
            }
        }
        int rows = f.dsl().fetchCount(f.dsl().selectFrom("ledger.entry")
                .where("book_code in ('" + books[0] + "', '" + books[1] + "')"));
        assertThat(rows).as("entry rows: only accepted commands store anything").isEqualTo(model.entryRows());
    }
}
