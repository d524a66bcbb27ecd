package org.globalaifund.engine.board;

/**
 * A motion is OPEN for votes until the chair closes it: CARRIED, FAILED (no majority of votes cast, a tie included),
 * NO_QUORUM (not decided) or WITHDRAWN (the application was withdrawn meanwhile: not decided).
 */
public enum MotionStatus {
    OPEN, CARRIED, FAILED, NO_QUORUM, WITHDRAWN;

    public boolean isOpen() {
        return this == OPEN;
    }
}
