package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.globalaifund.bpmn.ProcessNames.*;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GrantLifecycle parent with the real Application child and Eligibility decision; coverage is asserted for the
 * parent only, ApplicationTest covers the child.
 */
@Deployment(resources = {"bpmn/GrantLifecycle.bpmn", "bpmn/Application.bpmn", "bpmn/Eligibility.dmn"})
class GrantLifecycleTest extends ProcessTestClock {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(PROCESS_APPLICATION)
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
    void shouldWaitForReviewWhenTheApplicationIsEligibleAndScreened() {
        ProcessInstance lifecycle = start();

        submitAndScreen(application(lifecycle));

        assertThat(lifecycle).isWaitingAt("Task_WaitForReview").variables()
                .containsEntry(VAR_ELIGIBLE, true)
                .containsEntry(VAR_SCREENING_OUTCOME, SCREENING_OUTCOME_SCREENED);
    }

    @Test
    void shouldEndReviewedWhenTheReviewIsCompleted() {
        ProcessInstance lifecycle = start();
        submitAndScreen(application(lifecycle));

        correlate(MESSAGE_REVIEW_COMPLETED);

        assertThat(lifecycle).isEnded().hasPassed("Event_Reviewed");
    }

    @Test
    void shouldNotTakeForwardAnIneligibleApplication() {
        delegates.factsAre(true, true, false, true);
        ProcessInstance lifecycle = start();
        ProcessInstance application = application(lifecycle);
        correlate(MESSAGE_APPLICATION_SUBMITTED);
        execute(job(application));
        execute(job(application));

        assertThat(lifecycle).isEnded().hasPassed("Event_NotTakenForward").hasNotPassed("Task_WaitForReview")
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
    void shouldEndWithdrawnWhenTheGrantIsWithdrawnWhileWaitingForReview() {
        ProcessInstance lifecycle = start();
        submitAndScreen(application(lifecycle));

        correlate(MESSAGE_GRANT_WITHDRAWN);

        assertThat(lifecycle).isEnded().hasPassed("Event_GrantWithdrawn").hasNotPassed("Event_Reviewed");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_GRANT_LIFECYCLE, APPLICATION_ID,
                withVariables(VAR_APPLICATION_ID, APPLICATION_ID, VAR_CALL_CLOSES_AT, CALL_CLOSES_AT));
    }

    private static ProcessInstance application(ProcessInstance lifecycle) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).singleResult();
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
