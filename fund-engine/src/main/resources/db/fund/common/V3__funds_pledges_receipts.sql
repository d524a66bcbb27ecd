-- Funds (fund accounting): UNRESTRICTED, or restricted per donor x purpose.
CREATE TABLE fund.fund_definition (
    code              VARCHAR(64)  NOT NULL PRIMARY KEY,
    name              VARCHAR(300) NOT NULL,
    donor_id          VARCHAR(36)  REFERENCES fund.donor (id),
    purpose_kind      VARCHAR(20)  NOT NULL,
    purpose_value     VARCHAR(40),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fund_purpose_ck CHECK (purpose_kind IN ('NONE', 'CALL', 'SDG_GOAL', 'REGION', 'ENABLER')),
    CONSTRAINT fund_restriction_ck CHECK ((purpose_kind = 'NONE' AND donor_id IS NULL AND purpose_value IS NULL)
        OR (purpose_kind <> 'NONE' AND donor_id IS NOT NULL AND purpose_value IS NOT NULL))
);
CREATE UNIQUE INDEX fund_restriction_uk ON fund.fund_definition (donor_id, purpose_kind, purpose_value);

-- What a donor promised, in one currency, with its schedule; conditional pledges post nothing until the condition is met.
CREATE TABLE fund.pledge (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    ref                 VARCHAR(40)  NOT NULL,
    donor_id            VARCHAR(36)  NOT NULL REFERENCES fund.donor (id),
    fund_code           VARCHAR(64)  NOT NULL REFERENCES fund.fund_definition (code),
    currency_code       VARCHAR(3)   NOT NULL,
    amount_minor        BIGINT       NOT NULL,
    present_value_minor BIGINT       NOT NULL,
    discount_rate       DECIMAL(9, 6),
    pledged_on          DATE         NOT NULL,
    conditional         BOOLEAN      NOT NULL,
    condition_text      VARCHAR(2000),
    condition_met_on    DATE,
    status              VARCHAR(20)  NOT NULL,
    settled_minor       BIGINT       DEFAULT 0 NOT NULL,
    advance_minor       BIGINT       DEFAULT 0 NOT NULL,
    created_by          VARCHAR(36),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pledge_amount_ck CHECK (amount_minor > 0 AND present_value_minor > 0 AND present_value_minor <= amount_minor
        AND settled_minor >= 0 AND settled_minor <= amount_minor AND advance_minor >= 0),
    CONSTRAINT pledge_status_ck CHECK (status IN ('AWAITING_CONDITION', 'RECOGNISED', 'WRITTEN_OFF')),
    CONSTRAINT pledge_condition_ck CHECK (conditional = FALSE OR condition_text IS NOT NULL)
);
CREATE UNIQUE INDEX pledge_ref_uk ON fund.pledge (ref);
CREATE INDEX pledge_donor_ix ON fund.pledge (donor_id);

CREATE TABLE fund.pledge_instalment (
    pledge_id    VARCHAR(36) NOT NULL REFERENCES fund.pledge (id),
    seq          INTEGER     NOT NULL,
    due_on       DATE        NOT NULL,
    amount_minor BIGINT      NOT NULL,
    PRIMARY KEY (pledge_id, seq),
    CONSTRAINT pledge_instalment_amount_ck CHECK (amount_minor > 0)
);

-- Cash that arrived. The part that matched no pledge (or came in another currency) stays unapplied until FINANCE resolves it.
CREATE TABLE fund.receipt (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    pledge_id        VARCHAR(36)  REFERENCES fund.pledge (id),
    donor_id         VARCHAR(36)  REFERENCES fund.donor (id),
    currency_code    VARCHAR(3)   NOT NULL,
    amount_minor     BIGINT       NOT NULL,
    applied_minor    BIGINT       NOT NULL,
    unapplied_minor  BIGINT       NOT NULL,
    received_on      DATE         NOT NULL,
    payer_reference  VARCHAR(200),
    created_by       VARCHAR(36),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT receipt_amount_ck CHECK (amount_minor > 0 AND applied_minor >= 0 AND unapplied_minor >= 0
        AND applied_minor + unapplied_minor = amount_minor)
);
CREATE INDEX receipt_pledge_ix ON fund.receipt (pledge_id);

-- How FINANCE resolved unapplied cash: applied to a pledge, returned to the sender, or converted.
CREATE TABLE fund.unapplied_resolution (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    receipt_id    VARCHAR(36) NOT NULL REFERENCES fund.receipt (id),
    resolution    VARCHAR(20) NOT NULL,
    amount_minor  BIGINT      NOT NULL,
    pledge_id     VARCHAR(36) REFERENCES fund.pledge (id),
    note          VARCHAR(2000),
    resolved_by   VARCHAR(36),
    resolved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT unapplied_resolution_ck CHECK (resolution IN ('APPLIED', 'RETURNED', 'CONVERTED') AND amount_minor > 0)
);
CREATE INDEX unapplied_resolution_receipt_ix ON fund.unapplied_resolution (receipt_id);

CREATE TABLE fund.pledge_write_off (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    pledge_id    VARCHAR(36) NOT NULL REFERENCES fund.pledge (id),
    amount_minor BIGINT      NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    written_off_on DATE      NOT NULL,
    created_by   VARCHAR(36),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pledge_write_off_amount_ck CHECK (amount_minor > 0)
);

-- Every request that moves value carries an Idempotency-Key; the first result is kept per key.
CREATE TABLE fund.idempotency_key (
    scope        VARCHAR(60)  NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64)  NOT NULL,
    result_id    VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

INSERT INTO fund.fund_definition (code, name, donor_id, purpose_kind, purpose_value, created_at)
VALUES ('UNRESTRICTED', 'Unrestricted', NULL, 'NONE', NULL, CURRENT_TIMESTAMP);
