package org.globalaifund.engine.board;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard on the board's records (PostgreSQL does the same in PL/pgSQL, migration V15_1): votes, attendance,
 * declarations, rolls and stated schedules are append-only, a vote needs an open motion, and a closed motion never
 * changes. The services refuse first; this is what still holds when someone writes SQL by hand.
 */
public final class BoardRecordTrigger implements Trigger {

    private String schema;
    private String table;
    private int motionIdColumn = -1;
    private int statusColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.schema = schemaName;
        this.table = tableName;
        if (tableName.equalsIgnoreCase("BOARD_VOTE")) {
            motionIdColumn = column(conn, "MOTION_ID");
        } else if (tableName.equalsIgnoreCase("BOARD_MOTION")) {
            statusColumn = column(conn, "STATUS");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        if (motionIdColumn >= 0 && oldRow == null) {
            requireOpenMotion(conn, (String) newRow[motionIdColumn]);
            return;
        }
        if (statusColumn >= 0 && newRow != null && "OPEN".equals(oldRow[statusColumn])) {
            return;
        }
        throw new SQLException(schema + "." + table + " cannot be rewritten: " + operation + " refused", "55000");
    }

    private void requireOpenMotion(Connection conn, String motionId) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT STATUS FROM " + schema + ".BOARD_MOTION WHERE ID = ?")) {
            s.setString(1, motionId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !"OPEN".equals(r.getString(1))) {
                    throw new SQLException(schema + ".BOARD_VOTE: motion " + motionId + " is not open", "55000");
                }
            }
        }
    }

    private int column(Connection conn, String name) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            s.setString(1, schema);
            s.setString(2, table);
            s.setString(3, name);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException(schema + "." + table + " has no column " + name);
                }
                return r.getInt(1) - 1;
            }
        }
    }
}
