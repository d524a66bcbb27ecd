package org.globalaifund.engine.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.globalaifund.engine.money.Money;

/** A call for proposals: what it funds, its budget envelope in one currency, and when it is open. */
public record FundingCall(
        String id,
        String ref,
        String title,
        String description,
        Money budget,
        LocalDate opensOn,
        LocalDate closesOn,
        Set<PriorityArea> priorityAreas,
        List<Integer> sdgGoals) {

    /** Open from the opening day to the closing day, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
