package org.globalaifund.engine.grant;

import static org.globalaifund.engine.finance.ChartAccount.AVAILABLE_FOR_COMMITMENT;
import static org.globalaifund.engine.finance.ChartAccount.COMMITTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.finance.ChartAccount.BookFamily;
import org.globalaifund.engine.finance.FundLedger.Posting;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.ledger.AccountFilter;
import org.globalaifund.ledger.Balance;
import org.globalaifund.ledger.Dimensions;
import org.globalaifund.ledger.LedgerLine;
import org.globalaifund.ledger.Side;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Commits a whole grant in the budgetary book of its currency ({@code BUD-<currency>}): Dr 8100 Available for
 * commitment [fund] / Cr 8300 Committed [fund, grant], one entry {@code grant:<id>:commitment} with a pair of lines per
 * fund it draws on, so a retried acceptance posts nothing twice.
 *
 * <p>FIFO, the allocation policy: the oldest uncommitted money is committed first. Each credit to a fund's 8100 (a
 * pledge recognised, a discount realised) is a lot dated by its value date; each debit (a commitment, a write-off)
 * used up that fund's oldest lots. The lots still uncommitted in all the call's funds are taken in value-date order,
 * and on the same day in the order the call lists its funds, until the grant is covered. When the funds together
 * hold less than the grant, nothing is posted and the refusal names the missing amount.
 */
@Component
class GrantCommitment {

    /** One fund's share of a commitment, in minor units of the grant's currency. */
    record Share(String fund, long amount) {}

    /** An uncommitted lot: what is left of one credit to a fund's 8100, dated by its value date. */
    record Lot(String fund, int fundOrder, LocalDate valueDate, long amount) {}

    private final FundLedger ledger;
    private final MessageSourceAccessor texts;

    GrantCommitment(FundLedger ledger, MessageSourceAccessor texts) {
        this.ledger = ledger;
        this.texts = texts;
    }

    /** Posts the commitment of the whole grant on {@code on}; refused (nothing posted) when the call's funds fall short. */
    List<Share> commit(Grant grant, FundingCall call, LocalDate on) {
        List<Share> shares = allocate(grant.total(), call);
        String currency = grant.total().currency().getCurrencyCode();
        Dimensions dims = Dimensions.NONE.withGrant(grant.ledgerDimension());
        Posting posting = ledger.posting("grant:" + grant.id() + ":commitment", BookFamily.BUD, currency, on)
                .describe("Grant " + grant.reference() + " committed on acceptance").reference("grant", grant.reference());
        for (Share share : shares) {
            posting.debit(AVAILABLE_FOR_COMMITMENT, share.fund(), Dimensions.NONE, share.amount())
                    .credit(COMMITTED, share.fund(), dims, share.amount());
        }
        ledger.post(posting);
        return shares;
    }

    /** The shares per fund FIFO would commit for {@code total} now; refused with the missing amount when short. */
    List<Share> allocate(Money total, FundingCall call) {
        String currency = total.currency().getCurrencyCode();
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < call.fundCodes().size(); i++) {
            lots.addAll(uncommittedLots(call.fundCodes().get(i), i, currency));
        }
        List<Share> shares = fifo(lots, total.minor());
        long covered = shares.stream().mapToLong(Share::amount).sum();
        if (covered < total.minor()) {
            Money missing = new Money(total.minor() - covered, total.currency());
            throw FundException.conflict(texts.getMessage("grant.error.fundsShort", new Object[] {amount(missing), amount(total)}));
        }
        return shares;
    }

    /** Takes lots oldest first (value date, then the call's fund order) until {@code amount} is covered or lots run out. */
    static List<Share> fifo(List<Lot> lots, long amount) {
        Map<String, Long> perFund = new LinkedHashMap<>();
        long left = amount;
        for (Lot lot : lots.stream().sorted(Comparator.comparing(Lot::valueDate).thenComparingInt(Lot::fundOrder)).toList()) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, lot.amount());
            perFund.merge(lot.fund(), take, Long::sum);
            left -= take;
        }
        return perFund.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue())).toList();
    }

    /** The fund's credits to 8100 less what its debits (posted and pending) used up, oldest first. */
    private List<Lot> uncommittedLots(String fund, int order, String currency) {
        String book = AVAILABLE_FOR_COMMITMENT.book(currency);
        Balance balance = ledger.rawBalance(AVAILABLE_FOR_COMMITMENT, currency, fund, Dimensions.NONE);
        long used = balance.debitsPosted() + balance.debitsPending();
        List<Lot> lots = new ArrayList<>();
        for (LedgerLine line : ledger.ledger().reports().lines(AccountFilter.book(book).chartCode(AVAILABLE_FOR_COMMITMENT.code())
                .fund(fund), null, null)) {
            if (line.side() != Side.CREDIT) {
                continue;
            }
            long consumed = Math.min(used, line.amount());
            used -= consumed;
            if (line.amount() > consumed) {
                lots.add(new Lot(fund, order, line.valueDate(), line.amount() - consumed));
            }
        }
        return lots;
    }

    private static String amount(Money money) {
        return money.display(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
