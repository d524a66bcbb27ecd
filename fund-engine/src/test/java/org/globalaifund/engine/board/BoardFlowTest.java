package org.globalaifund.engine.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.board.BoardFixtures.rows;
import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL;
import static org.globalaifund.engine.db.Tables.BOARD_APPROVAL_TRANCHE;
import static org.globalaifund.engine.db.Tables.BOARD_ATTENDANCE;
import static org.globalaifund.engine.db.Tables.BOARD_MOTION;
import static org.globalaifund.engine.db.Tables.BOARD_ROLL;
import static org.globalaifund.engine.db.Tables.BOARD_VOTE;
import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;
import static org.globalaifund.engine.people.Constituency.CIVIL_SOCIETY;
import static org.globalaifund.engine.people.Constituency.GOVERNMENTS;
import static org.globalaifund.engine.people.Constituency.PHILANTHROPY;
import static org.globalaifund.engine.people.Constituency.PRIVATE_SECTOR;
import static org.globalaifund.engine.people.Constituency.UN_AGENCIES;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationEvent;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.jooq.exception.DataAccessException;

/**
 * The board's decision run from the application through the services, with the job executor off: the docket, the
 * chair's attendance and motions, members' conflicts and votes, the quorum at the close, and what a carried motion
 * tells the BoardDecision process (approve as drafted or amended, reject, send back and revise), and what never
 * happens: votes after the close, votes by the applicant, a reviewer or a recused member, a vote on a withdrawn item.
 */
@FundEngineTest
class BoardFlowTest {

    @Autowired BoardFixtures fx;
    @Autowired BoardDocket docket;
    @Autowired BoardVoting voting;
    @Autowired BoardRevision revision;
    @Autowired BoardLifecycle lifecycle;
    @Autowired ApplicationService applications;
    @Autowired RuntimeService runtime;
    @Autowired DSLContext dsl;
    @Autowired MessageSource messages;

    Person admin;
    Person applicant;
    Person firstReviewer;
    Person secondReviewer;
    List<Person> board;
    Person chair;

    @BeforeEach
    void fundAndBoard() {
        admin = fx.person(Role.ADMIN);
        applicant = fx.person(Role.APPLICANT);
        firstReviewer = fx.person(Role.REVIEWER);
        secondReviewer = fx.person(Role.REVIEWER);
        board = fx.board(admin, GOVERNMENTS, PRIVATE_SECTOR, PHILANTHROPY, CIVIL_SOCIETY, UN_AGENCIES);
        chair = board.get(0);
    }

