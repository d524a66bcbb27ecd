package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.globalaifund.bpmn.ProcessNames.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Application process, flow by flow, with the real Eligibility decision and mocked delegates. */
@Deployment(resources = {"bpmn/Application.bpmn", "bpmn/Eligibility.dmn"})
class ApplicationTest extends ProcessTestClock {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String APPLICATION_ID = "7f1c2a9e-0000-4000-8000-000000000005";


    @Test
    void shouldWaitForSubmissionWithATimerAtTheCallsClose() {
        ProcessInstance application = startDraft();

        assertThat(application).isWaitingAt("Task_WaitForSubmission");
        assertThat(job(application).getDuedate()).isEqualTo(CALL_CLOSES_AT);
    }

    @Test
    void shouldWaitForScreeningByAdminWhenEveryEligibilityCheckPasses() throws Exception {
        ProcessInstance application = startDraft();

        submit(application);

        assertThat(application).isWaitingAt("Task_ScreenApplication").variables()
                .containsEntry(VAR_ELIGIBLE, true)
                .containsEntry(VAR_ELIGIBILITY, Map.of("eligible", true, "reason", REASON_ELIGIBLE));
        assertThat(task(application)).hasCandidateGroup(GROUP_ADMIN).hasFormKey(FORM_APPLICATION_SCREENING);
        verify(delegates.collectEligibilityFacts).execute(any());
        verify(delegates.notifyIneligible, never()).execute(any());
    }

    @Test
    void shouldEndScreenedWhenTheScreenerNeedsNothingMore() {
        ProcessInstance application = startDraft();
        submit(application);

        screen(application, SCREENING_OUTCOME_SCREENED);

        assertThat(application).isEnded().hasPassed("Event_ApplicationScreened").variables()
                .containsEntry(VAR_ELIGIBLE, true)
                .containsEntry(VAR_SCREENING_OUTCOME, SCREENING_OUTCOME_SCREENED);
    }

    @Test
    void shouldEndIneligibleWhenCountryIsNotEligible() throws Exception {
        delegates.factsAre(true, false, true, true);
        ProcessInstance application = startDraft();
        submit(application);

        assertThat(application).isWaitingAt("Task_NotifyIneligible");
        execute(job(application));

        verify(delegates.notifyIneligible).execute(any());
        assertThat(application).isEnded().hasPassed("Event_ApplicationIneligible").hasNotPassed("Task_ScreenApplication")
                .variables()
                .containsEntry(VAR_ELIGIBLE, false)
                .containsEntry(VAR_ELIGIBILITY, Map.of("eligible", false, "reason", REASON_COUNTRY_NOT_ELIGIBLE));
    }

    @Test
    void shouldScreenAgainOnceTheRequestedInformationIsProvided() throws Exception {
        ProcessInstance application = startDraft();
        submit(application);

        screen(application, SCREENING_OUTCOME_MORE_INFORMATION);
        assertThat(application).isWaitingAt("Task_RequestMoreInformation");
        execute(job(application));
        verify(delegates.requestMoreInformation).execute(any());
        assertThat(application).isWaitingAt("Task_WaitForInformation");
        assertThat(job(application).getDuedate()).isEqualTo(Date.from(NOW.plus(ProcessDelegateMocks.INFORMATION_PERIOD)));

        correlate(MESSAGE_INFORMATION_PROVIDED);
        assertThat(application).isWaitingAt("Task_ScreenApplication");
        screen(application, SCREENING_OUTCOME_SCREENED);

        assertThat(application).isEnded().hasPassed("Event_ApplicationScreened")
                .variables().containsEntry(VAR_SCREENING_OUTCOME, SCREENING_OUTCOME_SCREENED);
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void shouldLapseWhenTheInformationDeadlinePasses() throws Exception {
        ProcessInstance application = startDraft();
        submit(application);
        screen(application, SCREENING_OUTCOME_MORE_INFORMATION);
        execute(job(application));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(ProcessDelegateMocks.INFORMATION_PERIOD).minusSeconds(1)));
        assertThat(jobQuery().processInstanceId(application.getId()).timers().executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(NOW.plus(ProcessDelegateMocks.INFORMATION_PERIOD).plusSeconds(1)));
        execute(jobQuery().processInstanceId(application.getId()).timers().executable().singleResult());
        assertThat(application).isWaitingAt("Task_LapseApplication");
        execute(job(application));

