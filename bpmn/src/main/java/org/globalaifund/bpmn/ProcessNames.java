package org.globalaifund.bpmn;

import java.util.List;

/**
 * The names the process models and the application share: process and decision ids, message names, variable names,
 * delegate bean names, form keys and the ids of the steps the portals look for. The models in
 * {@code src/main/resources/bpmn} use exactly these strings; {@code ProcessNamesTest} checks that they agree.
 */
public final class ProcessNames {

    // processes and decisions (file name = id)
    public static final String PROCESS_GRANT_LIFECYCLE = "GrantLifecycle";
    public static final String PROCESS_APPLICATION = "Application";
    /** The version tag GrantLifecycle (1.0.0 to 1.2.0) binds its Application call activity to. */
    public static final String APPLICATION_VERSION_TAG = "1.0.0";
    public static final String DECISION_ELIGIBILITY = "Eligibility";
    /** Called from GrantLifecycle 1.1.0 and 1.2.0 with the business key = application id. */
    public static final String PROCESS_REVIEW = "Review";
    /** The version tag GrantLifecycle 1.1.0 and 1.2.0 bind their Review call activity to. */
    public static final String REVIEW_VERSION_TAG = "1.0.0";
    public static final String DECISION_REVIEW_AGGREGATION = "ReviewAggregation";
    /** GrantLifecycle's call activity of the Review: the grant is in review while its execution is there. */
    public static final String TASK_REVIEW = "Task_Review";
    /** Called from GrantLifecycle 1.2.0 with the business key = application id: due diligence, then the board. */
    public static final String PROCESS_BOARD_DECISION = "BoardDecision";
    /** The version tag GrantLifecycle 1.2.0 binds its BoardDecision call activity to. */
    public static final String BOARD_DECISION_VERSION_TAG = "1.0.0";
    /** GrantLifecycle's call activity of the BoardDecision: due diligence or the board's docket while it is there. */
    public static final String TASK_BOARD_DECISION = "Task_BoardDecision";
    /** Called from GrantLifecycle 1.2.0 once the board approved, business key = application id. */
    public static final String PROCESS_GRANT_AGREEMENT = "GrantAgreement";
    /** The version tag GrantLifecycle 1.2.0 binds its GrantAgreement call activity to. */
    public static final String GRANT_AGREEMENT_VERSION_TAG = "1.0.0";
    /** GrantLifecycle's call activity of the GrantAgreement: the offer is out while its execution is there. */
    public static final String TASK_GRANT_AGREEMENT = "Task_GrantAgreement";

    // message names (what to pass to correlateMessage); the BPMN ids are Message_<name>
    /** Application: the applicant submitted the draft. Correlate by business key = application id. */
    public static final String MESSAGE_APPLICATION_SUBMITTED = "ApplicationSubmitted";
    /** Application: the applicant answered a "more information" request. */
    public static final String MESSAGE_INFORMATION_PROVIDED = "InformationProvided";
    /** Application: the applicant withdrew while the application is still in the Application process. */
    public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";
    /**
     * Review: a reviewer declared no conflict of interest and submitted scores (stored first). Correlate by business
     * key and {@code localVariableEquals(VAR_REVIEW_SLOT, slot)}.
     */
    public static final String MESSAGE_REVIEW_SUBMITTED = "ReviewSubmitted";
    /** Review: a reviewer declared a conflict of interest; ADMIN is asked for another. Correlate like MESSAGE_REVIEW_SUBMITTED. */
    public static final String MESSAGE_REVIEWER_CONFLICTED = "ReviewerConflicted";
    /** Review: ADMIN asks the applicant for more information. Correlate by business key; refuse it while one is open. */
    public static final String MESSAGE_REVIEW_INFORMATION_REQUESTED = "ReviewInformationRequested";
    /** Review: the applicant answered the open request for more information. Correlate by business key. */
    public static final String MESSAGE_REVIEW_INFORMATION_PROVIDED = "ReviewInformationProvided";
    /**
     * BoardDecision: the board decided on the application (votes and attendance stored first). Correlate by business
     * key with {@code setVariable(VAR_BOARD_OUTCOME, BOARD_OUTCOME_*)}; any other outcome is refused.
     */
    public static final String MESSAGE_BOARD_DECIDED = "BoardDecided";
    /**
     * GrantAgreement: the applicant accepted the agreement. Commit the whole grant in the ledger in the same
     * transaction, then correlate by business key: a refused correlation (lapsed, declined) rolls the commitment back.
     */
    public static final String MESSAGE_GRANT_ACCEPTED = "GrantAccepted";
    /** GrantAgreement: the applicant declined the agreement. Correlate by business key. */
    public static final String MESSAGE_GRANT_DECLINED = "GrantDeclined";
    /** GrantLifecycle: the grant or application is withdrawn or terminated; ends the parent and any running child. */
    public static final String MESSAGE_GRANT_WITHDRAWN = "GrantWithdrawn";

