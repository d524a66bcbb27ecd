package org.globalaifund.ledger.support;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/** A new in-memory H2 database (or a file database under target/), migrated by the ledger's Flyway. */
public final class H2TestDatabase implements TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final HikariDataSource pool;

    private H2TestDatabase(String url) {
        this.pool = TestDatabase.pool(url, "sa", "", 10);
        TestDatabase.migrate(pool);
    }

    public static H2TestDatabase inMemory() {
        return new H2TestDatabase("jdbc:h2:mem:ledger" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    }

    /** A file database, deleted first: the storage a benchmark should measure. */
    public static H2TestDatabase file(String path) {
        new java.io.File(path + ".mv.db").delete();
        new java.io.File(path + ".trace.db").delete();
        return new H2TestDatabase("jdbc:h2:file:" + path + ";LOCK_TIMEOUT=10000");
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.H2;
    }

    @Override
    public void close() {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (java.sql.SQLException ignored) {
            // already gone
        }
        pool.close();
    }
}