        verify(delegates.lapseApplication).execute(any());
        assertThat(application).isEnded().hasPassed("Event_ApplicationLapsed").hasNotPassed("Event_ApplicationScreened");
    }

    @Test
    void shouldLapseTheDraftWhenTheCallClosesBeforeSubmission() throws Exception {
        ProcessInstance application = startDraft();

        ClockUtil.setCurrentTime(Date.from(CALL_CLOSES_AT.toInstant().minusSeconds(1)));
        assertThat(jobQuery().processInstanceId(application.getId()).timers().executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(CALL_CLOSES_AT.toInstant().plusSeconds(1)));
        execute(jobQuery().processInstanceId(application.getId()).timers().executable().singleResult());
        assertThat(application).isWaitingAt("Task_LapseDraft");
        execute(job(application));

        verify(delegates.lapseDraft).execute(any());
        verify(delegates.collectEligibilityFacts, never()).execute(any());
        assertThat(application).isEnded().hasPassed("Event_DraftLapsed");
    }

    @Test
    void shouldEndWithdrawnWhenTheApplicantWithdrawsTheDraft() throws Exception {
        ProcessInstance application = startDraft();

        withdraw(application);

        assertThat(application).isEnded().hasPassed("Event_ApplicationWithdrawn").hasNotPassed("Task_CollectEligibilityFacts");
        assertThat(jobQuery().processInstanceId(application.getId()).count()).isZero();
    }

    @Test
    void shouldEndWithdrawnWhenTheApplicantWithdrawsDuringScreening() throws Exception {
        ProcessInstance application = startDraft();
        submit(application);

        withdraw(application);

        assertThat(application).isEnded().hasPassed("Event_ApplicationWithdrawn").hasNotPassed("Event_ApplicationScreened");
    }

    @Test
    void shouldEndWithdrawnWhenTheApplicantWithdrawsInsteadOfProvidingInformation() throws Exception {
        ProcessInstance application = startDraft();
        submit(application);
        screen(application, SCREENING_OUTCOME_MORE_INFORMATION);
        execute(job(application));

        withdraw(application);

        assertThat(application).isEnded().hasPassed("Event_ApplicationWithdrawn").hasNotPassed("Task_LapseApplication");
        assertThat(jobQuery().processInstanceId(application.getId()).count()).isZero();
    }

    @Test
    void shouldKeepTheFactsJobForRetryWhenCollectingFactsFails() throws Exception {
        org.mockito.Mockito.doThrow(new IllegalStateException("database unavailable"))
                .when(delegates.collectEligibilityFacts).execute(any());
        ProcessInstance application = startDraft();
        correlate(MESSAGE_APPLICATION_SUBMITTED);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(job(application)))
                .hasMessage("database unavailable");

        assertThat(application).isWaitingAt("Task_CollectEligibilityFacts");
        assertThat(job(application).getRetries()).isEqualTo(2);
        assertThat(job(application).getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
    }

    private ProcessInstance startDraft() {
        return runtimeService().startProcessInstanceByKey(PROCESS_APPLICATION, APPLICATION_ID,
                withVariables(VAR_APPLICATION_ID, APPLICATION_ID, VAR_CALL_CLOSES_AT, CALL_CLOSES_AT));
    }

    /** Submits and runs the asynchronous eligibility step. */
    private void submit(ProcessInstance application) {
        correlate(MESSAGE_APPLICATION_SUBMITTED);
        assertThat(application).isWaitingAt("Task_CollectEligibilityFacts");
        execute(job(application));
    }

    /** Completes screening and runs the job after it, as the job executor would. */
    private void screen(ProcessInstance application, String outcome) {
        complete(task(application), withVariables(VAR_SCREENING_OUTCOME, outcome));
        execute(job(application));
    }

    private void withdraw(ProcessInstance application) {
        correlate(MESSAGE_APPLICATION_WITHDRAWN);
        assertThat(application).isWaitingAt("Task_RecordWithdrawal");
        execute(job(application));
        try {
            verify(delegates.recordWithdrawal).execute(any());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(APPLICATION_ID).correlate();
    }
}
