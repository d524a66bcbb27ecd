package org.globalaifund.engine.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.BOARD_ATTENDANCE;
import static org.globalaifund.engine.db.Tables.BOARD_ITEM;
import static org.globalaifund.engine.db.Tables.BOARD_MOTION;
import static org.globalaifund.engine.db.Tables.BOARD_RECUSAL;
import static org.globalaifund.engine.people.Constituency.CIVIL_SOCIETY;
import static org.globalaifund.engine.people.Constituency.GOVERNMENTS;
import static org.globalaifund.engine.people.Constituency.PHILANTHROPY;
import static org.globalaifund.engine.people.Constituency.PRIVATE_SECTOR;
import static org.globalaifund.engine.people.Constituency.UN_AGENCIES;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Meetings as the board holds them: the chair records attendance, opens motions and closes votes from the meeting's
 * day on (UTC) while members may declare conflicts before it; ADMIN moves an item without a motion to a meeting still
 * to come, with its draft schedule, and nothing is written when that is refused.
 */
@FundEngineTest
class BoardMeetingsTest {

    @Autowired BoardFixtures fx;
    @Autowired BoardDocket docket;
    @Autowired BoardVoting voting;
    @Autowired AuditTrail audit;
    @Autowired DSLContext dsl;
    @Autowired MessageSource messages;

    Person admin;
    List<Person> board;
    Person chair;
    Application app;

    @BeforeEach
    void aReviewedApplicationAndABoard() {
        admin = fx.person(Role.ADMIN);
        board = fx.board(admin, GOVERNMENTS, PRIVATE_SECTOR, PHILANTHROPY, CIVIL_SOCIETY, UN_AGENCIES);
        chair = board.get(0);
        app = fx.ready(fx.person(Role.APPLICANT), admin, fx.person(Role.REVIEWER), fx.person(Role.REVIEWER));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void beforeTheMeetingsDayTheChairRecordsNothingButMembersMayDeclareAConflict() {
        BoardMeeting tomorrow = fx.meeting(admin, fx.today().plusDays(1));
        DocketItem item = fx.onDocket(admin, app, tomorrow);
        String day = tomorrow.day().toString();

        assertRefused(() -> voting.recordAttendance(chair.id(), tomorrow.id(), board.get(1).id(), true), "beforeMeetingDay", day);
        assertRefused(() -> voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null),
                "beforeMeetingDay", day);
        assertThat(dsl.fetchCount(BOARD_ATTENDANCE, BOARD_ATTENDANCE.MEETING_ID.eq(tomorrow.id()))).isZero();
        assertThat(dsl.fetchCount(BOARD_MOTION, BOARD_MOTION.ITEM_ID.eq(item.id()))).isZero();

        voting.declareConflict(board.get(4).id(), item.id(), "I advise the applicant's university.");
        assertThat(dsl.fetchCount(BOARD_RECUSAL, BOARD_RECUSAL.ITEM_ID.eq(item.id()))).isOne();
    }

    @Test
    void onTheMeetingsDayTheChairActsFromMidnightUtcWhateverTheMeetingsHour() {
        BoardMeeting tomorrow = docket.createMeeting(admin.id(), fx.today().plusDays(1) + "T18:00", "Online");
        DocketItem item = fx.onDocket(admin, app, tomorrow);
        ClockUtil.setCurrentTime(Date.from(tomorrow.day().atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1)));
        assertRefused(() -> voting.recordAttendance(chair.id(), tomorrow.id(), chair.id(), true), "beforeMeetingDay", tomorrow.day().toString());

