package org.globalaifund.ledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.globalaifund.ledger.AccountKey;
import org.globalaifund.ledger.EntryResult;
import org.globalaifund.ledger.NewEntry;
import org.globalaifund.ledger.Side;
import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.LedgerFixture;
import org.globalaifund.ledger.support.PostgresTestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/**
 * Throughput of the ledger API (two-line entries per second) for batches of 1, 100 and 8,000, on 2,000 uncontended
 * accounts and on 10 hot ones, next to the storage limits in the same run: a plain JDBC batch INSERT of the same rows
 * (entry + two lines) and a plain single-row INSERT + commit loop. Warm-up (every case, {@value #WARM_UP_ROUNDS} times:
 * the JIT needs some 40,000 single entries before a ledger entry's CPU cost levels off, see LedgerProfile), then every
 * case alternately, three runs; prints medians and ratios. Run with {@code ./mvnw -B -pl ledger -Pbench test-compile exec:java} (args: h2, pg).
 */
public final class LedgerBenchmark {

    private static final int RUNS = 3;
    private static final int WARM_UP_ROUNDS = 4;
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private final String vendor;
    private final TestDatabase database;
    private final LedgerFixture f;
    private long[] spread;
    private long[] hot;
    private long sequence;

    private LedgerBenchmark(String vendor, TestDatabase database) {
        this.vendor = vendor;
        this.database = database;
        this.f = new LedgerFixture(database);
    }

    public static void main(String[] args) throws Exception {
        List<String> vendors = args.length == 0 ? List.of("h2", "pg") : Arrays.asList(args);
        System.out.println("cores=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version"));
        for (String vendor : vendors) {
            TestDatabase db = vendor.equals("h2") ? H2TestDatabase.file(targetDir() + "/bench/ledger") : PostgresTestDatabase.fresh(4);
            new LedgerBenchmark(vendor, db).run();
            db.close();
        }
        System.exit(0);
    }

    /** ledger/target, wherever Maven was started from. */
    private static String targetDir() throws Exception {
        return java.nio.file.Path.of(LedgerBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().toAbsolutePath().toString();
    }

    private void run() throws SQLException {
        spread = open(2_000, "S");
        hot = open(10, "H");
        createPlainTables();
        Map<String, LongSupplier> cases = new LinkedHashMap<>();
        cases.put("plain JDBC batch insert, 8000 entries (1 entry + 2 line rows each)", () -> plainBatch(8_000));
        cases.put("plain single-row insert + commit", () -> plainSingle(10_000));
        for (int batch : new int[] {1, 100, 8_000}) {
            int total = batch == 1 ? 10_000 : batch == 100 ? 10_000 : 16_000;
            cases.put("ledger batch " + batch + ", uncontended", () -> ledger(batch, total, spread));
            cases.put("ledger batch " + batch + ", 10 hot accounts", () -> ledger(batch, total, hot));
        }
        System.out.println("== " + vendor + ": warm-up, " + WARM_UP_ROUNDS + " rounds of every case");
        for (int w = 0; w < WARM_UP_ROUNDS; w++) {
            cases.values().forEach(LongSupplier::getAsLong);
        }
        Map<String, List<Long>> rates = new LinkedHashMap<>();
        for (int r = 0; r < RUNS; r++) {
            for (Map.Entry<String, LongSupplier> c : cases.entrySet()) {
                rates.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(c.getValue().getAsLong());
            }
        }
        long plainBatch = median(rates.get("plain JDBC batch insert, 8000 entries (1 entry + 2 line rows each)"));
        System.out.printf("== %s: median of %d runs (entries or rows per second)%n", vendor, RUNS);
        rates.forEach((name, list) -> System.out.printf("%-72s %9d /s  runs=%s  vs plain batch %5.1f%%%n", name,
                median(list), list, 100.0 * median(list) / plainBatch));
    }

    private long[] open(int count, String prefix) {
        long[] ids = new long[count];
        f.run(l -> {
            for (int i = 0; i < count; i++) {
                ids[i] = l.accounts().open(AccountKey.of("FIN-USD", prefix + i, "UNRESTRICTED"), Side.DEBIT).id();
            }
        });
        return ids;
    }

    /** Entries per second for {@code total} entries submitted in batches of {@code batch}, one transaction per batch. */
    private long ledger(int batch, int total, long[] accounts) {
        long start = System.nanoTime();
        for (int done = 0; done < total; done += batch) {
            List<NewEntry> entries = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                long n = ++sequence;
                // debit and credit accounts of the same fund: the spread accounts form pairs, the hot ones a ring
                int pick = (int) (n % (accounts.length / 2)) * 2;
                long debit = accounts == hot ? hot[(int) (n % hot.length)] : accounts[pick];
                long credit = accounts == hot ? hot[(int) ((n + 1) % hot.length)] : accounts[pick + 1];
                entries.add(NewEntry.builder("bench:" + n, "FIN-USD", DAY).debit(debit, 100).credit(credit, 100).build());
            }
            List<EntryResult> results = f.tx(l -> l.submit(entries));
            if (!results.stream().allMatch(EntryResult::accepted)) {
                throw new IllegalStateException("benchmark entries must be accepted: " + results.get(0));
            }
        }
        return rate(total, start);
    }

    private void createPlainTables() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table plain_entry (entry_id varchar(128) primary key, book_code varchar(40), kind varchar(8),"
                    + " value_date date, recorded_at timestamp with time zone, fingerprint char(64))");
            s.execute("create table plain_line (entry_id varchar(128), line_no integer, account_id bigint, side char(1),"
                    + " amount bigint, status char(1), value_date date, recorded_at timestamp with time zone,"
                    + " primary key (entry_id, line_no))");
            s.execute("create table plain_row (id bigint primary key, amount bigint)");
            c.commit();
        }
    }

    private long plainBatch(int entries) {
        DataSource ds = database.dataSource();
        long start = System.nanoTime();
        try (Connection c = ds.getConnection();
             PreparedStatement e = c.prepareStatement("insert into plain_entry values (?, ?, ?, ?, ?, ?)");
             PreparedStatement l = c.prepareStatement("insert into plain_line values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < entries; i++) {
                String id = "plain:" + (++sequence);
                e.setString(1, id);
                e.setString(2, "FIN-USD");
                e.setString(3, "POSTED");
                e.setObject(4, DAY);
                e.setObject(5, now);
                e.setString(6, "0".repeat(64));
                e.addBatch();
                for (int no = 1; no <= 2; no++) {
                    l.setString(1, id);
                    l.setInt(2, no);
                    l.setLong(3, spread[i % spread.length]);
                    l.setString(4, no == 1 ? "D" : "C");
                    l.setLong(5, 100);
                    l.setString(6, "P");
                    l.setObject(7, DAY);
                    l.setObject(8, now);
                    l.addBatch();
                }
            }
            e.executeBatch();
            l.executeBatch();
            c.commit();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return rate(entries, start);
    }

    private long plainSingle(int rows) {
        long start = System.nanoTime();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("insert into plain_row values (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                p.setLong(1, ++sequence);
                p.setLong(2, 100);
                p.executeUpdate();
                c.commit();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return rate(rows, start);
    }

    private static long rate(long count, long startNanos) {
        return Math.round(count / ((System.nanoTime() - startNanos) / 1e9));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2);
    }
}
