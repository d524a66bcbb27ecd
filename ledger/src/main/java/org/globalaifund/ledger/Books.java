package org.globalaifund.ledger;

import static org.globalaifund.ledger.LedgerContext.utc;
import static org.globalaifund.ledger.jooq.Tables.BOOK;
import static org.globalaifund.ledger.jooq.Tables.PERIOD_CLOSE;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.globalaifund.ledger.jooq.tables.records.BookRecord;

/** Creates books (idempotently, from their code) and closes their periods. */
public final class Books {

    private final LedgerContext ctx;

    Books(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Creates the book a code names, or returns it if it exists. Safe when two transactions create it at once.
     *
     * @throws IllegalArgumentException if the code is not {@code FIN-<ISO 4217>}, {@code BUD-<ISO 4217>},
     *                                  {@code GPUH-<class>}, {@code SEAT}, {@code EXPERT-HOUR} or {@code DATA-LICENCE}
     */
    public Book create(String code) {
        Book book = Book.parse(code).orElseThrow(() -> new IllegalArgumentException("not a book code: " + code));
        ctx.dsl.insertInto(BOOK, BOOK.BOOK_CODE, BOOK.KIND, BOOK.CURRENCY_CODE, BOOK.MINOR_UNIT_DIGITS, BOOK.CREATED_AT)
                .values(code, book.kind().name(), book.currency() == null ? null : book.currency().getCurrencyCode(),
                        book.minorUnitDigits(), utc(ctx.clock.instant()))
                .onConflict(BOOK.BOOK_CODE).doNothing().execute();
        return find(code).orElseThrow();
    }

    public Optional<Book> find(String code) {
        return ctx.dsl.selectFrom(BOOK).where(BOOK.BOOK_CODE.eq(code)).fetchOptional().map(Books::book);
    }

    public List<Book> all() {
        return ctx.dsl.selectFrom(BOOK).orderBy(BOOK.BOOK_CODE).fetch(Books::book);
    }

    /**
     * Closes the book's periods through {@code through}: from then on nothing may be dated on or before it
     * ({@link ResultCode#PERIOD_CLOSED}). Closing an earlier or the same date again changes nothing; periods never reopen.
     */
    public Book closePeriod(String code, LocalDate through) {
        BookRecord book = ctx.dsl.selectFrom(BOOK).where(BOOK.BOOK_CODE.eq(code)).forUpdate().fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no book " + code));
        if (book.getClosedThrough() == null || through.isAfter(book.getClosedThrough())) {
            ctx.dsl.update(BOOK).set(BOOK.CLOSED_THROUGH, through).where(BOOK.BOOK_CODE.eq(code)).execute();
            ctx.dsl.insertInto(PERIOD_CLOSE, PERIOD_CLOSE.BOOK_CODE, PERIOD_CLOSE.CLOSED_THROUGH, PERIOD_CLOSE.CLOSED_AT)
                    .values(code, through, utc(ctx.clock.instant())).execute();
        }
        return find(code).orElseThrow();
    }

    static Book book(BookRecord r) {
        String currency = r.getCurrencyCode();
        return new Book(r.getBookCode(), BookKind.valueOf(r.getKind()),
                currency == null ? null : Currency.getInstance(currency), r.getMinorUnitDigits(), r.getClosedThrough());
    }
}
