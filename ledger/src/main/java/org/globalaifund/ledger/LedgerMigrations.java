package org.globalaifund.ledger;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The ledger's Flyway migrations: schema {@code ledger} with its own history table inside it, the shared SQL of
 * {@code db/ledger/common} plus the vendor's folder ({@code db/ledger/h2} or {@code db/ledger/postgresql}). The
 * application runs them before its own migrations, e.g. {@code LedgerMigrations.flyway(dataSource).migrate()}.
 */
public final class LedgerMigrations {

    public static final String HISTORY_TABLE = "flyway_schema_history";

    private LedgerMigrations() {
    }

    /** A Flyway ready to migrate the ledger schema of this database. */
    public static Flyway flyway(DataSource dataSource) {
        return configure(dataSource).load();
    }

    /** The configuration behind {@link #flyway(DataSource)}, for callers that want to add settings. */
    public static FluentConfiguration configure(DataSource dataSource) {
        String folder;
        String schema;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            folder = vendorFolder(meta.getDatabaseProductName());
            // the SQL uses unquoted names: the schema Flyway creates must have the case the database folds them to
            schema = meta.storesUpperCaseIdentifiers() ? "LEDGER" : "ledger";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database metadata", e);
        }
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(true)
                .table(HISTORY_TABLE).locations("classpath:db/ledger/common", "classpath:db/ledger/" + folder);
    }

    static String vendorFolder(String productName) {
        String name = productName.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("the ledger supports H2 and PostgreSQL, not " + productName);
    }
}
