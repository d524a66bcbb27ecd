package org.globalaifund.engine.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.BOARD_ATTENDANCE;
import static org.globalaifund.engine.db.Tables.BOARD_MOTION;
import static org.globalaifund.engine.db.Tables.BOARD_VOTE;
import static org.globalaifund.engine.db.Tables.CALL_FUND;
import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;
import static org.globalaifund.engine.people.Constituency.CIVIL_SOCIETY;
import static org.globalaifund.engine.people.Constituency.GOVERNMENTS;
import static org.globalaifund.engine.people.Constituency.PHILANTHROPY;
import static org.globalaifund.engine.people.Constituency.PRIVATE_SECTOR;
import static org.globalaifund.engine.people.Constituency.UN_AGENCIES;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.PostgresContext;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.contribution.FundService;
import org.globalaifund.engine.contribution.PledgeService.NewPledge;
import org.globalaifund.engine.contribution.PledgeService;
import org.globalaifund.engine.contribution.RestrictedPurpose;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.grant.BankDetails;
import org.globalaifund.engine.grant.Grant;
import org.globalaifund.engine.grant.GrantService;
import org.globalaifund.engine.grant.GrantStatus;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.ledger.AccountFilter;
import org.globalaifund.ledger.Dimensions;
import org.globalaifund.ledger.LedgerLine;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7 on PostgreSQL: the board's decision carried through the real services and processes up to the committed
 * grant, the V15_1 triggers refusing any rewrite of a closed vote, an acceptance refused for short funds that
 * writes nothing, and a docket item moved to the next meeting, reminded of once.
 */
class DecisionOnPostgresTest extends PostgresContext {

    /** PostgreSQL's object_not_in_prerequisite_state, which the V15_1 triggers raise. */
    private static final String REFUSED_BY_TRIGGER = "55000";

    @Autowired BoardFixtures fx;
    @Autowired BoardVoting voting;
    @Autowired BoardDocket docket;
    @Autowired BoardReminders reminders;
    @Autowired ApplicationService applications;
    @Autowired GrantService grants;
    @Autowired CallService calls;
    @Autowired DonorService donors;
    @Autowired FundService funds;
    @Autowired PledgeService pledges;
    @Autowired FundLedger ledger;
    @Autowired DueJobs jobs;
    @Autowired RuntimeService runtime;
    @Autowired DSLContext dsl;
    @Autowired PlatformTransactionManager transactions;

    Person admin;
    Person applicant;
    List<Person> board;

