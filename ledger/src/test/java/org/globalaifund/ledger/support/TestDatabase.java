package org.globalaifund.ledger.support;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.globalaifund.ledger.LedgerMigrations;
import org.jooq.SQLDialect;

/** A fresh, migrated database for one test (H2 in memory, or a new database on the shared embedded PostgreSQL). */
public interface TestDatabase extends AutoCloseable {

    DataSource dataSource();

    SQLDialect dialect();

    @Override
    void close();

    static HikariDataSource pool(String url, String user, String password, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(size);
        pool.setAutoCommit(false);
        return pool;
    }

    static void migrate(DataSource dataSource) {
        LedgerMigrations.flyway(dataSource).migrate();
    }
}
