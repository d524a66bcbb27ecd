package org.globalaifund.engine.board;

import static org.globalaifund.bpmn.ProcessNames.BOARD_OUTCOME_APPROVED;
import static org.globalaifund.bpmn.ProcessNames.BOARD_OUTCOME_REJECTED;
import static org.globalaifund.bpmn.ProcessNames.BOARD_OUTCOME_SENT_BACK;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.board.BoardRules.TrancheRow;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board at work: the chair records attendance, opens motions on docket items and closes the vote; members
 * declare conflicts and vote. The board's members are the active people holding BOARD_MEMBER with a seat (a
 * constituency); the chair is one of them. Nobody votes on an item they applied for, reviewed (any review row of
 * theirs for the application) or declared a conflict with, whatever roles they hold. Votes can change until the
 * close; at the close {@link BoardQuorum} decides, the roll (who was a member, present, recused and why, and how they
 * voted) is written once, and a carried motion decides the item: the approval's terms, the application's status and
 * the BoardDecided message in one transaction. A closed motion and its votes never change. The chair acts from the
 * meeting's day on (UTC); members may declare conflicts before it.
 */
@Service
@Transactional
public class BoardVoting {

    private static final int MAX_REASON = 2000;

    private final BoardRepository board;
    private final BoardRules rules;
    private final BoardProcess process;
    private final ApplicationService applications;
    private final PeopleService people;
    private final AuditTrail audit;
    private final Clock clock;

