package org.globalaifund.ledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * (entry + two lines, 2 × 8,000 entries like the ledger's batch-8,000 case) into the ledger's own {@code entry} and
 * {@code entry_line} tables (so the same columns, types, keys, indexes and table size), the same into index-less
 * copies (the reference used before 2026-11-29 05:00 UTC, printed for comparison), and a plain single-row INSERT +
 * commit loop. Warm-up (every case, {@value #WARM_UP_ROUNDS} times: the JIT needs some 40,000 single entries before a
 * ledger entry's CPU cost levels off, see LedgerProfile), then {@code bench.runs} (default {@value #RUNS}) rounds in
 * which every case runs once, the order reversed every other round; before every measured case the database is
 * settled the same way (CHECKPOINT: H2 writes its pending changes to the file, PostgreSQL flushes its dirty buffers;
 * then a GC), so no case pays for the writes of the one before. Prints medians, the spread (min–max) and the ratios
 * to the plain batch insert: of the medians, and the median of the per-round ratios. Run with
 * {@code ./mvnw -B -pl ledger -Pbench test-compile exec:exec} (properties: {@code bench.db} h2, pg or h2,pg;
 * {@code bench.runs}; {@code bench.cases}, a regular expression of the ledger cases to keep, the plain ones always
 * run), which starts this class in a JVM of its own with a fixed heap ({@code bench.heap}, 3g): in Maven's own JVM the
 * heap shrank after every GC between cases and the case after it ran a third slower, single entries most.
 */
public final class LedgerBenchmark {

    private static final int RUNS = 7;
    private static final int WARM_UP_ROUNDS = 4;
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final String PLAIN_BATCH = "plain JDBC batch insert 2 x 8000 entries into ledger tables";
    private static final String PLAIN_BATCH_NO_INDEX = "plain JDBC batch insert 2 x 8000 entries, index-less copies";

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
        List<String> vendors = args.length == 0 ? List.of("h2", "pg") : Arrays.asList(String.join(",", args).split(","));
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
        cases.put(PLAIN_BATCH, () -> plainBatch(2, 8_000, "ledger.entry", "ledger.entry_line"));
        cases.put(PLAIN_BATCH_NO_INDEX, () -> plainBatch(2, 8_000, "plain_entry", "plain_line"));
        cases.put("plain single-row insert + commit", () -> plainSingle(10_000));
        for (int batch : new int[] {1, 100, 8_000}) {
            int total = batch == 1 ? 10_000 : batch == 100 ? 10_000 : 16_000;
            cases.put("ledger batch " + batch + ", uncontended", () -> ledger(batch, total, spread));
            cases.put("ledger batch " + batch + ", 10 hot accounts", () -> ledger(batch, total, hot));
        }
        String only = System.getProperty("bench.cases");
        if (only != null) {
            cases.keySet().removeIf(name -> !name.matches(only) && !name.startsWith("plain"));
        }
        int runs = Integer.getInteger("bench.runs", RUNS);
        System.out.println("== " + vendor + ": warm-up, " + WARM_UP_ROUNDS + " rounds of every case");
        for (int w = 0; w < WARM_UP_ROUNDS; w++) {
            for (LongSupplier c : cases.values()) {
                settle();
                c.getAsLong();
            }
        }
        Map<String, List<Long>> rates = new LinkedHashMap<>();
        cases.keySet().forEach(name -> rates.put(name, new ArrayList<>()));
        List<String> order = new ArrayList<>(cases.keySet());
        for (int r = 0; r < runs; r++) {
            List<String> round = new ArrayList<>(order);
            if (r % 2 == 1) {
                Collections.reverse(round);
            }
            for (String name : round) {
                settle();
                rates.get(name).add(cases.get(name).getAsLong());
            }
        }
        List<Long> plain = rates.get(PLAIN_BATCH);
        List<Long> plainNoIndex = rates.get(PLAIN_BATCH_NO_INDEX);
        System.out.printf("== %s: median of %d runs (entries or rows per second); ratios to the plain batch insert into"
                + " the ledger's tables: of the medians / median of the per-round ratios (in brackets: the same to the"
                + " index-less copies)%n", vendor, runs);
        rates.forEach((name, list) -> System.out.printf("%-62s %7d /s  min-max %7d-%7d  %5.1f%% / %5.1f%%  (%5.1f%% / %5.1f%%)"
                + "  runs=%s%n", name, median(list), Collections.min(list), Collections.max(list),
                100.0 * median(list) / median(plain), paired(list, plain), 100.0 * median(list) / median(plainNoIndex),
                paired(list, plainNoIndex), list));
    }

    /** The same quiet state before every measured case: the database's pending writes flushed, garbage collected. */
    private void settle() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
            c.commit();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        System.gc();
    }

    /** Median of the per-round ratios {@code a[r] / b[r]}, in per cent. */
    private static double paired(List<Long> a, List<Long> b) {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < a.size(); r++) {
            ratios.add(100.0 * a.get(r) / b.get(r));
        }
        Collections.sort(ratios);
        return ratios.get(ratios.size() / 2);
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

    /** The earlier reference: the same columns as entry and entry_line, their primary keys, no secondary index. */
    private void createPlainTables() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table plain_entry (entry_id varchar(128) not null primary key, book_code varchar(40) not null,"
                    + " kind varchar(8) not null, pending_id varchar(128), value_date date not null, description varchar(500),"
                    + " ref_type varchar(64), ref_id varchar(128), expires_at timestamp with time zone,"
                    + " recorded_at timestamp with time zone not null, fingerprint char(64) not null)");
            s.execute("create table plain_line (entry_id varchar(128) not null, line_no integer not null,"
                    + " account_id bigint not null, side char(1) not null, amount bigint not null, status char(1) not null,"
                    + " value_date date not null, recorded_at timestamp with time zone not null, primary key (entry_id, line_no))");
            s.execute("create table plain_row (id bigint primary key, amount bigint)");
            c.commit();
        }
    }

    /**
     * Entries per second for {@code transactions} × {@code entries} entries written with one JDBC batch per table and
     * transaction: the rows the ledger writes for a two-line entry (all columns, nulls where it writes nulls, lines on
     * the same account pairs as the uncontended ledger case), without anything the ledger reads, checks or updates.
     */
    private long plainBatch(int transactions, int entries, String entryTable, String lineTable) {
        DataSource ds = database.dataSource();
        long start = System.nanoTime();
        for (int t = 0; t < transactions; t++) {
            try (Connection c = ds.getConnection();
                 PreparedStatement e = c.prepareStatement("insert into " + entryTable + " (entry_id, book_code, kind,"
                         + " pending_id, value_date, description, ref_type, ref_id, expires_at, recorded_at, fingerprint)"
                         + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement l = c.prepareStatement("insert into " + lineTable + " (entry_id, line_no, account_id,"
                         + " side, amount, status, value_date, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                String fingerprint = "0".repeat(64);
                for (int i = 0; i < entries; i++) {
                    long n = ++sequence;
                    String id = "plain:" + n;
                    e.setString(1, id);
                    e.setString(2, "FIN-USD");
                    e.setString(3, "POSTED");
                    e.setNull(4, Types.VARCHAR);
                    e.setObject(5, DAY);
                    e.setNull(6, Types.VARCHAR);
                    e.setNull(7, Types.VARCHAR);
                    e.setNull(8, Types.VARCHAR);
                    e.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
                    e.setObject(10, now);
                    e.setString(11, fingerprint);
                    e.addBatch();
                    int pick = (int) (n % (spread.length / 2)) * 2;
                    for (int no = 1; no <= 2; no++) {
                        l.setString(1, id);
                        l.setInt(2, no);
                        l.setLong(3, spread[pick + no - 1]);
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
        }
        return rate((long) transactions * entries, start);
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
