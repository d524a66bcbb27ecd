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
 * The GrantLifecycle parent with the real Application and Review children and their decisions; coverage is asserted
 * for the parent only, ApplicationTest and ReviewTest cover the children.
 */
@Deployment(resources = {"bpmn/GrantLifecycle.bpmn", "bpmn/Application.bpmn", "bpmn/Eligibility.dmn",
        "bpmn/Review.bpmn", "bpmn/ReviewAggregation.dmn"})
class GrantLifecycleTest extends ProcessTestClock {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys(PROCESS_APPLICATION, PROCESS_REVIEW)
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
    void shouldEndReviewedWithTheRecommendationAndMeanScoreOfTheReview() {
        ProcessInstance lifecycle = start();
        submitAndScreen(application(lifecycle));
        ProcessInstance review = review(lifecycle);

        assignTwoReviewers(review);
        submitReview(1, "3.60");
        submitReview(2, "3.20");
        runAsyncJobs(review.getId());

        assertThat(review).isEnded().hasPassed("Event_ReviewComplete");
        assertThat(lifecycle).isEnded().hasPassed("Event_Reviewed").variables()
                .containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_FUND_WITH_CONDITIONS)
                .containsEntry(VAR_MEAN_SCORE, 3.4)
                .doesNotContainKeys(VAR_REVIEW_COUNT, VAR_AGGREGATION);
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
