package org.globalaifund.engine.board;

import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL;
import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL_TRANCHE;
import static org.globalaifund.engine.db.Tables.BOARD_ATTENDANCE;
import static org.globalaifund.engine.db.Tables.BOARD_ITEM;
import static org.globalaifund.engine.db.Tables.BOARD_ITEM_TRANCHE;
import static org.globalaifund.engine.db.Tables.BOARD_MEETING;
import static org.globalaifund.engine.db.Tables.BOARD_MOTION;
import static org.globalaifund.engine.db.Tables.BOARD_MOTION_TRANCHE;
import static org.globalaifund.engine.db.Tables.BOARD_RECUSAL;
import static org.globalaifund.engine.db.Tables.BOARD_REVISION;
import static org.globalaifund.engine.db.Tables.BOARD_REVISION_TRANCHE;
import static org.globalaifund.engine.db.Tables.BOARD_ROLL;
import static org.globalaifund.engine.db.Tables.BOARD_VOTE;
import static org.globalaifund.engine.db.Tables.REVIEW;

import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.db.tables.records.BoardItemRecord;
import org.globalaifund.engine.db.tables.records.BoardMotionRecord;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.Constituency;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The board's tables: meetings, docket items and their draft schedules, attendance, declared conflicts, motions with
 * their stated schedules, votes and rolls, revisions, and the approval the grant reads. Changes of state count the
 * rows they changed (from OPEN only), so a second request changes nothing; the rest is insert-only.
 */
@Repository
class BoardRepository {

    private final DSLContext dsl;

    BoardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    BoardMeeting insertMeeting(String reference, Instant startsAt, String place, String by, Instant now) {
        String id = UUID.randomUUID().toString();
        dsl.insertInto(BOARD_MEETING).set(BOARD_MEETING.ID, id).set(BOARD_MEETING.REFERENCE, reference).set(BOARD_MEETING.STARTS_AT, startsAt)
                .set(BOARD_MEETING.PLACE, place).set(BOARD_MEETING.CREATED_BY, by).set(BOARD_MEETING.CREATED_AT, now).execute();
        return meeting(id).orElseThrow();
    }

    Optional<BoardMeeting> meeting(String id) {
        return dsl.selectFrom(BOARD_MEETING).where(BOARD_MEETING.ID.eq(id)).fetchOptional(r -> new BoardMeeting(r.getId(), r.getReference(),
                r.getStartsAt(), r.getPlace(), r.getCreatedBy(), r.getCreatedAt()));
    }

    List<BoardMeeting> meetings() {
        return dsl.selectFrom(BOARD_MEETING).orderBy(BOARD_MEETING.STARTS_AT.desc(), BOARD_MEETING.REFERENCE)
                .fetch(r -> new BoardMeeting(r.getId(), r.getReference(), r.getStartsAt(), r.getPlace(), r.getCreatedBy(), r.getCreatedAt()));
    }

    /** Meetings starting after {@code from} and at the latest at {@code to}, soonest first. */
    List<BoardMeeting> meetingsStartingBetween(Instant from, Instant to) {
        return dsl.selectFrom(BOARD_MEETING).where(BOARD_MEETING.STARTS_AT.gt(from), BOARD_MEETING.STARTS_AT.le(to))
                .orderBy(BOARD_MEETING.STARTS_AT, BOARD_MEETING.ID)
                .fetch(r -> new BoardMeeting(r.getId(), r.getReference(), r.getStartsAt(), r.getPlace(), r.getCreatedBy(), r.getCreatedAt()));
    }

    /** How many items wait on the meeting's docket (open: neither removed nor decided). */
    int openItemCount(String meetingId) {
        return dsl.fetchCount(BOARD_ITEM, BOARD_ITEM.MEETING_ID.eq(meetingId), BOARD_ITEM.STATUS.eq(ItemStatus.OPEN.name()));
    }

    int meetingCount() {
        return dsl.fetchCount(BOARD_MEETING);
    }

