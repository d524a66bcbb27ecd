package org.globalaifund.engine.contribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Present value of a pledge schedule at a discount rate entered by FINANCE, in decimal arithmetic only:
 * each instalment is divided by (1 + r)^n x (1 + r x f), n whole years and f the remaining fraction of a
 * year (365 days) between the pledge date and the due date. Instalments due on or before the pledge date
 * are not discounted. The result is rounded half-even to the minor unit.
 */
final class PresentValue {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private PresentValue() {
    }

    static long of(List<Pledge.Instalment> schedule, LocalDate pledgedOn, BigDecimal rate) {
        if (rate == null || rate.signum() == 0) {
            return schedule.stream().mapToLong(i -> i.amount().minor()).sum();
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal onePlusRate = BigDecimal.ONE.add(rate);
        for (Pledge.Instalment instalment : schedule) {
            long days = Math.max(0, ChronoUnit.DAYS.between(pledgedOn, instalment.dueOn()));
            int years = (int) (days / 365);
            BigDecimal fraction = BigDecimal.valueOf(days % 365).divide(BigDecimal.valueOf(365), PRECISION);
            BigDecimal factor = onePlusRate.pow(years, PRECISION).multiply(BigDecimal.ONE.add(rate.multiply(fraction, PRECISION)), PRECISION);
            total = total.add(BigDecimal.valueOf(instalment.amount().minor()).divide(factor, PRECISION));
        }
        return total.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The share of the discount realised once {@code settled} of {@code nominal} is settled (exact at full settlement). */
    static long discountRealised(long discount, long settled, long nominal) {
        return BigDecimal.valueOf(discount).multiply(BigDecimal.valueOf(settled))
                .divide(BigDecimal.valueOf(nominal), 0, RoundingMode.FLOOR).longValueExact();
    }
}
