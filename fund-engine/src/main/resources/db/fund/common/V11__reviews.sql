-- Reviews of eligible, screened applications (issue 6). The Review process only orchestrates: who reviews what,
-- their conflict-of-interest declarations, their scores and the aggregated result live here, so they outlive
-- Camunda's history.

-- One row per reviewer asked to review an application. slot is the process's place for a review (1 and 2 for the
-- first two, 3 for a third review); attempt counts the reviewers asked for that slot, since a conflicted or overdue
-- reviewer is replaced by another in the same slot. A row is open until submitted, declared conflicted, or closed
-- when its deadline passed and ADMIN assigned another.
-- status: ASSIGNED (no declaration yet), DECLARED (no conflict, scoring), SUBMITTED, CONFLICTED, OVERDUE.
CREATE TABLE fund.review (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    application_id  VARCHAR(36)  NOT NULL REFERENCES fund.application (id),
    slot            INTEGER      NOT NULL,
    attempt         INTEGER      NOT NULL,
    reviewer_id     VARCHAR(36)  NOT NULL REFERENCES fund.person (id),
    status          VARCHAR(20)  NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by     VARCHAR(36)  NOT NULL REFERENCES fund.person (id),
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    remind_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    declared_at     TIMESTAMP WITH TIME ZONE,
    conflict_reason VARCHAR(2000),
    submitted_at    TIMESTAMP WITH TIME ZONE,
    total           DECIMAL(3, 2),
    closed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_slot_uk UNIQUE (application_id, slot, attempt),
    CONSTRAINT review_status_ck CHECK (status IN ('ASSIGNED', 'DECLARED', 'SUBMITTED', 'CONFLICTED', 'OVERDUE')),
    CONSTRAINT review_slot_ck CHECK (slot BETWEEN 1 AND 3 AND attempt >= 1),
    CONSTRAINT review_total_ck CHECK (total IS NULL OR total BETWEEN 1 AND 5),
    CONSTRAINT review_submitted_ck CHECK (status <> 'SUBMITTED' OR (submitted_at IS NOT NULL AND total IS NOT NULL)),
    CONSTRAINT review_conflict_ck CHECK (status <> 'CONFLICTED' OR (declared_at IS NOT NULL AND conflict_reason IS NOT NULL)),
    CONSTRAINT review_dates_ck CHECK (remind_at <= due_at)
);
CREATE INDEX review_application_ix ON fund.review (application_id);
CREATE INDEX review_reviewer_ix ON fund.review (reviewer_id, status);

-- A submitted review's score per criterion (1-5) with the reviewer's comment and the weight's share in the call
-- when the review was submitted, so the total can be recomputed from these rows alone.
CREATE TABLE fund.review_score (
    review_id   VARCHAR(36)   NOT NULL REFERENCES fund.review (id),
    criterion   VARCHAR(40)   NOT NULL,
    score       INTEGER       NOT NULL,
    comment     VARCHAR(4000) NOT NULL,
    weight      DECIMAL(7, 6) NOT NULL,
    PRIMARY KEY (review_id, criterion),
    CONSTRAINT review_score_ck CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT review_score_criterion_ck CHECK (criterion IN
        ('SDG_IMPACT', 'FEASIBILITY', 'LOCAL_CAPACITY_AND_OWNERSHIP', 'GOVERNANCE_AND_SAFETY', 'VALUE_FOR_MONEY'))
);

-- The aggregated result of an application's reviews, as the ReviewAggregation decision found it.
CREATE TABLE fund.review_result (
    application_id VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES fund.application (id),
    review_count   INTEGER      NOT NULL,
    mean_score     DECIMAL(3, 2) NOT NULL,
    score_spread   DECIMAL(3, 2) NOT NULL,
    recommendation VARCHAR(30)  NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_result_ck CHECK (recommendation IN ('FUND', 'FUND_WITH_CONDITIONS', 'DO_NOT_FUND'))
);

-- The application's states during review, and which stage a "more information" request belongs to.
ALTER TABLE fund.application DROP CONSTRAINT application_status_ck;
ALTER TABLE fund.application ADD CONSTRAINT application_status_ck CHECK (status IN
    ('DRAFT', 'SUBMITTED', 'INELIGIBLE', 'SCREENING', 'MORE_INFORMATION', 'SCREENED', 'IN_REVIEW', 'REVIEWED', 'LAPSED',
     'WITHDRAWN'));
ALTER TABLE fund.application ADD COLUMN information_stage VARCHAR(20) DEFAULT 'SCREENING' NOT NULL;
ALTER TABLE fund.application ADD CONSTRAINT application_information_stage_ck CHECK (information_stage IN ('SCREENING', 'REVIEW'));

ALTER TABLE fund.application_event DROP CONSTRAINT application_event_kind_ck;
ALTER TABLE fund.application_event ADD CONSTRAINT application_event_kind_ck CHECK (kind IN ('STARTED', 'SUBMITTED', 'WITHDRAWN',
    'INELIGIBLE', 'SCREENED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'LAPSED', 'REVIEW_STARTED', 'INFORMATION_UNANSWERED', 'REVIEWED'));
