package org.globalaifund.engine.application;

/**
 * Where an application stands: drafted, submitted, then decided by the Application process (ineligible, screening,
 * waiting for more information, screened) unless it lapses or its applicant withdraws it.
 */
public enum ApplicationStatus { DRAFT, SUBMITTED, INELIGIBLE, SCREENING, MORE_INFORMATION, SCREENED, LAPSED, WITHDRAWN;

    /** The states in which the applicant may still withdraw. */
    public boolean withdrawable() {
        return this == DRAFT || this == SUBMITTED || this == SCREENING || this == MORE_INFORMATION || this == SCREENED;
    }
}
