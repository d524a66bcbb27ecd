package org.globalaifund.engine.board;

import java.time.Instant;
import java.util.List;
import org.globalaifund.engine.money.Money;

/** An application on a meeting's docket with its draft schedule; {@code outcome} once a motion on it carried. */
public record DocketItem(String id, String meetingId, String applicationId, ItemStatus status, String outcome, Money total,
        List<DraftTranche> schedule, String addedBy, Instant addedAt, Instant closedAt) {

    public DocketItem {
        schedule = List.copyOf(schedule);
    }

    public boolean isOpen() {
        return status == ItemStatus.OPEN;
    }
}
