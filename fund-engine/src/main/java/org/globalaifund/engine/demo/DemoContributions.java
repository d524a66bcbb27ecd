package org.globalaifund.engine.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.contribution.FundService;
import org.globalaifund.engine.contribution.Pledge;
import org.globalaifund.engine.contribution.PledgeService;
import org.globalaifund.engine.contribution.PledgeService.NewInstalment;
import org.globalaifund.engine.contribution.PledgeService.NewPledge;
import org.globalaifund.engine.contribution.ReceiptService;
import org.globalaifund.engine.contribution.ReceiptService.NewReceipt;
import org.globalaifund.engine.contribution.RestrictedPurpose;
import org.globalaifund.engine.finance.fx.EcbRateUpload;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo donors' money, through the real services: restricted and unrestricted pledges in three
 * currencies, a multi-year pledge at present value, a conditional pledge, a partial receipt and an
 * unapplied one, and euro reference rates of the day. A donor that already has pledges is left as it is, so seeding twice adds nothing.
 */
@Component
@Profile("demo")
class DemoContributions {

    private final DonorService donors;
    private final FundService funds;
    private final PledgeService pledges;
    private final ReceiptService receipts;
    private final EcbRateUpload ecb;
    private final Clock clock;

    DemoContributions(DonorService donors, FundService funds, PledgeService pledges, ReceiptService receipts, EcbRateUpload ecb,
            Clock clock) {
        this.donors = donors;
        this.funds = funds;
        this.pledges = pledges;
        this.receipts = receipts;
        this.ecb = ecb;
        this.clock = clock;
    }

    void seed(String admin) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // euro reference rates dated today, in the ECB's daily CSV format, so conversions work in the demo
        String date = today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        ecb.upload(admin, "Date, USD, JPY, GBP, CHF, SEK, NOK, KWD, BRL, INR, RWF, EGP, \n"
                + date + ", 1.0512, 162.45, 0.8345, 0.9411, 11.482, 11.735, 0.3235, 6.1234, 90.412, 1512.30, 52.118, \n");
        donors.findByRef("GOV-NORDLAND").filter(this::noPledges).ifPresent(d -> government(admin, d, today));
        donors.findByRef("CO-COMPUTECOMMONS").filter(this::noPledges).ifPresent(d -> company(admin, d, today));
        donors.findByRef("FDN-OPENHORIZONS").filter(this::noPledges).ifPresent(d -> foundation(admin, d, today));
    }

    private boolean noPledges(Donor donor) {
        return pledges.list(donor.id()).isEmpty();
    }

    private void government(String admin, Donor donor, LocalDate today) {
        Fund call = funds.restricted(admin, donor.id(), RestrictedPurpose.CALL, "CFP-2027-01");
        Pledge pledge = pledges.record(admin, "demo:pledge:nordland-call", new NewPledge(donor.id(), call.code(), "USD",
                "10000000.00", today.minusDays(40), List.of(new NewInstalment(today.minusDays(40), "6000000.00"),
                        new NewInstalment(today.plusDays(140), "4000000.00")), false, null, null));
        receipts.record(admin, "demo:receipt:nordland-1", new NewReceipt(pledge.id(), null, "USD", "4000000.00",
                today.minusDays(20), "NORDLAND MFA TRANSFER 2026/114"));
        pledges.record(admin, "demo:pledge:nordland-2027", new NewPledge(donor.id(), Fund.UNRESTRICTED, "EUR", "5000000.00",
                today.minusDays(10), null, true, "Subject to the parliamentary appropriation for the 2027 budget", null));
    }

    private void company(String admin, Donor donor, LocalDate today) {
        Pledge pledge = pledges.record(admin, "demo:pledge:computecommons", new NewPledge(donor.id(), Fund.UNRESTRICTED, "EUR",
                "2000000.00", today.minusDays(30), null, false, null, null));
        receipts.record(admin, "demo:receipt:computecommons-1", new NewReceipt(pledge.id(), null, "EUR", "2000000.00",
                today.minusDays(25), "CC-GRANT-0425"));
        receipts.record(admin, "demo:receipt:computecommons-gbp", new NewReceipt(null, donor.id(), "GBP", "250000.00",
                today.minusDays(5), "COMPUTE COMMONS UK LTD"));
    }

    private void foundation(String admin, Donor donor, LocalDate today) {
        Fund health = funds.restricted(admin, donor.id(), RestrictedPurpose.SDG_GOAL, "3");
        Pledge pledge = pledges.record(admin, "demo:pledge:openhorizons-health", new NewPledge(donor.id(), health.code(), "USD",
                "3000000.00", today.minusDays(60), List.of(new NewInstalment(today.minusDays(60), "1000000.00"),
                        new NewInstalment(today.minusDays(60).plusDays(365), "1000000.00"),
                        new NewInstalment(today.minusDays(60).plusDays(730), "1000000.00")), false, null, new BigDecimal("0.04")));
        receipts.record(admin, "demo:receipt:openhorizons-1", new NewReceipt(pledge.id(), null, "USD", "1000000.00",
                today.minusDays(55), "OHF GRANT 2026-17"));
    }
}
