package org.globalaifund.engine.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.globalaifund.engine.money.Money;

/**
 * A donor's promise to give an amount in one currency to one fund, on a schedule. A conditional pledge
 * (e.g. subject to appropriation) posts nothing until FINANCE records the condition as met; a multi-year
 * pledge is recognised at present value. {@code settled} counts the nominal amount received or written off;
 * {@code advance} the cash received while the condition was still open.
 */
public record Pledge(
        String id,
        String ref,
        String donorId,
        String fundCode,
        Money amount,
        Money presentValue,
        BigDecimal discountRate,
        LocalDate pledgedOn,
        boolean conditional,
        String conditionText,
        LocalDate conditionMetOn,
        Status status,
        long settledMinor,
        long advanceMinor,
        List<Instalment> schedule) {

    /** The nominal amount still expected. */
    public Money outstanding() {
        return new Money(amount.minor() - settledMinor, amount.currency());
    }

    public long discountMinor() {
        return amount.minor() - presentValue.minor();
    }

    public String currency() {
        return amount.currency().getCurrencyCode();
    }

    /** One due date of the schedule. */
    public record Instalment(int seq, LocalDate dueOn, Money amount) {}

    /** A pledge waits for its condition, is recognised in the books, or has been written off entirely. */
    public enum Status {
        AWAITING_CONDITION,
        RECOGNISED,
        WRITTEN_OFF
    }
}
