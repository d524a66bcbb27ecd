package org.globalaifund.ledger;

import static org.globalaifund.ledger.LedgerContext.utc;
import static org.globalaifund.ledger.jooq.Tables.ACCOUNT;
import static org.globalaifund.ledger.jooq.Tables.ACCOUNT_BALANCE;
import static org.globalaifund.ledger.jooq.Tables.ENTRY;
import static org.globalaifund.ledger.jooq.Tables.ENTRY_LINE;
import static org.globalaifund.ledger.jooq.Tables.PENDING_RESOLUTION;
import static org.globalaifund.ledger.jooq.Tables.PENDING_TIMEOUT;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Record2;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Balances of accounts: current (from the balance row the ledger keeps up to date), as of an instant (what the ledger
 * had recorded then) and on a value date (what is effective on that date).
 */
public final class Balances {

    private final LedgerContext ctx;

    Balances(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** The current balance; pending entries past their timeout no longer count, swept or not. */
    public Balance current(long accountId) {
        return total(ACCOUNT.ACCOUNT_ID.eq(accountId));
    }

    /** The current balance summed over every account the filter selects, e.g. 2100 of grant G. */
    public Balance total(AccountFilter filter) {
        return total(filter.condition());
    }

    private Balance total(Condition accounts) {
        Record4<BigDecimal, BigDecimal, BigDecimal, BigDecimal> row = ctx.dsl.select(
                        sum(ACCOUNT_BALANCE.DEBITS_POSTED), sum(ACCOUNT_BALANCE.CREDITS_POSTED),
                        sum(ACCOUNT_BALANCE.DEBITS_PENDING), sum(ACCOUNT_BALANCE.CREDITS_PENDING))
                .from(ACCOUNT).join(ACCOUNT_BALANCE).on(ACCOUNT_BALANCE.ACCOUNT_ID.eq(ACCOUNT.ACCOUNT_ID))
                .where(accounts).fetchOne();
        long[] expired = sides(ctx.dsl.select(ENTRY_LINE.SIDE, sum(ENTRY_LINE.AMOUNT)).from(PENDING_TIMEOUT)
                .join(ENTRY_LINE).on(ENTRY_LINE.ENTRY_ID.eq(PENDING_TIMEOUT.PENDING_ID))
                .join(ACCOUNT).on(ACCOUNT.ACCOUNT_ID.eq(ENTRY_LINE.ACCOUNT_ID))
                .where(PENDING_TIMEOUT.EXPIRES_AT.le(utc(ctx.clock.instant()))).and(accounts)
                .groupBy(ENTRY_LINE.SIDE).fetch());
        return new Balance(value(row.value1()), value(row.value2()), value(row.value3()) - expired[0],
                value(row.value4()) - expired[1]);
    }

    /** The balance as the ledger had recorded it at {@code at} (by recording time, not value date). */
    public Balance at(long accountId, Instant at) {
        long[] posted = sides(ctx.dsl.select(ENTRY_LINE.SIDE, sum(ENTRY_LINE.AMOUNT)).from(ENTRY_LINE)
                .where(ENTRY_LINE.ACCOUNT_ID.eq(accountId)).and(ENTRY_LINE.STATUS.eq("P"))
                .and(ENTRY_LINE.RECORDED_AT.le(utc(at))).groupBy(ENTRY_LINE.SIDE).fetch());
        long[] pending = sides(ctx.dsl.select(ENTRY_LINE.SIDE, sum(ENTRY_LINE.AMOUNT)).from(ENTRY_LINE)
                .join(ENTRY).on(ENTRY.ENTRY_ID.eq(ENTRY_LINE.ENTRY_ID))
                .leftJoin(PENDING_RESOLUTION).on(PENDING_RESOLUTION.PENDING_ID.eq(ENTRY_LINE.ENTRY_ID)
                        .and(PENDING_RESOLUTION.RESOLVED_AT.le(utc(at))))
                .where(ENTRY_LINE.ACCOUNT_ID.eq(accountId)).and(ENTRY_LINE.STATUS.eq("H"))
                .and(ENTRY_LINE.RECORDED_AT.le(utc(at))).and(PENDING_RESOLUTION.PENDING_ID.isNull())
                .and(ENTRY.EXPIRES_AT.isNull().or(ENTRY.EXPIRES_AT.gt(utc(at))))
                .groupBy(ENTRY_LINE.SIDE).fetch());
        return new Balance(posted[0], posted[1], pending[0], pending[1]);
    }

    /**
     * The balance effective on a value date: posted lines dated on or before it, and the pending amounts of entries
     * dated on or before it that are open now.
     */
    public Balance on(long accountId, LocalDate valueDate) {
        long[] posted = sides(ctx.dsl.select(ENTRY_LINE.SIDE, sum(ENTRY_LINE.AMOUNT)).from(ENTRY_LINE)
                .where(ENTRY_LINE.ACCOUNT_ID.eq(accountId)).and(ENTRY_LINE.STATUS.eq("P"))
                .and(ENTRY_LINE.VALUE_DATE.le(valueDate)).groupBy(ENTRY_LINE.SIDE).fetch());
        long[] pending = sides(ctx.dsl.select(ENTRY_LINE.SIDE, sum(ENTRY_LINE.AMOUNT)).from(ENTRY_LINE)
                .join(ENTRY).on(ENTRY.ENTRY_ID.eq(ENTRY_LINE.ENTRY_ID))
                .where(ENTRY_LINE.ACCOUNT_ID.eq(accountId)).and(ENTRY_LINE.STATUS.eq("H"))
                .and(ENTRY_LINE.VALUE_DATE.le(valueDate))
                .and(DSL.notExists(DSL.selectOne().from(PENDING_RESOLUTION)
                        .where(PENDING_RESOLUTION.PENDING_ID.eq(ENTRY_LINE.ENTRY_ID))))
                .and(ENTRY.EXPIRES_AT.isNull().or(ENTRY.EXPIRES_AT.gt(utc(ctx.clock.instant()))))
                .groupBy(ENTRY_LINE.SIDE).fetch());
        return new Balance(posted[0], posted[1], pending[0], pending[1]);
    }

    /** [debits, credits] from rows of (side, sum). */
    private static long[] sides(Result<Record2<String, BigDecimal>> rows) {
        long[] sums = new long[2];
        for (Record2<String, BigDecimal> row : rows) {
            sums[Side.ofCode(row.value1()) == Side.DEBIT ? 0 : 1] = value(row.value2());
        }
        return sums;
    }

    private static long value(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
