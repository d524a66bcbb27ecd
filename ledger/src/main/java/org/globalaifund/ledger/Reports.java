package org.globalaifund.ledger;

import static org.globalaifund.ledger.jooq.Tables.ACCOUNT;
import static org.globalaifund.ledger.jooq.Tables.ENTRY;
import static org.globalaifund.ledger.jooq.Tables.ENTRY_LINE;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Statements with running balance, trial balances per book and per fund, and the posted lines behind them. */
public final class Reports {

    private static final Field<BigDecimal> DEBITS =
            sum(when(ENTRY_LINE.SIDE.eq("D"), ENTRY_LINE.AMOUNT).otherwise(0L)).as("debits");
    private static final Field<BigDecimal> CREDITS =
            sum(when(ENTRY_LINE.SIDE.eq("C"), ENTRY_LINE.AMOUNT).otherwise(0L)).as("credits");

    private final LedgerContext ctx;

    Reports(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Posted lines of one account with value dates from {@code from} to {@code to}, both inclusive. */
    public Statement statement(long accountId, LocalDate from, LocalDate to) {
        Side normal = Side.ofCode(ctx.dsl.select(ACCOUNT.NORMAL_SIDE).from(ACCOUNT)
                .where(ACCOUNT.ACCOUNT_ID.eq(accountId)).fetchOptional(ACCOUNT.NORMAL_SIDE)
                .orElseThrow(() -> new IllegalArgumentException("no account " + accountId)));
        Record before = ctx.dsl.select(DEBITS, CREDITS).from(ENTRY_LINE).where(ENTRY_LINE.ACCOUNT_ID.eq(accountId))
                .and(ENTRY_LINE.STATUS.eq("P")).and(ENTRY_LINE.VALUE_DATE.lt(from)).fetchOne();
        long opening = signed(normal, value(before.get(DEBITS)), value(before.get(CREDITS)));
        long running = opening;
        List<Statement.StatementLine> lines = new ArrayList<>();
        for (LedgerLine line : lines(ENTRY_LINE.ACCOUNT_ID.eq(accountId), from, to)) {
            long delta = line.side() == normal ? line.amount() : -line.amount();
            running = Math.addExact(running, delta);
            lines.add(new Statement.StatementLine(line.valueDate(), line.entryId(), line.lineNo(), line.description(),
                    line.refType(), line.refId(), line.side(), line.amount(), running));
        }
        return new Statement(accountId, normal, from, to, opening, lines, running);
    }

    /** Trial balance of a whole book; {@code asOf} null for everything recorded. */
    public TrialBalance trialBalance(String book, LocalDate asOf) {
        return trialBalance(book, null, asOf);
    }

    /** Trial balance of one fund within a book (fund accounting: each fund balances on its own). */
    public TrialBalance trialBalance(String book, String fund, LocalDate asOf) {
        Condition where = ACCOUNT.BOOK_CODE.eq(book).and(ENTRY_LINE.STATUS.eq("P"));
        if (fund != null) {
            where = where.and(ACCOUNT.FUND_CODE.eq(fund));
        }
        if (asOf != null) {
            where = where.and(ENTRY_LINE.VALUE_DATE.le(asOf));
        }
        List<TrialBalance.Row> rows = new ArrayList<>();
        BigInteger debits = BigInteger.ZERO;
        BigInteger credits = BigInteger.ZERO;
        for (Record r : ctx.dsl.select(ACCOUNT.ACCOUNT_ID, ACCOUNT.CHART_CODE, ACCOUNT.FUND_CODE, DEBITS, CREDITS)
                .from(ENTRY_LINE).join(ACCOUNT).on(ACCOUNT.ACCOUNT_ID.eq(ENTRY_LINE.ACCOUNT_ID)).where(where)
                .groupBy(ACCOUNT.ACCOUNT_ID, ACCOUNT.CHART_CODE, ACCOUNT.FUND_CODE)
                .orderBy(ACCOUNT.CHART_CODE, ACCOUNT.ACCOUNT_ID).fetch()) {
            TrialBalance.Row row = new TrialBalance.Row(r.get(ACCOUNT.ACCOUNT_ID), r.get(ACCOUNT.CHART_CODE),
                    r.get(ACCOUNT.FUND_CODE), value(r.get(DEBITS)), value(r.get(CREDITS)));
            debits = debits.add(BigInteger.valueOf(row.debits()));
            credits = credits.add(BigInteger.valueOf(row.credits()));
            rows.add(row);
        }
        return new TrialBalance(book, fund, asOf, rows, debits, credits);
    }

    /** Posted lines of the accounts a filter selects (e.g. every line of fund F), by value date then recording. */
    public List<LedgerLine> lines(AccountFilter filter, LocalDate from, LocalDate to) {
        return lines(filter.condition(), from, to);
    }

    private List<LedgerLine> lines(Condition accounts, LocalDate from, LocalDate to) {
        return ctx.dsl.select(ENTRY_LINE.ENTRY_ID, ENTRY_LINE.LINE_NO, ENTRY_LINE.ACCOUNT_ID, ACCOUNT.BOOK_CODE,
                        ACCOUNT.CHART_CODE, ACCOUNT.FUND_CODE, ENTRY_LINE.SIDE, ENTRY_LINE.AMOUNT, ENTRY_LINE.VALUE_DATE,
                        ENTRY.DESCRIPTION, ENTRY.REF_TYPE, ENTRY.REF_ID)
                .from(ENTRY_LINE).join(ACCOUNT).on(ACCOUNT.ACCOUNT_ID.eq(ENTRY_LINE.ACCOUNT_ID))
                .join(ENTRY).on(ENTRY.ENTRY_ID.eq(ENTRY_LINE.ENTRY_ID))
                .where(accounts).and(ENTRY_LINE.STATUS.eq("P"))
                .and(from == null ? DSL.noCondition() : ENTRY_LINE.VALUE_DATE.ge(from))
                .and(to == null ? DSL.noCondition() : ENTRY_LINE.VALUE_DATE.le(to))
                .orderBy(ENTRY_LINE.VALUE_DATE, ENTRY_LINE.RECORDED_AT, ENTRY_LINE.ENTRY_ID, ENTRY_LINE.LINE_NO)
                .fetch(r -> new LedgerLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        Side.ofCode(r.value7()), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    private static long signed(Side normal, long debits, long credits) {
        return normal == Side.DEBIT ? debits - credits : credits - debits;
    }

    private static long value(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