    BoardVoting(BoardRepository board, BoardRules rules, BoardProcess process, ApplicationService applications, PeopleService people,
            AuditTrail audit, Clock clock) {
        this.board = board;
        this.rules = rules;
        this.process = process;
        this.applications = applications;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The board's members now: active, BOARD_MEMBER, seated in a constituency; by constituency, then name. */
    @Transactional(readOnly = true)
    public List<Person> members() {
        return people.withRole(Role.BOARD_MEMBER).stream().filter(Person::isActive).filter(p -> p.constituency() != null)
                .sorted(Comparator.comparing(Person::constituency).thenComparing(Person::displayName)).toList();
    }

    @Transactional(readOnly = true)
    public boolean isChair(String personId) {
        return members().stream().anyMatch(p -> p.id().equals(personId) && p.chair());
    }

    @Transactional(readOnly = true)
    public Map<String, Attendance> attendance(String meetingId) {
        return board.attendance(meetingId);
    }

    /** The chair records a member present or absent at the meeting (each record kept, the latest counts). */
    public void recordAttendance(String chairId, String meetingId, String personId, boolean present) {
        recordAttendance(chairId, meetingId, personId, present, null);
    }

    /** The same, with the reason the chair notes (apologies, arrived late, left the meeting); blank for none. */
    public void recordAttendance(String chairId, String meetingId, String personId, boolean present, String reason) {
        requireChair(chairId);
        String why = optionalReason(reason, "attendanceReason");
        requireMeetingDay(meetingId);
        if (members().stream().noneMatch(p -> p.id().equals(personId))) {
            throw FundException.invalid("person", rules.text("board.error.notMember"));
        }
        board.insertAttendance(meetingId, personId, present, why, chairId, clock.instant());
        audit.record(chairId, present ? "BOARD_PRESENT" : "BOARD_ABSENT", "BOARD_MEETING", meetingId, personId);
    }

    /**
     * Who may not vote on the item and why: a declared conflict (its reason), the applicant, a reviewer. Person id to
     * reason, in the order found.
     */
    @Transactional(readOnly = true)
    public Map<String, String> exclusions(DocketItem item) {
        Map<String, String> excluded = new LinkedHashMap<>(board.recusals(item.id()));
        Application app = applications.get(item.applicationId());
        excluded.putIfAbsent(app.applicantId(), rules.text("board.excluded.applicant"));
        Set<String> reviewers = board.reviewersOf(app.id());
        reviewers.forEach(r -> excluded.putIfAbsent(r, rules.text("board.excluded.reviewer")));
        return excluded;
    }

    /** A member declares a conflict with the item and is recused from it (the declaration stands). */
    public void declareConflict(String memberId, String itemId, String reason) {
        DocketItem item = openItem(itemId);
        requireMember(memberId);
        String text = rules.text("reason", reason, MAX_REASON, "board.error.reason");
        if (!board.insertRecusal(itemId, memberId, text, clock.instant())) {
            throw FundException.conflict(rules.text("board.error.declared"));
        }
        audit.record(memberId, "BOARD_CONFLICT_DECLARED", "APPLICATION", item.applicationId(), text);
    }

    @Transactional(readOnly = true)
    public List<Motion> motions(String itemId) {
        return board.motions(itemId);
    }

    @Transactional(readOnly = true)
    public Motion motion(String motionId) {
        return board.motion(motionId).orElseThrow(() -> FundException.notFound("Motion"));
    }

    /** Each member's vote that counts now (their latest), on the motion. */
    @Transactional(readOnly = true)
    public Map<String, BoardVote> currentVotes(String motionId) {
        Map<String, BoardVote> latest = new LinkedHashMap<>();
        board.votes(motionId).forEach(v -> latest.put(v.personId(), v));
        return latest;
    }

    /** Every vote cast on the motion, changes included, oldest first. */
    @Transactional(readOnly = true)
    public List<BoardVote> voteHistory(String motionId) {
        return board.votes(motionId);
    }

    @Transactional(readOnly = true)
    public List<RollEntry> roll(String motionId) {
        return board.roll(motionId);
    }

    @Transactional(readOnly = true)
    public Optional<BoardApproval> approval(String applicationId) {
        return board.approval(applicationId);
    }

    /**
     * The chair opens a motion on an open item whose application waits for the board; one open motion per item. An
     * amended approval states its total, and a schedule adding up to it unless the draft's already does; conditions
     * are optional. A send-back states the reason to revise.
     */
    public Motion openMotion(String chairId, String itemId, MotionKind kind, String total, List<TrancheRow> rows, String conditions,
            String reason) {
        requireChair(chairId);
        DocketItem item = openItem(itemId);
        requireMeetingDay(item.meetingId());
        requireWaiting(item);
        if (kind == null) {
            throw FundException.invalid("kind", rules.text("board.error.kind"));
        }
        if (board.motions(itemId).stream().anyMatch(Motion::isOpen)) {
            throw FundException.conflict(rules.text("board.error.motionOpen"));
        }
        Money amended = null;
        List<DraftTranche> schedule = List.of();
        String stated = null;
        String why = null;
        if (kind == MotionKind.APPROVE_AMENDED) {
            String currency = item.total().currency().getCurrencyCode();
            try {
                amended = Money.of(total, currency);
            } catch (IllegalArgumentException e) {
                throw FundException.invalid("total", rules.text("board.error.amount", currency));
            }
            if (!amended.isPositive()) {
                throw FundException.invalid("total", rules.text("board.error.amount", currency));
            }
            boolean anyRow = rows != null && rows.stream().anyMatch(r -> r != null && !r.blank());
            if (anyRow) {
                schedule = rules.schedule(rows, item.total().currency());
                if (BoardRules.total(schedule, item.total().currency()).minor() != amended.minor()) {
                    throw FundException.invalid("tranches", rules.text("board.error.scheduleTotal"));
                }
            } else if (item.total().minor() != amended.minor()) {
                throw FundException.invalid("tranches", rules.text("board.error.scheduleNeeded"));
            }
            stated = rules.optional("conditions", conditions, BoardRules.MAX_TEXT, "board.error.conditions");
        } else if (kind == MotionKind.SEND_BACK) {
            why = rules.text("motionReason", reason, BoardRules.MAX_TEXT, "board.error.sendBackReason");
        }
        Motion motion = board.insertMotion(itemId, kind, amended, schedule, stated, why, chairId, clock.instant());
        audit.record(chairId, "BOARD_MOTION_OPENED", "APPLICATION", item.applicationId(), "motion " + motion.number() + ": " + kind);
        return motion;
    }

    /** A present, non-recused member votes (again, until the close: the latest vote counts). */
    public void vote(String memberId, String motionId, VoteChoice choice) {
        vote(memberId, motionId, choice, null);
    }

    /** The same, with the member's reason for the vote (an explanation of vote); blank for none. */
    public void vote(String memberId, String motionId, VoteChoice choice, String reason) {
        String why = optionalReason(reason, "voteReason");
        Motion motion = motion(motionId);
        if (!motion.isOpen()) {
            throw FundException.conflict(rules.text("board.error.motionClosed"));
        }
        DocketItem item = board.item(motion.itemId()).orElseThrow();
        requireWaiting(item);
        requireMember(memberId);
        if (choice == null) {
            throw FundException.invalid("choice", rules.text("board.error.choice"));
        }
        if (exclusions(item).containsKey(memberId)) {
            throw FundException.conflict(rules.text("board.error.recused"));
        }
        Attendance attendance = board.attendance(item.meetingId()).get(memberId);
        if (attendance == null || !attendance.present()) {
            throw FundException.conflict(rules.text("board.error.notPresent"));
        }
        board.insertVote(motionId, memberId, choice, why, clock.instant());
        audit.record(memberId, "BOARD_VOTE", "BOARD_MOTION", motionId, choice.name());
    }

    /**
     * The chair closes the vote. The roll and tally are written once; a carried motion decides the item (approval
     * terms for an approval, the application's status and timeline entry) and tells the process in the same
     * transaction. A motion on a withdrawn application closes as WITHDRAWN, not decided.
     */
    public Motion close(String chairId, String motionId) {
        requireChair(chairId);
        Motion motion = motion(motionId);
        if (!motion.isOpen()) {
            throw FundException.conflict(rules.text("board.error.motionClosed"));
        }
        DocketItem item = board.item(motion.itemId()).orElseThrow();
        requireMeetingDay(item.meetingId());
        Application app = applications.get(item.applicationId());
        Map<String, String> excluded = exclusions(item);
        Map<String, Attendance> attendance = board.attendance(item.meetingId());
        Map<String, VoteChoice> votes = new LinkedHashMap<>();
        Map<String, BoardVote> counted = currentVotes(motionId);
        counted.forEach((person, vote) -> votes.put(person, vote.choice()));
        List<Person> members = members();
        List<BoardQuorum.Seat> seats = members.stream().map(p -> new BoardQuorum.Seat(p.id(), p.constituency(),
                attendance.containsKey(p.id()) && attendance.get(p.id()).present(), excluded.containsKey(p.id()))).toList();
        BoardQuorum.Tally tally = BoardQuorum.count(seats, votes);
        MotionStatus status = app.status() == ApplicationStatus.WITHDRAWN ? MotionStatus.WITHDRAWN
                : switch (tally.outcome()) {
                    case CARRIED -> MotionStatus.CARRIED;
                    case FAILED -> MotionStatus.FAILED;
                    case NO_QUORUM -> MotionStatus.NO_QUORUM;
                };
        if (!board.closeMotion(motionId, status, tally, chairId, clock.instant())) {
            throw FundException.conflict(rules.text("board.error.motionClosed"));
        }
        board.insertRoll(motionId, seats.stream().map(s -> {
            BoardVote vote = s.present() && !s.recused() ? counted.get(s.personId()) : null;
            return new RollEntry(s.personId(), s.constituency(), s.present(), excluded.get(s.personId()),
                    vote == null ? null : vote.choice(), vote == null ? null : vote.reason());
        }).toList());
        audit.record(chairId, "BOARD_MOTION_CLOSED", "APPLICATION", app.id(), "motion " + motion.number() + " " + motion.kind() + ": " + status
                + " (members " + tally.members() + ", recused " + tally.recused() + ", present " + tally.present() + ", constituencies "
                + tally.constituencies() + ", for " + tally.votesFor() + ", against " + tally.votesAgainst() + ", abstentions "
                + tally.abstentions() + ")");
        if (status == MotionStatus.CARRIED) {
            decide(chairId, item, motion, app);
        }
        return motion(motionId);
    }

    private void decide(String chairId, DocketItem item, Motion motion, Application app) {
        String outcome = switch (motion.kind()) {
            case APPROVE_AS_DRAFTED, APPROVE_AMENDED -> BOARD_OUTCOME_APPROVED;
            case REJECT -> BOARD_OUTCOME_REJECTED;
            case SEND_BACK -> BOARD_OUTCOME_SENT_BACK;
        };
        if (!board.decideItem(item.id(), outcome, chairId, clock.instant())) {
            throw FundException.conflict(rules.text("board.error.decided"));
        }
        ApplicationStatus to;
        String event;
        if (motion.kind().approves()) {
            Money total = motion.total() != null ? motion.total() : item.total();
            List<DraftTranche> schedule = motion.schedule().isEmpty() ? item.schedule() : motion.schedule();
            board.insertApproval(app.id(), motion.id(), total, motion.conditions(), schedule, clock.instant());
            to = ApplicationStatus.APPROVED;
            event = "BOARD_APPROVED";
        } else if (motion.kind() == MotionKind.REJECT) {
            to = ApplicationStatus.REJECTED;
            event = "BOARD_REJECTED";
        } else {
            to = ApplicationStatus.SENT_BACK;
            event = "BOARD_SENT_BACK";
        }
        if (!applications.transition(app.id(), to, event, chairId, ApplicationStatus.READY_FOR_BOARD)) {
            throw FundException.conflict(rules.text("board.error.notWaiting"));
        }
        process.decided(app.id(), outcome);
    }

    /** A reason given with a vote or with attendance: stripped, null when blank, at most 2,000 characters. */
    private String optionalReason(String reason, String field) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 2000) {
            throw FundException.invalid(field, rules.text("board.error.reasonLength", 2000));
        }
        return why.isEmpty() ? null : why;
    }

    private DocketItem openItem(String itemId) {
        DocketItem item = board.item(itemId).filter(i -> i.status() != ItemStatus.REMOVED)
                .orElseThrow(() -> FundException.notFound("Docket item"));
        if (!item.isOpen()) {
            throw FundException.conflict(rules.text("board.error.decided"));
        }
        return item;
    }

    /**
     * The chair records attendance, opens motions and closes votes from the meeting's day on (UTC), never before: a
     * member's declaration of a conflict needs no such wait (they prepare from the packet).
     */
    private void requireMeetingDay(String meetingId) {
        BoardMeeting meeting = board.meeting(meetingId).orElseThrow(() -> FundException.notFound("Meeting"));
        if (meeting.isAhead(clock.instant())) {
            throw FundException.conflict(rules.text("board.error.beforeMeetingDay", meeting.day().toString()));
        }
    }

    private void requireWaiting(DocketItem item) {
        ApplicationStatus status = applications.get(item.applicationId()).status();
        if (status == ApplicationStatus.WITHDRAWN) {
            throw FundException.conflict(rules.text("board.error.withdrawn"));
        }
        if (status != ApplicationStatus.READY_FOR_BOARD) {
            throw FundException.conflict(rules.text("board.error.notWaiting"));
        }
    }

    private void requireMember(String personId) {
        if (members().stream().noneMatch(p -> p.id().equals(personId))) {
            throw FundException.conflict(rules.text("board.error.notMember"));
        }
    }

    private void requireChair(String personId) {
        if (!isChair(personId)) {
            throw FundException.conflict(rules.text("board.error.notChair"));
        }
    }
}
