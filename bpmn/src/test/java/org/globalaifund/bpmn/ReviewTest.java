package org.globalaifund.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.globalaifund.bpmn.ProcessDelegateMocks.REMINDER_BEFORE;
import static org.globalaifund.bpmn.ProcessDelegateMocks.REVIEW_INFORMATION_PERIOD;
import static org.globalaifund.bpmn.ProcessDelegateMocks.REVIEW_PERIOD;
import static org.globalaifund.bpmn.ProcessNames.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Review process, flow by flow, with the real ReviewAggregation decision and mocked delegates. Reviewers act
 * through messages to their own slot; the totals they submit are recorded in the mocks first, as the application
 * records them in its tables before it correlates.
 */
@Deployment(resources = {"bpmn/Review.bpmn", "bpmn/ReviewAggregation.dmn"})
class ReviewTest extends ProcessTestClock {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String APPLICATION_ID = "7f1c2a9e-0000-4000-8000-000000000077";
    private static final Instant REVIEW_DUE_AT = NOW.plus(REVIEW_PERIOD);

    @Test
    void shouldAskAdminToAssignTheReviewers() {
        ProcessInstance review = start();

        assertThat(review).isWaitingAt(TASK_ASSIGN_REVIEWERS);
        assertThat(task(review)).hasCandidateGroup(GROUP_ADMIN).hasFormKey(FORM_REVIEW_ASSIGNMENT);
    }

    @Test
    void shouldScheduleOneSlotPerReviewerWithItsOwnDeadlineAndReminder() throws Exception {
        ProcessInstance review = start();

        assignReviewers(review, 2);

        verify(delegates.scheduleReview, times(2)).execute(any());
        assertThat(waitingSlots(review)).containsExactlyInAnyOrder(1, 2);
        assertThat(timers(review, "Event_ReviewDeadlinePassed")).extracting(Job::getDuedate)
                .containsOnly(Date.from(REVIEW_DUE_AT)).hasSize(2);
        assertThat(timers(review, "Event_ReviewReminderDue")).extracting(Job::getDuedate)
                .containsOnly(Date.from(REVIEW_DUE_AT.minus(REMINDER_BEFORE))).hasSize(2);
        assertThat(runtimeService().getVariables(review.getId())).doesNotContainKeys(VAR_REVIEW_SLOT, VAR_REVIEW_DUE_AT);
    }

    @Test
    void shouldPassASubmissionToTheReviewersOwnSlotOnly() {
        ProcessInstance review = start();
        assignReviewers(review, 2);

        submit(2, "4.00");
        runAsyncJobs(review.getId());

        assertThat(waitingSlots(review)).containsExactly(1);
        assertThat(timers(review, "Event_ReviewDeadlinePassed")).hasSize(1);
        assertThat(review).isActive().hasNotPassed("Task_CollectScores");
    }

    @Test
    void shouldFinishBothSlotsWhenTwoReviewersSubmitBeforeEitherIsCarriedOn() {
        ProcessInstance review = start();
        assignReviewers(review, 2);

        submit(1, "4.00");
        submit(2, "4.20");
        assertThat(jobQuery().processInstanceId(review.getId()).activityId("Task_WaitForReview").count()).isEqualTo(2);
        runAsyncJobs(review.getId());

        assertThat(review).isEnded().hasPassed("Event_ReviewComplete");
    }