    @Test
    void shouldApproveAsDraftedWhenTheBoardReachesQuorum() {
        Application app = ready();
        assertThat(status(app)).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        DocketItem item = fx.onDocket(admin, app);
        assertThat(item.total().amount()).isEqualTo("12000.00");
        fx.present(chair, item, board);

        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        vote(motion, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN);
        Motion closed = voting.close(chair.id(), motion.id());

        assertThat(closed.status()).isEqualTo(MotionStatus.CARRIED);
        assertThat(closed.tally()).extracting(BoardQuorum.Tally::members, BoardQuorum.Tally::present, BoardQuorum.Tally::votesFor,
                BoardQuorum.Tally::votesAgainst, BoardQuorum.Tally::abstentions).containsExactly(5, 5, 3, 1, 1);
        assertThat(status(app)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(kinds(app)).endsWith("READY_FOR_BOARD", "BOARD_APPROVED");
        BoardApproval approval = voting.approval(app.id()).orElseThrow();
        assertThat(approval.total().amount()).isEqualTo("12000.00");
        assertThat(approval.motionId()).isEqualTo(motion.id());
        assertThat(approval.schedule()).extracting(t -> t.amount().amount(), DraftTranche::plannedMonth).containsExactly(
                org.assertj.core.groups.Tuple.tuple("12000.00", 0));
        assertThat(docket.item(item.id()).status()).isEqualTo(ItemStatus.DECIDED);
        assertThat(running(app, ProcessNames.PROCESS_BOARD_DECISION)).isZero();
        assertThat(running(app, ProcessNames.PROCESS_GRANT_AGREEMENT)).isOne();
        assertThat(voting.roll(motion.id())).hasSize(5).allMatch(RollEntry::present);
    }

    @Test
    void reasonsGivenWithAttendanceAndVotesAreKeptAndTheCountedOnesGoOnTheRoll() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        voting.recordAttendance(chair.id(), item.meetingId(), board.get(4).id(), false, "  Apologies: travelling to Addis Ababa.  ");
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        voting.vote(board.get(1).id(), motion.id(), VoteChoice.AGAINST, "The budget first.");
        voting.vote(board.get(1).id(), motion.id(), VoteChoice.FOR, "Convinced by the node's letter of support.");
        voting.vote(board.get(2).id(), motion.id(), VoteChoice.ABSTAIN, " ");
        voting.vote(chair.id(), motion.id(), VoteChoice.FOR);
        assertRefused(() -> voting.vote(board.get(3).id(), motion.id(), VoteChoice.FOR, "x".repeat(2001)), "reasonLength", 2000);

        voting.close(chair.id(), motion.id());

        assertThat(voting.attendance(item.meetingId()).get(board.get(4).id()).reason()).isEqualTo("Apologies: travelling to Addis Ababa.");
        assertThat(voting.voteHistory(motion.id())).extracting(BoardVote::reason)
                .containsExactlyInAnyOrder("The budget first.", "Convinced by the node's letter of support.", null, null);
        assertThat(voting.roll(motion.id())).filteredOn(e -> e.personId().equals(board.get(1).id())).singleElement()
                .satisfies(e -> assertThat(e.voteReason()).isEqualTo("Convinced by the node's letter of support."));
        assertThat(voting.roll(motion.id())).filteredOn(e -> e.personId().equals(board.get(4).id())).singleElement()
                .satisfies(e -> assertThat(e.present()).isFalse());
    }