    DocketItem insertItem(String meetingId, String applicationId, Money total, List<DraftTranche> schedule, String by, Instant now) {
        String id = UUID.randomUUID().toString();
        dsl.insertInto(BOARD_ITEM).set(BOARD_ITEM.ID, id).set(BOARD_ITEM.MEETING_ID, meetingId).set(BOARD_ITEM.APPLICATION_ID, applicationId)
                .set(BOARD_ITEM.OPEN_APPLICATION_ID, applicationId).set(BOARD_ITEM.STATUS, ItemStatus.OPEN.name())
                .set(BOARD_ITEM.CURRENCY, total.currency().getCurrencyCode()).set(BOARD_ITEM.TOTAL_MINOR, total.minor())
                .set(BOARD_ITEM.ADDED_BY, by).set(BOARD_ITEM.ADDED_AT, now).execute();
        for (DraftTranche t : schedule) {
            dsl.insertInto(BOARD_ITEM_TRANCHE).set(BOARD_ITEM_TRANCHE.ITEM_ID, id).set(BOARD_ITEM_TRANCHE.TRANCHE_NO, t.number())
                    .set(BOARD_ITEM_TRANCHE.AMOUNT_MINOR, t.amount().minor()).set(BOARD_ITEM_TRANCHE.CONDITION, t.condition())
                    .set(BOARD_ITEM_TRANCHE.PLANNED_MONTH, t.plannedMonth()).execute();
        }
        return item(id).orElseThrow();
    }

    Optional<DocketItem> item(String id) {
        return dsl.selectFrom(BOARD_ITEM).where(BOARD_ITEM.ID.eq(id)).fetchOptional(this::toItem);
    }

    List<DocketItem> items(String meetingId) {
        return dsl.selectFrom(BOARD_ITEM).where(BOARD_ITEM.MEETING_ID.eq(meetingId)).orderBy(BOARD_ITEM.ADDED_AT, BOARD_ITEM.ID).fetch(this::toItem);
    }

    /** The application's items on any docket, oldest first. */
    List<DocketItem> itemsOf(String applicationId) {
        return dsl.selectFrom(BOARD_ITEM).where(BOARD_ITEM.APPLICATION_ID.eq(applicationId)).orderBy(BOARD_ITEM.ADDED_AT, BOARD_ITEM.ID)
                .fetch(this::toItem);
    }

    Optional<DocketItem> openItemOf(String applicationId) {
        return dsl.selectFrom(BOARD_ITEM).where(BOARD_ITEM.OPEN_APPLICATION_ID.eq(applicationId)).fetchOptional(this::toItem);
    }

    /** Takes an open item without any motion off the docket; false when it is not open or a motion exists. */
    boolean removeItem(String id, String by, Instant now) {
        return dsl.update(BOARD_ITEM).set(BOARD_ITEM.STATUS, ItemStatus.REMOVED.name()).setNull(BOARD_ITEM.OPEN_APPLICATION_ID)
                .set(BOARD_ITEM.CLOSED_BY, by).set(BOARD_ITEM.CLOSED_AT, now)
                .where(BOARD_ITEM.ID.eq(id), BOARD_ITEM.STATUS.eq(ItemStatus.OPEN.name()),
                        DSL.notExists(DSL.selectOne().from(BOARD_MOTION).where(BOARD_MOTION.ITEM_ID.eq(id))))
                .execute() == 1;
    }

    /**
     * Moves an open item without any motion to another meeting's docket, its draft schedule with it (the schedule
     * hangs on the item); false when it is not open or a motion exists.
     */
    boolean moveItem(String id, String toMeetingId) {
        return dsl.update(BOARD_ITEM).set(BOARD_ITEM.MEETING_ID, toMeetingId)
                .where(BOARD_ITEM.ID.eq(id), BOARD_ITEM.STATUS.eq(ItemStatus.OPEN.name()),
                        DSL.notExists(DSL.selectOne().from(BOARD_MOTION).where(BOARD_MOTION.ITEM_ID.eq(id))))
                .execute() == 1;
    }

    boolean decideItem(String id, String outcome, String by, Instant now) {
        return dsl.update(BOARD_ITEM).set(BOARD_ITEM.STATUS, ItemStatus.DECIDED.name()).set(BOARD_ITEM.OUTCOME, outcome)
                .setNull(BOARD_ITEM.OPEN_APPLICATION_ID).set(BOARD_ITEM.CLOSED_BY, by).set(BOARD_ITEM.CLOSED_AT, now)
                .where(BOARD_ITEM.ID.eq(id), BOARD_ITEM.STATUS.eq(ItemStatus.OPEN.name())).execute() == 1;
    }

