package org.globalaifund.engine.finance.fx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored rate: units of a currency per 1 EUR on a date, from an ECB upload or entered by one FINANCE
 * person and decided (approved or rejected) by another. Only approved rates are ever used.
 */
public record ExchangeRate(String id, String currency, BigDecimal unitsPerEur, LocalDate validOn, RateSource source,
        Status status, String enteredBy, Instant enteredAt, String decidedBy, Instant decidedAt) {

    /** Where an entered rate stands; ECB rates are approved on upload. */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    public UsableRate usable() {
        return new UsableRate(currency, unitsPerEur, validOn, source, id);
    }
}
