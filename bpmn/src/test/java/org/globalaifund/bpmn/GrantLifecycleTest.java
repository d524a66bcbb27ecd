package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.globalaifund.bpmn.ProcessDelegateMocks.ACCEPTANCE_PERIOD;
import static org.globalaifund.bpmn.ProcessDelegateMocks.GRANT_ID;
import static org.globalaifund.bpmn.ProcessNames.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GrantLifecycle parent with the real Application, Review, BoardDecision and GrantAgreement children and their
 * decisions; coverage is asserted for the parent only, each child's own test class covers it.
 */
@Deployment(resources = {"bpmn/GrantLifecycle.bpmn", "bpmn/Application.bpmn", "bpmn/Eligibility.dmn",
        "bpmn/Review.bpmn", "bpmn/ReviewAggregation.dmn", "bpmn/BoardDecision.bpmn", "bpmn/GrantAgreement.bpmn"})
class GrantLifecycleTest extends ProcessTestClock {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(PROCESS_APPLICATION, PROCESS_REVIEW, PROCESS_BOARD_DECISION,
                    PROCESS_GRANT_AGREEMENT)
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String APPLICATION_ID = "7f1c2a9e-0000-4000-8000-000000000042";


    @Test
    void shouldRunTheApplicationVersion100UnderTheSameBusinessKey() {
        ProcessInstance lifecycle = start();

        ProcessInstance application = application(lifecycle);
        assertThat(lifecycle).isWaitingAt("Task_Application");
        assertThat(application.getBusinessKey()).isEqualTo(APPLICATION_ID);
        assertThat(repositoryService().getProcessDefinition(application.getProcessDefinitionId()).getVersionTag())
                .isEqualTo(APPLICATION_VERSION_TAG);
        assertThat(application).variables().containsEntry(VAR_APPLICATION_ID, APPLICATION_ID);
    }

    @Test
    void shouldKeepCallingApplication100WhenANewerApplicationIsDeployed() {
        String newer = repositoryService().createDeployment()
                .addModelInstance("Application.bpmn", Bpmn.createExecutableProcess(PROCESS_APPLICATION)
                        .camundaHistoryTimeToLive(1).camundaVersionTag("2.0.0")
                        .startEvent().userTask().endEvent().done())
                .deploy().getId();
        try {
            ProcessInstance lifecycle = start();

            assertThat(repositoryService().getProcessDefinition(application(lifecycle).getProcessDefinitionId())
                    .getVersionTag()).isEqualTo(APPLICATION_VERSION_TAG);
        } finally {
            repositoryService().deleteDeployment(newer, true);
        }
    }

    @Test
    void shouldRunTheReviewVersion100UnderTheSameBusinessKeyWhenEligibleAndScreened() {
        ProcessInstance lifecycle = start();

        submitAndScreen(application(lifecycle));

        assertThat(lifecycle).isWaitingAt(TASK_REVIEW).variables()
                .containsEntry(VAR_ELIGIBLE, true)
                .containsEntry(VAR_SCREENING_OUTCOME, SCREENING_OUTCOME_SCREENED);
        ProcessInstance review = review(lifecycle);
        assertThat(review.getBusinessKey()).isEqualTo(APPLICATION_ID);
        assertThat(repositoryService().getProcessDefinition(review.getProcessDefinitionId()).getVersionTag())
                .isEqualTo(REVIEW_VERSION_TAG);
        assertThat(review).isWaitingAt(TASK_ASSIGN_REVIEWERS).variables().containsEntry(VAR_APPLICATION_ID, APPLICATION_ID);
    }

    @Test
    void shouldKeepCallingReview100WhenANewerReviewIsDeployed() {
        String newer = repositoryService().createDeployment()
                .addModelInstance("Review.bpmn", Bpmn.createExecutableProcess(PROCESS_REVIEW)
                        .camundaHistoryTimeToLive(1).camundaVersionTag("2.0.0")
                        .startEvent().userTask().endEvent().done())
                .deploy().getId();
        try {
            ProcessInstance lifecycle = start();
            submitAndScreen(application(lifecycle));

            assertThat(repositoryService().getProcessDefinition(review(lifecycle).getProcessDefinitionId())
                    .getVersionTag()).isEqualTo(REVIEW_VERSION_TAG);
        } finally {
            repositoryService().deleteDeployment(newer, true);
        }
    }