        ClockUtil.setCurrentTime(Date.from(tomorrow.day().atStartOfDay().toInstant(ZoneOffset.UTC)));
        fx.present(chair, item, board.subList(0, 3));
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.REJECT, null, null, null, null);
        board.subList(0, 3).forEach(m -> voting.vote(m.id(), motion.id(), VoteChoice.AGAINST));

        assertThat(voting.close(chair.id(), motion.id()).status()).isEqualTo(MotionStatus.FAILED);
        assertThat(voting.attendance(tomorrow.id())).hasSize(3);
    }

    @Test
    void adminMovesAnItemToALaterMeetingWithItsDraftScheduleAndTheMoveIsOnTheAuditTrail() {
        BoardMeeting first = fx.meeting(admin, fx.today());
        BoardMeeting later = fx.meeting(admin, fx.today().plusDays(14));
        DocketItem item = docket.addItem(admin.id(), first.id(), app.id(), BoardFixtures.rows("8000.00", "On signature", "0",
                "4000.00", "After the first report", "6"));
        voting.declareConflict(board.get(4).id(), item.id(), "I advise the applicant's university.");

        DocketItem moved = docket.moveItem(admin.id(), item.id(), later.id());

        assertThat(moved.meetingId()).isEqualTo(later.id());
        assertThat(moved.isOpen()).isTrue();
        assertThat(moved.schedule()).extracting(t -> t.amount().amount(), DraftTranche::condition, DraftTranche::plannedMonth)
                .containsExactlyElementsOf(item.schedule().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.amount().amount(),
                        t.condition(), t.plannedMonth())).toList());
        assertThat(docket.items(first.id())).isEmpty();
        assertThat(docket.items(later.id())).extracting(DocketItem::id).containsExactly(item.id());
        assertThat(voting.exclusions(moved)).containsKey(board.get(4).id());
        assertThat(audit.forSubject("APPLICATION", app.id())).anySatisfy(e -> {
            assertThat(e.getEventType()).isEqualTo("BOARD_ITEM_MOVED");
            assertThat(e.getActorId()).isEqualTo(admin.id());
            assertThat(e.getDetail()).contains(first.reference(), later.reference());
        });
    }

    @Test
    void anItemMovesOnlyBeforeAnyMotionToAnotherMeetingStillToComeAndARefusalWritesNothing() {
        BoardMeeting today = fx.meeting(admin, fx.today());
        BoardMeeting yesterday = fx.meeting(admin, fx.today().minusDays(1));
        BoardMeeting later = fx.meeting(admin, fx.today().plusDays(7));
        DocketItem item = fx.onDocket(admin, app, today);

        assertRefused(() -> docket.moveItem(admin.id(), item.id(), today.id()), "sameMeeting");
        assertRefused(() -> docket.moveItem(admin.id(), item.id(), yesterday.id()), "meetingPast", yesterday.reference());
        assertRefused(() -> docket.moveItem(admin.id(), item.id(), "no-such-meeting"), "moveTarget");
        assertThat(docket.moveTargets(today.id())).extracting(BoardMeeting::id).contains(later.id()).doesNotContain(today.id(), yesterday.id());
        fx.present(chair, item, board);
        voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        assertRefused(() -> docket.moveItem(admin.id(), item.id(), later.id()), "notMovable");

        assertThat(dsl.fetchValue(BOARD_ITEM.MEETING_ID, BOARD_ITEM.ID.eq(item.id()))).isEqualTo(today.id());
        assertThat(audit.forSubject("APPLICATION", app.id())).noneMatch(e -> e.getEventType().equals("BOARD_ITEM_MOVED"));
    }

    @Test
    void aMeetingIsAheadBeforeItsDayAndPastAfterIt() {
        BoardMeeting meeting = new BoardMeeting("m", "BM-20300310-TEST", LocalDate.of(2030, 3, 10).atTime(23, 30).toInstant(ZoneOffset.UTC),
                "Online", admin.id(), fx.clock.instant());
        assertThat(meeting.isAhead(LocalDate.of(2030, 3, 9).atTime(23, 59).toInstant(ZoneOffset.UTC))).isTrue();
        assertThat(meeting.isAhead(LocalDate.of(2030, 3, 10).atTime(0, 0).toInstant(ZoneOffset.UTC))).isFalse();
        assertThat(meeting.isPast(LocalDate.of(2030, 3, 10).atTime(23, 59).toInstant(ZoneOffset.UTC))).isFalse();
        assertThat(meeting.isPast(LocalDate.of(2030, 3, 11).atTime(0, 0).toInstant(ZoneOffset.UTC))).isTrue();
    }

    private void assertRefused(Runnable action, String key, Object... args) {
        assertThatThrownBy(action::run).isInstanceOf(FundException.class)
                .satisfies(e -> assertThat(((FundException) e).type()).isIn(ProblemType.STATE_CONFLICT, ProblemType.INVALID_INPUT))
                .hasMessage(messages.getMessage("board.error." + key, args, LocaleContextHolder.getLocale()));
    }
}
