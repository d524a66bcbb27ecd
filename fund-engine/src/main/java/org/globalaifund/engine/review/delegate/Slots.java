package org.globalaifund.engine.review.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.globalaifund.bpmn.ProcessNames;

/** Reads the application and the review slot a Review step runs for. */
final class Slots {

    private Slots() {
    }

    static String applicationId(DelegateExecution execution) {
        return (String) execution.getVariable(ProcessNames.VAR_APPLICATION_ID);
    }

    static int slot(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessNames.VAR_REVIEW_SLOT)).intValue();
    }
}
