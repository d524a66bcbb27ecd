package org.globalaifund.engine.board;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.board.BoardRules.TrancheRow;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN's side of the board: meetings (when, where), and their docket: applications READY_FOR_BOARD, one open item
 * per application at a time, each with a draft tranche schedule in the call's currency (prefilled from the latest
 * revision after a send-back, else one tranche of the requested cash total); an item comes off the docket, or moves
 * to another meeting whose day is not over, only before any motion on it.
 */
@Service
@Transactional
public class BoardDocket {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final BoardRepository board;
    private final BoardRules rules;
    private final ApplicationService applications;
    private final CallService calls;
    private final AuditTrail audit;
    private final Clock clock;

    BoardDocket(BoardRepository board, BoardRules rules, ApplicationService applications, CallService calls, AuditTrail audit, Clock clock) {
        this.board = board;
        this.rules = rules;
        this.applications = applications;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /** A meeting at {@code startsAt} (an ISO local date-time, UTC) in {@code place} (a room or a link). */
    public BoardMeeting createMeeting(String adminId, String startsAt, String place) {
        var when = rules.startsAt(startsAt).toInstant(ZoneOffset.UTC);
        String where = rules.text("place", place, 500, "board.error.place");
        String reference = "BM-" + DAY.format(when.atZone(ZoneOffset.UTC)) + "-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        BoardMeeting meeting = board.insertMeeting(reference, when, where, adminId, clock.instant());
        audit.record(adminId, "BOARD_MEETING_CREATED", "BOARD_MEETING", meeting.id(), reference + " at " + when + ", " + where);
        return meeting;
    }

    @Transactional(readOnly = true)
    public List<BoardMeeting> meetings() {
        return board.meetings();
    }

    @Transactional(readOnly = true)
    public BoardMeeting meeting(String id) {
        return board.meeting(id).orElseThrow(() -> FundException.notFound("Meeting"));
    }

    /** Every item ever put on the meeting's docket, removed ones included. */
    @Transactional(readOnly = true)
    public List<DocketItem> items(String meetingId) {
        meeting(meetingId);
        return board.items(meetingId);
    }

    @Transactional(readOnly = true)
    public DocketItem item(String itemId) {
        return board.item(itemId).orElseThrow(() -> FundException.notFound("Docket item"));
    }

    /** The reviews' count, mean and recommendation band for the application, if recorded. */
    @Transactional(readOnly = true)
    public java.util.Optional<BoardRepository.ReviewSummary> reviewSummary(String applicationId) {
        return board.reviewSummary(applicationId);
    }

    /** Applications waiting for the board and on no open docket item. */
    @Transactional(readOnly = true)
    public List<Application> readyApplications() {
        return applications.all().stream().filter(a -> a.status() == ApplicationStatus.READY_FOR_BOARD)
                .filter(a -> board.openItemOf(a.id()).isEmpty()).toList();
    }

    /** The draft schedule to start from: the latest revision's, else one tranche of the requested cash total on acceptance. */
    @Transactional(readOnly = true)
    public List<TrancheRow> proposedRows(String applicationId) {
        Application app = applications.get(applicationId);
        List<TrancheRow> rows = new ArrayList<>();
        board.latestRevision(applicationId).ifPresentOrElse(
                revision -> revision.schedule().forEach(t -> rows.add(new TrancheRow(t.amount().amount(), t.condition(),
                        String.valueOf(t.plannedMonth())))),
                () -> app.cashTotal().filter(Money::isPositive).ifPresent(total -> rows.add(new TrancheRow(total.amount(),
                        rules.text("board.docket.firstCondition"), "0"))));
        return rows;
    }

    /** Puts a READY_FOR_BOARD application on the meeting's docket with its draft schedule (total = what is proposed). */
    public DocketItem addItem(String adminId, String meetingId, String applicationId, List<TrancheRow> rows) {
        BoardMeeting meeting = meeting(meetingId);
        Application app = applications.get(applicationId);
        if (app.status() != ApplicationStatus.READY_FOR_BOARD) {
            throw FundException.conflict(rules.text("board.error.notReady"));
        }
        if (board.openItemOf(applicationId).isPresent()) {
            throw FundException.conflict(rules.text("board.error.onDocket"));
        }
        Currency currency = calls.get(app.callId()).budget().currency();
        List<DraftTranche> schedule = rules.schedule(rows, currency);
        Money total = BoardRules.total(schedule, currency);
        DocketItem item = board.insertItem(meetingId, applicationId, total, schedule, adminId, clock.instant());
        audit.record(adminId, "BOARD_ITEM_ADDED", "APPLICATION", applicationId, "on " + meeting.reference() + ", draft total " + total.amount()
                + " " + currency.getCurrencyCode() + " in " + schedule.size() + " tranche(s)");
        return item;
    }

    /** The meetings an item of {@code meetingId} may move to: the others whose day is not over, soonest first. */
    @Transactional(readOnly = true)
    public List<BoardMeeting> moveTargets(String meetingId) {
        var now = clock.instant();
        return board.meetings().stream().filter(m -> !m.id().equals(meetingId) && !m.isPast(now))
                .sorted(Comparator.comparing(BoardMeeting::startsAt)).toList();
    }

    /**
     * Moves an open item to another meeting whose day is not over, before any motion was opened on it; the item keeps
     * its draft schedule (and any conflict declared on it). Who moved it, when, from and to which meeting goes on the
     * audit trail.
     */
    public DocketItem moveItem(String adminId, String itemId, String toMeetingId) {
        DocketItem item = item(itemId);
        if (item.status() == ItemStatus.REMOVED) {
            throw FundException.notFound("Docket item");
        }
        if (!item.isOpen()) {
            throw FundException.conflict(rules.text("board.error.decided"));
        }
        BoardMeeting from = meeting(item.meetingId());
        if (toMeetingId == null || toMeetingId.isBlank()) {
            throw FundException.invalid("meetingId", rules.text("board.error.moveTarget"));
        }
        BoardMeeting to = board.meeting(toMeetingId).orElseThrow(() -> FundException.invalid("meetingId", rules.text("board.error.moveTarget")));
        if (to.id().equals(from.id())) {
            throw FundException.invalid("meetingId", rules.text("board.error.sameMeeting"));
        }
        if (to.isPast(clock.instant())) {
            throw FundException.invalid("meetingId", rules.text("board.error.meetingPast", to.reference()));
        }
        if (!board.moveItem(itemId, to.id())) {
            throw FundException.conflict(rules.text("board.error.notMovable"));
        }
        audit.record(adminId, "BOARD_ITEM_MOVED", "APPLICATION", item.applicationId(), "from " + from.reference() + " to " + to.reference()
                + ", draft total " + item.total().amount() + " " + item.total().currency().getCurrencyCode() + " in "
                + item.schedule().size() + " tranche(s) kept");
        return item(itemId);
    }

    /** Takes an item off the docket before any motion was opened on it. */
    public void removeItem(String adminId, String itemId) {
        DocketItem item = item(itemId);
        if (!board.removeItem(itemId, adminId, clock.instant())) {
            throw FundException.conflict(rules.text("board.error.notRemovable"));
        }
        audit.record(adminId, "BOARD_ITEM_REMOVED", "APPLICATION", item.applicationId(), "from meeting " + item.meetingId());
    }
}