    @ParameterizedTest(name = "totals {0} and {1} -> mean {2}, {3}")
    @CsvSource({
            "4.20, 4.00, 4.10, FUND",
            "4.00, 4.00, 4.00, FUND",
            "3.50, 4.48, 3.99, FUND_WITH_CONDITIONS",
            "3.00, 3.00, 3.00, FUND_WITH_CONDITIONS",
            "2.50, 3.48, 2.99, DO_NOT_FUND",
            "1.00, 1.00, 1.00, DO_NOT_FUND",
    })
    void shouldRecommendByTheMeanWhenTwoTotalsAreWithin150(String first, String second, double mean,
                                                          String recommendation) throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);

        submit(1, first);
        submit(2, second);
        runAsyncJobs(review.getId());

        assertThat(review).isEnded().hasPassed("Event_ReviewComplete").hasNotPassed(TASK_ASSIGN_THIRD_REVIEWER)
                .variables()
                .containsEntry(VAR_REVIEW_COUNT, 2)
                .containsEntry(VAR_MEAN_SCORE, mean)
                .containsEntry(VAR_THIRD_REVIEW_NEEDED, false)
                .containsEntry(VAR_RECOMMENDATION, recommendation);
        verify(delegates.recordRecommendation).execute(any());
    }

    @Test
    void shouldAskForOneThirdReviewWhenTwoTotalsDifferByMoreThan150AndNeverASecond() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        submit(1, "5.00");
        submit(2, "3.00");
        runAsyncJobs(review.getId());

        assertThat(review).isWaitingAt(TASK_ASSIGN_THIRD_REVIEWER).variables()
                .containsEntry(VAR_THIRD_REVIEW_NEEDED, true)
                .containsEntry(VAR_RECOMMENDATION, null);
        assertThat(task(review)).hasCandidateGroup(GROUP_ADMIN).hasFormKey(FORM_REVIEW_THIRD_ASSIGNMENT);
        verify(delegates.recordRecommendation, never()).execute(any());

        complete(task(review), withVariables(VAR_REVIEWER_COUNT, 1, VAR_SLOT_OFFSET, 2));
        runAsyncJobs(review.getId());
        assertThat(waitingSlots(review)).containsExactly(3);
        submit(3, "1.00");
        runAsyncJobs(review.getId());

        assertThat(review).isEnded().hasPassed("Event_ReviewComplete").variables()
                .containsEntry(VAR_REVIEW_COUNT, 3)
                .containsEntry(VAR_SCORE_SPREAD, 4.0)
                .containsEntry(VAR_MEAN_SCORE, 3.0)
                .containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_FUND_WITH_CONDITIONS);
        verify(delegates.collectReviewScores, times(2)).execute(any());
        verify(delegates.scheduleReview, times(3)).execute(any());
    }

    @Test
    void shouldRemindTheReviewerThreeDaysBeforeTheDeadline() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        submit(2, "4.00");
        runAsyncJobs(review.getId());

        ClockUtil.setCurrentTime(Date.from(REVIEW_DUE_AT.minus(REMINDER_BEFORE).minusSeconds(1)));
        assertThat(executableTimers(review)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(REVIEW_DUE_AT.minus(REMINDER_BEFORE)));
        execute(timer(review, "Event_ReviewReminderDue"));
        assertThat(review).isWaitingAt("Task_SendReviewReminder", "Task_WaitForReview");
        runAsyncJobs(review.getId());

        verify(delegates.sendReviewReminder).execute(any());
        assertThat(waitingSlots(review)).containsExactly(1);
        assertThat(timers(review, "Event_ReviewDeadlinePassed")).hasSize(1);
        submit(1, "4.00");
        runAsyncJobs(review.getId());
        assertThat(review).isEnded().hasPassed("Event_ReminderSent", "Event_ReviewComplete")
                .hasNotPassed(TASK_ASSIGN_ANOTHER_REVIEWER);
    }

    @Test
    void shouldAskAdminForAnotherReviewerWhenTheDeadlinePasses() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        submit(2, "4.00");
        runAsyncJobs(review.getId());

        Instant late = REVIEW_DUE_AT.plusSeconds(1);
        ClockUtil.setCurrentTime(Date.from(late));
        execute(timer(review, "Event_ReviewDeadlinePassed"));

        assertThat(review).isWaitingAt(TASK_ASSIGN_ANOTHER_REVIEWER);
        assertThat(task(review)).hasCandidateGroup(GROUP_ADMIN).hasFormKey(FORM_REVIEW_REASSIGNMENT);
        assertThat(slotOf(task(review))).isEqualTo(1);
        assertThat(jobQuery().processInstanceId(review.getId()).timers().count()).isZero();
        complete(task(review));
        runAsyncJobs(review.getId());

        assertThat(waitingSlots(review)).containsExactly(1);
        assertThat(timer(review, "Event_ReviewDeadlinePassed").getDuedate()).isEqualTo(Date.from(late.plus(REVIEW_PERIOD)));
        submit(1, "4.40");
        runAsyncJobs(review.getId());
        assertThat(review).isEnded().hasPassed("Event_ReviewComplete").hasNotPassed("Task_SendReviewReminder")
                .variables().containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_FUND);
        verify(delegates.scheduleReview, times(3)).execute(any());
        verify(delegates.sendReviewReminder, never()).execute(any());
    }

    @Test
    void shouldAskAdminForAnotherReviewerWhenAReviewerDeclaresAConflict() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);

        correlateToSlot(MESSAGE_REVIEWER_CONFLICTED, 2);

        assertThat(waitingSlots(review)).containsExactly(1);
        assertThat(review).isWaitingAt(TASK_ASSIGN_ANOTHER_REVIEWER);
        assertThat(slotOf(task(review))).isEqualTo(2);
        complete(task(review));
        runAsyncJobs(review.getId());
        assertThat(waitingSlots(review)).containsExactlyInAnyOrder(1, 2);
        submit(1, "2.00");
        submit(2, "2.50");
        runAsyncJobs(review.getId());

        assertThat(review).isEnded().hasPassed("Event_ReviewComplete").variables()
                .containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_DO_NOT_FUND);
        verify(delegates.scheduleReview, times(3)).execute(any());
    }

    @Test
    void shouldGoOnOnceTheRequestedInformationIsProvidedBeforeTheLastReview() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);

        requestInformation(review);
        assertThat(review).isWaitingAt("Task_WaitForReviewInformation", "Task_WaitForReview")
                .variables().containsEntry(VAR_REVIEW_INFORMATION_OPEN, true);
        assertThat(timer(review, "Event_ReviewInformationOverdue").getDuedate())
                .isEqualTo(Date.from(NOW.plus(REVIEW_INFORMATION_PERIOD)));
        correlate(MESSAGE_REVIEW_INFORMATION_PROVIDED);
        runAsyncJobs(review.getId());
        verify(delegates.resumeReview).execute(any());
        assertThat(review).hasPassed("Event_ReviewResumed").variables().containsEntry(VAR_REVIEW_INFORMATION_OPEN, false);

        submit(1, "4.00");
        submit(2, "4.00");
        runAsyncJobs(review.getId());
        assertThat(review).isEnded().hasPassed("Event_ReviewComplete");
    }

    @Test
    void shouldHoldTheTotalsWhileARequestIsOpenWhenTheLastReviewArrives() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        requestInformation(review);

        submit(1, "4.00");
        submit(2, "4.00");
        runAsyncJobs(review.getId());
        assertThat(review).isWaitingAt("Event_NoInformationRequestOpen", "Task_WaitForReviewInformation");
        verify(delegates.collectReviewScores, never()).execute(any());

        correlate(MESSAGE_REVIEW_INFORMATION_PROVIDED);
        assertThat(review).isWaitingAt("Task_ResumeReview", "Event_NoInformationRequestOpen");
        runAsyncJobs(review.getId());

        assertThat(review).isEnded().hasPassed("Event_ReviewResumed", "Event_ReviewComplete")
                .variables().containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_FUND);
    }

    @Test
    void shouldHoldTheTotalsFromTheMomentTheRequestIsCorrelated() {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        correlate(MESSAGE_REVIEW_INFORMATION_REQUESTED);

        submit(1, "4.00");
        submit(2, "4.00");
        jobQuery().processInstanceId(review.getId()).activityId("Task_WaitForReview").list().forEach(job -> execute(job));

        assertThat(review).isWaitingAt("Event_NoInformationRequestOpen", "Task_RequestReviewInformation");
        runAsyncJobs(review.getId());
        assertThat(review).isWaitingAt("Event_NoInformationRequestOpen", "Task_WaitForReviewInformation");
    }

    @Test
    void shouldEndOnlyOnceARequestMadeAfterTheTotalsWereCollectedIsClosed() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        submit(1, "4.00");
        submit(2, "4.00");
        jobQuery().processInstanceId(review.getId()).activityId("Task_WaitForReview").list().forEach(job -> execute(job));
        assertThat(review).isWaitingAt("Task_CollectScores");

        requestInformation(review);

        verify(delegates.recordRecommendation).execute(any());
        assertThat(review).isActive().hasPassed("Event_ReviewComplete").isWaitingAt("Task_WaitForReviewInformation");
        correlate(MESSAGE_REVIEW_INFORMATION_PROVIDED);
        runAsyncJobs(review.getId());
        assertThat(review).isEnded();
    }

    @Test
    void shouldGoOnWithoutTheAnswerWhenTheRequestLapses() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        requestInformation(review);
        submit(1, "3.00");
        submit(2, "3.50");
        runAsyncJobs(review.getId());

        Instant dueAt = NOW.plus(REVIEW_INFORMATION_PERIOD);
        ClockUtil.setCurrentTime(Date.from(dueAt.minusSeconds(1)));
        assertThat(executableTimers(review)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(dueAt.plusSeconds(1)));
        execute(timer(review, "Event_ReviewInformationOverdue"));
        assertThat(review).isWaitingAt("Task_LapseReviewInformation", "Event_NoInformationRequestOpen");
        runAsyncJobs(review.getId());

        verify(delegates.lapseReviewInformation).execute(any());
        verify(delegates.resumeReview, never()).execute(any());
        assertThat(review).isEnded().hasPassed("Event_ReviewInformationLapsed", "Event_ReviewComplete")
                .variables()
                .containsEntry(VAR_REVIEW_INFORMATION_OPEN, false)
                .containsEntry(VAR_RECOMMENDATION, RECOMMENDATION_FUND_WITH_CONDITIONS);
    }

    @Test
    void shouldTakeAnotherRequestOnceTheFirstIsClosed() throws Exception {
        ProcessInstance review = start();
        assignReviewers(review, 2);
        requestInformation(review);
        correlate(MESSAGE_REVIEW_INFORMATION_PROVIDED);
        runAsyncJobs(review.getId());

        requestInformation(review);
        submit(1, "4.00");
        submit(2, "4.00");
        runAsyncJobs(review.getId());

        assertThat(review).isWaitingAt("Event_NoInformationRequestOpen", "Task_WaitForReviewInformation")
                .variables().containsEntry(VAR_REVIEW_INFORMATION_OPEN, true);
        verify(delegates.requestReviewInformation, times(2)).execute(any());
    }

    @Test
    void shouldKeepTheScheduleJobForRetryWhenSchedulingFails() throws Exception {
        doThrow(new IllegalStateException("database unavailable")).when(delegates.scheduleReview).execute(any());
        ProcessInstance review = start();
        complete(task(review), withVariables(VAR_REVIEWER_COUNT, 2, VAR_SLOT_OFFSET, 0));
        execute(jobQuery().processInstanceId(review.getId()).activityId(TASK_ASSIGN_REVIEWERS).singleResult());

        List<Job> jobs = jobQuery().processInstanceId(review.getId()).activityId("Task_ScheduleReview").list();
        jobs.forEach(job -> assertThatThrownBy(() -> execute(job)).hasMessage("database unavailable"));

        jobs = jobQuery().processInstanceId(review.getId()).activityId("Task_ScheduleReview").list();
        assertThat(jobs).hasSize(2).allSatisfy(job -> {
            assertThat(job.getRetries()).isEqualTo(2);
            assertThat(job.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
            assertThat(job.getExceptionMessage()).isEqualTo("database unavailable");
        });
        assertThatThrownBy(() -> correlateToSlot(MESSAGE_REVIEW_SUBMITTED, 1)).hasMessageContaining("ReviewSubmitted");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_REVIEW, APPLICATION_ID,
                withVariables(VAR_APPLICATION_ID, APPLICATION_ID));
    }

    /** ADMIN assigns the first reviewers; the slots are scheduled. */
    private void assignReviewers(ProcessInstance review, int count) {
        complete(task(review), withVariables(VAR_REVIEWER_COUNT, count, VAR_SLOT_OFFSET, 0));
        runAsyncJobs(review.getId());
    }

    /** The reviewer of {@code slot} declares no conflict and submits scores coming to {@code total}. */
    private void submit(int slot, String total) {
        delegates.reviewTotal(slot, total);
        correlateToSlot(MESSAGE_REVIEW_SUBMITTED, slot);
    }

    private void requestInformation(ProcessInstance review) {
        correlate(MESSAGE_REVIEW_INFORMATION_REQUESTED);
        runAsyncJobs(review.getId());
    }

    private static void correlateToSlot(String message, int slot) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(APPLICATION_ID)
                .localVariableEquals(VAR_REVIEW_SLOT, slot).correlate();
    }

    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(APPLICATION_ID).correlate();
    }

    /** The slots whose reviewer the process waits for, read from the wait's own (local) variable. */
    private static List<Integer> waitingSlots(ProcessInstance review) {
        return runtimeService().createExecutionQuery().processInstanceId(review.getId()).activityId("Task_WaitForReview")
                .list().stream()
                .map(Execution::getId)
                .map(id -> ((Number) runtimeService().getVariableLocal(id, VAR_REVIEW_SLOT)).intValue())
                .toList();
    }

    private static int slotOf(Task task) {
        return ((Number) taskService().getVariable(task.getId(), VAR_REVIEW_SLOT)).intValue();
    }

    private static List<Job> timers(ProcessInstance review, String boundaryEventId) {
        return jobQuery().processInstanceId(review.getId()).timers().activityId(boundaryEventId).list();
    }

    private static Job timer(ProcessInstance review, String boundaryEventId) {
        return jobQuery().processInstanceId(review.getId()).timers().activityId(boundaryEventId).singleResult();
    }

    private static List<Job> executableTimers(ProcessInstance review) {
        return jobQuery().processInstanceId(review.getId()).timers().executable().list();
    }
}
