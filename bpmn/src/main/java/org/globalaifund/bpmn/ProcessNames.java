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
    /** The version tag GrantLifecycle 1.0.0 binds its Application call activity to. */
    public static final String APPLICATION_VERSION_TAG = "1.0.0";
    public static final String DECISION_ELIGIBILITY = "Eligibility";

    // message names (what to pass to correlateMessage); the BPMN ids are Message_<name>
    /** Application: the applicant submitted the draft. Correlate by business key = application id. */
    public static final String MESSAGE_APPLICATION_SUBMITTED = "ApplicationSubmitted";
    /** Application: the applicant answered a "more information" request. */
    public static final String MESSAGE_INFORMATION_PROVIDED = "InformationProvided";
    /** Application: the applicant withdrew while the application is still in the Application process. */
    public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";
    /** GrantLifecycle: the review of an eligible, screened application is complete. */
    public static final String MESSAGE_REVIEW_COMPLETED = "ReviewCompleted";
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

    public static final String SCREENING_OUTCOME_SCREENED = "SCREENED";
    public static final String SCREENING_OUTCOME_MORE_INFORMATION = "MORE_INFORMATION";

    // the reason codes of the Eligibility decision, in the order its rules are checked
    public static final String REASON_CALL_CLOSED = "CALL_CLOSED";
    public static final String REASON_COUNTRY_NOT_ELIGIBLE = "COUNTRY_NOT_ELIGIBLE";
    public static final String REASON_AMOUNT_OUTSIDE_LIMITS = "AMOUNT_OUTSIDE_LIMITS";
    public static final String REASON_PARTS_MISSING = "PARTS_MISSING";
    public static final String REASON_ELIGIBLE = "ELIGIBLE";

    // delegate beans, bound by camunda:delegateExpression="${name}"
    public static final String DELEGATE_LAPSE_DRAFT = "lapseDraftDelegate";
    /** Sets VAR_CALL_OPEN, VAR_COUNTRY_ELIGIBLE, VAR_WITHIN_LIMITS and VAR_REQUIRED_PARTS_PRESENT (booleans). */
    public static final String DELEGATE_COLLECT_ELIGIBILITY_FACTS = "collectEligibilityFactsDelegate";
    public static final String DELEGATE_NOTIFY_INELIGIBLE = "notifyIneligibleDelegate";
    /** Sends the request and sets VAR_INFORMATION_DUE_AT. */
    public static final String DELEGATE_REQUEST_MORE_INFORMATION = "requestMoreInformationDelegate";
    public static final String DELEGATE_LAPSE_APPLICATION = "lapseApplicationDelegate";
    public static final String DELEGATE_RECORD_WITHDRAWAL = "recordWithdrawalDelegate";
    /** Every delegate bean the deployed models refer to: the application must define each one. */
    public static final List<String> DELEGATES = List.of(
            DELEGATE_LAPSE_DRAFT, DELEGATE_COLLECT_ELIGIBILITY_FACTS, DELEGATE_NOTIFY_INELIGIBLE,
            DELEGATE_REQUEST_MORE_INFORMATION, DELEGATE_LAPSE_APPLICATION, DELEGATE_RECORD_WITHDRAWAL);

    // user tasks: their ids (task definition keys), form keys and candidate groups
    public static final String TASK_SCREEN_APPLICATION = "Task_ScreenApplication";
    public static final String FORM_APPLICATION_SCREENING = "portal:application-screening";
    /** Every form key the deployed models refer to: the portal must map each one to a page. */
    public static final List<String> FORM_KEYS = List.of(FORM_APPLICATION_SCREENING);
    public static final String GROUP_ADMIN = "ADMIN";

    private ProcessNames() {
    }
}
