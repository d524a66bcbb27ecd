package org.globalaifund.bpmn;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Mockito stand-ins for every delegate the models call, registered under their bean names. They set what the real
 * delegates set: the eligibility facts a test chose; due dates after the engine's now (information two weeks, a
 * review three weeks with its reminder three days before, review information one week); and the count, spread and
 * mean of the review totals a test recorded per slot, at two decimals as the application computes them; the
 * sanctions result a test chose (CLEAR unless told); the grant {@link #GRANT_ID} with its acceptance deadline four
 * weeks after the engine's now.
 */
final class ProcessDelegateMocks {

    static final Duration INFORMATION_PERIOD = Duration.ofDays(14);
    static final Duration REVIEW_PERIOD = Duration.ofDays(21);
    static final Duration REMINDER_BEFORE = Duration.ofDays(3);
    static final Duration REVIEW_INFORMATION_PERIOD = Duration.ofDays(7);
    static final Duration ACCEPTANCE_PERIOD = Duration.ofDays(28);
    static final String GRANT_ID = "4b0d6c1e-0000-4000-8000-000000000007";

    final JavaDelegate lapseDraft = mock(JavaDelegate.class);
    final JavaDelegate collectEligibilityFacts = mock(JavaDelegate.class);
    final JavaDelegate notifyIneligible = mock(JavaDelegate.class);
    final JavaDelegate requestMoreInformation = mock(JavaDelegate.class);
    final JavaDelegate lapseApplication = mock(JavaDelegate.class);
    final JavaDelegate recordWithdrawal = mock(JavaDelegate.class);
    final JavaDelegate scheduleReview = mock(JavaDelegate.class);
    final JavaDelegate sendReviewReminder = mock(JavaDelegate.class);
    final JavaDelegate collectReviewScores = mock(JavaDelegate.class);
    final JavaDelegate recordRecommendation = mock(JavaDelegate.class);
    final JavaDelegate requestReviewInformation = mock(JavaDelegate.class);
    final JavaDelegate resumeReview = mock(JavaDelegate.class);
    final JavaDelegate lapseReviewInformation = mock(JavaDelegate.class);
    final JavaDelegate screenSanctions = mock(JavaDelegate.class);
    final JavaDelegate recordDiligenceRejection = mock(JavaDelegate.class);
    final JavaDelegate markReadyForBoard = mock(JavaDelegate.class);
    final JavaDelegate notifyBoardRejection = mock(JavaDelegate.class);
    final JavaDelegate prepareAgreement = mock(JavaDelegate.class);
    final JavaDelegate lapseOffer = mock(JavaDelegate.class);
    final JavaDelegate recordDeclination = mock(JavaDelegate.class);
    final JavaDelegate markFirstTrancheDue = mock(JavaDelegate.class);

    /** The latest total per slot, as the application's tables would hold it when the reviewer submits. */
    private final Map<Integer, BigDecimal> reviewTotals = new TreeMap<>();

    private boolean callOpen = true;
    private boolean countryEligible = true;
    private boolean withinLimits = true;
    private boolean requiredPartsPresent = true;
    private String sanctionsResult = ProcessNames.SANCTIONS_RESULT_CLEAR;

    static ProcessDelegateMocks register() {
        ProcessDelegateMocks mocks = new ProcessDelegateMocks();
        Mocks.register(ProcessNames.DELEGATE_LAPSE_DRAFT, mocks.lapseDraft);
        Mocks.register(ProcessNames.DELEGATE_COLLECT_ELIGIBILITY_FACTS, mocks.collectEligibilityFacts);
        Mocks.register(ProcessNames.DELEGATE_NOTIFY_INELIGIBLE, mocks.notifyIneligible);
        Mocks.register(ProcessNames.DELEGATE_REQUEST_MORE_INFORMATION, mocks.requestMoreInformation);
        Mocks.register(ProcessNames.DELEGATE_LAPSE_APPLICATION, mocks.lapseApplication);
        Mocks.register(ProcessNames.DELEGATE_RECORD_WITHDRAWAL, mocks.recordWithdrawal);
        Mocks.register(ProcessNames.DELEGATE_SCHEDULE_REVIEW, mocks.scheduleReview);
        Mocks.register(ProcessNames.DELEGATE_SEND_REVIEW_REMINDER, mocks.sendReviewReminder);
        Mocks.register(ProcessNames.DELEGATE_COLLECT_REVIEW_SCORES, mocks.collectReviewScores);
        Mocks.register(ProcessNames.DELEGATE_RECORD_RECOMMENDATION, mocks.recordRecommendation);
        Mocks.register(ProcessNames.DELEGATE_REQUEST_REVIEW_INFORMATION, mocks.requestReviewInformation);
        Mocks.register(ProcessNames.DELEGATE_RESUME_REVIEW, mocks.resumeReview);
        Mocks.register(ProcessNames.DELEGATE_LAPSE_REVIEW_INFORMATION, mocks.lapseReviewInformation);
        Mocks.register(ProcessNames.DELEGATE_SCREEN_SANCTIONS, mocks.screenSanctions);
        Mocks.register(ProcessNames.DELEGATE_RECORD_DILIGENCE_REJECTION, mocks.recordDiligenceRejection);
        Mocks.register(ProcessNames.DELEGATE_MARK_READY_FOR_BOARD, mocks.markReadyForBoard);
        Mocks.register(ProcessNames.DELEGATE_NOTIFY_BOARD_REJECTION, mocks.notifyBoardRejection);
        Mocks.register(ProcessNames.DELEGATE_PREPARE_AGREEMENT, mocks.prepareAgreement);
        Mocks.register(ProcessNames.DELEGATE_LAPSE_OFFER, mocks.lapseOffer);
        Mocks.register(ProcessNames.DELEGATE_RECORD_DECLINATION, mocks.recordDeclination);
        Mocks.register(ProcessNames.DELEGATE_MARK_FIRST_TRANCHE_DUE, mocks.markFirstTrancheDue);
        mocks.answer();
        return mocks;
    }

    void factsAre(boolean callOpen, boolean countryEligible, boolean withinLimits, boolean requiredPartsPresent) {
        this.callOpen = callOpen;
        this.countryEligible = countryEligible;
        this.withinLimits = withinLimits;
        this.requiredPartsPresent = requiredPartsPresent;
    }

    /** What the sanctions screening finds (a SANCTIONS_RESULT_* value, or null for a screening that sets nothing). */
    void sanctionsResultIs(String sanctionsResult) {
        this.sanctionsResult = sanctionsResult;
    }

    /** Records the total (e.g. "4.25") of the review in {@code slot}, replacing an earlier reviewer's. */
    void reviewTotal(int slot, String total) {
        reviewTotals.put(slot, new BigDecimal(total));
    }

    private void answer() {
        try {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                execution.setVariable(ProcessNames.VAR_CALL_OPEN, callOpen);
                execution.setVariable(ProcessNames.VAR_COUNTRY_ELIGIBLE, countryEligible);
                execution.setVariable(ProcessNames.VAR_WITHIN_LIMITS, withinLimits);
                execution.setVariable(ProcessNames.VAR_REQUIRED_PARTS_PRESENT, requiredPartsPresent);
                return null;
            }).when(collectEligibilityFacts).execute(any());
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                Date dueAt = Date.from(ClockUtil.now().toInstant().plus(INFORMATION_PERIOD));
                execution.setVariable(ProcessNames.VAR_INFORMATION_DUE_AT, dueAt);
                return null;
            }).when(requestMoreInformation).execute(any());
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                Date dueAt = Date.from(ClockUtil.now().toInstant().plus(REVIEW_PERIOD));
                execution.setVariableLocal(ProcessNames.VAR_REVIEW_DUE_AT, dueAt);
                execution.setVariableLocal(ProcessNames.VAR_REVIEW_REMIND_AT, Date.from(dueAt.toInstant().minus(REMINDER_BEFORE)));
                return null;
            }).when(scheduleReview).execute(any());
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                BigDecimal sum = reviewTotals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal spread = Collections.max(reviewTotals.values()).subtract(Collections.min(reviewTotals.values()));
                BigDecimal mean = sum.divide(BigDecimal.valueOf(reviewTotals.size()), 2, RoundingMode.HALF_EVEN);
                execution.setVariable(ProcessNames.VAR_REVIEW_COUNT, reviewTotals.size());
                execution.setVariable(ProcessNames.VAR_SCORE_SPREAD, spread.setScale(2, RoundingMode.HALF_EVEN).doubleValue());
                execution.setVariable(ProcessNames.VAR_MEAN_SCORE, mean.doubleValue());
                return null;
            }).when(collectReviewScores).execute(any());
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                Date dueAt = Date.from(ClockUtil.now().toInstant().plus(REVIEW_INFORMATION_PERIOD));
                execution.setVariable(ProcessNames.VAR_REVIEW_INFORMATION_DUE_AT, dueAt);
                return null;
            }).when(requestReviewInformation).execute(any());
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                if (sanctionsResult != null) {
                    execution.setVariable(ProcessNames.VAR_SANCTIONS_RESULT, sanctionsResult);
                }
                return null;
            }).when(screenSanctions).execute(any());
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                execution.setVariable(ProcessNames.VAR_GRANT_ID, GRANT_ID);
                execution.setVariable(ProcessNames.VAR_ACCEPTANCE_DUE_AT,
                        Date.from(ClockUtil.now().toInstant().plus(ACCEPTANCE_PERIOD)));
                return null;
            }).when(prepareAgreement).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
