package org.globalaifund.engine.grant;

import java.time.Instant;
import java.time.LocalDate;
import org.globalaifund.engine.money.Money;

/**
 * One tranche of a grant, as the board approved it: its amount, the condition for its release and the month after
 * acceptance it is planned for (0 = on acceptance); {@code plannedOn} is known once the grant is accepted.
 */
public record GrantTranche(int number, Money amount, String condition, int plannedMonth, LocalDate plannedOn, Status status,
        Instant dueAt) {

    /** PLANNED until its condition is met, then DUE for payment (the disbursement issue takes it from there). */
    public enum Status { PLANNED, DUE }
}
