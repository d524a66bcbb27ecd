package org.globalaifund.engine.application;

/**
 * Where an application stands: drafted, submitted, then decided by the Application process (ineligible, screening,
 * waiting for more information, screened), then reviewed by the Review process (in review, reviewed; a question to
 * the applicant during review is MORE_INFORMATION again) unless it lapses or its applicant withdraws it.
 */
public enum ApplicationStatus { DRAFT, SUBMITTED, INELIGIBLE, SCREENING, MORE_INFORMATION, SCREENED, IN_REVIEW, REVIEWED, LAPSED,
    WITHDRAWN;

    /** The states in which the applicant may still withdraw. */
    public boolean withdrawable() {
        return this == DRAFT || this == SUBMITTED || this == SCREENING || this == MORE_INFORMATION || this == SCREENED
                || this == IN_REVIEW || this == REVIEWED;
    }
}
