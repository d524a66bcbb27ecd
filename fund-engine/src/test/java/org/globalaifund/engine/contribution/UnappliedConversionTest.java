package org.globalaifund.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.contribution.ContributionFixtures.key;
import static org.globalaifund.engine.finance.ChartAccount.CASH;
import static org.globalaifund.engine.finance.ChartAccount.FX_CLEARING;
import static org.globalaifund.engine.finance.ChartAccount.PLEDGES_RECEIVABLE;
import static org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.contribution.PledgeService.NewPledge;
import org.globalaifund.engine.contribution.ReceiptService.NewReceipt;
import org.globalaifund.engine.finance.fx.EcbRateUpload;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Unapplied cash in another currency is converted through FX clearing and can then settle the pledge. */
@FundEngineTest
class UnappliedConversionTest {

    static final LocalDate RATE_DAY = LocalDate.of(2026, 11, 27);

    @Autowired ContributionFixtures fx;
    @Autowired PledgeService pledges;
    @Autowired ReceiptService receipts;
    @Autowired UnappliedConversion conversion;
    @Autowired EcbRateUpload ecb;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;

    @BeforeEach
    void theEcbRatesOfTheDay() throws IOException {
        ClockUtil.setCurrentTime(Date.from(RATE_DAY.atTime(12, 0).toInstant(ZoneOffset.UTC)));
        String finance = repository.findByEmail("conv.finance@test.example").orElseGet(() -> people.createActive(null,
                "conv.finance@test.example", "Conv", "a-long-password-1", EnumSet.of(Role.FINANCE))).id();
        try (InputStream in = getClass().getResourceAsStream("/ecb/eurofxref.csv")) {
            ecb.upload(finance, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void unappliedPoundsBecomeUnappliedDollarsThroughClearingAndThenSettleTheDollarPledge() {
        Donor donor = fx.donor();
        Pledge pledge = pledges.record(null, key(), new NewPledge(donor.id(), Fund.UNRESTRICTED, "USD", "500.00", RATE_DAY,
                null, false, null, null));
        Receipt pounds = receipts.record(null, key(), new NewReceipt(null, donor.id(), "GBP", "100.00", RATE_DAY, "GBP wire"));
        long gbpCash = fx.balance(CASH, "GBP", Fund.UNRESTRICTED);
        long gbpClearing = fx.ledger.rawBalance(FX_CLEARING, "GBP", Fund.UNRESTRICTED, org.globalaifund.ledger.Dimensions.NONE)
                .debitsPosted() - fx.ledger.rawBalance(FX_CLEARING, "GBP", Fund.UNRESTRICTED, org.globalaifund.ledger.Dimensions.NONE).creditsPosted();

        Receipt dollars = conversion.convert(null, key(), pounds.id(), "USD", "100.00");

        // 100 GBP x (1.0512 USD/EUR / 0.8345 GBP/EUR) = 125.97 USD
        assertThat(dollars.amount().amount()).isEqualTo("125.97");
        assertThat(dollars.unappliedOpen().amount()).isEqualTo("125.97");
        assertThat(receipts.get(pounds.id()).unappliedOpen().isPositive()).isFalse();
        assertThat(gbpCash - fx.balance(CASH, "GBP", Fund.UNRESTRICTED)).isEqualTo(10_000);
        assertThat(fx.balance(UNAPPLIED_RECEIPTS, "GBP", Fund.UNRESTRICTED, donor)).isZero();
        assertThat(fx.balance(UNAPPLIED_RECEIPTS, "USD", Fund.UNRESTRICTED, donor)).isEqualTo(12_597);
        var clearing = fx.ledger.rawBalance(FX_CLEARING, "GBP", Fund.UNRESTRICTED, org.globalaifund.ledger.Dimensions.NONE);
        assertThat(clearing.debitsPosted() - clearing.creditsPosted()).as("1900 nets to zero").isEqualTo(gbpClearing);

        receipts.applyUnapplied(null, key(), dollars.id(), pledge.id(), "125.97");

        assertThat(pledges.get(pledge.id()).outstanding().amount()).isEqualTo("374.03");
        assertThat(fx.balance(PLEDGES_RECEIVABLE, "USD", Fund.UNRESTRICTED, donor)).isEqualTo(37_403);
    }
}