    // process variables
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** When the call closes (java.util.Date or ISO 8601 date-time string): the draft lapses then. */
    public static final String VAR_CALL_CLOSES_AT = "callClosesAt";
    public static final String VAR_CALL_OPEN = "callOpen";
    public static final String VAR_COUNTRY_ELIGIBLE = "countryEligible";
    public static final String VAR_WITHIN_LIMITS = "withinLimits";
    public static final String VAR_REQUIRED_PARTS_PRESENT = "requiredPartsPresent";
    /** The Eligibility decision's single result: a map with {@code eligible} and {@code reason}. */
    public static final String VAR_ELIGIBILITY = "eligibility";
    public static final String VAR_ELIGIBLE = "eligible";
    /** Set by the screener when completing "Screen application": one of the SCREENING_OUTCOME_* values. */
    public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
    /** Set by the requestMoreInformation delegate (java.util.Date or ISO 8601 string): the application lapses then. */
    public static final String VAR_INFORMATION_DUE_AT = "informationDueAt";

    /** Set when completing "Assign reviewers" (at least 2) and "Assign a third reviewer" (1): how many slots open. */
    public static final String VAR_REVIEWER_COUNT = "reviewerCount";
    /** Set with VAR_REVIEWER_COUNT: 0 for the first reviewers, 2 for the third, so slots are numbered offset + 1... */
    public static final String VAR_SLOT_OFFSET = "slotOffset";
    /**
     * The slot (1, 2, ... and 3 for the third review) of one reviewer: local to the slot, to its wait and to "Assign
     * another reviewer" (read it from that task). A whole number; correlate with an int.
     */
    public static final String VAR_REVIEW_SLOT = "reviewSlot";
    /** Set for the slot by the scheduleReview delegate (java.util.Date or ISO 8601 string): the reviewer's deadline. */
    public static final String VAR_REVIEW_DUE_AT = "reviewDueAt";
    /** Set for the slot by the scheduleReview delegate: the reminder (3 days before VAR_REVIEW_DUE_AT). */
    public static final String VAR_REVIEW_REMIND_AT = "reviewRemindAt";
    /** Set by the collectReviewScores delegate: how many totals are in (Integer). */
    public static final String VAR_REVIEW_COUNT = "reviewCount";
    /** Set by the collectReviewScores delegate: highest minus lowest total (Double, 2 decimals, computed in BigDecimal). */
    public static final String VAR_SCORE_SPREAD = "scoreSpread";
    /** Set by the collectReviewScores delegate: the mean of the totals (Double, 2 decimals, computed in BigDecimal). */
    public static final String VAR_MEAN_SCORE = "meanScore";
    /** The ReviewAggregation decision's single result: a map with thirdReviewNeeded and recommendation. */
    public static final String VAR_AGGREGATION = "aggregation";
    public static final String VAR_THIRD_REVIEW_NEEDED = "thirdReviewNeeded";
    /** One of the RECOMMENDATION_* values once the review is complete (null while a third review is needed). */
    public static final String VAR_RECOMMENDATION = "recommendation";
    /** Set by the requestReviewInformation delegate (java.util.Date or ISO 8601 string): the request lapses then. */
    public static final String VAR_REVIEW_INFORMATION_DUE_AT = "reviewInformationDueAt";
    /** Set by the model: true from the request for more information until it is answered or lapses. */
    public static final String VAR_REVIEW_INFORMATION_OPEN = "reviewInformationOpen";

