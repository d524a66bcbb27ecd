package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.finance.ChartAccount.AVAILABLE_FOR_COMMITMENT;
import static org.globalaifund.engine.finance.ChartAccount.CASH;
import static org.globalaifund.engine.finance.ChartAccount.CONTRIBUTIONS_RESTRICTED;
import static org.globalaifund.engine.finance.ChartAccount.CONTRIBUTIONS_UNRESTRICTED;
import static org.globalaifund.engine.finance.ChartAccount.PLEDGES_RECEIVABLE;
import static org.globalaifund.engine.finance.ChartAccount.PLEDGE_DISCOUNT;
import static org.globalaifund.engine.finance.ChartAccount.PLEDGE_WRITE_OFF;
import static org.globalaifund.engine.finance.ChartAccount.REFUNDABLE_ADVANCES;
import static org.globalaifund.engine.finance.ChartAccount.RESOURCES_RECOGNISED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.ChartAccount.BookFamily;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.finance.FundLedger.Posting;
import org.globalaifund.ledger.Dimensions;
import org.springframework.stereotype.Component;

/**
 * The ledger entries of a pledge's life (ARCHITECTURE "Ledger design"): recognition, cash applied to it
 * (with the share of the multi-year discount it realises), refundable advances for conditional pledges,
 * and write-off. Each builds postings with ids derived from the business event, for one linked chain.
 */
@Component
class PledgePostings {

    private final FundLedger ledger;

    PledgePostings(FundLedger ledger) {
        this.ledger = ledger;
    }

    private static ChartAccount revenue(Pledge pledge) {
        return Fund.UNRESTRICTED.equals(pledge.fundCode()) ? CONTRIBUTIONS_UNRESTRICTED : CONTRIBUTIONS_RESTRICTED;
    }

    private static Dimensions donor(Pledge pledge) {
        return Dimensions.NONE.withDonor(pledge.donorId());
    }

    /** Dr 1200 nominal / Cr 1210 discount / Cr 41x0 present value; Dr 8200 / Cr 8100 present value. */
    List<Posting> recognition(Pledge p, LocalDate on) {
        String f = p.fundCode();
        return List.of(
                ledger.posting("pledge:" + p.id() + ":recognised:fin", BookFamily.FIN, p.currency(), on)
                        .describe("Pledge " + p.ref() + " recognised").reference("pledge", p.ref())
                        .debit(PLEDGES_RECEIVABLE, f, donor(p), p.amount().minor())
                        .credit(PLEDGE_DISCOUNT, f, donor(p), p.discountMinor())
                        .credit(revenue(p), f, Dimensions.NONE, p.presentValue().minor()),
                ledger.posting("pledge:" + p.id() + ":recognised:bud", BookFamily.BUD, p.currency(), on)
                        .describe("Pledge " + p.ref() + " available for commitment").reference("pledge", p.ref())
                        .debit(RESOURCES_RECOGNISED, f, Dimensions.NONE, p.presentValue().minor())
                        .credit(AVAILABLE_FOR_COMMITMENT, f, Dimensions.NONE, p.presentValue().minor()));
    }

    /**
     * Settles {@code amount} of the pledge from {@code source} (cash arriving, or advances held): Dr source / Cr 1200,
     * and the discount share realised by it: Dr 1210 / Cr 41x0, Dr 8200 / Cr 8100.
     */
    List<Posting> settlement(String eventId, Pledge p, long amount, ChartAccount source, LocalDate on) {
        String f = p.fundCode();
        long accretion = PresentValue.discountRealised(p.discountMinor(), p.settledMinor() + amount, p.amount().minor())
                - PresentValue.discountRealised(p.discountMinor(), p.settledMinor(), p.amount().minor());
        Dimensions sourceDims = source == CASH ? Dimensions.NONE : donor(p);
        List<Posting> postings = new ArrayList<>();
        postings.add(ledger.posting(eventId + ":fin", BookFamily.FIN, p.currency(), on)
                .describe("Pledge " + p.ref() + " settled").reference("pledge", p.ref())
                .debit(source, f, sourceDims, amount)
                .debit(PLEDGE_DISCOUNT, f, donor(p), accretion)
                .credit(PLEDGES_RECEIVABLE, f, donor(p), amount)
                .credit(revenue(p), f, Dimensions.NONE, accretion));
        if (accretion > 0) {
            postings.add(ledger.posting(eventId + ":bud", BookFamily.BUD, p.currency(), on)
                    .describe("Discount realised on pledge " + p.ref()).reference("pledge", p.ref())
                    .debit(RESOURCES_RECOGNISED, f, Dimensions.NONE, accretion)
                    .credit(AVAILABLE_FOR_COMMITMENT, f, Dimensions.NONE, accretion));
        }
        return postings;
    }

    /** Cash for a pledge whose condition is still open: Dr 1100 / Cr 2200 (refundable advance). */
    Posting advance(String eventId, Pledge p, long amount, LocalDate on) {
        return ledger.posting(eventId + ":advance", BookFamily.FIN, p.currency(), on)
                .describe("Advance on conditional pledge " + p.ref()).reference("pledge", p.ref())
                .debit(CASH, p.fundCode(), Dimensions.NONE, amount)
                .credit(REFUNDABLE_ADVANCES, p.fundCode(), donor(p), amount);
    }

    /**
     * Writes off {@code amount} of the outstanding nominal: Dr 5400 (net of the unrealised discount share) and
     * Dr 1210 (that share) / Cr 1200; the availability it had given comes back: Dr 8100 / Cr 8200.
     */
    List<Posting> writeOff(String eventId, Pledge p, long amount, LocalDate on) {
        String f = p.fundCode();
        long discountShare = PresentValue.discountRealised(p.discountMinor(), p.settledMinor() + amount, p.amount().minor())
                - PresentValue.discountRealised(p.discountMinor(), p.settledMinor(), p.amount().minor());
        long expense = amount - discountShare;
        return List.of(
                ledger.posting(eventId + ":fin", BookFamily.FIN, p.currency(), on)
                        .describe("Write-off of pledge " + p.ref()).reference("pledge", p.ref())
                        .debit(PLEDGE_WRITE_OFF, f, Dimensions.NONE, expense)
                        .debit(PLEDGE_DISCOUNT, f, donor(p), discountShare)
                        .credit(PLEDGES_RECEIVABLE, f, donor(p), amount),
                ledger.posting(eventId + ":bud", BookFamily.BUD, p.currency(), on)
                        .describe("Write-off of pledge " + p.ref() + ": availability withdrawn").reference("pledge", p.ref())
                        .debit(AVAILABLE_FOR_COMMITMENT, f, Dimensions.NONE, expense)
                        .credit(RESOURCES_RECOGNISED, f, Dimensions.NONE, expense));
    }

    /** The write-off's effect on availability, to check it against what is uncommitted before posting. */
    static long availabilityWithdrawn(Pledge p, long amount) {
        return amount - (PresentValue.discountRealised(p.discountMinor(), p.settledMinor() + amount, p.amount().minor())
                - PresentValue.discountRealised(p.discountMinor(), p.settledMinor(), p.amount().minor()));
    }
}
