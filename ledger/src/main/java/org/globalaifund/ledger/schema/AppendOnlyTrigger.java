package org.globalaifund.ledger.schema;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses UPDATE and DELETE on the ledger's append-only tables (entries, lines, resolutions, period
 * closes). PostgreSQL does the same in PL/pgSQL. Corrections are reversing entries, never changes.
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = schemaName + "." + tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + operation + " refused", "55000");
    }
}
