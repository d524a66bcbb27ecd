package org.globalaifund.engine.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.globalaifund.engine.config.MigrationConfig.SchemaMigration;
import org.globalaifund.ledger.Ledger;
import org.globalaifund.ledger.LedgerMigrations;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The double-entry ledger on the application's one DataSource: its schema is migrated with its own
 * Flyway history before the fund's, and it runs inside the caller's Spring transaction through the
 * shared {@link DSLContext}, so ledger entries and process state commit or roll back together.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerConfig {

    @Bean
    SchemaMigration ledgerSchema(DataSource dataSource) {
        return () -> LedgerMigrations.flyway(dataSource).migrate();
    }

    @Bean
    Ledger ledger(DSLContext dsl, Clock clock) {
        return new Ledger(dsl, clock);
    }
}
