package org.globalaifund.engine.contribution;

import java.time.LocalDate;
import org.globalaifund.engine.money.Money;

/**
 * Cash that arrived. The part that settled a pledge (or was held as an advance on a conditional one) is
 * {@code applied}; the rest is unapplied until FINANCE applies it, converts it or returns it.
 * {@code unappliedOpen} is what is still waiting for that decision.
 */
public record Receipt(
        String id,
        String pledgeId,
        String donorId,
        Money amount,
        Money applied,
        Money unapplied,
        Money unappliedOpen,
        LocalDate receivedOn,
        String payerReference) {

    public String currency() {
        return amount.currency().getCurrencyCode();
    }
}
