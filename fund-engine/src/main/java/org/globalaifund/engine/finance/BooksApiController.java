package org.globalaifund.engine.finance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.globalaifund.ledger.Book;
import org.globalaifund.ledger.Statement;
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

    public BooksApiController(BookReports reports) {
        this.reports = reports;
    }

    @GetMapping
    List<Book> books() {
        return reports.books();
    }

    @GetMapping("/{book}/trial-balance")
    @Operation(summary = "Trial balance of a book, or of one fund in it (fund=...), as of a value date")
    TrialBalance trialBalance(@PathVariable String book, @RequestParam(required = false) String fund,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return reports.trialBalance(book, fund, asOf);
    }

    @GetMapping("/{book}/accounts/{accountId}/statement")
    @Operation(summary = "Statement of an account with running balance (minor units)")
    Statement statement(@PathVariable String book, @PathVariable long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.statement(book, accountId, from, to);
    }
}
