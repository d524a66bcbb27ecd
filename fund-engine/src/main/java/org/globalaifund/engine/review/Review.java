package org.globalaifund.engine.review;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One reviewer's review of an application, in its slot (1 and 2, or 3 for a third review) and attempt (a conflicted
 * or overdue reviewer is replaced in the same slot by a new attempt).
 */
public record Review(
        String id,
        String applicationId,
        int slot,
        int attempt,
        String reviewerId,
        ReviewStatus status,
        Instant assignedAt,
        Instant dueAt,
        Instant remindAt,
        Instant declaredAt,
        String conflictReason,
        Instant submittedAt,
        BigDecimal total) {

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Past its deadline at {@code now}: the reviewer may no longer declare or submit. */
    public boolean isOverdue(Instant now) {
        return !now.isBefore(dueAt);
    }
}
