package org.globalaifund.engine.board;

import java.time.Instant;
import java.util.List;
import org.globalaifund.engine.money.Money;

/**
 * A motion on a docket item: what it proposes (an amended total, schedule and conditions, or the reason to revise),
 * who opened it and when, and once closed its status and tally.
 */
public record Motion(String id, String itemId, int number, MotionKind kind, Money total, List<DraftTranche> schedule, String conditions,
        String reason, String openedBy, Instant openedAt, MotionStatus status, String closedBy, Instant closedAt,
        BoardQuorum.Tally tally) {

    public Motion {
        schedule = List.copyOf(schedule);
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
