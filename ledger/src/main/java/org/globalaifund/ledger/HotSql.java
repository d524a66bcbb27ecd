package org.globalaifund.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The statements every batch runs (overdue look-up, pending entries and their resolutions, account lock, id
 * fingerprints, books, entry, line, resolution and timeout writes, balance updates), as fixed SQL text on prepared JDBC statements of the caller's connection ({@code dsl.connection},
 * so the same transaction). Profiling a single-entry transaction on H2 showed jOOQ spending more time rendering these
 * statements than the database spent running them, and H2 re-parsing SQL it could not take from its per-session query
 * cache. So: no rendering per call; IN lists padded to a power of two (the last value repeated) so that the same few
 * SQL strings recur and hit H2's query cache and PostgreSQL's statement cache; on H2 the lock is a no-op UPDATE of the
 * rows (H2 never caches a {@code SELECT ... FOR UPDATE}, an UPDATE takes the same row locks, in index order) followed
 * by a plain SELECT. Identifiers are unquoted like the ledger's jOOQ rendering ({@code RenderQuotedNames.NEVER}), so
 * the text works on both vendors. SQL errors are thrown as jOOQ's {@link DataAccessException} (a unique or foreign key
 * violation as {@link IntegrityConstraintViolationException}) with the statement in the message.
 */
final class HotSql {

