-- Details of a call for proposals (issue 5): its life (draft, published, closed early), limits per application,
-- eligible countries, the funds it draws on, review criteria weights; and the annual list of priority areas.

-- status: DRAFT (only ADMIN sees it), PUBLISHED (open between opens_on and closes_on), CLOSED (closed early by ADMIN).
-- Calls published before this migration stay PUBLISHED.
-- Limits per application, all in whole units, 0 = the call offers none of it:
--   max_cash_minor      cash an application may request, in the call's currency (minor units), at most the budget;
--   max_gpu_hours       GPU-hours of shared compute (any GPU class);
--   max_training_seats  seats in training programmes;
--   max_expert_hours    hours of expert time.
ALTER TABLE fund.funding_call ADD COLUMN status VARCHAR(20) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE fund.funding_call ADD COLUMN max_cash_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE fund.funding_call ADD COLUMN max_gpu_hours INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE fund.funding_call ADD COLUMN max_training_seats INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE fund.funding_call ADD COLUMN max_expert_hours INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE fund.funding_call ADD COLUMN closed_on DATE;
ALTER TABLE fund.funding_call ADD COLUMN closed_by VARCHAR(36);
ALTER TABLE fund.funding_call ADD COLUMN closure_reason VARCHAR(2000);
ALTER TABLE fund.funding_call ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE fund.funding_call ADD CONSTRAINT funding_call_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED'));
ALTER TABLE fund.funding_call ADD CONSTRAINT funding_call_limits_ck CHECK (max_cash_minor >= 0 AND max_cash_minor <= budget_minor
    AND max_gpu_hours >= 0 AND max_training_seats >= 0 AND max_expert_hours >= 0);
ALTER TABLE fund.funding_call ADD CONSTRAINT funding_call_closed_ck CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL));

-- Countries whose applicants may apply: ISO 3166-1 alpha-2 codes from the IATI Country codelist; at least one per call.
CREATE TABLE fund.call_country (
    call_id      VARCHAR(36) NOT NULL REFERENCES fund.funding_call (id),
    country_code VARCHAR(2)  NOT NULL,
    PRIMARY KEY (call_id, country_code)
);

-- The funds whose money in the call's currency the call may commit (UNRESTRICTED, or restricted funds that fit the call).
CREATE TABLE fund.call_fund (
    call_id   VARCHAR(36) NOT NULL REFERENCES fund.funding_call (id),
    fund_code VARCHAR(64) NOT NULL REFERENCES fund.fund_definition (code),
    PRIMARY KEY (call_id, fund_code)
);

-- Review criteria weights as ADMIN entered them (positive); reviews use each weight's share of their sum.
CREATE TABLE fund.call_review_weight (
    call_id   VARCHAR(36)    NOT NULL REFERENCES fund.funding_call (id),
    criterion VARCHAR(40)    NOT NULL,
    weight    DECIMAL(9, 4)  NOT NULL,
    PRIMARY KEY (call_id, criterion),
    CONSTRAINT call_review_weight_ck CHECK (weight > 0 AND criterion IN ('SDG_IMPACT', 'FEASIBILITY',
        'LOCAL_CAPACITY_AND_OWNERSHIP', 'GOVERNANCE_AND_SAFETY', 'VALUE_FOR_MONEY'))
);

-- The annual list of priority investment areas: public once published.
CREATE TABLE fund.priority_list (
    list_year    INTEGER       NOT NULL PRIMARY KEY,
    introduction VARCHAR(4000),
    published    BOOLEAN       NOT NULL,
    updated_by   VARCHAR(36),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT priority_list_year_ck CHECK (list_year BETWEEN 2024 AND 2100)
);

-- The areas of one year's list in their order (1 = first priority), each with a short text.
CREATE TABLE fund.priority_list_area (
    list_year  INTEGER       NOT NULL REFERENCES fund.priority_list (list_year),
    area       VARCHAR(40)   NOT NULL,
    sort_order INTEGER       NOT NULL,
    summary    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (list_year, area),
    CONSTRAINT priority_list_area_order_uk UNIQUE (list_year, sort_order)
);