    void insertAttendance(String meetingId, String personId, boolean present, String reason, String by, Instant now) {
        dsl.insertInto(BOARD_ATTENDANCE).set(BOARD_ATTENDANCE.ID, UUID.randomUUID().toString()).set(BOARD_ATTENDANCE.MEETING_ID, meetingId)
                .set(BOARD_ATTENDANCE.PERSON_ID, personId).set(BOARD_ATTENDANCE.PRESENT, present).set(BOARD_ATTENDANCE.RECORDED_BY, by)
                .set(BOARD_ATTENDANCE.RECORDED_AT, now).set(BOARD_ATTENDANCE.REASON, reason).execute();
    }

    /** Each member's latest attendance record at the meeting. */
    Map<String, Attendance> attendance(String meetingId) {
        Map<String, Attendance> latest = new LinkedHashMap<>();
        dsl.selectFrom(BOARD_ATTENDANCE).where(BOARD_ATTENDANCE.MEETING_ID.eq(meetingId))
                .orderBy(BOARD_ATTENDANCE.RECORDED_AT, BOARD_ATTENDANCE.ID)
                .forEach(r -> latest.put(r.getPersonId(), new Attendance(meetingId, r.getPersonId(), r.getPresent(), r.getRecordedAt(),
                        r.getRecordedBy(), r.getReason())));
        return latest;
    }

    /** Records a declaration once; false when the member had declared one already. */
    boolean insertRecusal(String itemId, String personId, String reason, Instant now) {
        return dsl.insertInto(BOARD_RECUSAL).set(BOARD_RECUSAL.ITEM_ID, itemId).set(BOARD_RECUSAL.PERSON_ID, personId)
                .set(BOARD_RECUSAL.REASON, reason).set(BOARD_RECUSAL.DECLARED_AT, now).onDuplicateKeyIgnore().execute() == 1;
    }

    Map<String, String> recusals(String itemId) {
        Map<String, String> reasons = new LinkedHashMap<>();
        dsl.selectFrom(BOARD_RECUSAL).where(BOARD_RECUSAL.ITEM_ID.eq(itemId)).orderBy(BOARD_RECUSAL.DECLARED_AT)
                .forEach(r -> reasons.put(r.getPersonId(), r.getReason()));
        return reasons;
    }

    /** What the reviews came to (fund.review_result), for the board's pages. */
    Optional<ReviewSummary> reviewSummary(String applicationId) {
        return dsl.selectFrom(org.globalaifund.engine.db.Tables.REVIEW_RESULT)
                .where(org.globalaifund.engine.db.Tables.REVIEW_RESULT.APPLICATION_ID.eq(applicationId))
                .fetchOptional(r -> new ReviewSummary(r.getReviewCount(), r.getMeanScore(), r.getRecommendation()));
    }

    /** How many reviews, their mean total and the recommendation band. */
    public record ReviewSummary(int count, java.math.BigDecimal mean, String recommendation) {}

    /** Everyone who has a review row for the application, whatever its status. */
    Set<String> reviewersOf(String applicationId) {
        return Set.copyOf(dsl.selectDistinct(REVIEW.REVIEWER_ID).from(REVIEW).where(REVIEW.APPLICATION_ID.eq(applicationId))
                .fetch(REVIEW.REVIEWER_ID));
    }