    /** The locked accounts with their balances (account ids in the IN list that follows). */
    private static final String SELECT_ACCOUNTS = "select a.account_id, a.book_code, a.fund_code,"
            + " a.debits_must_not_exceed_credits, a.credits_must_not_exceed_debits, a.closed, b.debits_posted,"
            + " b.credits_posted, b.debits_pending, b.credits_pending from ledger.account a"
            + " join ledger.account_balance b on b.account_id = a.account_id where a.account_id in";
    /**
     * H2 evaluates {@code IN (?, ?, ...)} by comparing each row with every value in turn, so long lists cost
     * quadratically (a batch of 8,000 uncontended entries spent three quarters of its lock time there): the lists of
     * the statements below are cut to this many values on H2. PostgreSQL hashes or searches them: 1,000 there.
     */
    static final int H2_IN_LIST = 64;
    /** Rows per multi-row INSERT (at most 11 × 64 parameters; PostgreSQL takes up to 65,535). */
    static final int MULTI_ROW = 64;
    private static final String DUE = "select pending_id from ledger.pending_timeout where expires_at <= ?"
            + " order by expires_at, pending_id fetch first ? rows only";
    private static final String INSERT_ENTRY = "insert into ledger.entry (entry_id, book_code, kind, pending_id,"
            + " value_date, description, ref_type, ref_id, expires_at, recorded_at, fingerprint)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "insert into ledger.entry_line (entry_id, line_no, account_id, side,"
            + " amount, status, value_date, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TIMEOUT = "insert into ledger.pending_timeout (pending_id, expires_at)"
            + " values (?, ?)";
    private static final String UPDATE_BALANCES = "update ledger.account_balance set debits_posted = ?, credits_posted = ?,"
            + " debits_pending = ?, credits_pending = ? where account_id = ?";

    /** PostgreSQL: the balances of many accounts in one statement, the VALUES rows between these two parts. */
    private static final String UPDATE_BALANCES_FROM = "update ledger.account_balance b set debits_posted = v.dp,"
            + " credits_posted = v.cp, debits_pending = v.dh, credits_pending = v.ch from (values ";
    private static final String UPDATE_BALANCES_FROM_SUFFIX = ") as v (account_id, dp, cp, dh, ch)"
            + " where b.account_id = v.account_id";

    private static final String PENDINGS = "select e.entry_id, e.book_code, e.value_date, e.expires_at, l.account_id,"
            + " l.side, l.amount from ledger.entry e join ledger.entry_line l on l.entry_id = e.entry_id"
            + " where e.kind = 'PENDING' and e.entry_id in";
    private static final String OUTCOMES = "select pending_id, outcome from ledger.pending_resolution"
            + " where pending_id in";
    private static final String INSERT_RESOLUTION = "insert into ledger.pending_resolution (pending_id, outcome,"
            + " resolving_entry_id, resolved_at) values (?, ?, ?, ?)";
    private static final String DELETE_TIMEOUT = "delete from ledger.pending_timeout where pending_id = ?";
    private static final String LOCK_BALANCES = "update ledger.account_balance set debits_posted = debits_posted"
            + " where account_id in";
    private static final String LOCK_ONE = "update ledger.account_balance set debits_posted = debits_posted"
            + " where account_id = ?";

    private static final Map<String, String> SQL = new ConcurrentHashMap<>();

    private final DSLContext dsl;
    private final boolean h2;

    HotSql(DSLContext dsl) {
        this.dsl = dsl;
        this.h2 = dsl.dialect().family() == SQLDialect.H2;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(String sql, Work<T> work) {
        return dsl.connectionResult(c -> {
            try {
                return work.run(c);
            } catch (SQLException e) {
                String message = "SQL [" + sql + "]; " + e.getMessage();
                String state = e.getSQLState();
                throw state != null && state.startsWith("23") ? new IntegrityConstraintViolationException(message, e)
                        : new DataAccessException(message, e);
            }
        });
    }

    /** How many values the IN lists of one statement take (callers cut their ids into chunks of this size). */
    int inList() {
        return h2 ? H2_IN_LIST : LedgerContext.CHUNK;
    }

    /** Power of two >= n: IN lists of 1, 2, 4, 8 ... values, so that few distinct statements exist. */
    static int padded(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }

    /** {@code prefix (?, ?, ...) suffix} with {@code size} markers, cached by text. */
    private static String in(String prefix, int size, String suffix) {
        return SQL.computeIfAbsent(prefix + size + suffix, k -> {
            StringBuilder sql = new StringBuilder(prefix.length() + suffix.length() + 3 * size + 4).append(prefix)
                    .append(" (?");
            for (int i = 1; i < size; i++) {
                sql.append(", ?");
            }
            return sql.append(')').append(suffix).toString();
        });
    }

    /** Binds {@code values} from parameter 1, padding to {@code size} with the last value. */
    private static <T> void bindIn(PreparedStatement ps, List<T> values, int size) throws SQLException {
        for (int i = 0; i < size; i++) {
            ps.setObject(i + 1, values.get(Math.min(i, values.size() - 1)));
        }
    }

    List<String> due(OffsetDateTime now, int limit) {
        return jdbc(DUE, c -> {
            try (PreparedStatement ps = c.prepareStatement(DUE)) {
                ps.setObject(1, now);
                ps.setInt(2, limit);
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Pending entries of one chunk of ids with their lines (in line order); other kinds of entry are left out. */
    void pendings(List<String> ids, Map<String, PendingState> into) {
        int size = padded(ids.size());
        String sql = in(PENDINGS, size, " order by l.entry_id, l.line_no");
        jdbc(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindIn(ps, ids, size);
                Map<String, List<Line>> lines = new HashMap<>();
                Map<String, Object[]> heads = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (!heads.containsKey(id)) {
                            heads.put(id, new Object[] {rs.getString(2), rs.getObject(3, LocalDate.class),
                                    rs.getObject(4, OffsetDateTime.class)});
                        }
                        lines.computeIfAbsent(id, k -> new ArrayList<>()).add(new Line(rs.getLong(5),
                                Side.ofCode(rs.getString(6)), rs.getLong(7)));
                    }
                }
                heads.forEach((id, h) -> into.put(id, new PendingState(id, (String) h[0], (LocalDate) h[1],
                        LedgerContext.instant((OffsetDateTime) h[2]), lines.get(id), null)));
            }
            return null;
        });
    }

    /** The resolutions of one chunk of pending ids. */
    void outcomes(List<String> ids, Map<String, PendingState.Outcome> into) {
        int size = padded(ids.size());
        String sql = in(OUTCOMES, size, "");
        jdbc(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindIn(ps, ids, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        into.put(rs.getString(1), PendingState.Outcome.valueOf(rs.getString(2)));
                    }
                }
            }
            return null;
        });
    }

    /** One JDBC batch of resolutions, then one of deletions from the timeout queue. */
    void resolve(List<Changes.ResolutionRow> resolutions, Collection<String> timeoutsToDelete, OffsetDateTime at) {
        jdbc(INSERT_RESOLUTION + "; " + DELETE_TIMEOUT, c -> {
            if (!resolutions.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_RESOLUTION)) {
                    for (Changes.ResolutionRow r : resolutions) {
                        ps.setString(1, r.pendingId());
                        ps.setString(2, r.outcome().name());
                        setString(ps, 3, r.resolvingEntryId());
                        ps.setObject(4, at);
                        add(ps, resolutions.size());
                    }
                    execute(ps, resolutions.size());
                }
            }
            if (!timeoutsToDelete.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(DELETE_TIMEOUT)) {
                    for (String id : timeoutsToDelete) {
                        ps.setString(1, id);
                        add(ps, timeoutsToDelete.size());
                    }
                    execute(ps, timeoutsToDelete.size());
                }
            }
            return null;
        });
    }

    /**
     * Locks the accounts of one chunk (ascending ids) and reads them with their balances. PostgreSQL: SELECT ... FOR
     * UPDATE of the account and balance rows. H2: a no-op UPDATE of the balance rows (takes the row locks, in primary
     * key order, and stays in H2's query cache, which a SELECT ... FOR UPDATE never does), then a plain SELECT;
     * {@link Accounts#close} takes the same balance row lock on H2 before it changes the account.
     */
    void lock(List<Long> ids, Map<Long, AccountState> into) {
        int size = padded(ids.size());
        String select = in(SELECT_ACCOUNTS, size, h2 ? "" : " order by a.account_id for update");
        String lock = h2 ? in(LOCK_BALANCES, size, "") : null;
        jdbc(h2 ? lock : select, c -> {
            if (h2) {
                try (PreparedStatement ps = c.prepareStatement(lock)) {
                    bindIn(ps, ids, size);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(select)) {
                bindIn(ps, ids, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        into.put(id, new AccountState(id, rs.getString(2), rs.getString(3), rs.getBoolean(4),
                                rs.getBoolean(5), rs.getBoolean(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                                rs.getLong(10)));
                    }
                }
            }
            return null;
        });
    }

    void fingerprints(List<String> ids, Map<String, String> into) {
        int size = padded(ids.size());
        String sql = in("select entry_id, fingerprint from ledger.entry where entry_id in", size, "");
        jdbc(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindIn(ps, ids, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        into.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return null;
        });
    }

    void books(List<String> codes, Map<String, Book> into) {
        int size = padded(codes.size());
        String sql = in("select book_code, kind, currency_code, minor_unit_digits, closed_through from ledger.book"
                + " where book_code in", size, "");
        jdbc(sql, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindIn(ps, codes, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String currency = rs.getString(3);
                        into.put(rs.getString(1), new Book(rs.getString(1), BookKind.valueOf(rs.getString(2)),
                                currency == null ? null : Currency.getInstance(currency), rs.getInt(4),
                                rs.getObject(5, LocalDate.class)));
                    }
                }
            }
            return null;
        });
    }

    /** H2: locks one account's balance row (what a batch locks), before {@link Accounts#close} changes it. */
    void lockOne(long accountId) {
        if (!h2) {
            return;
        }
        jdbc(LOCK_ONE, c -> {
            try (PreparedStatement ps = c.prepareStatement(LOCK_ONE)) {
                ps.setLong(1, accountId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * The entries, their lines, then the timeouts of pending entries, as multi-row INSERTs ({@link #insertRows}):
     * H2 runs every row of a JDBC batch as a statement of its own, and PostgreSQL without {@code
     * reWriteBatchedInserts} (a setting of the caller's data source) as well.
     */
    void insertEntries(List<Changes.EntryRow> entries, OffsetDateTime at) {
        jdbc(INSERT_ENTRY + "; " + INSERT_LINE, c -> {
            insertRows(c, INSERT_ENTRY, 11, entries, (ps, p, e) -> {
                ps.setString(p, e.id());
                ps.setString(p + 1, e.book());
                ps.setString(p + 2, e.kind());
                setString(ps, p + 3, e.pendingId());
                ps.setObject(p + 4, e.valueDate());
                setString(ps, p + 5, e.description());
                setString(ps, p + 6, e.refType());
                setString(ps, p + 7, e.refId());
                if (e.expiresAt() == null) {
                    ps.setNull(p + 8, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setObject(p + 8, LedgerContext.utc(e.expiresAt()));
                }
                ps.setObject(p + 9, at);
                ps.setString(p + 10, e.fingerprint());
            });
            List<NumberedLine> lines = new ArrayList<>(entries.size() * 2);
            List<Changes.EntryRow> timeouts = new ArrayList<>();
            for (Changes.EntryRow e : entries) {
                int no = 0;
                for (Changes.LineRow l : e.lines()) {
                    lines.add(new NumberedLine(e, ++no, l));
                }
                if (e.expiresAt() != null) {
                    timeouts.add(e);
                }
            }
            insertRows(c, INSERT_LINE, 8, lines, (ps, p, n) -> {
                ps.setString(p, n.entry().id());
                ps.setInt(p + 1, n.no());
                ps.setLong(p + 2, n.line().accountId());
                ps.setString(p + 3, n.line().side().code());
                ps.setLong(p + 4, n.line().amount());
                ps.setString(p + 5, n.line().held() ? "H" : "P");
                ps.setObject(p + 6, n.entry().valueDate());
                ps.setObject(p + 7, at);
            });
            insertRows(c, INSERT_TIMEOUT, 2, timeouts, (ps, p, e) -> {
                ps.setString(p, e.id());
                ps.setObject(p + 1, LedgerContext.utc(e.expiresAt()));
            });
            return null;
        });
    }

    private record NumberedLine(Changes.EntryRow entry, int no, Changes.LineRow line) {
    }

    /** Sets the {@code columns} parameters of one row, the first at index {@code first}. */
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    /**
     * Inserts {@code rows} with {@code insert} (an INSERT of one row, {@code values (?, ...)} at its end) extended to
     * multi-row {@code VALUES} lists: full chunks of {@link #MULTI_ROW} rows as one JDBC batch of the same statement
     * (one round trip on PostgreSQL), the rest as one statement per power of two (37 rows: 32, 4, 1), so that only a
     * few SQL texts recur and stay in H2's query cache and PostgreSQL's statement cache.
     */
    private static <T> void insertRows(Connection c, String insert, int columns, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        writeRows(c, insert.substring(0, insert.lastIndexOf(" values ") + 8), columns, rows, "", binder);
    }

    /** {@link #insertRows} for any statement of the form {@code head (?, ...), (?, ...) tail}. */
    private static <T> void writeRows(Connection c, String head, int columns, List<T> rows, String tail,
                                      RowBinder<T> binder) throws SQLException {
        int full = rows.size() / MULTI_ROW;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(rows(head, columns, MULTI_ROW, tail))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    bindRows(ps, columns, rows.subList(chunk * MULTI_ROW, (chunk + 1) * MULTI_ROW), binder);
                    add(ps, full);
                }
                execute(ps, full);
            }
        }
        int from = full * MULTI_ROW;
        for (int size = MULTI_ROW / 2; size >= 1; size /= 2) {
            if (rows.size() - from >= size) {
                try (PreparedStatement ps = c.prepareStatement(rows(head, columns, size, tail))) {
                    bindRows(ps, columns, rows.subList(from, from + size), binder);
                    ps.executeUpdate();
                }
                from += size;
            }
        }
    }

    private static <T> void bindRows(PreparedStatement ps, int columns, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            binder.bind(ps, 1 + i * columns, rows.get(i));
        }
    }

    /** {@code head}, {@code rows} rows of {@code columns} markers, {@code tail}; cached by text. */
    private static String rows(String head, int columns, int rows, String tail) {
        return SQL.computeIfAbsent(head + " x" + rows + tail, k -> {
            StringBuilder row = new StringBuilder("(?");
            for (int i = 1; i < columns; i++) {
                row.append(", ?");
            }
            row.append(')');
            StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 2)).append(head).append(row);
            for (int i = 1; i < rows; i++) {
                sql.append(", ").append(row);
            }
            return sql.append(tail).toString();
        });
    }

    /**
     * Writes the running balances of the changed accounts. H2: one batched single-row UPDATE (H2 has no {@code UPDATE
     * ... FROM}); PostgreSQL: multi-row {@code UPDATE ... FROM (VALUES ...)} statements ({@link #writeRows}), so a
     * batch of 8,000 uncontended entries sends a few statements, not 2,000.
     */
    void updateBalances(Collection<AccountState> accounts) {
        if (!h2) {
            jdbc(UPDATE_BALANCES_FROM, c -> {
                writeRows(c, UPDATE_BALANCES_FROM, 5, new ArrayList<>(accounts), UPDATE_BALANCES_FROM_SUFFIX,
                        (ps, p, a) -> {
                            ps.setLong(p, a.id);
                            ps.setLong(p + 1, a.debitsPosted);
                            ps.setLong(p + 2, a.creditsPosted);
                            ps.setLong(p + 3, a.debitsPending);
                            ps.setLong(p + 4, a.creditsPending);
                        });
                return null;
            });
            return;
        }
        jdbc(UPDATE_BALANCES, c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE_BALANCES)) {
                for (AccountState a : accounts) {
                    ps.setLong(1, a.debitsPosted);
                    ps.setLong(2, a.creditsPosted);
                    ps.setLong(3, a.debitsPending);
                    ps.setLong(4, a.creditsPending);
                    ps.setLong(5, a.id);
                    add(ps, accounts.size());
                }
                execute(ps, accounts.size());
            }
            return null;
        });
    }

    // a single row goes without the batch machinery
    private static void add(PreparedStatement ps, int rows) throws SQLException {
        if (rows > 1) {
            ps.addBatch();
        }
    }

    private static void execute(PreparedStatement ps, int rows) throws SQLException {
        if (rows > 1) {
            ps.executeBatch();
        } else {
            ps.executeUpdate();
        }
    }

    private static void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
