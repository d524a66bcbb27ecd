package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.globalaifund.bpmn.ProcessNames.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The BoardDecision process, flow by flow, with mocked delegates: sanctions screening (a possible match cleared or
 * rejected by ADMIN), the board's list and the one message with the board's outcome (votes and attendance are in
 * the application's tables), and the decisionOutcome it hands back to GrantLifecycle.
 */
@Deployment(resources = "bpmn/BoardDecision.bpmn")
class BoardDecisionTest extends ProcessTestClock {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String APPLICATION_ID = "7f1c2a9e-0000-4000-8000-000000000107";

    @Test
    void shouldPutAClearApplicationOnTheBoardsListAndEndApprovedWhenTheBoardApproves() throws Exception {
        ProcessInstance decision = start();
        assertThat(decision).isWaitingAt("Task_ScreenSanctions");

        runAsyncJobs(decision.getId());
        assertThat(decision).isWaitingAt(TASK_WAIT_FOR_BOARD_DECISION).variables()
                .containsEntry(VAR_SANCTIONS_RESULT, SANCTIONS_RESULT_CLEAR);
        verify(delegates.screenSanctions).execute(any());
        verify(delegates.markReadyForBoard).execute(any());

        decide(BOARD_OUTCOME_APPROVED);

        assertThat(decision).isEnded().hasPassed("Event_Approved").hasNotPassed(TASK_REVIEW_SANCTIONS_MATCH)
                .variables()
                .containsEntry(VAR_BOARD_OUTCOME, BOARD_OUTCOME_APPROVED)
                .containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_APPROVED);
        verify(delegates.notifyBoardRejection, never()).execute(any());
    }

    @Test
    void shouldAskAdminAboutAPossibleMatchAndGoToTheBoardOnceItIsCleared() throws Exception {
        delegates.sanctionsResultIs(SANCTIONS_RESULT_POSSIBLE_MATCH);
        ProcessInstance decision = start();
        runAsyncJobs(decision.getId());

        assertThat(decision).isWaitingAt(TASK_REVIEW_SANCTIONS_MATCH);
        assertThat(task(decision)).hasCandidateGroup(GROUP_ADMIN).hasFormKey(FORM_SANCTIONS_DECISION);
        verify(delegates.markReadyForBoard, never()).execute(any());

        complete(task(decision), withVariables(VAR_SANCTIONS_DECISION, SANCTIONS_DECISION_CLEARED));
        assertThat(decision).isWaitingAt(TASK_REVIEW_SANCTIONS_MATCH); // the completion is committed; a job carries on
        runAsyncJobs(decision.getId());
        assertThat(decision).isWaitingAt(TASK_WAIT_FOR_BOARD_DECISION);
        verify(delegates.markReadyForBoard).execute(any());

        decide(BOARD_OUTCOME_APPROVED);
        assertThat(decision).isEnded().hasPassed(TASK_REVIEW_SANCTIONS_MATCH, "Event_Approved")
                .hasNotPassed("Task_RecordDiligenceRejection")
                .variables().containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_APPROVED);
    }

    @Test
    void shouldEndRejectedAtDueDiligenceWhenAdminRejectsThePossibleMatch() throws Exception {
        delegates.sanctionsResultIs(SANCTIONS_RESULT_POSSIBLE_MATCH);
        ProcessInstance decision = start();
        runAsyncJobs(decision.getId());

        complete(task(decision), withVariables(VAR_SANCTIONS_DECISION, SANCTIONS_DECISION_REJECTED));
        execute(job(decision));
        assertThat(decision).isWaitingAt("Task_RecordDiligenceRejection");
        execute(job(decision));

        verify(delegates.recordDiligenceRejection).execute(any());
        verify(delegates.markReadyForBoard, never()).execute(any());
        assertThat(decision).isEnded().hasPassed("Event_RejectedAtDueDiligence").hasNotPassed(TASK_WAIT_FOR_BOARD_DECISION)
                .variables().containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_REJECTED_AT_DUE_DILIGENCE);
    }

    @Test
    void shouldAskAdminWhenTheScreeningGivesNoClearResult() {
        delegates.sanctionsResultIs(null);
        ProcessInstance decision = start();

        runAsyncJobs(decision.getId());

        assertThat(decision).isWaitingAt(TASK_REVIEW_SANCTIONS_MATCH);
    }

    @Test
    void shouldDecideNothingWhenAdminCompletesWithNeitherClearedNorRejected() throws Exception {
        delegates.sanctionsResultIs(SANCTIONS_RESULT_POSSIBLE_MATCH);
        ProcessInstance decision = start();
        runAsyncJobs(decision.getId());
        complete(task(decision), withVariables(VAR_SANCTIONS_DECISION, "MAYBE"));

        Job carryOn = job(decision);
        assertThatThrownBy(() -> execute(carryOn)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Gateway_Cleared");

        assertThat(job(decision).getRetries()).isEqualTo(2);
        assertThat(decision).isActive().hasNotPassed("Gateway_ReadyForBoard", "Task_RecordDiligenceRejection");
        verify(delegates.markReadyForBoard, never()).execute(any());
        verify(delegates.recordDiligenceRejection, never()).execute(any());
    }

    @Test
    void shouldNotifyTheApplicantAndEndRejectedWhenTheBoardRejects() throws Exception {
        ProcessInstance decision = startAndWaitForTheBoard();

        decide(BOARD_OUTCOME_REJECTED);
        assertThat(decision).isWaitingAt("Task_NotifyBoardRejection");
        execute(job(decision));

        verify(delegates.notifyBoardRejection).execute(any());
        assertThat(decision).isEnded().hasPassed("Event_RejectedByBoard").hasNotPassed("Event_Approved")
                .variables().containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_REJECTED_BY_BOARD);
    }

    @Test
    void shouldPutARevisedApplicationBackOnTheBoardsListWhenTheBoardSendsItBack() throws Exception {
        ProcessInstance decision = startAndWaitForTheBoard();

        decide(BOARD_OUTCOME_SENT_BACK);
        assertThat(decision).isWaitingAt(TASK_REVISE_FOR_BOARD);
        assertThat(task(decision)).hasCandidateGroup(GROUP_ADMIN).hasFormKey(FORM_BOARD_REVISION);
        complete(task(decision));
        runAsyncJobs(decision.getId());
        assertThat(decision).isWaitingAt(TASK_WAIT_FOR_BOARD_DECISION);
        verify(delegates.markReadyForBoard, times(2)).execute(any());
        verify(delegates.screenSanctions, times(1)).execute(any());

        decide(BOARD_OUTCOME_APPROVED);
        assertThat(decision).isEnded().hasPassed(TASK_REVISE_FOR_BOARD, "Event_Approved").variables()
                .containsEntry(VAR_BOARD_OUTCOME, BOARD_OUTCOME_APPROVED)
                .containsEntry(VAR_DECISION_OUTCOME, DECISION_OUTCOME_APPROVED);
    }

    @Test
    void shouldRefuseABoardDecisionWithAnUnknownOrMissingOutcome() {
        ProcessInstance decision = startAndWaitForTheBoard();

        assertThatThrownBy(() -> decide("POSTPONED")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Gateway_Outcome");
        assertThatThrownBy(() -> boardDecided().correlate()).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(VAR_BOARD_OUTCOME);

        assertThat(decision).isWaitingAt(TASK_WAIT_FOR_BOARD_DECISION).variables().doesNotContainKey(VAR_BOARD_OUTCOME);
        decide(BOARD_OUTCOME_APPROVED);
        assertThat(decision).isEnded().hasPassed("Event_Approved");
    }

    @Test
    void shouldRefuseABoardDecisionBeforeTheApplicationIsOnTheBoardsList() {
        delegates.sanctionsResultIs(SANCTIONS_RESULT_POSSIBLE_MATCH);
        ProcessInstance decision = start();

        assertThatThrownBy(() -> decide(BOARD_OUTCOME_APPROVED)).isInstanceOf(MismatchingMessageCorrelationException.class);
        runAsyncJobs(decision.getId());
        assertThatThrownBy(() -> decide(BOARD_OUTCOME_APPROVED)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(decision).isWaitingAt(TASK_REVIEW_SANCTIONS_MATCH);
    }

    @Test
    void shouldKeepTheScreeningJobForRetryWhenTheScreeningFails() throws Exception {
        doThrow(new IllegalStateException("sanctions list unavailable")).when(delegates.screenSanctions).execute(any());
        ProcessInstance decision = start();

        assertThatThrownBy(() -> execute(job(decision))).hasMessage("sanctions list unavailable");

        Job retry = job(decision);
        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        assertThat(retry.getExceptionMessage()).isEqualTo("sanctions list unavailable");
        assertThat(decision).isWaitingAt("Task_ScreenSanctions").variables().doesNotContainKey(VAR_SANCTIONS_RESULT);
        verify(delegates.markReadyForBoard, never()).execute(any());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_BOARD_DECISION, APPLICATION_ID,
                withVariables(VAR_APPLICATION_ID, APPLICATION_ID));
    }

    private ProcessInstance startAndWaitForTheBoard() {
        ProcessInstance decision = start();
        runAsyncJobs(decision.getId());
        assertThat(decision).isWaitingAt(TASK_WAIT_FOR_BOARD_DECISION);
        return decision;
    }

    /** The board's decision, after the votes and attendance are stored: one message with the outcome. */
    private static void decide(String outcome) {
        boardDecided().setVariable(VAR_BOARD_OUTCOME, outcome).correlate();
    }

    private static MessageCorrelationBuilder boardDecided() {
        return runtimeService().createMessageCorrelation(MESSAGE_BOARD_DECIDED).processInstanceBusinessKey(APPLICATION_ID);
    }
}