    Motion insertMotion(String itemId, MotionKind kind, Money total, List<DraftTranche> schedule, String conditions, String reason, String by,
            Instant now) {
        String id = UUID.randomUUID().toString();
        int number = dsl.select(DSL.coalesce(DSL.max(BOARD_MOTION.MOTION_NO), 0)).from(BOARD_MOTION).where(BOARD_MOTION.ITEM_ID.eq(itemId))
                .fetchOne(0, Integer.class) + 1;
        dsl.insertInto(BOARD_MOTION).set(BOARD_MOTION.ID, id).set(BOARD_MOTION.ITEM_ID, itemId).set(BOARD_MOTION.OPEN_ITEM_ID, itemId)
                .set(BOARD_MOTION.MOTION_NO, number).set(BOARD_MOTION.KIND, kind.name())
                .set(BOARD_MOTION.TOTAL_MINOR, total == null ? null : total.minor()).set(BOARD_MOTION.CONDITIONS, conditions)
                .set(BOARD_MOTION.REASON, reason).set(BOARD_MOTION.OPENED_BY, by).set(BOARD_MOTION.OPENED_AT, now)
                .set(BOARD_MOTION.STATUS, MotionStatus.OPEN.name()).execute();
        for (DraftTranche t : schedule) {
            dsl.insertInto(BOARD_MOTION_TRANCHE).set(BOARD_MOTION_TRANCHE.MOTION_ID, id).set(BOARD_MOTION_TRANCHE.TRANCHE_NO, t.number())
                    .set(BOARD_MOTION_TRANCHE.AMOUNT_MINOR, t.amount().minor()).set(BOARD_MOTION_TRANCHE.CONDITION, t.condition())
                    .set(BOARD_MOTION_TRANCHE.PLANNED_MONTH, t.plannedMonth()).execute();
        }
        return motion(id).orElseThrow();
    }

    Optional<Motion> motion(String id) {
        return dsl.selectFrom(BOARD_MOTION).where(BOARD_MOTION.ID.eq(id)).fetchOptional(this::toMotion);
    }

    List<Motion> motions(String itemId) {
        return dsl.selectFrom(BOARD_MOTION).where(BOARD_MOTION.ITEM_ID.eq(itemId)).orderBy(BOARD_MOTION.MOTION_NO).fetch(this::toMotion);
    }

    void insertVote(String motionId, String personId, VoteChoice choice, String reason, Instant now) {
        dsl.insertInto(BOARD_VOTE).set(BOARD_VOTE.ID, UUID.randomUUID().toString()).set(BOARD_VOTE.MOTION_ID, motionId)
                .set(BOARD_VOTE.PERSON_ID, personId).set(BOARD_VOTE.CHOICE, choice.name()).set(BOARD_VOTE.CAST_AT, now)
                .set(BOARD_VOTE.REASON, reason).execute();
    }

    /** Every vote cast on the motion, oldest first (a member's latest counts). */
    List<BoardVote> votes(String motionId) {
        return dsl.selectFrom(BOARD_VOTE).where(BOARD_VOTE.MOTION_ID.eq(motionId)).orderBy(BOARD_VOTE.CAST_AT, BOARD_VOTE.ID)
                .fetch(r -> new BoardVote(r.getMotionId(), r.getPersonId(), VoteChoice.valueOf(r.getChoice()), r.getCastAt(), r.getReason()));
    }

    /** Closes an open motion with its tally; false when it was closed already. */
    boolean closeMotion(String id, MotionStatus status, BoardQuorum.Tally tally, String by, Instant now) {
        return dsl.update(BOARD_MOTION).set(BOARD_MOTION.STATUS, status.name()).setNull(BOARD_MOTION.OPEN_ITEM_ID)
                .set(BOARD_MOTION.CLOSED_BY, by).set(BOARD_MOTION.CLOSED_AT, now)
                .set(BOARD_MOTION.MEMBERS, tally.members()).set(BOARD_MOTION.RECUSED, tally.recused()).set(BOARD_MOTION.PRESENT, tally.present())
                .set(BOARD_MOTION.CONSTITUENCIES, tally.constituencies()).set(BOARD_MOTION.VOTES_FOR, tally.votesFor())
                .set(BOARD_MOTION.VOTES_AGAINST, tally.votesAgainst()).set(BOARD_MOTION.ABSTENTIONS, tally.abstentions())
                .where(BOARD_MOTION.ID.eq(id), BOARD_MOTION.STATUS.eq(MotionStatus.OPEN.name())).execute() == 1;
    }