    /** Set by the screenSanctions delegate: one of the SANCTIONS_RESULT_* values (anything but CLEAR goes to ADMIN). */
    public static final String VAR_SANCTIONS_RESULT = "sanctionsResult";
    /** Set by ADMIN when completing "Clear or reject the possible match": one of the SANCTIONS_DECISION_* values. */
    public static final String VAR_SANCTIONS_DECISION = "sanctionsDecision";
    /** Set by the BoardDecided correlation: one of the BOARD_OUTCOME_* values. */
    public static final String VAR_BOARD_OUTCOME = "boardOutcome";
    /** Set by the model when BoardDecision ends (passed out to GrantLifecycle): one of the DECISION_OUTCOME_* values. */
    public static final String VAR_DECISION_OUTCOME = "decisionOutcome";
    /** Set by the prepareAgreement delegate: the id of the grant created for the approved application (String). */
    public static final String VAR_GRANT_ID = "grantId";
    /** Set by the prepareAgreement delegate (java.util.Date or ISO 8601 string): the offer lapses then. */
    public static final String VAR_ACCEPTANCE_DUE_AT = "acceptanceDueAt";
    /** Set by the model when GrantAgreement ends (passed out to GrantLifecycle): one of the AGREEMENT_OUTCOME_* values. */
    public static final String VAR_AGREEMENT_OUTCOME = "agreementOutcome";

    public static final String SCREENING_OUTCOME_SCREENED = "SCREENED";
    public static final String SCREENING_OUTCOME_MORE_INFORMATION = "MORE_INFORMATION";

    // the reason codes of the Eligibility decision, in the order its rules are checked
    public static final String REASON_CALL_CLOSED = "CALL_CLOSED";
    public static final String REASON_COUNTRY_NOT_ELIGIBLE = "COUNTRY_NOT_ELIGIBLE";
    public static final String REASON_AMOUNT_OUTSIDE_LIMITS = "AMOUNT_OUTSIDE_LIMITS";
    public static final String REASON_PARTS_MISSING = "PARTS_MISSING";
    public static final String REASON_ELIGIBLE = "ELIGIBLE";

    // the recommendation bands of the ReviewAggregation decision
    public static final String RECOMMENDATION_FUND = "FUND";
    public static final String RECOMMENDATION_FUND_WITH_CONDITIONS = "FUND_WITH_CONDITIONS";
    public static final String RECOMMENDATION_DO_NOT_FUND = "DO_NOT_FUND";

    // due diligence and the board
    public static final String SANCTIONS_RESULT_CLEAR = "CLEAR";
    public static final String SANCTIONS_RESULT_POSSIBLE_MATCH = "POSSIBLE_MATCH";
    public static final String SANCTIONS_DECISION_CLEARED = "CLEARED";
    public static final String SANCTIONS_DECISION_REJECTED = "REJECTED";
    /** Approved as drafted or with a stated amount, schedule or conditions (those live in the application's tables). */
    public static final String BOARD_OUTCOME_APPROVED = "APPROVED";
    public static final String BOARD_OUTCOME_REJECTED = "REJECTED";
    public static final String BOARD_OUTCOME_SENT_BACK = "SENT_BACK";
    public static final String DECISION_OUTCOME_APPROVED = "APPROVED";
    public static final String DECISION_OUTCOME_REJECTED_AT_DUE_DILIGENCE = "REJECTED_AT_DUE_DILIGENCE";
    public static final String DECISION_OUTCOME_REJECTED_BY_BOARD = "REJECTED_BY_BOARD";

    // the grant agreement
    public static final String AGREEMENT_OUTCOME_COMMITTED = "COMMITTED";
    public static final String AGREEMENT_OUTCOME_LAPSED = "LAPSED";
    public static final String AGREEMENT_OUTCOME_DECLINED = "DECLINED";

