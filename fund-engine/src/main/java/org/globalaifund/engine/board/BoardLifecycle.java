package org.globalaifund.engine.board;

import org.globalaifund.engine.application.ApplicationNotices;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BoardDecision process's steps on the board's side, as its delegates call them. Each may run again after a
 * failure (a job retried) and changes nothing twice: transitions count rows, the email is keyed by application.
 */
@Service
@Transactional
public class BoardLifecycle {

    private final ApplicationService applications;
    private final ApplicationNotices notices;

    BoardLifecycle(ApplicationService applications, ApplicationNotices notices) {
        this.applications = applications;
        this.notices = notices;
    }

    /** Due diligence passed (or ADMIN revised it after a send-back): the application may go on a docket. */
    public void markReady(String applicationId) {
        applications.transition(applicationId, ApplicationStatus.READY_FOR_BOARD, "READY_FOR_BOARD", null,
                ApplicationStatus.REVIEWED, ApplicationStatus.DUE_DILIGENCE, ApplicationStatus.SENT_BACK);
    }

    /**
     * The board rejected the application: the applicant's email. The status (REJECTED) and the timeline entry
     * (BOARD_REJECTED) were written when the vote closed, in the transaction that told the process.
     */
    public void notifyRejection(String applicationId) {
        notices.toApplicant(applications.get(applicationId), "application:" + applicationId + ":board-rejected", "board.mail.rejected");
    }
}
