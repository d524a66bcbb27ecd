package org.globalaifund.engine.config;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the migrations before anything reads the database: one Flyway history per schema. The
 * {@code fund} schema is Spring Boot's Flyway (see application.yml); further schemas (the ledger's)
 * register a {@link SchemaMigration} that runs first.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationConfig {

    @Bean
    FlywayMigrationStrategy schemaByschema(java.util.List<SchemaMigration> others) {
        return fund -> {
            others.forEach(SchemaMigration::migrate);
            fund.migrate();
        };
    }

    /** A schema with its own migrations and Flyway history, migrated before the {@code fund} schema. */
    @FunctionalInterface
    public interface SchemaMigration {
        void migrate();
    }
}