    void insertRoll(String motionId, List<RollEntry> roll) {
        for (RollEntry e : roll) {
            dsl.insertInto(BOARD_ROLL).set(BOARD_ROLL.MOTION_ID, motionId).set(BOARD_ROLL.PERSON_ID, e.personId())
                    .set(BOARD_ROLL.CONSTITUENCY, e.constituency().name()).set(BOARD_ROLL.PRESENT, e.present())
                    .set(BOARD_ROLL.RECUSED_REASON, e.recusedReason()).set(BOARD_ROLL.CHOICE, e.choice() == null ? null : e.choice().name())
                    .set(BOARD_ROLL.VOTE_REASON, e.voteReason()).execute();
        }
    }

    List<RollEntry> roll(String motionId) {
        return dsl.selectFrom(BOARD_ROLL).where(BOARD_ROLL.MOTION_ID.eq(motionId)).orderBy(BOARD_ROLL.CONSTITUENCY, BOARD_ROLL.PERSON_ID)
                .fetch(r -> new RollEntry(r.getPersonId(), Constituency.valueOf(r.getConstituency()), r.getPresent(), r.getRecusedReason(),
                        r.getChoice() == null ? null : VoteChoice.valueOf(r.getChoice()), r.getVoteReason()));
    }

    /** The board's approved terms, written once (the grant reads them). */
    void insertApproval(String applicationId, String motionId, Money total, String conditions, List<DraftTranche> schedule, Instant now) {
        dsl.insertInto(BOARD_APPROVAL).set(BOARD_APPROVAL.APPLICATION_ID, applicationId).set(BOARD_APPROVAL.MOTION_ID, motionId)
                .set(BOARD_APPROVAL.CURRENCY, total.currency().getCurrencyCode()).set(BOARD_APPROVAL.TOTAL_MINOR, total.minor())
                .set(BOARD_APPROVAL.CONDITIONS, conditions).set(BOARD_APPROVAL.APPROVED_AT, now).execute();
        for (DraftTranche t : schedule) {
            dsl.insertInto(BOARD_APPROVAL_TRANCHE).set(BOARD_APPROVAL_TRANCHE.APPLICATION_ID, applicationId)
                    .set(BOARD_APPROVAL_TRANCHE.TRANCHE_NO, t.number()).set(BOARD_APPROVAL_TRANCHE.AMOUNT_MINOR, t.amount().minor())
                    .set(BOARD_APPROVAL_TRANCHE.CONDITION, t.condition()).set(BOARD_APPROVAL_TRANCHE.PLANNED_MONTH, t.plannedMonth()).execute();
        }
    }

