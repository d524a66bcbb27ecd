package org.globalaifund.engine.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.globalaifund.engine.money.Money;

/**
 * A call for proposals: what it funds, where applicants may come from, its budget envelope in one currency and
 * the funds it draws on, what one application may request, how reviews weigh the criteria, and when it is open.
 */
public record FundingCall(
        String id,
        String ref,
        String title,
        String description,
        Money budget,
        LocalDate opensOn,
        LocalDate closesOn,
        Set<PriorityArea> priorityAreas,
        List<Integer> sdgGoals,
        Publication publication,
        LocalDate closedOn,
        List<String> countries,
        List<String> fundCodes,
        CallLimits limits,
        ReviewWeights weights) {

    /** What ADMIN did with the call: kept as a draft, published, or closed before its closing day. */
    public enum Publication { DRAFT, PUBLISHED, CLOSED }

    /** Where the call stands on a day: a published call is open from its opening day to its closing day, both included. */
    public enum Status { DRAFT, SCHEDULED, OPEN, CLOSED }

    public Status statusOn(LocalDate day) {
        return switch (publication) {
            case DRAFT -> Status.DRAFT;
            case CLOSED -> Status.CLOSED;
            case PUBLISHED -> day.isBefore(opensOn) ? Status.SCHEDULED : day.isAfter(closesOn) ? Status.CLOSED : Status.OPEN;
        };
    }

    public boolean isOpenOn(LocalDate day) {
        return statusOn(day) == Status.OPEN;
    }

    /** Terms may change until the call opens; after that only more funds may be added, until it closes. */
    public boolean editableOn(LocalDate day) {
        Status status = statusOn(day);
        return status == Status.DRAFT || status == Status.SCHEDULED;
    }

    public boolean isPublic() {
        return publication != Publication.DRAFT;
    }
}
