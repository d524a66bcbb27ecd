package org.globalaifund.engine.application;

import static org.globalaifund.bpmn.ProcessNames.MESSAGE_APPLICATION_SUBMITTED;
import static org.globalaifund.bpmn.ProcessNames.MESSAGE_APPLICATION_WITHDRAWN;
import static org.globalaifund.bpmn.ProcessNames.MESSAGE_GRANT_WITHDRAWN;
import static org.globalaifund.bpmn.ProcessNames.MESSAGE_INFORMATION_PROVIDED;
import static org.globalaifund.bpmn.ProcessNames.MESSAGE_REVIEW_INFORMATION_PROVIDED;
import static org.globalaifund.bpmn.ProcessNames.PROCESS_APPLICATION;
import static org.globalaifund.bpmn.ProcessNames.PROCESS_GRANT_LIFECYCLE;
import static org.globalaifund.bpmn.ProcessNames.VAR_APPLICATION_ID;
import static org.globalaifund.bpmn.ProcessNames.VAR_CALL_CLOSES_AT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.globalaifund.engine.problem.FundException;
import org.springframework.stereotype.Component;

/**
 * The application's side of the GrantLifecycle and Application processes: starts one GrantLifecycle per draft
 * (business key = application id) and correlates what the applicant did, always after our tables recorded it and
 * inside the same transaction, so a failed correlation undoes the change.
 */
@Component
public class ApplicationProcess {

    private final RuntimeService runtime;
    private final ApplicationRules rules;

    ApplicationProcess(RuntimeService runtime, ApplicationRules rules) {
        this.runtime = runtime;
        this.rules = rules;
    }

    /** Starts the draft's GrantLifecycle; the draft lapses at the end of the call's closing day (UTC). */
    void started(String applicationId, LocalDate callClosesOn) {
        String closesAt = callClosesOn.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
        runtime.startProcessInstanceByKey(PROCESS_GRANT_LIFECYCLE, applicationId,
                Map.of(VAR_APPLICATION_ID, applicationId, VAR_CALL_CLOSES_AT, closesAt));
    }

    /** The draft was submitted; a draft from before the processes existed gets its GrantLifecycle first. */
    void submitted(String applicationId, LocalDate callClosesOn) {
        if (!running(PROCESS_GRANT_LIFECYCLE, applicationId)) {
            started(applicationId, callClosesOn);
        }
        correlate(MESSAGE_APPLICATION_SUBMITTED, applicationId);
    }

    /** The applicant answered the screener's question, or the question asked during review. */
    void informationProvided(String applicationId, boolean inReview) {
        correlate(inReview ? MESSAGE_REVIEW_INFORMATION_PROVIDED : MESSAGE_INFORMATION_PROVIDED, applicationId);
    }

    /** While the Application process runs it records the withdrawal; afterwards the GrantLifecycle just ends. */
    void withdrawn(String applicationId) {
        if (running(PROCESS_APPLICATION, applicationId)) {
            correlate(MESSAGE_APPLICATION_WITHDRAWN, applicationId);
        } else if (running(PROCESS_GRANT_LIFECYCLE, applicationId)) {
            correlate(MESSAGE_GRANT_WITHDRAWN, applicationId);
        }
    }

    private boolean running(String processKey, String applicationId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(applicationId)
                .count() > 0;
    }

    /**
     * Correlates by business key. A message the process is not waiting for is a conflict for the caller: its
     * change is rolled back and the applicant sees "try again" instead of an application the process never learns of.
     */
    private void correlate(String message, String applicationId) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(applicationId).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw FundException.conflict(rules.text("application.error.processNotWaiting"));
        }
    }

}
