-- Issue 7: the application's states from due diligence to commitment, the timeline entries they add, and the
-- board's approved terms, which the board writes once when an approving motion carries and the grant agreement
-- reads (the contract between the board and the grant: neither reads the other's tables).
--
-- DUE_DILIGENCE     reviewed, screened against the sanctions list with a possible match ADMIN has to clear or reject
-- READY_FOR_BOARD   due diligence passed (or the revision done); may be put on a meeting's docket
-- SENT_BACK         the board sent it back for revision (ADMIN revises, then READY_FOR_BOARD again)
-- REJECTED          rejected at due diligence or by the board (the timeline says which)
-- APPROVED          the board approved it; the grant and its agreement are being prepared
-- OFFERED           the agreement waits for the applicant's bank details and acceptance before a deadline
-- COMMITTED         accepted: the whole grant is committed in the ledger and its first tranche is due
-- DECLINED          the applicant declined the offer (a lapsed offer is LAPSED, as other lapses)
ALTER TABLE fund.application DROP CONSTRAINT application_status_ck;
ALTER TABLE fund.application ADD CONSTRAINT application_status_ck CHECK (status IN
    ('DRAFT', 'SUBMITTED', 'INELIGIBLE', 'SCREENING', 'MORE_INFORMATION', 'SCREENED', 'IN_REVIEW', 'REVIEWED', 'LAPSED',
     'WITHDRAWN', 'DUE_DILIGENCE', 'READY_FOR_BOARD', 'SENT_BACK', 'REJECTED', 'APPROVED', 'OFFERED', 'COMMITTED',
     'DECLINED'));

ALTER TABLE fund.application_event DROP CONSTRAINT application_event_kind_ck;
ALTER TABLE fund.application_event ADD CONSTRAINT application_event_kind_ck CHECK (kind IN ('STARTED', 'SUBMITTED', 'WITHDRAWN',
    'INELIGIBLE', 'SCREENED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'LAPSED', 'REVIEW_STARTED',
    'INFORMATION_UNANSWERED', 'REVIEWED', 'DUE_DILIGENCE_HELD', 'DUE_DILIGENCE_PASSED', 'DUE_DILIGENCE_REJECTED',
    'READY_FOR_BOARD', 'BOARD_APPROVED', 'BOARD_REJECTED', 'BOARD_SENT_BACK', 'REVISED_FOR_BOARD', 'OFFERED',
    'ACCEPTED', 'DECLINED', 'OFFER_LAPSED', 'TRANCHE_DUE'));

-- What the board approved for an application: the carried motion's total, conditions and tranche schedule (as drafted
-- on the docket, or as the motion stated). One row per application, written once in the transaction that tells the
-- process BoardDecided = APPROVED; never updated or deleted. motion_id names the board's motion (the board's
-- migration adds the foreign key to its own table).
CREATE TABLE fund.board_approval (
    application_id VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES fund.application (id),
    motion_id      VARCHAR(36)   NOT NULL,
    currency       CHAR(3)       NOT NULL,
    total_minor    BIGINT        NOT NULL,
    conditions     VARCHAR(4000),
    approved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_approval_motion_uk UNIQUE (motion_id),
    CONSTRAINT board_approval_total_ck CHECK (total_minor > 0)
);

-- The approved tranche schedule: tranche 1, 2, ... with its amount (minor units of the approval's currency), the
-- condition for its release, and the month after acceptance it is planned for (0 = on acceptance). The amounts add
-- up to the approval's total (checked by the board before writing).
CREATE TABLE fund.board_approval_tranche (
    application_id VARCHAR(36)   NOT NULL REFERENCES fund.board_approval (application_id),
    tranche_no     INTEGER       NOT NULL,
    amount_minor   BIGINT        NOT NULL,
    condition      VARCHAR(2000) NOT NULL,
    planned_month  INTEGER       NOT NULL,
    PRIMARY KEY (application_id, tranche_no),
    CONSTRAINT board_approval_tranche_ck CHECK (tranche_no >= 1 AND amount_minor > 0 AND planned_month BETWEEN 0 AND 120)
);