    // delegate beans, bound by camunda:delegateExpression="${name}"
    public static final String DELEGATE_LAPSE_DRAFT = "lapseDraftDelegate";
    /** Sets VAR_CALL_OPEN, VAR_COUNTRY_ELIGIBLE, VAR_WITHIN_LIMITS and VAR_REQUIRED_PARTS_PRESENT (booleans). */
    public static final String DELEGATE_COLLECT_ELIGIBILITY_FACTS = "collectEligibilityFactsDelegate";
    public static final String DELEGATE_NOTIFY_INELIGIBLE = "notifyIneligibleDelegate";
    /** Sends the request and sets VAR_INFORMATION_DUE_AT. */
    public static final String DELEGATE_REQUEST_MORE_INFORMATION = "requestMoreInformationDelegate";
    public static final String DELEGATE_LAPSE_APPLICATION = "lapseApplicationDelegate";
    public static final String DELEGATE_RECORD_WITHDRAWAL = "recordWithdrawalDelegate";
    /** Sets VAR_REVIEW_DUE_AT and VAR_REVIEW_REMIND_AT for the slot VAR_REVIEW_SLOT and queues the reviewer's email. */
    public static final String DELEGATE_SCHEDULE_REVIEW = "scheduleReviewDelegate";
    /** Queues the reminder to the reviewer of the slot VAR_REVIEW_SLOT. */
    public static final String DELEGATE_SEND_REVIEW_REMINDER = "sendReviewReminderDelegate";
    /** Sets VAR_REVIEW_COUNT, VAR_SCORE_SPREAD and VAR_MEAN_SCORE from the submitted totals. */
    public static final String DELEGATE_COLLECT_REVIEW_SCORES = "collectReviewScoresDelegate";
    /** Stores VAR_RECOMMENDATION and VAR_MEAN_SCORE with the application. */
    public static final String DELEGATE_RECORD_RECOMMENDATION = "recordRecommendationDelegate";
    /** Queues the applicant's email and sets VAR_REVIEW_INFORMATION_DUE_AT. */
    public static final String DELEGATE_REQUEST_REVIEW_INFORMATION = "requestReviewInformationDelegate";
    /** Records the applicant's answer; the review then goes on. */
    public static final String DELEGATE_RESUME_REVIEW = "resumeReviewDelegate";
    /** Records that the request lapsed unanswered; the review then goes on. */
    public static final String DELEGATE_LAPSE_REVIEW_INFORMATION = "lapseReviewInformationDelegate";
    /** Screens the organisation and its named signatories against the sanctions list; sets VAR_SANCTIONS_RESULT. */
    public static final String DELEGATE_SCREEN_SANCTIONS = "screenSanctionsDelegate";
    /** Records the rejection at due diligence (ADMIN's reason is stored before the task completes). */
    public static final String DELEGATE_RECORD_DILIGENCE_REJECTION = "recordDiligenceRejectionDelegate";
    /** Puts the application on the list ADMIN builds the board's docket from. */
    public static final String DELEGATE_MARK_READY_FOR_BOARD = "markReadyForBoardDelegate";
    /** Records the board's rejection and queues the applicant's email. */
    public static final String DELEGATE_NOTIFY_BOARD_REJECTION = "notifyBoardRejectionDelegate";
    /**
     * Creates the grant (tranche schedule, results framework) from the board's decision, renders the agreement PDF,
     * queues the applicant's email; sets VAR_GRANT_ID and VAR_ACCEPTANCE_DUE_AT. Commits nothing in the ledger.
     */
    public static final String DELEGATE_PREPARE_AGREEMENT = "prepareAgreementDelegate";
    /** Records that the offer lapsed at VAR_ACCEPTANCE_DUE_AT; commits nothing. */
    public static final String DELEGATE_LAPSE_OFFER = "lapseOfferDelegate";
    /** Records that the applicant declined; commits nothing. */
    public static final String DELEGATE_RECORD_DECLINATION = "recordDeclinationDelegate";
    /** Marks the first tranche of the committed grant due (the commitment itself was made with GrantAccepted). */
    public static final String DELEGATE_MARK_FIRST_TRANCHE_DUE = "markFirstTrancheDueDelegate";
    /** Every delegate bean the deployed models refer to: the application must define each one. */
    public static final List<String> DELEGATES = List.of(
            DELEGATE_LAPSE_DRAFT, DELEGATE_COLLECT_ELIGIBILITY_FACTS, DELEGATE_NOTIFY_INELIGIBLE,
            DELEGATE_REQUEST_MORE_INFORMATION, DELEGATE_LAPSE_APPLICATION, DELEGATE_RECORD_WITHDRAWAL,
            DELEGATE_SCHEDULE_REVIEW, DELEGATE_SEND_REVIEW_REMINDER, DELEGATE_COLLECT_REVIEW_SCORES,
            DELEGATE_RECORD_RECOMMENDATION, DELEGATE_REQUEST_REVIEW_INFORMATION, DELEGATE_RESUME_REVIEW,
            DELEGATE_LAPSE_REVIEW_INFORMATION, DELEGATE_SCREEN_SANCTIONS, DELEGATE_RECORD_DILIGENCE_REJECTION,
            DELEGATE_MARK_READY_FOR_BOARD, DELEGATE_NOTIFY_BOARD_REJECTION, DELEGATE_PREPARE_AGREEMENT,
            DELEGATE_LAPSE_OFFER, DELEGATE_RECORD_DECLINATION, DELEGATE_MARK_FIRST_TRANCHE_DUE);

