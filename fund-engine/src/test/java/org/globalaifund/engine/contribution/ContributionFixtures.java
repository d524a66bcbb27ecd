package org.globalaifund.engine.contribution;

import java.util.UUID;
import org.globalaifund.engine.contribution.Donor.DonorKind;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.ledger.Dimensions;
import org.springframework.stereotype.Component;

/** Donors and funds for contribution tests: each test gets its own donor, so tests sharing a database do not meet. */
@Component
class ContributionFixtures {

    final DonorService donors;
    final FundService funds;
    final FundLedger ledger;

    ContributionFixtures(DonorService donors, FundService funds, FundLedger ledger) {
        this.donors = donors;
        this.funds = funds;
        this.ledger = ledger;
    }

    Donor donor() {
        String ref = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return donors.register(null, new DonorService.NewDonor(ref, "Donor " + ref, DonorKind.ORGANISATION, "10", "NO", null, null));
    }

    Fund restricted(Donor donor, int sdgGoal) {
        return funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, Integer.toString(sdgGoal));
    }

    /** The posted balance on the account's normal side, in minor units. */
    long balance(ChartAccount account, String currency, String fund, Donor donor) {
        return ledger.balance(account, currency, fund, donor == null ? Dimensions.NONE : Dimensions.NONE.withDonor(donor.id()));
    }

    long balance(ChartAccount account, String currency, String fund) {
        return balance(account, currency, fund, null);
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