    @Test
    void shouldTakeTheReviewedApplicationToTheBoardWithTheRecommendationAndMeanScore() {
        ProcessInstance lifecycle = start();
        submitAndScreen(application(lifecycle));
        ProcessInstance review = review(lifecycle);

        assignTwoReviewers(review);
        submitReview(1, "3.60");
        submitReview(2, "3.20");
        runAsyncJobs(review.getId());

        assertThat(review).isEnded().hasPassed("Event_ReviewComplete");
        assertThat(lifecycle).isWaitingAt(TASK_BOARD_DECISION).variables()
                .containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_FUND_WITH_CONDITIONS)
                .containsEntry(VAR_MEAN_SCORE, 3.4)
                .doesNotContainKeys(VAR_REVIEW_COUNT, VAR_AGGREGATION);
        ProcessInstance board = child(lifecycle, PROCESS_BOARD_DECISION);
        assertThat(board.getBusinessKey()).isEqualTo(APPLICATION_ID);
        assertThat(versionTagOf(board)).isEqualTo(BOARD_DECISION_VERSION_TAG);
        assertThat(board).isWaitingAt("Task_ScreenSanctions").variables()
                .containsEntry(VAR_APPLICATION_ID, APPLICATION_ID)
                .containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_FUND_WITH_CONDITIONS);
    }

    @Test
    void shouldTakeANotFundedRecommendationToTheBoardAsWell() {
        ProcessInstance lifecycle = start();

        review(lifecycle, "2.00", "2.40");

        assertThat(lifecycle).isWaitingAt(TASK_BOARD_DECISION).variables()
                .containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_DO_NOT_FUND);
        ProcessInstance board = child(lifecycle, PROCESS_BOARD_DECISION);
        runAsyncJobs(board.getId());
        assertThat(board).isWaitingAt(TASK_WAIT_FOR_BOARD_DECISION);
        decide(BOARD_OUTCOME_APPROVED);
        assertThat(lifecycle).isWaitingAt(TASK_GRANT_AGREEMENT);
    }

    @Test
    void shouldRunEveryStageUpToTheCommitmentWithTheChildrenPinnedToTheirVersionTags() throws Exception {
        List<String> newer = List.of(
                deployNewer(PROCESS_APPLICATION), deployNewer(PROCESS_REVIEW),
                deployNewer(PROCESS_BOARD_DECISION), deployNewer(PROCESS_GRANT_AGREEMENT));
        try {
            ProcessInstance lifecycle = start();
            ProcessInstance application = application(lifecycle);
            assertThat(versionTagOf(application)).isEqualTo(APPLICATION_VERSION_TAG);
            submitAndScreen(application);
            assertThat(versionTagOf(review(lifecycle))).isEqualTo(REVIEW_VERSION_TAG);
            reviewTwice(review(lifecycle), "4.20", "4.00");

            ProcessInstance board = child(lifecycle, PROCESS_BOARD_DECISION);
            assertThat(versionTagOf(board)).isEqualTo(BOARD_DECISION_VERSION_TAG);
            runAsyncJobs(board.getId());
            decide(BOARD_OUTCOME_APPROVED);
            assertThat(board).isEnded().hasPassed("Event_Approved");

            assertThat(lifecycle).isWaitingAt(TASK_GRANT_AGREEMENT).variables()
                    .containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_APPROVED)
                    .doesNotContainKeys(VAR_SANCTIONS_RESULT, VAR_BOARD_OUTCOME);
            ProcessInstance agreement = child(lifecycle, PROCESS_GRANT_AGREEMENT);
            assertThat(agreement.getBusinessKey()).isEqualTo(APPLICATION_ID);
            assertThat(versionTagOf(agreement)).isEqualTo(GRANT_AGREEMENT_VERSION_TAG);
            runAsyncJobs(agreement.getId());
            assertThat(agreement).isWaitingAt(TASK_WAIT_FOR_ACCEPTANCE);
            correlate(MESSAGE_GRANT_ACCEPTED);
            runAsyncJobs(agreement.getId());

            verify(delegates.markFirstTrancheDue).execute(any());
            assertThat(agreement).isEnded().hasPassed("Event_AgreementCommitted");
            assertThat(lifecycle).isEnded().hasPassed("Event_GrantCommitted").variables()
                    .containsEntry(VAR_GRANT_ID, GRANT_ID)
                    .containsEntry(VAR_AGREEMENT_OUTCOME, AGREEMENT_OUTCOME_COMMITTED)
                    .containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_APPROVED)
                    .doesNotContainKeys(VAR_ACCEPTANCE_DUE_AT);
            assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
            assertThat(jobQuery().count()).isZero();
        } finally {
            newer.forEach(id -> repositoryService().deleteDeployment(id, true));
        }
    }

    @Test
    void shouldEndNotFundedWhenThePossibleMatchIsRejectedAtDueDiligence() {
        delegates.sanctionsResultIs(SANCTIONS_RESULT_POSSIBLE_MATCH);
        ProcessInstance lifecycle = start();
        review(lifecycle, "4.00", "4.00");
        ProcessInstance board = child(lifecycle, PROCESS_BOARD_DECISION);
        runAsyncJobs(board.getId());

        complete(task(board), withVariables(VAR_SANCTIONS_DECISION, SANCTIONS_DECISION_REJECTED));
        runAsyncJobs(board.getId());

        assertThat(board).isEnded().hasPassed("Event_RejectedAtDueDiligence");
        assertThat(lifecycle).isEnded().hasPassed("Event_NotFunded").hasNotPassed(TASK_GRANT_AGREEMENT).variables()
                .containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_REJECTED_AT_DUE_DILIGENCE);
    }

    @Test
    void shouldEndNotFundedWhenTheBoardRejects() {
        ProcessInstance lifecycle = start();
        ProcessInstance board = toTheBoard(lifecycle);

        decide(BOARD_OUTCOME_REJECTED);
        runAsyncJobs(board.getId());

        assertThat(board).isEnded().hasPassed("Event_RejectedByBoard");
        assertThat(lifecycle).isEnded().hasPassed("Event_NotFunded").hasNotPassed(TASK_GRANT_AGREEMENT).variables()
                .containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_REJECTED_BY_BOARD)
                .doesNotContainKeys(VAR_GRANT_ID, VAR_AGREEMENT_OUTCOME);
    }

    @Test
    void shouldEndOfferNotTakenUpWhenTheOfferLapses() throws Exception {
        ProcessInstance lifecycle = start();
        ProcessInstance agreement = toTheAcceptance(lifecycle);

        ClockUtil.setCurrentTime(Date.from(acceptanceDueAt().plusSeconds(1)));
        execute(jobQuery().processInstanceId(agreement.getId()).timers().executable().singleResult());
        runAsyncJobs(agreement.getId());

        verify(delegates.lapseOffer).execute(any());
        verify(delegates.markFirstTrancheDue, never()).execute(any());
        assertThat(agreement).isEnded().hasPassed("Event_OfferLapsed");
        assertThat(lifecycle).isEnded().hasPassed("Event_OfferNotTakenUp").hasNotPassed("Event_GrantCommitted")
                .variables()
                .containsEntry(VAR_GRANT_ID, GRANT_ID)
                .containsEntry(VAR_AGREEMENT_OUTCOME, AGREEMENT_OUTCOME_LAPSED);
    }

    @Test
    void shouldEndOfferNotTakenUpWhenTheApplicantDeclines() throws Exception {
        ProcessInstance lifecycle = start();
        ProcessInstance agreement = toTheAcceptance(lifecycle);

        correlate(MESSAGE_GRANT_DECLINED);
        runAsyncJobs(agreement.getId());

        verify(delegates.recordDeclination).execute(any());
        assertThat(lifecycle).isEnded().hasPassed("Event_OfferNotTakenUp").variables()
                .containsEntry(VAR_AGREEMENT_OUTCOME, AGREEMENT_OUTCOME_DECLINED);
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void shouldNotTakeForwardAnIneligibleApplication() {
        delegates.factsAre(true, true, false, true);
        ProcessInstance lifecycle = start();
        ProcessInstance application = application(lifecycle);
        correlate(MESSAGE_APPLICATION_SUBMITTED);
        execute(job(application));
        execute(job(application));

        assertThat(lifecycle).isEnded().hasPassed("Event_NotTakenForward").hasNotPassed(TASK_REVIEW)
                .variables().containsEntry(VAR_ELIGIBLE, false);
    }

    @Test
    void shouldNotTakeForwardADraftThatLapsedAtCallClose() {
        ProcessInstance lifecycle = start();
        ProcessInstance application = application(lifecycle);

        ClockUtil.setCurrentTime(Date.from(CALL_CLOSES_AT.toInstant().plusSeconds(1)));
        execute(jobQuery().processInstanceId(application.getId()).timers().executable().singleResult());
        execute(job(application));

        assertThat(lifecycle).isEnded().hasPassed("Event_NotTakenForward");
    }

    @Test
    void shouldNotTakeForwardAnApplicationItsApplicantWithdrew() {
        ProcessInstance lifecycle = start();
        ProcessInstance application = application(lifecycle);

        correlate(MESSAGE_APPLICATION_WITHDRAWN);
        execute(job(application));

        assertThat(application).isEnded().hasPassed("Event_ApplicationWithdrawn");
        assertThat(lifecycle).isEnded().hasPassed("Event_NotTakenForward");
    }

    @Test
    void shouldEndWithdrawnAndStopTheApplicationWhenTheGrantIsWithdrawnDuringTheApplication() {
        ProcessInstance lifecycle = start();
        ProcessInstance application = application(lifecycle);

        correlate(MESSAGE_GRANT_WITHDRAWN);

        assertThat(lifecycle).isEnded().hasPassed("Event_GrantWithdrawn").hasNotPassed("Event_NotTakenForward");
        assertThat(application).isEnded();
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void shouldEndWithdrawnAndStopTheReviewWhenTheGrantIsWithdrawnDuringTheReview() {
        ProcessInstance lifecycle = start();
        submitAndScreen(application(lifecycle));
        ProcessInstance review = review(lifecycle);
        assignTwoReviewers(review);
        submitReview(1, "4.00");
        correlate(MESSAGE_REVIEW_INFORMATION_REQUESTED);
        runAsyncJobs(review.getId());

        correlate(MESSAGE_GRANT_WITHDRAWN);

        assertThat(lifecycle).isEnded().hasPassed("Event_GrantWithdrawn").hasNotPassed("Event_Reviewed");
        assertThat(review).isEnded().hasNotPassed("Event_ReviewComplete");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void shouldEndWithdrawnAndStopTheBoardDecisionWhenTheGrantIsWithdrawnWhileItWaitsForTheBoard() {
        ProcessInstance lifecycle = start();
        ProcessInstance board = toTheBoard(lifecycle);

        correlate(MESSAGE_GRANT_WITHDRAWN);

        assertEverythingEndedWithdrawn(lifecycle, board);
        assertThatThrownBy(() -> decide(BOARD_OUTCOME_APPROVED)).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @ParameterizedTest(name = "waiting at {0}")
    @ValueSource(strings = {TASK_REVIEW_SANCTIONS_MATCH, TASK_REVISE_FOR_BOARD})
    void shouldEndWithdrawnAndRemoveTheAdminTaskWhenTheGrantIsWithdrawnDuringTheBoardDecision(String waitingAt) {
        if (waitingAt.equals(TASK_REVIEW_SANCTIONS_MATCH)) {
            delegates.sanctionsResultIs(SANCTIONS_RESULT_POSSIBLE_MATCH);
        }
        ProcessInstance lifecycle = start();
        review(lifecycle, "4.00", "4.00");
        ProcessInstance board = child(lifecycle, PROCESS_BOARD_DECISION);
        runAsyncJobs(board.getId());
        if (waitingAt.equals(TASK_REVISE_FOR_BOARD)) {
            decide(BOARD_OUTCOME_SENT_BACK);
        }
        assertThat(board).isWaitingAt(waitingAt);

        correlate(MESSAGE_GRANT_WITHDRAWN);

        assertEverythingEndedWithdrawn(lifecycle, board);
    }

    @Test
    void shouldEndWithdrawnAndStopTheAgreementAndItsDeadlineWhenTheGrantIsWithdrawnWhileItWaitsForAcceptance() throws Exception {
        ProcessInstance lifecycle = start();
        ProcessInstance agreement = toTheAcceptance(lifecycle);
        assertThat(jobQuery().timers().count()).isEqualTo(1);

        correlate(MESSAGE_GRANT_WITHDRAWN);

        assertEverythingEndedWithdrawn(lifecycle, agreement);
        assertThat(lifecycle).hasNotPassed("Event_OfferNotTakenUp");
        assertThatThrownBy(() -> correlate(MESSAGE_GRANT_ACCEPTED)).isInstanceOf(MismatchingMessageCorrelationException.class);
        verify(delegates.lapseOffer, never()).execute(any());
        verify(delegates.markFirstTrancheDue, never()).execute(any());
    }

    private static void assertEverythingEndedWithdrawn(ProcessInstance lifecycle, ProcessInstance child) {
        assertThat(lifecycle).isEnded().hasPassed("Event_GrantWithdrawn")
                .hasNotPassed("Event_NotFunded", "Event_GrantCommitted");
        assertThat(child).isEnded();
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(jobQuery().count()).isZero();
        assertThat(taskService().createTaskQuery().count()).isZero();
        assertThat(runtimeService().createEventSubscriptionQuery().count()).isZero();
    }

    /** Drives the lifecycle through application and review to the board's wait; returns the BoardDecision. */
    private ProcessInstance toTheBoard(ProcessInstance lifecycle) {
        review(lifecycle, "4.00", "4.00");
        ProcessInstance board = child(lifecycle, PROCESS_BOARD_DECISION);
        runAsyncJobs(board.getId());
        assertThat(board).isWaitingAt(TASK_WAIT_FOR_BOARD_DECISION);
        return board;
    }

    /** Drives the lifecycle up to the applicant's acceptance, the board approving; returns the GrantAgreement. */
    private ProcessInstance toTheAcceptance(ProcessInstance lifecycle) {
        toTheBoard(lifecycle);
        decide(BOARD_OUTCOME_APPROVED);
        ProcessInstance agreement = child(lifecycle, PROCESS_GRANT_AGREEMENT);
        runAsyncJobs(agreement.getId());
        assertThat(agreement).isWaitingAt(TASK_WAIT_FOR_ACCEPTANCE);
        return agreement;
    }

    /** Submits, screens and reviews the application with two reviews of these totals. */
    private void review(ProcessInstance lifecycle, String first, String second) {
        submitAndScreen(application(lifecycle));
        reviewTwice(review(lifecycle), first, second);
    }

    private void reviewTwice(ProcessInstance review, String first, String second) {
        assignTwoReviewers(review);
        submitReview(1, first);
        submitReview(2, second);
        runAsyncJobs(review.getId());
        assertThat(review).isEnded();
    }

    /** The board's decision, after the votes and attendance are stored: one message with the outcome. */
    private static void decide(String outcome) {
        runtimeService().createMessageCorrelation(MESSAGE_BOARD_DECIDED).processInstanceBusinessKey(APPLICATION_ID)
                .setVariable(VAR_BOARD_OUTCOME, outcome).correlate();
    }

    private static Instant acceptanceDueAt() {
        return NOW.plus(ACCEPTANCE_PERIOD);
    }

    private static String deployNewer(String processId) {
        return repositoryService().createDeployment()
                .addModelInstance(processId + ".bpmn", Bpmn.createExecutableProcess(processId)
                        .camundaHistoryTimeToLive(1).camundaVersionTag("2.0.0")
                        .startEvent().userTask().endEvent().done())
                .deploy().getId();
    }

    private static String versionTagOf(ProcessInstance instance) {
        return repositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getVersionTag();
    }

    private static ProcessInstance child(ProcessInstance lifecycle, String processId) {
        ProcessInstanceQuery query = runtimeService().createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId())
                .processDefinitionKey(processId);
        return query.singleResult();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_GRANT_LIFECYCLE, APPLICATION_ID,
                withVariables(VAR_APPLICATION_ID, APPLICATION_ID, VAR_CALL_CLOSES_AT, CALL_CLOSES_AT));
    }

    private static ProcessInstance application(ProcessInstance lifecycle) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).singleResult();
    }

    private static ProcessInstance review(ProcessInstance lifecycle) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId())
                .processDefinitionKey(PROCESS_REVIEW).singleResult();
    }

    private static void assignTwoReviewers(ProcessInstance review) {
        complete(task(review), withVariables(VAR_REVIEWER_COUNT, 2, VAR_SLOT_OFFSET, 0));
        runAsyncJobs(review.getId());
    }

    /** The reviewer of {@code slot} submits scores coming to {@code total}: recorded first, then correlated. */
    private void submitReview(int slot, String total) {
        delegates.reviewTotal(slot, total);
        runtimeService().createMessageCorrelation(MESSAGE_REVIEW_SUBMITTED).processInstanceBusinessKey(APPLICATION_ID)
                .localVariableEquals(VAR_REVIEW_SLOT, slot).correlate();
    }

    private void submitAndScreen(ProcessInstance application) {
        correlate(MESSAGE_APPLICATION_SUBMITTED);
        execute(job(application));
        complete(task(application), withVariables(VAR_SCREENING_OUTCOME, SCREENING_OUTCOME_SCREENED));
        execute(job(application));
    }

    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(APPLICATION_ID).correlate();
    }
}
