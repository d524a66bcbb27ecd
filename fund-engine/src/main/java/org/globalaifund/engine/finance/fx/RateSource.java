package org.globalaifund.engine.finance.fx;

import java.time.LocalDate;

/**
 * Where a rate per EUR comes from, and how long it may be used for later dates. The ECB publishes every
 * working day, so an ECB rate serves at most 7 days (a weekend plus the longest TARGET holiday run, Easter or
 * Christmas); rates FINANCE enters are for currencies the ECB does not publish, typically monthly, so they
 * serve at most 31 days. The euro and the fixed parities (XOF, XAF: 655.957 per EUR) never age.
 */
public enum RateSource {
    ECB(7),
    ENTERED(31),
    FIXED_PARITY(-1),
    EURO(-1);

    private final int maxAgeDays;

    RateSource(int maxAgeDays) {
        this.maxAgeDays = maxAgeDays;
    }

    /** How many days after its date a rate of this source may still be used; -1 for never ageing. */
    public int maxAgeDays() {
        return maxAgeDays;
    }

    /** Whether a rate of this source dated {@code validOn} may be used for a conversion on {@code on}. */
    public boolean usable(LocalDate validOn, LocalDate on) {
        return !validOn.isAfter(on) && (maxAgeDays < 0 || !validOn.plusDays(maxAgeDays).isBefore(on));
    }
}
