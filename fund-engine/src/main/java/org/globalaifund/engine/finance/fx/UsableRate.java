package org.globalaifund.engine.finance.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rate of one currency against the euro that applies on a date: units per 1 EUR, the date it was
 * published or entered for, where it comes from, and the stored rate's id (null for the euro and fixed parities).
 */
public record UsableRate(String currency, BigDecimal unitsPerEur, LocalDate validOn, RateSource source, String rateId) {

    /** For people and the conversion record: "USD 1.0512 (ECB 2026-11-27)". */
    public String describe() {
        return switch (source) {
            case EURO -> "EUR 1";
            case FIXED_PARITY -> currency + " " + unitsPerEur.toPlainString() + " (fixed parity)";
            default -> currency + " " + unitsPerEur.toPlainString() + " (" + source + " " + validOn + ")";
        };
    }
}
