package org.globalaifund.engine.call;

import java.util.LinkedHashMap;
import java.util.Map;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.ledger.Dimensions;
import org.globalaifund.engine.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the funds a call draws on may still commit in the call's currency, against its budget envelope. A shortfall
 * is shown to ADMIN as a warning, never a refusal: pledges arrive over time, and commitments are checked by the ledger.
 */
@Component
public class CallFunding {

    private final FundLedger ledger;

    public CallFunding(FundLedger ledger) {
        this.ledger = ledger;
    }

    /** Each fund's availability for commitment (BUD 8100) in the call's currency, and their total. */
    public record Availability(Map<String, Money> perFund, Money total, Money budget) {

        public boolean coversBudget() {
            return total.minor() >= budget.minor();
        }
    }

    @Transactional(readOnly = true)
    public Availability of(FundingCall call) {
        String currency = call.budget().currency().getCurrencyCode();
        Map<String, Money> perFund = new LinkedHashMap<>();
        long total = 0;
        for (String fund : call.fundCodes()) {
            long available = ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, currency, fund, Dimensions.NONE);
            perFund.put(fund, new Money(available, call.budget().currency()));
            total += available;
        }
        return new Availability(perFund, new Money(total, call.budget().currency()), call.budget());
    }
}
