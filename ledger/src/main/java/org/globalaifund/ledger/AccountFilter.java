package org.globalaifund.ledger;

import static org.globalaifund.ledger.jooq.Tables.ACCOUNT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.TableField;
import org.globalaifund.ledger.jooq.tables.records.AccountRecord;
import org.jooq.impl.DSL;

/**
 * Selects accounts by any part of their key, e.g. "2100 in FIN-USD for grant G" or "every account of fund F".
 * Null parts match everything.
 */
public record AccountFilter(String book, String chartCode, String fund, String donor, String grant, String tranche,
                            String node, String category) {

    public static AccountFilter book(String book) {
        return new AccountFilter(book, null, null, null, null, null, null, null);
    }

    public static AccountFilter all() {
        return new AccountFilter(null, null, null, null, null, null, null, null);
    }

    public AccountFilter chartCode(String value) {
        return new AccountFilter(book, value, fund, donor, grant, tranche, node, category);
    }

    public AccountFilter fund(String value) {
        return new AccountFilter(book, chartCode, value, donor, grant, tranche, node, category);
    }

    public AccountFilter donor(String value) {
        return new AccountFilter(book, chartCode, fund, value, grant, tranche, node, category);
    }

    public AccountFilter grant(String value) {
        return new AccountFilter(book, chartCode, fund, donor, value, tranche, node, category);
    }

    public AccountFilter tranche(String value) {
        return new AccountFilter(book, chartCode, fund, donor, grant, value, node, category);
    }

    public AccountFilter node(String value) {
        return new AccountFilter(book, chartCode, fund, donor, grant, tranche, value, category);
    }

    public AccountFilter category(String value) {
        return new AccountFilter(book, chartCode, fund, donor, grant, tranche, node, value);
    }

    Condition condition() {
        List<Condition> parts = new ArrayList<>();
        add(parts, ACCOUNT.BOOK_CODE, book);
        add(parts, ACCOUNT.CHART_CODE, chartCode);
        add(parts, ACCOUNT.FUND_CODE, fund);
        add(parts, ACCOUNT.DONOR_CODE, donor);
        add(parts, ACCOUNT.GRANT_CODE, grant);
        add(parts, ACCOUNT.TRANCHE_CODE, tranche);
        add(parts, ACCOUNT.NODE_CODE, node);
        add(parts, ACCOUNT.CATEGORY_CODE, category);
        return DSL.and(parts);
    }

    private static void add(List<Condition> parts, TableField<AccountRecord, String> field, String value) {
        if (value != null) {
            parts.add(field.eq(value));
        }
    }
}