    @BeforeEach
    void applicantAndBoard() {
        admin = fx.person(Role.ADMIN);
        applicant = fx.person(Role.APPLICANT);
        board = fx.board(admin, GOVERNMENTS, PRIVATE_SECTOR, PHILANTHROPY, CIVIL_SOCIETY, UN_AGENCIES);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void shouldOfferAndCommitTheGrantTheBoardApprovedAsDraftedOnPostgres() {
        // BoardFixtures' calls draw on UNRESTRICTED only: make sure it holds the grant, whatever other tests left there
        pledge(donor(), Fund.UNRESTRICTED, "12000.00");
        Application app = approvedAsDrafted().application;

        jobs.runDue(app.id());

        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.OFFERED);
        Grant grant = grants.ofApplication(app.id()).orElseThrow();
        assertThat(grant.status()).isEqualTo(GrantStatus.OFFERED);
        assertThat(grant.total().amount()).isEqualTo("12000.00");
        long availableBefore = available(Fund.UNRESTRICTED);

        grants.enterBankDetails(applicant.id(), grant.id(), bank());
        grants.accept(applicant.id(), grant.id(), true);
        jobs.runDue(app.id());

        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.COMMITTED);
        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.COMMITTED);
        assertThat(commitmentLines(grant)).extracting(l -> l.book() + " " + l.chartCode() + " " + l.fund() + " " + l.side() + " " + l.amount())
                .containsExactlyInAnyOrder(
                        "BUD-USD 8100 UNRESTRICTED DEBIT 1200000",
                        "BUD-USD 8300 UNRESTRICTED CREDIT 1200000");
        assertThat(ledger.balance(ChartAccount.COMMITTED, "USD", Fund.UNRESTRICTED, Dimensions.NONE.withGrant(grant.reference())))
                .isEqualTo(1_200_000);
        assertThat(available(Fund.UNRESTRICTED)).isEqualTo(availableBefore - 1_200_000);
        assertThat(grants.view(grants.get(grant.id())).tranches()).extracting(t -> t.number() + " " + t.amount().amount() + " " + t.status())
                .containsExactly("1 12000.00 DUE");
    }

    @Test
    void theClosedVoteItsMotionAndTheAttendanceCannotBeRewrittenOnPostgres() {
        Decided decided = approvedAsDrafted();
        String motionId = decided.motion.id();
        String meetingId = decided.item.meetingId();
        List<Map<String, Object>> votes = votes(motionId);
        List<Map<String, Object>> motion = dsl.selectFrom(BOARD_MOTION).where(BOARD_MOTION.ID.eq(motionId)).fetchMaps();
        List<Map<String, Object>> attendance = attendance(meetingId);
        assertThat(votes).hasSize(5);
        assertThat(motion).hasSize(1);
        assertThat(attendance).hasSize(5);

        refusedByPostgres("fund.board_vote is append-only: UPDATE refused", () -> dsl.update(BOARD_VOTE)
                .set(BOARD_VOTE.CHOICE, "AGAINST").where(BOARD_VOTE.MOTION_ID.eq(motionId)).execute());
        refusedByPostgres("fund.board_vote is append-only: DELETE refused", () -> dsl.deleteFrom(BOARD_VOTE)
                .where(BOARD_VOTE.MOTION_ID.eq(motionId)).execute());
        refusedByPostgres("a closed motion never changes (UPDATE refused)", () -> dsl.update(BOARD_MOTION)
                .set(BOARD_MOTION.STATUS, "FAILED").where(BOARD_MOTION.ID.eq(motionId)).execute());
        refusedByPostgres("fund.board_attendance is append-only: UPDATE refused", () -> dsl.update(BOARD_ATTENDANCE)
                .set(BOARD_ATTENDANCE.PRESENT, false).where(BOARD_ATTENDANCE.MEETING_ID.eq(meetingId)).execute());
        refusedByPostgres("fund.board_vote: motion " + motionId + " is not open", () -> dsl.insertInto(BOARD_VOTE)
                .set(BOARD_VOTE.ID, UUID.randomUUID().toString()).set(BOARD_VOTE.MOTION_ID, motionId)
                .set(BOARD_VOTE.PERSON_ID, board.get(1).id()).set(BOARD_VOTE.CHOICE, "AGAINST")
                .set(BOARD_VOTE.CAST_AT, Instant.now()).execute());

        assertThat(votes(motionId)).isEqualTo(votes);
        assertThat(dsl.selectFrom(BOARD_MOTION).where(BOARD_MOTION.ID.eq(motionId)).fetchMaps()).isEqualTo(motion);
        assertThat(attendance(meetingId)).isEqualTo(attendance);
    }

    @Test
    void shouldRefuseAcceptanceAndWriteNothingWhenTheCallsFundsFallShortOnPostgres() {
        Application app = approvedAsDrafted().application;
        jobs.runDue(app.id());
        Grant grant = grants.ofApplication(app.id()).orElseThrow();
        // the call now draws on a fund of its own holding 5,000 of the 12,000 (UNRESTRICTED is shared with other tests)
        Fund fund = restrictedFundWith("5000.00");
        calls.drawOn(null, app.callId(), fund.code());
        dsl.deleteFrom(CALL_FUND).where(CALL_FUND.CALL_ID.eq(app.callId()), CALL_FUND.FUND_CODE.eq(Fund.UNRESTRICTED)).execute();
        grants.enterBankDetails(applicant.id(), grant.id(), bank());
        LocaleContextHolder.setLocale(Locale.UK);

        assertThatThrownBy(() -> grants.accept(applicant.id(), grant.id(), true)).isInstanceOf(FundException.class)
                .hasMessageContaining("lack 7,000.00 USD of the 12,000.00 USD needed");

        assertThat(commitmentLines(grant)).isEmpty();
        assertThat(available(fund.code())).isEqualTo(500_000);
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.OFFERED);
        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(app.id()).activityId(ProcessNames.TASK_WAIT_FOR_ACCEPTANCE)
                .count()).isOne();
    }

    @Test
    void anItemMovesWithItsScheduleAndDeclarationsAndTheNextMeetingIsRemindedOfOnceOnPostgres() {
        Application app = fx.ready(applicant, admin, fx.person(Role.REVIEWER), fx.person(Role.REVIEWER));
        DocketItem item = fx.onDocket(admin, app, fx.meeting(admin, fx.today().plusDays(1)));
        voting.declareConflict(board.get(4).id(), item.id(), "I advise the applicant's university.");
        BoardMeeting next = fx.meeting(admin, fx.today().plusDays(2));

        DocketItem moved = docket.moveItem(admin.id(), item.id(), next.id());
        reminders.remindDue();
        reminders.remindDue();

        assertThat(moved.meetingId()).isEqualTo(next.id());
        assertThat(moved.schedule()).isEqualTo(item.schedule());
        assertThat(voting.exclusions(moved)).containsKey(board.get(4).id());
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.DEDUP_KEY.like("board-meeting:" + next.id() + ":reminder:%"))).isEqualTo(5);
        assertThat(dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.DEDUP_KEY.like("board-meeting:" + item.meetingId() + ":reminder:%"))).isZero();
    }

    private record Decided(Application application, DocketItem item, Motion motion) {}

    /** A reviewed application on the docket, the whole board present, a motion to approve as drafted carried 4 to 1. */
    private Decided approvedAsDrafted() {
        Application app = fx.ready(applicant, admin, fx.person(Role.REVIEWER), fx.person(Role.REVIEWER));
        assertThat(app.status()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        DocketItem item = fx.onDocket(admin, app);
        fx.present(board.get(0), item, board);
        Motion motion = voting.openMotion(board.get(0).id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);
        List<VoteChoice> choices = List.of(VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST);
        for (int i = 0; i < choices.size(); i++) {
            voting.vote(board.get(i).id(), motion.id(), choices.get(i));
        }
        Motion closed = voting.close(board.get(0).id(), motion.id());
        assertThat(closed.status()).isEqualTo(MotionStatus.CARRIED);
        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.APPROVED);
        return new Decided(applications.get(app.id()), item, closed);
    }

    /** Runs one statement in a transaction of its own and expects a V15_1 trigger to refuse it. */
    private void refusedByPostgres(String message, Runnable statement) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> statement.run()))
                .isInstanceOfAny(org.springframework.dao.DataAccessException.class, org.jooq.exception.DataAccessException.class)
                .satisfies(e -> {
                    SQLException sql = sqlException(e);
                    assertThat(sql.getSQLState()).isEqualTo(REFUSED_BY_TRIGGER);
                    assertThat(sql.getMessage()).contains(message);
                });
    }

    private static SQLException sqlException(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("no SQLException behind " + thrown, thrown);
    }

    private List<Map<String, Object>> votes(String motionId) {
        return dsl.selectFrom(BOARD_VOTE).where(BOARD_VOTE.MOTION_ID.eq(motionId)).orderBy(BOARD_VOTE.ID).fetchMaps();
    }

    private List<Map<String, Object>> attendance(String meetingId) {
        return dsl.selectFrom(BOARD_ATTENDANCE).where(BOARD_ATTENDANCE.MEETING_ID.eq(meetingId)).orderBy(BOARD_ATTENDANCE.ID).fetchMaps();
    }

    /** A new donor's fund restricted to SDG 3 (one of the call's goals) with {@code amount} USD pledged today. */
    private Fund restrictedFundWith(String amount) {
        Donor donor = donor();
        Fund fund = funds.restricted(null, donor.id(), RestrictedPurpose.SDG_GOAL, "3");
        pledge(donor, fund.code(), amount);
        return fund;
    }

    private void pledge(Donor donor, String fundCode, String amount) {
        pledges.record(null, UUID.randomUUID().toString(),
                new NewPledge(donor.id(), fundCode, "USD", amount, fx.today(), null, false, null, null));
    }

    private Donor donor() {
        String ref = "D-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return donors.register(null, new DonorService.NewDonor(ref, "Donor " + ref, Donor.DonorKind.ORGANISATION, "10", "NO", null, null));
    }

    private long available(String fundCode) {
        return ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "USD", fundCode, Dimensions.NONE);
    }

    private List<LedgerLine> commitmentLines(Grant grant) {
        return ledger.ledger().reports().lines(AccountFilter.book("BUD-USD"), null, null).stream()
                .filter(l -> l.entryId().equals("grant:" + grant.id() + ":commitment")).toList();
    }

    /** A valid German IBAN and BIC (the standard example). */
    private static BankDetails bank() {
        return new BankDetails("Nairobi Data Lab", "Commerzbank", "DE", "DE89 3704 0044 0532 0130 00", "", "COBADEFFXXX");
    }
}
