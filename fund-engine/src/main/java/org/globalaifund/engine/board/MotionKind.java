package org.globalaifund.engine.board;

/**
 * What a motion proposes: approve the item as drafted, approve it with a stated total (and a schedule and/or
 * conditions), reject it, or send it back for revision with the reason.
 */
public enum MotionKind {
    APPROVE_AS_DRAFTED, APPROVE_AMENDED, REJECT, SEND_BACK;

    public boolean approves() {
        return this == APPROVE_AS_DRAFTED || this == APPROVE_AMENDED;
    }
}
