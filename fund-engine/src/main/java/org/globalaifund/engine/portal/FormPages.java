package org.globalaifund.engine.portal;

import java.util.Map;
import org.globalaifund.bpmn.ProcessNames;

/**
 * The portal page of each form key the process models use (user tasks are done in our pages, not in Camunda
 * Tasklist); {@code ProcessModelReferencesTest} checks that every key of every deployed model has its page here and
 * that the page exists.
 */
public final class FormPages {

    public static final Map<String, String> BY_FORM_KEY = Map.of(
            ProcessNames.FORM_APPLICATION_SCREENING, "/admin/screening/{taskId}",
            ProcessNames.FORM_REVIEW_ASSIGNMENT, "/admin/reviews/tasks/{taskId}",
            ProcessNames.FORM_REVIEW_REASSIGNMENT, "/admin/reviews/tasks/{taskId}",
            ProcessNames.FORM_REVIEW_THIRD_ASSIGNMENT, "/admin/reviews/tasks/{taskId}",
            ProcessNames.FORM_SANCTIONS_DECISION, "/admin/diligence/{taskId}",
            ProcessNames.FORM_BOARD_REVISION, "/admin/board/revisions/{taskId}");

    private FormPages() {
    }
}
