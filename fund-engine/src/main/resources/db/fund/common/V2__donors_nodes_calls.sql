-- Donors: organisations (IATI OrganisationType) or individuals (no type).
CREATE TABLE fund.donor (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    ref               VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    donor_kind        VARCHAR(20)  NOT NULL,
    organisation_type VARCHAR(4),
    country_code      VARCHAR(2),
    contact_name      VARCHAR(200),
    contact_email     VARCHAR(254),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT donor_kind_ck CHECK (donor_kind IN ('ORGANISATION', 'INDIVIDUAL')),
    CONSTRAINT donor_org_type_ck CHECK ((donor_kind = 'ORGANISATION' AND organisation_type IS NOT NULL)
        OR (donor_kind = 'INDIVIDUAL' AND organisation_type IS NULL))
);
CREATE UNIQUE INDEX donor_ref_uk ON fund.donor (ref);

CREATE TABLE fund.donor_person (
    donor_id  VARCHAR(36) NOT NULL REFERENCES fund.donor (id),
    person_id VARCHAR(36) NOT NULL REFERENCES fund.person (id),
    PRIMARY KEY (donor_id, person_id)
);

-- Regional nodes of the Capacity Development Network; region is a UN M49 code (IATI RegionVocabulary 2).
CREATE TABLE fund.network_node (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    host_organisation VARCHAR(200) NOT NULL,
    city              VARCHAR(100) NOT NULL,
    country_code      VARCHAR(2)   NOT NULL,
    region_m49        VARCHAR(3)   NOT NULL,
    contact_email     VARCHAR(254),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX network_node_code_uk ON fund.network_node (code);

CREATE TABLE fund.node_operator (
    node_id   VARCHAR(36) NOT NULL REFERENCES fund.network_node (id),
    person_id VARCHAR(36) NOT NULL REFERENCES fund.person (id),
    PRIMARY KEY (node_id, person_id)
);

-- Calls for proposals draw on funds in their own currency, up to a budget envelope.
CREATE TABLE fund.funding_call (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    ref             VARCHAR(40)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    description     VARCHAR(20000) NOT NULL,
    currency_code   VARCHAR(3)   NOT NULL,
    budget_minor    BIGINT       NOT NULL,
    opens_on        DATE         NOT NULL,
    closes_on       DATE         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT funding_call_budget_ck CHECK (budget_minor > 0),
    CONSTRAINT funding_call_dates_ck CHECK (closes_on > opens_on)
);
CREATE UNIQUE INDEX funding_call_ref_uk ON fund.funding_call (ref);

CREATE TABLE fund.call_priority_area (
    call_id VARCHAR(36) NOT NULL REFERENCES fund.funding_call (id),
    area    VARCHAR(40) NOT NULL,
    PRIMARY KEY (call_id, area)
);

CREATE TABLE fund.call_sdg_goal (
    call_id VARCHAR(36) NOT NULL REFERENCES fund.funding_call (id),
    goal    INTEGER     NOT NULL,
    PRIMARY KEY (call_id, goal),
    CONSTRAINT call_sdg_goal_ck CHECK (goal BETWEEN 1 AND 17)
);
