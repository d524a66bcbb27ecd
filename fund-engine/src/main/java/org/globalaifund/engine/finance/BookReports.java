package org.globalaifund.engine.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.ledger.Account;
import org.globalaifund.ledger.AccountFilter;
import org.globalaifund.ledger.Book;
import org.globalaifund.ledger.Ledger;
import org.globalaifund.ledger.Statement;
import org.globalaifund.ledger.TrialBalance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only views of the books for FINANCE: books, trial balances per book and per fund, statements. */
@Service
@Transactional(readOnly = true)
public class BookReports {

    private final Ledger ledger;

    public BookReports(FundLedger ledger) {
        this.ledger = ledger.ledger();
    }

    public List<Book> books() {
        return ledger.books().all();
    }

    public Book book(String code) {
        return ledger.books().find(code).orElseThrow(() -> FundException.notFound("Book"));
    }

    /** The trial balance of a book, or of one fund in it. */
    public TrialBalance trialBalance(String book, String fund, LocalDate asOf) {
        book(book);
        return fund == null || fund.isBlank() ? ledger.reports().trialBalance(book, asOf) : ledger.reports().trialBalance(book, fund, asOf);
    }

    /** The trial balance of every fund with lines in the book, keyed by fund. */
    public Map<String, TrialBalance> perFund(String book, LocalDate asOf) {
        Map<String, TrialBalance> result = new TreeMap<>();
        for (Account account : accounts(book)) {
            result.computeIfAbsent(account.key().fund(), fund -> ledger.reports().trialBalance(book, fund, asOf));
        }
        return result;
    }

    public List<Account> accounts(String book) {
        book(book);
        return ledger.accounts().list(AccountFilter.book(book));
    }

    /** A statement of one account of the book; an account of another book is not found. */
    public Statement statement(String book, long accountId, LocalDate from, LocalDate to) {
        Account account = statementAccount(book, accountId, from, to);
        return ledger.reports().statement(account.id(), from == null ? LocalDate.of(1970, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to);
    }

    /**
     * The account a statement from {@code from} to {@code to} (either open) is asked of: one of {@code book} (an
     * account of another book is not found), the range not ending before it starts.
     */
    Account statementAccount(String book, long accountId, LocalDate from, LocalDate to) {
        Account account = ledger.accounts().find(accountId).filter(a -> a.key().book().equals(book))
                .orElseThrow(() -> FundException.notFound("Account"));
        if (from != null && to != null && to.isBefore(from)) {
            throw FundException.invalid("to", "The end date is before the start date.");
        }
        return account;
    }

    public Account account(long id) {
        return ledger.accounts().find(id).orElseThrow(() -> FundException.notFound("Account"));
    }
}