    @Test
    void shouldApproveWithTheAmendedTotalScheduleAndConditions() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);

        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AMENDED, "10000.00",
                rows("6000.00", "On signature", "0", "4000.00", "After the first verified report", "6"), "Publish the models openly.", null);
        vote(motion, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR);
        voting.close(chair.id(), motion.id());

        BoardApproval approval = voting.approval(app.id()).orElseThrow();
        assertThat(approval.total().amount()).isEqualTo("10000.00");
        assertThat(approval.conditions()).isEqualTo("Publish the models openly.");
        assertThat(approval.schedule()).extracting(t -> t.amount().amount(), DraftTranche::condition, DraftTranche::plannedMonth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6000.00", "On signature", 0),
                        org.assertj.core.groups.Tuple.tuple("4000.00", "After the first verified report", 6));
        assertThat(dsl.fetchCount(BOARD_APPROVAL_TRANCHE, BOARD_APPROVAL_TRANCHE.APPLICATION_ID.eq(app.id()))).isEqualTo(2);
        assertThat(status(app)).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void shouldRejectAndEmailTheApplicantOnce() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.REJECT, null, null, null, null);
        vote(motion, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.AGAINST);

        voting.close(chair.id(), motion.id());
        fx.runBoardJobs(app.id());
        lifecycle.notifyRejection(app.id());

        assertThat(status(app)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(kinds(app)).endsWith("BOARD_REJECTED").containsOnlyOnce("BOARD_REJECTED");
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.DEDUP_KEY.eq("application:" + app.id() + ":board-rejected"))).isOne();
        assertThat(voting.approval(app.id())).isEmpty();
        assertThat(running(app, ProcessNames.PROCESS_BOARD_DECISION)).isZero();
    }

    @Test
    void shouldSendBackThenTakeTheRevisionToASecondVote() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        Motion sendBack = voting.openMotion(chair.id(), item.id(), MotionKind.SEND_BACK, null, null, null, "Split the budget in two tranches.");
        vote(sendBack, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.ABSTAIN, VoteChoice.ABSTAIN);
        voting.close(chair.id(), sendBack.id());
        fx.runBoardJobs(app.id());

        assertThat(status(app)).isEqualTo(ApplicationStatus.SENT_BACK);
        BoardRevision.RevisionTask task = revision.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).findFirst().orElseThrow();
        assertThat(revision.sentBackBy(app.id())).map(Motion::reason).contains("Split the budget in two tranches.");
        revision.revise(task.taskId(), admin.id(), "Two tranches, the second after the first report.",
                rows("7000.00", "On acceptance", "0", "5000.00", "After the first report", "6"));
        fx.runBoardJobs(app.id());

        assertThat(status(app)).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        assertThat(kinds(app)).endsWith("BOARD_SENT_BACK", "REVISED_FOR_BOARD", "READY_FOR_BOARD");
        assertThat(docket.proposedRows(app.id())).extracting(BoardRules.TrancheRow::amount).containsExactly("7000.00", "5000.00");

        DocketItem again = fx.onDocket(admin, app);
        fx.present(chair, again, board);
        Motion approve = voting.openMotion(chair.id(), again.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        vote(approve, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST);
        voting.close(chair.id(), approve.id());

        assertThat(status(app)).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(voting.approval(app.id()).orElseThrow().schedule()).hasSize(2);
    }

    @Test
    void aTiedMotionFailsAndLeavesTheItemOpenForAnAmendment() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board.subList(0, 4));
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        vote(motion, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.AGAINST);

        assertThat(voting.close(chair.id(), motion.id()).status()).isEqualTo(MotionStatus.FAILED);
        assertThat(docket.item(item.id()).isOpen()).isTrue();
        assertThat(status(app)).isEqualTo(ApplicationStatus.READY_FOR_BOARD);

        Motion amended = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AMENDED, "9000.00", rows("9000.00", "On acceptance", "0"),
                null, null);
        assertThat(amended.number()).isEqualTo(2);
        vote(amended, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST);
        assertThat(voting.close(chair.id(), amended.id()).status()).isEqualTo(MotionStatus.CARRIED);
        assertThat(voting.approval(app.id()).orElseThrow().total().amount()).isEqualTo("9000.00");
    }

    @Test
    void withoutQuorumTheMotionIsNotDecided() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board.subList(0, 2));
        voting.recordAttendance(chair.id(), item.meetingId(), board.get(2).id(), false);
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        vote(motion, VoteChoice.FOR, VoteChoice.FOR);

        Motion closed = voting.close(chair.id(), motion.id());

        assertThat(closed.status()).isEqualTo(MotionStatus.NO_QUORUM);
        assertThat(closed.tally().present()).isEqualTo(2);
        assertThat(status(app)).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        assertThat(docket.item(item.id()).isOpen()).isTrue();
        assertThat(voting.approval(app.id())).isEmpty();
        assertThat(running(app, ProcessNames.PROCESS_BOARD_DECISION)).isOne();
    }

    @Test
    void aRecusedMemberCannotVoteAndLeavesTheBase() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        Person conflicted = board.get(4);
        voting.declareConflict(conflicted.id(), item.id(), "I advise the Nairobi Data Lab.");
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);

        assertRefused(() -> voting.vote(conflicted.id(), motion.id(), VoteChoice.FOR), "recused");
        assertThatThrownBy(() -> voting.declareConflict(conflicted.id(), item.id(), "again")).isInstanceOf(FundException.class);
        vote(motion, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST);
        Motion closed = voting.close(chair.id(), motion.id());

        assertThat(closed.tally().recused()).isOne();
        assertThat(closed.tally().base()).isEqualTo(4);
        assertThat(votes(motion)).isEqualTo(4);
        assertThat(voting.roll(motion.id())).filteredOn(e -> e.personId().equals(conflicted.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.recusedReason()).isEqualTo("I advise the Nairobi Data Lab.");
                    assertThat(e.choice()).isNull();
                });
    }

    @Test
    void theApplicantAndAReviewerOnTheBoardAreExcludedWhateverTheirRoles() {
        Person applicantMember = fx.person(Role.APPLICANT);
        Person reviewerMember = fx.person(Role.REVIEWER);
        Application app = fx.ready(applicantMember, admin, reviewerMember, secondReviewer);
        fx.seat(admin, applicantMember, GOVERNMENTS, false);
        fx.seat(admin, reviewerMember, CIVIL_SOCIETY, false);
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, List.of(chair, applicantMember, reviewerMember, board.get(1), board.get(2), board.get(3)));
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);

        assertRefused(() -> voting.vote(applicantMember.id(), motion.id(), VoteChoice.FOR), "recused");
        assertRefused(() -> voting.vote(reviewerMember.id(), motion.id(), VoteChoice.FOR), "recused");
        assertThat(voting.exclusions(item)).containsKeys(applicantMember.id(), reviewerMember.id(), secondReviewer.id());
        vote(motion, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR);
        Motion closed = voting.close(chair.id(), motion.id());

        assertThat(closed.tally().members()).isEqualTo(7);
        assertThat(closed.tally().recused()).isEqualTo(2);
        assertThat(closed.status()).isEqualTo(MotionStatus.CARRIED);
        assertThat(voting.roll(motion.id())).filteredOn(e -> e.recusedReason() != null).extracting(RollEntry::personId)
                .containsExactlyInAnyOrder(applicantMember.id(), reviewerMember.id());
    }

    @Test
    void aMemberMayChangeTheirVoteUntilTheCloseAndNothingChangesAfterIt() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.REJECT, null, null, null, null);
        Person changing = board.get(1);
        voting.vote(changing.id(), motion.id(), VoteChoice.FOR);
        voting.vote(changing.id(), motion.id(), VoteChoice.AGAINST);
        voting.vote(chair.id(), motion.id(), VoteChoice.FOR);
        voting.vote(board.get(2).id(), motion.id(), VoteChoice.AGAINST);
        Motion closed = voting.close(chair.id(), motion.id());
        assertThat(closed.status()).isEqualTo(MotionStatus.FAILED);
        assertThat(closed.tally().votesAgainst()).isEqualTo(2);
        assertThat(voting.voteHistory(motion.id())).hasSize(4);

        assertRefused(() -> voting.vote(board.get(3).id(), motion.id(), VoteChoice.FOR), "motionClosed");
        assertRefused(() -> voting.close(chair.id(), motion.id()), "motionClosed");
        assertThatThrownBy(() -> dsl.update(BOARD_VOTE).set(BOARD_VOTE.CHOICE, "FOR").where(BOARD_VOTE.MOTION_ID.eq(motion.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.insertInto(BOARD_VOTE).set(BOARD_VOTE.ID, UUID.randomUUID().toString())
                .set(BOARD_VOTE.MOTION_ID, motion.id()).set(BOARD_VOTE.PERSON_ID, board.get(3).id()).set(BOARD_VOTE.CHOICE, "FOR")
                .set(BOARD_VOTE.CAST_AT, Instant.now()).execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.update(BOARD_MOTION).set(BOARD_MOTION.STATUS, "CARRIED").where(BOARD_MOTION.ID.eq(motion.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.deleteFrom(BOARD_ATTENDANCE).where(BOARD_ATTENDANCE.MEETING_ID.eq(item.meetingId())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.deleteFrom(BOARD_ROLL).where(BOARD_ROLL.MOTION_ID.eq(motion.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThat(votes(motion)).isEqualTo(4);
        assertThat(voting.motion(motion.id()).status()).isEqualTo(MotionStatus.FAILED);
    }

    @Test
    void aWithdrawnApplicationCannotBeVotedOn() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        voting.vote(chair.id(), motion.id(), VoteChoice.FOR);

        applications.withdraw(applicant.id(), app.id());

        assertRefused(() -> voting.vote(board.get(1).id(), motion.id(), VoteChoice.FOR), "withdrawn");
        assertThat(voting.close(chair.id(), motion.id()).status()).isEqualTo(MotionStatus.WITHDRAWN);
        assertRefused(() -> voting.openMotion(chair.id(), item.id(), MotionKind.REJECT, null, null, null, null), "withdrawn");
        assertThat(status(app)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(voting.approval(app.id())).isEmpty();
    }

    @Test
    void refusalsLeaveNothingWritten() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);

        assertRefused(() -> voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AMENDED, "10000.00",
                rows("6000.00", "On signature", "0"), null, null), "scheduleTotal");
        assertRefused(() -> voting.openMotion(chair.id(), item.id(), MotionKind.SEND_BACK, null, null, null, " "), "sendBackReason", BoardRules.MAX_TEXT);
        assertRefused(() -> voting.openMotion(board.get(1).id(), item.id(), MotionKind.REJECT, null, null, null, null), "notChair");
        assertThat(dsl.fetchCount(BOARD_MOTION, BOARD_MOTION.ITEM_ID.eq(item.id()))).isZero();
        assertRefused(() -> docket.addItem(admin.id(), item.meetingId(), app.id(), docket.proposedRows(app.id())), "onDocket");
        assertRefused(() -> docket.addItem(admin.id(), item.meetingId(), fx.ready(applicant, admin, firstReviewer, secondReviewer).id(),
                rows("0", "", "x")), "amount", "USD");

        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.REJECT, null, null, null, null);
        assertRefused(() -> docket.removeItem(admin.id(), item.id()), "notRemovable");
        assertRefused(() -> voting.openMotion(chair.id(), item.id(), MotionKind.REJECT, null, null, null, null), "motionOpen");
        Person absent = fx.seat(admin, fx.person(Role.DONOR), PHILANTHROPY, false);
        assertRefused(() -> voting.vote(absent.id(), motion.id(), VoteChoice.FOR), "notPresent");
        assertThat(votes(motion)).isZero();
    }

    @Test
    void anItemComesOffTheDocketOnlyBeforeAnyMotion() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);

        docket.removeItem(admin.id(), item.id());

        assertThat(docket.item(item.id()).status()).isEqualTo(ItemStatus.REMOVED);
        assertThat(docket.readyApplications()).extracting(Application::id).contains(app.id());
        assertThat(fx.onDocket(admin, app).isOpen()).isTrue();
    }

    @Test
    void aDecisionTheProcessIsNotWaitingForRollsEverythingBack() {
        Application app = ready();
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        vote(motion, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR);
        String decision = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.PROCESS_BOARD_DECISION)
                .processInstanceBusinessKey(app.id()).singleResult().getId();
        runtime.createProcessInstanceModification(decision).cancelAllForActivity(ProcessNames.TASK_WAIT_FOR_BOARD_DECISION)
                .startBeforeActivity("Task_ReviseForBoard").execute();

        assertRefused(() -> voting.close(chair.id(), motion.id()), "processNotWaiting");

        assertThat(voting.motion(motion.id()).status()).isEqualTo(MotionStatus.OPEN);
        assertThat(dsl.fetchCount(BOARD_ROLL, BOARD_ROLL.MOTION_ID.eq(motion.id()))).isZero();
        assertThat(dsl.fetchCount(BOARD_APPROVAL, BOARD_APPROVAL.APPLICATION_ID.eq(app.id()))).isZero();
        assertThat(docket.item(item.id()).isOpen()).isTrue();
        assertThat(status(app)).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
    }

    @Test
    void markingReadyTwiceChangesOnce() {
        Application app = ready();

        lifecycle.markReady(app.id());

        assertThat(kinds(app)).containsOnlyOnce("READY_FOR_BOARD");
    }

    private Application ready() {
        return fx.ready(applicant, admin, firstReviewer, secondReviewer);
    }

    /** The members vote in board order: the first choice is the chair's. */
    private void vote(Motion motion, VoteChoice... choices) {
        for (int i = 0; i < choices.length; i++) {
            voting.vote(board.get(i).id(), motion.id(), choices[i]);
        }
    }

    private int votes(Motion motion) {
        return dsl.fetchCount(BOARD_VOTE, BOARD_VOTE.MOTION_ID.eq(motion.id()));
    }

    private void assertRefused(Runnable action, String key, Object... args) {
        assertThatThrownBy(action::run).isInstanceOf(FundException.class)
                .satisfies(e -> assertThat(((FundException) e).type()).isIn(ProblemType.STATE_CONFLICT, ProblemType.INVALID_INPUT))
                .hasMessage(messages.getMessage("board.error." + key, args, LocaleContextHolder.getLocale()));
    }

    private ApplicationStatus status(Application app) {
        return applications.get(app.id()).status();
    }

    private List<String> kinds(Application app) {
        return applications.timeline(app.id()).stream().map(ApplicationEvent::kind).toList();
    }

    private long running(Application app, String processKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(app.id()).count();
    }
}
