package org.globalaifund.engine.board;

import java.time.Instant;
import java.util.List;
import org.globalaifund.engine.money.Money;

/** What the board approved for an application (table {@code fund.board_approval}): the grant is prepared from this. */
public record BoardApproval(String applicationId, String motionId, Money total, String conditions, List<DraftTranche> schedule,
        Instant approvedAt) {

    public BoardApproval {
        schedule = List.copyOf(schedule);
    }
}
