package org.globalaifund.engine.finance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.globalaifund.engine.finance.BookListings.StatementPage;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.Paging;
import org.globalaifund.ledger.Book;
import org.globalaifund.ledger.TrialBalance;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The books over the API: balances per account, trial balances per book and fund, statements. Amounts in minor units. */
@RestController
@RequestMapping("/api/v1/books")
@Tag(name = "Books", description = "Trial balances and statements of the fund's ledger books")
public class BooksApiController {

    private final BookReports reports;
    private final BookListings listings;
    private final Paging paging;

    public BooksApiController(BookReports reports, BookListings listings, Paging paging) {
        this.reports = reports;
        this.listings = listings;
        this.paging = paging;
    }

    @GetMapping
    @Operation(summary = "The books, by code, a page at a time")
    Page<Book> books(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return listings.books(paging.query("books", limit, cursor));
    }

    @GetMapping("/{book}/trial-balance")
    @Operation(summary = "Trial balance of a book, or of one fund in it (fund=...), as of a value date")
    TrialBalance trialBalance(@PathVariable String book, @RequestParam(required = false) String fund,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reports.trialBalance(book, fund, asOf);
    }

    @GetMapping("/{book}/accounts/{accountId}/statement")
    @Operation(summary = "Statement of an account with running balance (minor units), a page at a time",
            description = "Lines by value date, then recording. broughtForward is the balance before the page's first line "
                    + "(the opening balance on the first page), carriedForward the balance after its last line; "
                    + "each line's balance continues from the previous page.")
    StatementPage statement(@PathVariable String book, @PathVariable long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return listings.statement(book, accountId, from, to, paging.query("statement-" + book + "-" + accountId, limit, cursor));
    }
}
