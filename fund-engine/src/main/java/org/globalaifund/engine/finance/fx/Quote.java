package org.globalaifund.engine.finance.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.globalaifund.engine.money.Money;

/**
 * The rate from one currency to another on a date, as the cross rate of their euro rates
 * ({@code to per EUR / from per EUR}, rounded HALF_EVEN to {@value #RATE_DECIMALS} decimals), with both legs so
 * anyone can see which published or entered rates it rests on.
 */
public record Quote(String from, String to, LocalDate on, BigDecimal rate, UsableRate fromLeg, UsableRate toLeg) {

    /** Decimals kept in a cross rate: the rate recorded with a conversion is exactly the one applied. */
    public static final int RATE_DECIMALS = 20;

    static Quote of(UsableRate fromLeg, UsableRate toLeg, LocalDate on) {
        BigDecimal rate = EcbRateFile.plain(toLeg.unitsPerEur().divide(fromLeg.unitsPerEur(), RATE_DECIMALS, RoundingMode.HALF_EVEN));
        return new Quote(fromLeg.currency(), toLeg.currency(), on, rate, fromLeg, toLeg);
    }

    /** The amount in the target currency: {@code amount x rate}, rounded HALF_EVEN to the target's minor unit. */
    public Money convert(Money amount) {
        if (!amount.currency().getCurrencyCode().equals(from)) {
            throw new IllegalArgumentException("This quote converts " + from + ", not " + amount.currency());
        }
        java.util.Currency target = Money.currency(to);
        BigDecimal converted = amount.decimal().multiply(rate).setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        return new Money(converted.unscaledValue().longValueExact(), target);
    }

    /** Both legs, for the conversion record: "USD 1.0512 (ECB 2026-11-27) -> JPY 162.45 (ECB 2026-11-27)". */
    public String describeSource() {
        return fromLeg.describe() + " -> " + toLeg.describe();
    }
}
