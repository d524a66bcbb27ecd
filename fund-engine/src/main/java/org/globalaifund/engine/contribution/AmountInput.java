package org.globalaifund.engine.contribution;

import java.util.Map;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.reference.ReferenceData;

/**
 * Reads an amount typed by FINANCE: a known ISO 4217 currency, a number at most at the currency's scale,
 * more than zero. Problems go into the caller's field-error map, so a form reports them all at once.
 */
final class AmountInput {

    private AmountInput() {
    }

    /** The amount, or null with the reason recorded under {@code field} (or {@code currency}). */
    static Money parse(Map<String, String> errors, String field, String amount, String currency, ReferenceData reference) {
        if (!reference.isCurrency(currency)) {
            errors.put("currency", "Choose an ISO 4217 currency.");
            return null;
        }
        try {
            Money money = Money.of(amount, currency);
            if (!money.isPositive()) {
                errors.put(field, "The amount must be more than zero.");
            }
            return money;
        } catch (IllegalArgumentException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }
}
