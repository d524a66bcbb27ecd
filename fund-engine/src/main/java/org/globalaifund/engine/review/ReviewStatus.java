package org.globalaifund.engine.review;

/**
 * Where one reviewer's review stands: asked (no declaration yet), declared free of conflict and scoring, submitted,
 * or closed because the reviewer declared a conflict or let the deadline pass (another reviewer takes the slot).
 */
public enum ReviewStatus {
    ASSIGNED, DECLARED, SUBMITTED, CONFLICTED, OVERDUE;

    /** Still the reviewer's work: nothing submitted, no conflict, not replaced. */
    public boolean isOpen() {
        return this == ASSIGNED || this == DECLARED;
    }
}
