package org.globalaifund.engine.application;

/**
 * Where an application stands: drafted, submitted, then decided by the Application process (ineligible, screening,
 * waiting for more information, screened), then reviewed by the Review process (in review, reviewed; a question to
 * the applicant during review is MORE_INFORMATION again), then due diligence (held on a possible sanctions match),
 * the board (ready, sent back, rejected, approved) and the agreement (offered, then committed, declined or lapsed)
 * unless it lapses or its applicant withdraws it. An offer is declined, not withdrawn.
 */
public enum ApplicationStatus { DRAFT, SUBMITTED, INELIGIBLE, SCREENING, MORE_INFORMATION, SCREENED, IN_REVIEW, REVIEWED, LAPSED,
    WITHDRAWN, DUE_DILIGENCE, READY_FOR_BOARD, SENT_BACK, REJECTED, APPROVED, OFFERED, COMMITTED, DECLINED;

    /** The states in which the applicant may still withdraw. */
    public boolean withdrawable() {
        return this == DRAFT || this == SUBMITTED || this == SCREENING || this == MORE_INFORMATION || this == SCREENED
                || this == IN_REVIEW || this == REVIEWED || this == DUE_DILIGENCE || this == READY_FOR_BOARD
                || this == SENT_BACK || this == APPROVED;
    }
}
