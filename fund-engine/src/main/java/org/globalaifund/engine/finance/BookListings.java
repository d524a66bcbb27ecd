package org.globalaifund.engine.finance;

import static org.globalaifund.ledger.jooq.Tables.BOOK;
import static org.globalaifund.ledger.jooq.Tables.ENTRY;
import static org.globalaifund.ledger.jooq.Tables.ENTRY_LINE;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.globalaifund.ledger.Book;
import org.globalaifund.ledger.Side;
import org.globalaifund.ledger.Statement.StatementLine;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's books and account statements a page at a time, for the API: keyset reads of the ledger's tables
 * (the ledger module lists them only whole). A statement page carries the balance brought forward from every line
 * ordered before it, so the running balance of page 2 continues page 1 exactly.
 */
@Service
@Transactional(readOnly = true)
public class BookListings {

    private static final Field<BigDecimal> DEBITS = DSL.sum(DSL.when(ENTRY_LINE.SIDE.eq("D"), ENTRY_LINE.AMOUNT).otherwise(0L));
    private static final Field<BigDecimal> CREDITS = DSL.sum(DSL.when(ENTRY_LINE.SIDE.eq("C"), ENTRY_LINE.AMOUNT).otherwise(0L));

    private final DSLContext dsl;
    private final BookReports reports;

    public BookListings(DSLContext dsl, BookReports reports) {
        // the ledger's tables are read as the ledger reads them: schema-qualified, names unquoted
        this.dsl = dsl.configuration().derive(SettingsTools.clone(dsl.settings())
                .withRenderQuotedNames(RenderQuotedNames.NEVER).withRenderSchema(true)).dsl();
        this.reports = reports;
    }

    /** A page of the books, by code. */
    public Page<Book> books(PageQuery query) {
        Keyset keyset = Keyset.of(BOOK.BOOK_CODE.asc());
        return keyset.page(query, dsl.select(BOOK.BOOK_CODE).from(BOOK).where(keyset.after(query)).orderBy(keyset.order())
                .limit(keyset.fetchSize(query)).fetch(), r -> reports.book(r.get(BOOK.BOOK_CODE)));
    }

    /**
     * A page of an account's statement over a value-date range, in the ledger's order (value date, recording time,
     * entry, line); an account of another book is not found.
     */
    public StatementPage statement(String book, long accountId, LocalDate from, LocalDate to, PageQuery query) {
        Side normal = reports.statementAccount(book, accountId, from, to).normalSide();
        Keyset keyset = Keyset.of(ENTRY_LINE.VALUE_DATE.asc(), ENTRY_LINE.RECORDED_AT.asc(), ENTRY_LINE.ENTRY_ID.asc(),
                ENTRY_LINE.LINE_NO.asc());
        Condition posted = ENTRY_LINE.ACCOUNT_ID.eq(accountId).and(ENTRY_LINE.STATUS.eq("P"));
        Condition before = query.first() ? (from == null ? DSL.falseCondition() : ENTRY_LINE.VALUE_DATE.lt(from))
                : DSL.not(keyset.after(query));
        Record sums = dsl.select(DEBITS, CREDITS).from(ENTRY_LINE).where(posted).and(before).fetchOne();
        long broughtForward = signed(normal, value(sums.get(DEBITS)), value(sums.get(CREDITS)));
        var rows = dsl.select(ENTRY_LINE.ENTRY_ID, ENTRY_LINE.LINE_NO, ENTRY_LINE.SIDE, ENTRY_LINE.AMOUNT, ENTRY_LINE.VALUE_DATE,
                        ENTRY_LINE.RECORDED_AT, ENTRY.DESCRIPTION, ENTRY.REF_TYPE, ENTRY.REF_ID)
                .from(ENTRY_LINE).join(ENTRY).on(ENTRY.ENTRY_ID.eq(ENTRY_LINE.ENTRY_ID))
                .where(posted)
                .and(from == null ? DSL.noCondition() : ENTRY_LINE.VALUE_DATE.ge(from))
                .and(to == null ? DSL.noCondition() : ENTRY_LINE.VALUE_DATE.le(to))
                .and(keyset.after(query)).orderBy(keyset.order()).limit(keyset.fetchSize(query)).fetch();
        Page<Record> page = keyset.page(query, rows, r -> r);
        long running = broughtForward;
        List<StatementLine> lines = new ArrayList<>(page.items().size());
        for (Record r : page.items()) {
            Side side = Side.ofCode(r.get(ENTRY_LINE.SIDE));
            long amount = r.get(ENTRY_LINE.AMOUNT);
            running = Math.addExact(running, side == normal ? amount : -amount);
            lines.add(new StatementLine(r.get(ENTRY_LINE.VALUE_DATE), r.get(ENTRY_LINE.ENTRY_ID), r.get(ENTRY_LINE.LINE_NO),
                    r.get(ENTRY.DESCRIPTION), r.get(ENTRY.REF_TYPE), r.get(ENTRY.REF_ID), side, amount, running));
        }
        return new StatementPage(accountId, normal, from, to, broughtForward, lines, running, page.next());
    }

    private static long signed(Side normal, long debits, long credits) {
        return normal == Side.DEBIT ? debits - credits : credits - debits;
    }

    private static long value(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }

    /**
     * One page of a statement: the balance brought forward from every posted line before the page (the opening balance
     * on the first page), the page's lines with the running balance after each, the balance carried forward after the
     * last line, and the cursor of the next page (null on the last). Balances are on the account's normal side.
     */
    public record StatementPage(long accountId, Side normalSide, LocalDate from, LocalDate to, long broughtForward,
            List<StatementLine> items, long carriedForward,
            @JsonInclude(JsonInclude.Include.ALWAYS) String next) {}
}
