package org.globalaifund.engine.finance;

import java.time.LocalDate;
import java.util.List;
import org.globalaifund.ledger.Book;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** FINANCE's view of the books: trial balance per fund of a book, and account statements. */
@Controller
@RequestMapping("/finance/books")
public class BooksPagesController {

    private final BookReports reports;

    public BooksPagesController(BookReports reports) {
        this.reports = reports;
    }

    @GetMapping
    String books(@RequestParam(required = false) String book,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        List<Book> books = reports.books();
        model.addAttribute("books", books);
        String chosen = book != null ? book : books.isEmpty() ? null : books.get(0).code();
        model.addAttribute("book", chosen);
        model.addAttribute("asOf", asOf);
        if (chosen != null) {
            model.addAttribute("whole", reports.trialBalance(chosen, null, asOf));
            model.addAttribute("perFund", reports.perFund(chosen, asOf));
            model.addAttribute("accounts", reports.accounts(chosen));
        }
        return "finance/books";
    }

    @GetMapping("/{book}/accounts/{accountId}")
    String statement(@PathVariable String book, @PathVariable long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("statement", reports.statement(book, accountId, from, to));
        model.addAttribute("account", reports.account(accountId));
        model.addAttribute("book", book);
        return "finance/statement";
    }
}
