package org.globalaifund.engine.finance.fx;

import java.time.LocalDate;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.finance.FundLedger.Posting;
import org.globalaifund.engine.money.Money;
import org.globalaifund.ledger.Dimensions;
import org.springframework.stereotype.Component;

/**
 * Moves part of a financial account's balance (one fund, one set of dimensions) from one currency book to
 * another through 1900 FX clearing, which balances each book on its own:
 * <ul>
 *   <li>debit-normal account X (e.g. 1100 Cash): {@code FIN-A: Dr 1900 / Cr X}, {@code FIN-B: Dr X / Cr 1900};</li>
 *   <li>credit-normal account X (e.g. 2400 Unapplied receipts): {@code FIN-A: Dr X / Cr 1900},
 *       {@code FIN-B: Dr 1900 / Cr X}.</li>
 * </ul>
 * {@link #move} only builds the two postings; the caller posts them with its own entries in one linked chain
 * ({@link FundLedger#post}), so everything is applied or nothing. To convert unapplied receipts, move 1100 and
 * 2400 with the same amounts: 1900 then nets to zero in both books. Get the target amount from
 * {@link ExchangeRates#quote} and {@link Quote#convert}. Entry ids are {@code <base>:<chart code>:<book>}, so a
 * base derived from the business key (e.g. {@code "unapplied-fx:" + resolutionId}) makes a retry post nothing twice.
 */
@Component
public class FxClearing {

    private final FundLedger ledger;

    public FxClearing(FundLedger ledger) {
        this.ledger = ledger;
    }

    /** The two postings of a move: one in the source currency's book, one in the target's. */
    public record Move(Posting fromBook, Posting toBook) {
        public Posting[] postings() {
            return new Posting[] {fromBook, toBook};
        }
    }

    /**
     * Builds the postings moving {@code from} out of {@code account} (in {@code from}'s currency) and {@code to}
     * into it (in {@code to}'s currency). Both amounts must be positive and in different currencies.
     */
    public Move move(String entryIdBase, ChartAccount account, String fund, Dimensions dimensions, Money from, Money to,
            LocalDate valueDate) {
        if (account.family() != ChartAccount.BookFamily.FIN || account == ChartAccount.FX_CLEARING) {
            throw new IllegalArgumentException("Only financial accounts other than 1900 move through FX clearing: " + account);
        }
        String a = from.currency().getCurrencyCode();
        String b = to.currency().getCurrencyCode();
        if (a.equals(b) || !from.isPositive() || !to.isPositive()) {
            throw new IllegalArgumentException("A move needs two positive amounts in different currencies: " + from + ", " + to);
        }
        String description = "FX " + account.code() + " " + account.label() + ": " + from.amount() + " " + a + " -> " + to.amount() + " " + b;
        Posting out = ledger.posting(entryId(entryIdBase, account, a), ChartAccount.BookFamily.FIN, a, valueDate).describe(description);
        Posting in = ledger.posting(entryId(entryIdBase, account, b), ChartAccount.BookFamily.FIN, b, valueDate).describe(description);
        if (account.normalSide() == org.globalaifund.ledger.Side.DEBIT) {
            out.debit(ChartAccount.FX_CLEARING, fund, Dimensions.NONE, from.minor()).credit(account, fund, dimensions, from.minor());
            in.debit(account, fund, dimensions, to.minor()).credit(ChartAccount.FX_CLEARING, fund, Dimensions.NONE, to.minor());
        } else {
            out.debit(account, fund, dimensions, from.minor()).credit(ChartAccount.FX_CLEARING, fund, Dimensions.NONE, from.minor());
            in.debit(ChartAccount.FX_CLEARING, fund, Dimensions.NONE, to.minor()).credit(account, fund, dimensions, to.minor());
        }
        return new Move(out, in);
    }

    /** The id of one of the move's entries: {@code <base>:<chart code>:<book>}. */
    public static String entryId(String base, ChartAccount account, String currency) {
        return base + ":" + account.code() + ":" + account.book(currency);
    }
}