    /** The approval's total and schedule, when the board approved the application. */
    Optional<BoardApproval> approval(String applicationId) {
        var row = dsl.selectFrom(BOARD_APPROVAL).where(BOARD_APPROVAL.APPLICATION_ID.eq(applicationId)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Currency currency = Money.currency(row.getCurrency());
        List<DraftTranche> schedule = dsl.selectFrom(BOARD_APPROVAL_TRANCHE).where(BOARD_APPROVAL_TRANCHE.APPLICATION_ID.eq(applicationId))
                .orderBy(BOARD_APPROVAL_TRANCHE.TRANCHE_NO).fetch(t -> new DraftTranche(t.getTrancheNo(), new Money(t.getAmountMinor(), currency),
                        t.getCondition(), t.getPlannedMonth()));
        return Optional.of(new BoardApproval(applicationId, row.getMotionId(), new Money(row.getTotalMinor(), currency), row.getConditions(),
                schedule, row.getApprovedAt()));
    }

    void insertRevision(String applicationId, String note, Money total, List<DraftTranche> schedule, String by, Instant now) {
        String id = UUID.randomUUID().toString();
        dsl.insertInto(BOARD_REVISION).set(BOARD_REVISION.ID, id).set(BOARD_REVISION.APPLICATION_ID, applicationId).set(BOARD_REVISION.NOTE, note)
                .set(BOARD_REVISION.CURRENCY, total.currency().getCurrencyCode()).set(BOARD_REVISION.TOTAL_MINOR, total.minor())
                .set(BOARD_REVISION.REVISED_BY, by).set(BOARD_REVISION.REVISED_AT, now).execute();
        for (DraftTranche t : schedule) {
            dsl.insertInto(BOARD_REVISION_TRANCHE).set(BOARD_REVISION_TRANCHE.REVISION_ID, id).set(BOARD_REVISION_TRANCHE.TRANCHE_NO, t.number())
                    .set(BOARD_REVISION_TRANCHE.AMOUNT_MINOR, t.amount().minor()).set(BOARD_REVISION_TRANCHE.CONDITION, t.condition())
                    .set(BOARD_REVISION_TRANCHE.PLANNED_MONTH, t.plannedMonth()).execute();
        }
    }

    /** The latest revision's schedule and note, as (note, schedule). */
    Optional<Revision> latestRevision(String applicationId) {
        var row = dsl.selectFrom(BOARD_REVISION).where(BOARD_REVISION.APPLICATION_ID.eq(applicationId))
                .orderBy(BOARD_REVISION.REVISED_AT.desc(), BOARD_REVISION.ID).limit(1).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Currency currency = Money.currency(row.getCurrency());
        List<DraftTranche> schedule = dsl.selectFrom(BOARD_REVISION_TRANCHE).where(BOARD_REVISION_TRANCHE.REVISION_ID.eq(row.getId()))
                .orderBy(BOARD_REVISION_TRANCHE.TRANCHE_NO).fetch(t -> new DraftTranche(t.getTrancheNo(), new Money(t.getAmountMinor(), currency),
                        t.getCondition(), t.getPlannedMonth()));
        return Optional.of(new Revision(row.getApplicationId(), row.getNote(), new Money(row.getTotalMinor(), currency), schedule,
                row.getRevisedBy(), row.getRevisedAt()));
    }

    /** What ADMIN revised after a send-back. */
    record Revision(String applicationId, String note, Money total, List<DraftTranche> schedule, String revisedBy, Instant revisedAt) {}

    private DocketItem toItem(BoardItemRecord r) {
        Currency currency = Money.currency(r.getCurrency());
        List<DraftTranche> schedule = dsl.selectFrom(BOARD_ITEM_TRANCHE).where(BOARD_ITEM_TRANCHE.ITEM_ID.eq(r.getId()))
                .orderBy(BOARD_ITEM_TRANCHE.TRANCHE_NO).fetch(t -> new DraftTranche(t.getTrancheNo(), new Money(t.getAmountMinor(), currency),
                        t.getCondition(), t.getPlannedMonth()));
        return new DocketItem(r.getId(), r.getMeetingId(), r.getApplicationId(), ItemStatus.valueOf(r.getStatus()), r.getOutcome(),
                new Money(r.getTotalMinor(), currency), schedule, r.getAddedBy(), r.getAddedAt(), r.getClosedAt());
    }

    private Motion toMotion(BoardMotionRecord r) {
        DocketItem item = item(r.getItemId()).orElseThrow();
        Currency currency = item.total().currency();
        List<DraftTranche> schedule = dsl.selectFrom(BOARD_MOTION_TRANCHE).where(BOARD_MOTION_TRANCHE.MOTION_ID.eq(r.getId()))
                .orderBy(BOARD_MOTION_TRANCHE.TRANCHE_NO).fetch(t -> new DraftTranche(t.getTrancheNo(), new Money(t.getAmountMinor(), currency),
                        t.getCondition(), t.getPlannedMonth()));
        MotionStatus status = MotionStatus.valueOf(r.getStatus());
        BoardQuorum.Tally tally = status.isOpen() || r.getMembers() == null ? null : new BoardQuorum.Tally(r.getMembers(), r.getRecused(),
                r.getPresent(), r.getConstituencies(), r.getVotesFor(), r.getVotesAgainst(), r.getAbstentions(),
                status == MotionStatus.CARRIED || status == MotionStatus.FAILED,
                status == MotionStatus.CARRIED ? BoardQuorum.Outcome.CARRIED : status == MotionStatus.FAILED ? BoardQuorum.Outcome.FAILED
                        : BoardQuorum.Outcome.NO_QUORUM);
        return new Motion(r.getId(), r.getItemId(), r.getMotionNo(), MotionKind.valueOf(r.getKind()),
                r.getTotalMinor() == null ? null : new Money(r.getTotalMinor(), currency), schedule, r.getConditions(), r.getReason(),
                r.getOpenedBy(), r.getOpenedAt(), status, r.getClosedBy(), r.getClosedAt(), tally);
    }
}
