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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The statements every batch runs (overdue look-up, account lock, id fingerprints, books, entry and line inserts,
 * balance updates), as fixed SQL text on prepared JDBC statements of the caller's connection ({@code dsl.connection},
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

    private static final String ACCOUNT_COLUMNS = "account_id, book_code, fund_code, debits_must_not_exceed_credits,"
            + " credits_must_not_exceed_debits, closed, debits_posted, credits_posted, debits_pending, credits_pending";
    private static final String DUE = "select pending_id from ledger.pending_timeout where expires_at <= ?"
            + " order by expires_at, pending_id fetch first ? rows only";
    private static final String INSERT_ENTRY = "insert into ledger.entry (entry_id, book_code, kind, pending_id,"
            + " value_date, description, ref_type, ref_id, expires_at, recorded_at, fingerprint)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "insert into ledger.entry_line (entry_id, line_no, account_id, side,"
            + " amount, status, value_date, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TIMEOUT = "insert into ledger.pending_timeout (pending_id, expires_at)"
            + " values (?, ?)";
    private static final String UPDATE_BALANCES = "update ledger.account set debits_posted = ?, credits_posted = ?,"
            + " debits_pending = ?, credits_pending = ? where account_id = ?";

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

    /** Locks the accounts of one chunk (ascending ids) and reads them. */
    void lock(List<Long> ids, Map<Long, AccountState> into) {
        int size = padded(ids.size());
        String select = in("select " + ACCOUNT_COLUMNS + " from ledger.account where account_id in", size,
                h2 ? "" : " order by account_id for update");
        String lock = h2 ? in("update ledger.account set closed = closed where account_id in", size, "") : null;
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

    /** One JDBC batch per table: the entries, their lines, then the timeouts of pending entries. */
    void insertEntries(List<Changes.EntryRow> entries, OffsetDateTime at) {
        jdbc(INSERT_ENTRY + "; " + INSERT_LINE, c -> {
            boolean timeouts = false;
            try (PreparedStatement ps = c.prepareStatement(INSERT_ENTRY)) {
                for (Changes.EntryRow e : entries) {
                    ps.setString(1, e.id());
                    ps.setString(2, e.book());
                    ps.setString(3, e.kind());
                    setString(ps, 4, e.pendingId());
                    ps.setObject(5, e.valueDate());
                    setString(ps, 6, e.description());
                    setString(ps, 7, e.refType());
                    setString(ps, 8, e.refId());
                    if (e.expiresAt() == null) {
                        ps.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ps.setObject(9, LedgerContext.utc(e.expiresAt()));
                        timeouts = true;
                    }
                    ps.setObject(10, at);
                    ps.setString(11, e.fingerprint());
                    add(ps, entries.size());
                }
                execute(ps, entries.size());
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_LINE)) {
                int count = 0;
                for (Changes.EntryRow e : entries) {
                    count += e.lines().size();
                }
                for (Changes.EntryRow e : entries) {
                    int no = 0;
                    for (Changes.LineRow l : e.lines()) {
                        ps.setString(1, e.id());
                        ps.setInt(2, ++no);
                        ps.setLong(3, l.accountId());
                        ps.setString(4, l.side().code());
                        ps.setLong(5, l.amount());
                        ps.setString(6, l.held() ? "H" : "P");
                        ps.setObject(7, e.valueDate());
                        ps.setObject(8, at);
                        add(ps, count);
                    }
                }
                if (count > 0) {
                    execute(ps, count);
                }
            }
            if (timeouts) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_TIMEOUT)) {
                    for (Changes.EntryRow e : entries) {
                        if (e.expiresAt() != null) {
                            ps.setString(1, e.id());
                            ps.setObject(2, LedgerContext.utc(e.expiresAt()));
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    /** Writes the running balances of the changed accounts. */
    void updateBalances(Collection<AccountState> accounts) {
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