    // user tasks: their ids (task definition keys), form keys and candidate groups
    public static final String TASK_SCREEN_APPLICATION = "Task_ScreenApplication";
    public static final String FORM_APPLICATION_SCREENING = "portal:application-screening";
    /** Complete with VAR_REVIEWER_COUNT (at least 2) and VAR_SLOT_OFFSET = 0. */
    public static final String TASK_ASSIGN_REVIEWERS = "Task_AssignReviewers";
    public static final String FORM_REVIEW_ASSIGNMENT = "portal:review-assignment";
    /** One per slot whose reviewer declared a conflict or missed the deadline; the task's VAR_REVIEW_SLOT says which. */
    public static final String TASK_ASSIGN_ANOTHER_REVIEWER = "Task_AssignAnotherReviewer";
    public static final String FORM_REVIEW_REASSIGNMENT = "portal:review-reassignment";
    /** Complete with VAR_REVIEWER_COUNT = 1 and VAR_SLOT_OFFSET = 2. */
    public static final String TASK_ASSIGN_THIRD_REVIEWER = "Task_AssignThirdReviewer";
    public static final String FORM_REVIEW_THIRD_ASSIGNMENT = "portal:review-third-assignment";
    /** Store the reason, then complete with VAR_SANCTIONS_DECISION = CLEARED or REJECTED. */
    public static final String TASK_REVIEW_SANCTIONS_MATCH = "Task_ReviewSanctionsMatch";
    public static final String FORM_SANCTIONS_DECISION = "portal:sanctions-decision";
    /** The board sent the application back: store the revision, then complete without variables (back on the list). */
    public static final String TASK_REVISE_FOR_BOARD = "Task_ReviseForBoard";
    public static final String FORM_BOARD_REVISION = "portal:board-revision";
    /** Every form key the deployed models refer to: the portal must map each one to a page. */
    public static final List<String> FORM_KEYS = List.of(FORM_APPLICATION_SCREENING, FORM_REVIEW_ASSIGNMENT,
            FORM_REVIEW_REASSIGNMENT, FORM_REVIEW_THIRD_ASSIGNMENT, FORM_SANCTIONS_DECISION, FORM_BOARD_REVISION);

    // receive tasks the application asks about (is the process there?) before it correlates
    /** BoardDecision waits here for MESSAGE_BOARD_DECIDED: the application may go on a docket. */
    public static final String TASK_WAIT_FOR_BOARD_DECISION = "Task_WaitForBoardDecision";
    /** GrantAgreement waits here for MESSAGE_GRANT_ACCEPTED or MESSAGE_GRANT_DECLINED until VAR_ACCEPTANCE_DUE_AT. */
    public static final String TASK_WAIT_FOR_ACCEPTANCE = "Task_WaitForAcceptance";
    public static final String GROUP_ADMIN = "ADMIN";

    private ProcessNames() {
    }
}
