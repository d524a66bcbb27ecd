package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.globalaifund.bpmn.ProcessDelegateMocks.ACCEPTANCE_PERIOD;
import static org.globalaifund.bpmn.ProcessDelegateMocks.GRANT_ID;
import static org.globalaifund.bpmn.ProcessNames.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GrantAgreement process, flow by flow, with mocked delegates: the grant and its agreement, then the applicant's
 * acceptance (the application commits the grant in the ledger in the transaction that correlates it), a declination,
 * or the deadline; and the grantId and agreementOutcome it hands back to GrantLifecycle.
 */
@Deployment(resources = "bpmn/GrantAgreement.bpmn")
class GrantAgreementTest extends ProcessTestClock {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String APPLICATION_ID = "7f1c2a9e-0000-4000-8000-000000000207";
    private static final Instant ACCEPTANCE_DUE_AT = NOW.plus(ACCEPTANCE_PERIOD);

    @Test
    void shouldPrepareTheAgreementAndWaitForAcceptanceUntilTheDeadline() throws Exception {
        ProcessInstance agreement = start();
        assertThat(agreement).isWaitingAt("Task_PrepareAgreement");

        execute(job(agreement));

        verify(delegates.prepareAgreement).execute(any());
        assertThat(agreement).isWaitingAt(TASK_WAIT_FOR_ACCEPTANCE).variables()
                .containsEntry(VAR_GRANT_ID, GRANT_ID)
                .containsEntry(VAR_ACCEPTANCE_DUE_AT, Date.from(ACCEPTANCE_DUE_AT));
        assertThat(timer(agreement).getDuedate()).isEqualTo(Date.from(ACCEPTANCE_DUE_AT));
    }

    @Test
    void shouldMarkTheFirstTrancheDueAndEndCommittedWhenTheApplicantAccepts() throws Exception {
        ProcessInstance agreement = startAndWaitForAcceptance();

        correlate(MESSAGE_GRANT_ACCEPTED);
        assertThat(agreement).isWaitingAt("Task_MarkFirstTrancheDue");
        assertThat(jobQuery().processInstanceId(agreement.getId()).timers().count()).isZero();
        execute(job(agreement));

        verify(delegates.markFirstTrancheDue).execute(any());
        verify(delegates.lapseOffer, never()).execute(any());
        verify(delegates.recordDeclination, never()).execute(any());
        assertThat(agreement).isEnded().hasPassed("Event_AgreementCommitted").variables()
                .containsEntry(VAR_GRANT_ID, GRANT_ID)
                .containsEntry(VAR_AGREEMENT_OUTCOME, AGREEMENT_OUTCOME_COMMITTED);
    }

    @Test
    void shouldLapseTheOfferWhenTheDeadlinePassesAndRefuseALateAcceptance() throws Exception {
        ProcessInstance agreement = startAndWaitForAcceptance();

        ClockUtil.setCurrentTime(Date.from(ACCEPTANCE_DUE_AT.minusSeconds(1)));
        assertThat(jobQuery().processInstanceId(agreement.getId()).timers().executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(ACCEPTANCE_DUE_AT.plusSeconds(1)));
        execute(jobQuery().processInstanceId(agreement.getId()).timers().executable().singleResult());
        assertThat(agreement).isWaitingAt("Task_LapseOffer");

        assertThatThrownBy(() -> correlate(MESSAGE_GRANT_ACCEPTED)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(() -> correlate(MESSAGE_GRANT_DECLINED)).isInstanceOf(MismatchingMessageCorrelationException.class);
        execute(job(agreement));

        verify(delegates.lapseOffer).execute(any());
        verify(delegates.markFirstTrancheDue, never()).execute(any());
        assertThat(agreement).isEnded().hasPassed("Event_OfferLapsed").hasNotPassed("Task_MarkFirstTrancheDue")
                .variables()
                .containsEntry(VAR_GRANT_ID, GRANT_ID)
                .containsEntry(VAR_AGREEMENT_OUTCOME, AGREEMENT_OUTCOME_LAPSED);
        assertThatThrownBy(() -> correlate(MESSAGE_GRANT_ACCEPTED)).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void shouldRecordTheDeclinationAndEndDeclinedWhenTheApplicantDeclines() throws Exception {
        ProcessInstance agreement = startAndWaitForAcceptance();

        correlate(MESSAGE_GRANT_DECLINED);
        assertThat(agreement).isWaitingAt("Task_RecordDeclination");
        assertThat(jobQuery().processInstanceId(agreement.getId()).timers().count()).isZero();
        assertThatThrownBy(() -> correlate(MESSAGE_GRANT_ACCEPTED)).isInstanceOf(MismatchingMessageCorrelationException.class);
        execute(job(agreement));

        verify(delegates.recordDeclination).execute(any());
        verify(delegates.markFirstTrancheDue, never()).execute(any());
        assertThat(agreement).isEnded().hasPassed("Event_OfferDeclined").hasNotPassed("Task_MarkFirstTrancheDue")
                .variables().containsEntry(VAR_AGREEMENT_OUTCOME, AGREEMENT_OUTCOME_DECLINED);
    }

    @Test
    void shouldRefuseAnAcceptanceBeforeTheAgreementIsPrepared() {
        ProcessInstance agreement = start();

        assertThatThrownBy(() -> correlate(MESSAGE_GRANT_ACCEPTED)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(() -> correlate(MESSAGE_GRANT_DECLINED)).isInstanceOf(MismatchingMessageCorrelationException.class);

        assertThat(agreement).isWaitingAt("Task_PrepareAgreement");
    }

    @Test
    void shouldKeepThePreparationJobForRetryWhenItFails() throws Exception {
        doThrow(new IllegalStateException("PDF rendering failed")).when(delegates.prepareAgreement).execute(any());
        ProcessInstance agreement = start();

        assertThatThrownBy(() -> execute(job(agreement))).hasMessage("PDF rendering failed");

        Job retry = job(agreement);
        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        assertThat(agreement).isWaitingAt("Task_PrepareAgreement").variables().doesNotContainKeys(VAR_GRANT_ID);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_GRANT_AGREEMENT, APPLICATION_ID,
                withVariables(VAR_APPLICATION_ID, APPLICATION_ID));
    }

    private ProcessInstance startAndWaitForAcceptance() {
        ProcessInstance agreement = start();
        execute(job(agreement));
        assertThat(agreement).isWaitingAt(TASK_WAIT_FOR_ACCEPTANCE);
        return agreement;
    }

    private static Job timer(ProcessInstance agreement) {
        return jobQuery().processInstanceId(agreement.getId()).timers().activityId("Event_AcceptanceDeadlinePassed")
                .singleResult();
    }

    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(APPLICATION_ID).correlate();
    }
}
