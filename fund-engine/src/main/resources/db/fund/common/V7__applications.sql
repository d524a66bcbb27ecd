-- Applications to calls for proposals (issue 5), as an applicant drafts and submits them. Each step (organisation,
-- project, cash budget) is saved on its own, so the columns of a draft may be empty until submission.
-- status: DRAFT, SUBMITTED, WITHDRAWN for now; the Application process adds its own states later (drop and re-add
-- application_status_ck). version grows on every change, so a stale tab's submission changes nothing.
CREATE TABLE fund.application (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    call_id         VARCHAR(36)   NOT NULL REFERENCES fund.funding_call (id),
    applicant_id    VARCHAR(36)   NOT NULL REFERENCES fund.person (id),
    status          VARCHAR(20)   NOT NULL,
    version         INTEGER       NOT NULL,
    org_name        VARCHAR(300),
    org_type        VARCHAR(10),
    org_country     VARCHAR(2),
    project_title   VARCHAR(300),
    project_summary VARCHAR(4000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    withdrawn_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT application_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    CONSTRAINT application_version_ck CHECK (version >= 0),
    CONSTRAINT application_submitted_ck CHECK (status = 'DRAFT' OR status = 'WITHDRAWN' OR submitted_at IS NOT NULL)
);
CREATE INDEX application_applicant_ix ON fund.application (applicant_id);
CREATE INDEX application_call_ix ON fund.application (call_id);

-- The SDG goals (1-17) the project works towards.
CREATE TABLE fund.application_sdg_goal (
    application_id VARCHAR(36) NOT NULL REFERENCES fund.application (id),
    goal           INTEGER     NOT NULL,
    PRIMARY KEY (application_id, goal),
    CONSTRAINT application_sdg_goal_ck CHECK (goal BETWEEN 1 AND 17)
);

-- SDG targets from the UNSDG-Targets codelist ('3.8', '13.b'), each belonging to a chosen goal (checked by the service).
CREATE TABLE fund.application_sdg_target (
    application_id VARCHAR(36) NOT NULL REFERENCES fund.application (id),
    target         VARCHAR(10) NOT NULL,
    PRIMARY KEY (application_id, target)
);

-- Cash budget lines in the call's currency (minor units), in the order the applicant entered them.
CREATE TABLE fund.application_budget_line (
    application_id VARCHAR(36) NOT NULL REFERENCES fund.application (id),
    line_no        INTEGER     NOT NULL,
    category       VARCHAR(20) NOT NULL,
    amount_minor   BIGINT      NOT NULL,
    currency       VARCHAR(3)  NOT NULL,
    PRIMARY KEY (application_id, line_no),
    CONSTRAINT application_budget_line_amount_ck CHECK (amount_minor > 0),
    CONSTRAINT application_budget_line_category_ck CHECK (category IN ('PERSONNEL', 'EQUIPMENT', 'TRAVEL', 'TRAINING', 'DATA', 'OTHER'))
);

-- The timeline of an application: when, what, who (actor_id empty when the fund itself acted).
CREATE TABLE fund.application_event (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    application_id VARCHAR(36) NOT NULL REFERENCES fund.application (id),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    kind           VARCHAR(40) NOT NULL,
    actor_id       VARCHAR(36) REFERENCES fund.person (id),
    CONSTRAINT application_event_kind_ck CHECK (kind IN ('STARTED', 'SUBMITTED', 'WITHDRAWN'))
);
CREATE INDEX application_event_application_ix ON fund.application_event (application_id, occurred_at);
