package org.globalaifund.engine.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.ledger.Account;
import org.globalaifund.ledger.AccountKey;
import org.globalaifund.ledger.Balance;
import org.globalaifund.ledger.Dimensions;
import org.globalaifund.ledger.EntryResult;
import org.globalaifund.ledger.Ledger;
import org.globalaifund.ledger.NewEntry;
import org.globalaifund.ledger.ResultCode;
import org.springframework.stereotype.Component;

/**
 * The fund's way into the ledger: opens chart accounts per currency, fund and dimensions, and posts
 * entries whose ids derive from business keys, so that a step that runs again posts nothing twice.
 * A refused entry becomes a {@link FundException} and rolls back the caller's whole transaction.
 */
@Component
public class FundLedger {

    private final Ledger ledger;

    public FundLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The account, opened on first use (and its book with it). */
    public Account account(ChartAccount chart, String currency, String fund, Dimensions dimensions) {
        String book = chart.book(currency);
        ledger.books().create(book);
        return ledger.accounts().open(new AccountKey(book, chart.code(), fund, dimensions), chart.normalSide(), chart.flags());
    }

    /** The posted balance on the account's normal side; zero for an account never used. */
    public long balance(ChartAccount chart, String currency, String fund, Dimensions dimensions) {
        String book = chart.book(currency);
        return ledger.accounts().find(new AccountKey(book, chart.code(), fund, dimensions))
                .map(a -> ledger.balances().current(a.id()).posted(chart.normalSide()))
                .orElse(0L);
    }

    /** Debits posted and pending and credits, for limits and views. */
    public Balance rawBalance(ChartAccount chart, String currency, String fund, Dimensions dimensions) {
        return ledger.accounts().find(new AccountKey(chart.book(currency), chart.code(), fund, dimensions))
                .map(a -> ledger.balances().current(a.id())).orElse(Balance.ZERO);
    }

    /** Starts an entry in the book of the given family and currency. */
    public Posting posting(String entryId, ChartAccount.BookFamily family, String currency, LocalDate valueDate) {
        return new Posting(entryId, family.name() + "-" + currency, currency, valueDate);
    }

    /**
     * Posts entries as one linked chain: all are accepted or none. Entries already accepted with the same
     * content (a retried step) count as accepted; any other refusal throws, naming the reason.
     */
    public void post(Posting... postings) {
        List<NewEntry> entries = new ArrayList<>();
        for (int i = 0; i < postings.length; i++) {
            NewEntry entry = postings[i].build();
            entries.add(i < postings.length - 1 ? entry.linkedToNext() : entry);
        }
        List<EntryResult> results = ledger.submit(entries);
        for (EntryResult result : results) {
            if (!result.accepted()) {
                ResultCode cause = results.stream().map(EntryResult::code)
                        .filter(c -> c != ResultCode.LINKED_ENTRY_FAILED && c != ResultCode.OK && c != ResultCode.EXISTS)
                        .findFirst().orElse(result.code());
                throw refusal(cause);
            }
        }
    }

    private static RuntimeException refusal(ResultCode code) {
        return switch (code) {
            case EXCEEDS_LIMIT -> new FundException(ProblemType.STATE_CONFLICT,
                    "The fund does not have enough available to cover this.");
            case OVERFLOW -> FundException.invalid("amount", "The amount is too large for the books.");
            case PERIOD_CLOSED -> new FundException(ProblemType.STATE_CONFLICT, "The accounting period of this date is closed.");
            case EXISTS_WITH_DIFFERENT_FIELDS -> new FundException(ProblemType.STATE_CONFLICT,
                    "This operation was already recorded with different values.");
            default -> new IllegalStateException("The ledger refused an entry the fund built: " + code);
        };
    }

    /** An entry under construction, in one book; lines name chart accounts with fund and dimensions. */
    public final class Posting {
        private final NewEntry.Builder builder;
        private final String currency;
        private final String book;

        private Posting(String entryId, String book, String currency, LocalDate valueDate) {
            this.builder = NewEntry.builder(entryId, book, valueDate);
            this.book = book;
            this.currency = currency;
        }

        public Posting describe(String text) {
            builder.description(text);
            return this;
        }

        public Posting reference(String type, String id) {
            builder.reference(type, id);
            return this;
        }

        /** Adds a debit line; a zero amount adds nothing (e.g. a pledge without discount). */
        public Posting debit(ChartAccount chart, String fund, Dimensions dimensions, long amount) {
            if (amount != 0) {
                builder.debit(accountIn(chart, fund, dimensions).id(), amount);
            }
            return this;
        }

        /** Adds a credit line; a zero amount adds nothing. */
        public Posting credit(ChartAccount chart, String fund, Dimensions dimensions, long amount) {
            if (amount != 0) {
                builder.credit(accountIn(chart, fund, dimensions).id(), amount);
            }
            return this;
        }

        private Account accountIn(ChartAccount chart, String fund, Dimensions dimensions) {
            if (!chart.book(currency).equals(book)) {
                throw new IllegalArgumentException(chart + " is not in book " + book);
            }
            return account(chart, currency, fund, dimensions);
        }

        NewEntry build() {
            return builder.build();
        }
    }
}
