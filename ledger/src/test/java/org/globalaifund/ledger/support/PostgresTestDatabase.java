package org.globalaifund.ledger.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * A new database on one embedded PostgreSQL per JVM (started on first use, stopped at exit), copied from a template
 * that the ledger's Flyway migrated once.
 */
public final class PostgresTestDatabase implements TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String name;
    private final HikariDataSource pool;

    private PostgresTestDatabase(String name, int poolSize) {
        this.name = name;
        this.pool = TestDatabase.pool(server.getJdbcUrl("postgres", name), "postgres", "postgres", poolSize);
    }

    public static PostgresTestDatabase fresh() {
        return fresh(10);
    }

    public static synchronized PostgresTestDatabase fresh(int poolSize) {
        if (server == null) {
            server = start();
        }
        String name = "ledger_test_" + COUNTER.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE ledger_template");
        return new PostgresTestDatabase(name, poolSize);
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is leaving anyway
                }
            }));
            server = pg;
            admin("CREATE DATABASE ledger_template");
            try (HikariDataSource template = TestDatabase.pool(pg.getJdbcUrl("postgres", "ledger_template"),
                    "postgres", "postgres", 2)) {
                TestDatabase.migrate(template);
            }
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void admin(String sql) {
        DataSource postgres = server.getPostgresDatabase();
        try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public void close() {
        pool.close();
        admin("DROP DATABASE IF EXISTS " + name);
    }
}
