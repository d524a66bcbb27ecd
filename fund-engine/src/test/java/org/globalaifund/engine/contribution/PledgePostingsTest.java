package org.globalaifund.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.contribution.ContributionFixtures.key;
import static org.globalaifund.engine.finance.ChartAccount.AVAILABLE_FOR_COMMITMENT;
import static org.globalaifund.engine.finance.ChartAccount.CASH;
import static org.globalaifund.engine.finance.ChartAccount.COMMITTED;
import static org.globalaifund.engine.finance.ChartAccount.CONTRIBUTIONS_RESTRICTED;
import static org.globalaifund.engine.finance.ChartAccount.CONTRIBUTIONS_UNRESTRICTED;
import static org.globalaifund.engine.finance.ChartAccount.PLEDGES_RECEIVABLE;
import static org.globalaifund.engine.finance.ChartAccount.PLEDGE_DISCOUNT;
import static org.globalaifund.engine.finance.ChartAccount.PLEDGE_WRITE_OFF;
import static org.globalaifund.engine.finance.ChartAccount.REFUNDABLE_ADVANCES;
import static org.globalaifund.engine.finance.ChartAccount.RESOURCES_RECOGNISED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.contribution.PledgeService.NewInstalment;
import org.globalaifund.engine.contribution.PledgeService.NewPledge;
import org.globalaifund.engine.contribution.ReceiptService.NewReceipt;
import org.globalaifund.engine.finance.ChartAccount.BookFamily;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.ledger.Dimensions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every posting of pledges, receipts and write-offs, line by line in the FIN and BUD books and per fund. */
@FundEngineTest
class PledgePostingsTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired ContributionFixtures fx;
    @Autowired PledgeService pledges;
    @Autowired ReceiptService receipts;
    @Autowired FundLedger ledger;

    private Pledge pledge(Donor donor, String fund, String currency, String amount) {
        return pledges.record(null, key(), new NewPledge(donor.id(), fund, currency, amount, DAY, null, false, null, null));
    }

    @Test
    void anUnconditionalRestrictedPledgeIsARestrictedContributionAndBecomesAvailableForCommitment() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 3);

        pledge(donor, fund.code(), "EUR", "1000000.00");

        assertThat(fx.balance(PLEDGES_RECEIVABLE, "EUR", fund.code(), donor)).isEqualTo(100_000_000);
        assertThat(fx.balance(CONTRIBUTIONS_RESTRICTED, "EUR", fund.code())).isEqualTo(100_000_000);
        assertThat(fx.balance(CONTRIBUTIONS_UNRESTRICTED, "EUR", fund.code())).isZero();
        assertThat(fx.balance(RESOURCES_RECOGNISED, "EUR", fund.code())).isEqualTo(100_000_000);
        assertThat(fx.balance(AVAILABLE_FOR_COMMITMENT, "EUR", fund.code())).isEqualTo(100_000_000);
    }

    @Test
    void anUnrestrictedPledgeIsAContributionWithoutDonorRestrictions() {
        Donor donor = fx.donor();
        long before = fx.balance(CONTRIBUTIONS_UNRESTRICTED, "JPY", Fund.UNRESTRICTED);

        pledge(donor, Fund.UNRESTRICTED, "JPY", "5000000");

        assertThat(fx.balance(CONTRIBUTIONS_UNRESTRICTED, "JPY", Fund.UNRESTRICTED) - before).isEqualTo(5_000_000);
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "JPY", Fund.UNRESTRICTED, donor)).isEqualTo(5_000_000);
    }

    @Test
    void aMultiYearPledgeIsRecognisedAtPresentValueAndTheDiscountIsRealisedAsCashArrives() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 4);
        Pledge p = pledges.record(null, key(), new NewPledge(donor.id(), fund.code(), "USD", "2000000.00", DAY,
                List.of(new NewInstalment(DAY, "1000000.00"), new NewInstalment(DAY.plusDays(730), "1000000.00")),
                false, null, new BigDecimal("0.05")));

        // 1,000,000 now + 1,000,000 due in two years of 365 days: / 1.05^2 = 1,907,029.48
        assertThat(p.presentValue().amount()).isEqualTo("1907029.48");
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "USD", fund.code(), donor)).isEqualTo(200_000_000);
        assertThat(fx.balance(PLEDGE_DISCOUNT, "USD", fund.code(), donor)).isEqualTo(9_297_052);
        assertThat(fx.balance(CONTRIBUTIONS_RESTRICTED, "USD", fund.code())).isEqualTo(190_702_948);
        assertThat(fx.balance(AVAILABLE_FOR_COMMITMENT, "USD", fund.code())).isEqualTo(190_702_948);

        receipts.record(null, key(), new NewReceipt(p.id(), null, "USD", "1000000.00", DAY, "first"));
        assertThat(fx.balance(PLEDGE_DISCOUNT, "USD", fund.code(), donor)).isEqualTo(4_648_526);
        receipts.record(null, key(), new NewReceipt(p.id(), null, "USD", "1000000.00", DAY.plusYears(2), "second"));

        assertThat(fx.balance(CASH, "USD", fund.code())).isEqualTo(200_000_000);
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "USD", fund.code(), donor)).isZero();
        assertThat(fx.balance(PLEDGE_DISCOUNT, "USD", fund.code(), donor)).isZero();
        assertThat(fx.balance(CONTRIBUTIONS_RESTRICTED, "USD", fund.code())).isEqualTo(200_000_000);
        assertThat(fx.balance(AVAILABLE_FOR_COMMITMENT, "USD", fund.code())).isEqualTo(200_000_000);
    }

    @Test
    void aMultiYearPledgeWithoutADiscountRateIsRefused() {
        Donor donor = fx.donor();

        assertThatThrownBy(() -> pledges.record(null, key(), new NewPledge(donor.id(), Fund.UNRESTRICTED, "USD", "10.00", DAY,
                List.of(new NewInstalment(DAY.plusYears(3), "10.00")), false, null, null)))
                .isInstanceOf(FundException.class).satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKey("discountRate"));
        assertThat(pledges.list(donor.id())).isEmpty();
    }

    @Test
    void cashBeyondThePledgeIsUnappliedInTheUnrestrictedFundAndNeverRefused() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 5);
        Pledge p = pledge(donor, fund.code(), "EUR", "100.00");
        long unappliedCashBefore = fx.balance(CASH, "EUR", Fund.UNRESTRICTED);

        Receipt r = receipts.record(null, key(), new NewReceipt(p.id(), null, "EUR", "130.00", DAY, "wire 1"));

        assertThat(r.applied().amount()).isEqualTo("100.00");
        assertThat(r.unapplied().amount()).isEqualTo("30.00");
        assertThat(fx.balance(CASH, "EUR", fund.code())).isEqualTo(10_000);
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "EUR", fund.code(), donor)).isZero();
        assertThat(fx.balance(CASH, "EUR", Fund.UNRESTRICTED) - unappliedCashBefore).isEqualTo(3_000);
        assertThat(fx.balance(org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS, "EUR", Fund.UNRESTRICTED, donor)).isEqualTo(3_000);
    }

    @Test
    void cashInAnotherCurrencyThanThePledgeIsUnappliedInItsOwnCurrencyBook() {
        Donor donor = fx.donor();
        Pledge p = pledge(donor, Fund.UNRESTRICTED, "EUR", "100.00");

        Receipt r = receipts.record(null, key(), new NewReceipt(p.id(), null, "CHF", "95.00", DAY, null));

        assertThat(r.unapplied().amount()).isEqualTo("95.00");
        assertThat(fx.balance(org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS, "CHF", Fund.UNRESTRICTED, donor)).isEqualTo(9_500);
        assertThat(pledges.get(p.id()).outstanding().amount()).isEqualTo("100.00");
    }

    @Test
    void aConditionalPledgePostsNothingUntilItsConditionIsMetAndCashMeanwhileIsARefundableAdvance() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 6);
        Pledge p = pledges.record(null, key(), new NewPledge(donor.id(), fund.code(), "GBP", "500.00", DAY, null, true,
                "Subject to parliamentary appropriation", null));
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "GBP", fund.code(), donor)).isZero();
        assertThat(fx.balance(AVAILABLE_FOR_COMMITMENT, "GBP", fund.code())).isZero();

        receipts.record(null, key(), new NewReceipt(p.id(), null, "GBP", "200.00", DAY, null));
        assertThat(fx.balance(CASH, "GBP", fund.code())).isEqualTo(20_000);
        assertThat(fx.balance(REFUNDABLE_ADVANCES, "GBP", fund.code(), donor)).isEqualTo(20_000);
        assertThat(fx.balance(CONTRIBUTIONS_RESTRICTED, "GBP", fund.code())).isZero();

        pledges.conditionMet(null, key(), p.id(), DAY.plusDays(30));

        assertThat(fx.balance(REFUNDABLE_ADVANCES, "GBP", fund.code(), donor)).isZero();
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "GBP", fund.code(), donor)).isEqualTo(30_000);
        assertThat(fx.balance(CONTRIBUTIONS_RESTRICTED, "GBP", fund.code())).isEqualTo(50_000);
        assertThat(fx.balance(AVAILABLE_FOR_COMMITMENT, "GBP", fund.code())).isEqualTo(50_000);
        assertThat(pledges.get(p.id()).outstanding().amount()).isEqualTo("300.00");
    }

    @Test
    void aWriteOffExpensesTheUncollectibleAmountAndWithdrawsItsAvailability() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 7);
        Pledge p = pledge(donor, fund.code(), "EUR", "1000.00");

        pledges.writeOff(null, key(), p.id(), "400.00", "Donor insolvent", DAY);

        assertThat(fx.balance(PLEDGE_WRITE_OFF, "EUR", fund.code())).isEqualTo(40_000);
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "EUR", fund.code(), donor)).isEqualTo(60_000);
        assertThat(fx.balance(AVAILABLE_FOR_COMMITMENT, "EUR", fund.code())).isEqualTo(60_000);
        assertThat(fx.balance(RESOURCES_RECOGNISED, "EUR", fund.code())).isEqualTo(60_000);
    }

    @Test
    void writingOffADiscountedPledgeRemovesItsUnrealisedDiscountAndExpensesOnlyTheRest() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 10);
        Pledge p = pledges.record(null, key(), new NewPledge(donor.id(), fund.code(), "USD", "2000000.00", DAY,
                List.of(new NewInstalment(DAY, "1000000.00"), new NewInstalment(DAY.plusDays(730), "1000000.00")),
                false, null, new BigDecimal("0.05")));
        receipts.record(null, key(), new NewReceipt(p.id(), null, "USD", "1000000.00", DAY, null));

        pledges.writeOff(null, key(), p.id(), "1000000.00", "Second instalment cancelled by the donor", DAY.plusDays(400));

        // discount 92,970.52; half realised by the first receipt, the other half leaves with the write-off
        assertThat(fx.balance(PLEDGE_DISCOUNT, "USD", fund.code(), donor)).isZero();
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "USD", fund.code(), donor)).isZero();
        assertThat(fx.balance(PLEDGE_WRITE_OFF, "USD", fund.code())).isEqualTo(100_000_000 - 4_648_526);
        assertThat(fx.balance(CONTRIBUTIONS_RESTRICTED, "USD", fund.code())).isEqualTo(190_702_948 + 4_648_526);
        assertThat(fx.balance(AVAILABLE_FOR_COMMITMENT, "USD", fund.code())).as("what is available is the cash received")
                .isEqualTo(100_000_000);
        assertThat(pledges.get(p.id()).status()).isEqualTo(Pledge.Status.WRITTEN_OFF);
    }

    @Test
    void aWriteOffLargerThanTheUncommittedAvailabilityIsRefusedAndWritesNothing() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 8);
        Pledge p = pledge(donor, fund.code(), "EUR", "1000.00");
        ledger.post(ledger.posting("test-commitment:" + p.id(), BookFamily.BUD, "EUR", DAY)
                .debit(AVAILABLE_FOR_COMMITMENT, fund.code(), Dimensions.NONE, 80_000)
                .credit(COMMITTED, fund.code(), Dimensions.NONE.withGrant("G-1"), 80_000));

        assertThatThrownBy(() -> pledges.writeOff(null, key(), p.id(), "400.00", "Donor insolvent", DAY))
                .isInstanceOf(FundException.class).hasMessageContaining("uncommitted");

        assertThat(fx.balance(PLEDGE_WRITE_OFF, "EUR", fund.code())).isZero();
        assertThat(pledges.get(p.id()).outstanding().amount()).isEqualTo("1000.00");
    }

    @Test
    void unappliedCashAppliedToAPledgeMovesFromTheUnrestrictedFundToThePledgesFund() {
        Donor donor = fx.donor();
        Fund fund = fx.restricted(donor, 9);
        Pledge p = pledge(donor, fund.code(), "USD", "300.00");
        Receipt r = receipts.record(null, key(), new NewReceipt(null, donor.id(), "USD", "250.00", DAY, "no reference"));
        long unrestrictedCash = fx.balance(CASH, "USD", Fund.UNRESTRICTED);

        receipts.applyUnapplied(null, key(), r.id(), p.id(), "200.00");

        assertThat(receipts.get(r.id()).unappliedOpen().amount()).isEqualTo("50.00");
        assertThat(fx.balance(org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS, "USD", Fund.UNRESTRICTED, donor)).isEqualTo(5_000);
        assertThat(unrestrictedCash - fx.balance(CASH, "USD", Fund.UNRESTRICTED)).isEqualTo(20_000);
        assertThat(fx.balance(CASH, "USD", fund.code())).isEqualTo(20_000);
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "USD", fund.code(), donor)).isEqualTo(10_000);

        receipts.returnUnapplied(null, key(), r.id(), "50.00", "Returned to the sender's account");
        assertThat(receipts.get(r.id()).unappliedOpen().isPositive()).isFalse();
        assertThat(fx.balance(org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS, "USD", Fund.UNRESTRICTED, donor)).isZero();
    }

    @Test
    void theSameIdempotencyKeyWithTheSameContentPostsOnce() {
        Donor donor = fx.donor();
        Pledge p = pledge(donor, Fund.UNRESTRICTED, "SEK", "1000.00");
        String key = key();
        NewReceipt receipt = new NewReceipt(p.id(), null, "SEK", "100.00", DAY, null);

        Receipt first = receipts.record(null, key, receipt);
        Receipt second = receipts.record(null, key, receipt);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(pledges.get(p.id()).outstanding().amount()).isEqualTo("900.00");
    }
}
