-- Grants (issue 7): what the board approved becomes a grant offered to the applicant with its agreement, tranche
-- schedule and results framework; the applicant enters the bank account, FINANCE confirms it, and acceptance commits
-- the whole grant in the ledger. The GrantAgreement process only orchestrates; all of this lives here.

-- One grant per approved application (created once by prepareAgreementDelegate, a retried job finds it). reference is
-- GAF-<ref_year>-<ref_seq as 4 digits>. The agreement PDF is kept as offered, with its SHA-256, and never re-rendered.
-- status: OFFERED (waiting for acceptance until acceptance_due_at), COMMITTED (accepted: the whole total committed in
-- BUD-<currency>), DECLINED, LAPSED (not accepted in time). declined_at is set when the applicant declines, before the
-- process records the declination, so an acceptance in between is refused.
CREATE TABLE fund.grant_award (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    application_id       VARCHAR(36)   NOT NULL REFERENCES fund.application (id),
    call_id              VARCHAR(36)   NOT NULL REFERENCES fund.funding_call (id),
    reference            VARCHAR(20)   NOT NULL,
    ref_year             INTEGER       NOT NULL,
    ref_seq              INTEGER       NOT NULL,
    currency             CHAR(3)       NOT NULL,
    total_minor          BIGINT        NOT NULL,
    conditions           VARCHAR(4000),
    status               VARCHAR(20)   NOT NULL,
    offered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    acceptance_due_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    agreement_language   VARCHAR(8)    NOT NULL,
    agreement_pdf        BYTEA         NOT NULL,
    agreement_sha256     VARCHAR(64)   NOT NULL,
    accepted_at          TIMESTAMP WITH TIME ZONE,
    accepted_by          VARCHAR(36)   REFERENCES fund.person (id),
    declined_at          TIMESTAMP WITH TIME ZONE,
    declined_by          VARCHAR(36)   REFERENCES fund.person (id),
    decline_reason       VARCHAR(2000),
    closed_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT grant_award_application_uk UNIQUE (application_id),
    CONSTRAINT grant_award_reference_uk UNIQUE (reference),
    CONSTRAINT grant_award_ref_seq_uk UNIQUE (ref_year, ref_seq),
    CONSTRAINT grant_award_status_ck CHECK (status IN ('OFFERED', 'COMMITTED', 'DECLINED', 'LAPSED')),
    CONSTRAINT grant_award_total_ck CHECK (total_minor > 0),
    CONSTRAINT grant_award_accepted_ck CHECK (status <> 'COMMITTED' OR (accepted_at IS NOT NULL AND accepted_by IS NOT NULL))
);

-- The grant's tranches, copied from the board's approved schedule. planned_month counts from acceptance (0 = on
-- acceptance); planned_on is set at acceptance. status: PLANNED, then DUE when its condition is met (the first on
-- acceptance); the disbursement issue adds what follows.
CREATE TABLE fund.grant_tranche (
    grant_id       VARCHAR(36)   NOT NULL REFERENCES fund.grant_award (id),
    tranche_no     INTEGER       NOT NULL,
    amount_minor   BIGINT        NOT NULL,
    condition      VARCHAR(2000) NOT NULL,
    planned_month  INTEGER       NOT NULL,
    planned_on     DATE,
    status         VARCHAR(20)   NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (grant_id, tranche_no),
    CONSTRAINT grant_tranche_ck CHECK (tranche_no >= 1 AND amount_minor > 0),
    CONSTRAINT grant_tranche_status_ck CHECK (status IN ('PLANNED', 'DUE')),
    CONSTRAINT grant_tranche_due_ck CHECK (status <> 'DUE' OR due_at IS NOT NULL)
);

-- The results framework the grantee commits to: a snapshot of the application's indicators when the grant was
-- created (indicator_id keeps the link for later reports), unchanged by anything done to the application afterwards.
CREATE TABLE fund.grant_indicator (
    grant_id          VARCHAR(36)    NOT NULL REFERENCES fund.grant_award (id),
    line_no           INTEGER        NOT NULL,
    indicator_id      VARCHAR(36)    NOT NULL,
    name              VARCHAR(300)   NOT NULL,
    measure           VARCHAR(2)     NOT NULL,
    unit              VARCHAR(100),
    baseline_year     INTEGER        NOT NULL,
    baseline_value    DECIMAL(19, 4),
    baseline_comment  VARCHAR(1000),
    target_value      DECIMAL(19, 4),
    target_comment    VARCHAR(1000),
    sdg_target        VARCHAR(10)    NOT NULL,
    PRIMARY KEY (grant_id, line_no)
);

-- The bank account payments go to, as the grantee entered it: every change is a new version, never an update.
-- required_confirmations is fixed when the version is entered: 1 for a first account, 2 (two different FINANCE people)
-- once any earlier version had been confirmed. The IBAN or the account number is given (or both).
CREATE TABLE fund.grant_bank_account (
    id                      VARCHAR(36)  NOT NULL PRIMARY KEY,
    grant_id                VARCHAR(36)  NOT NULL REFERENCES fund.grant_award (id),
    version_no              INTEGER      NOT NULL,
    holder                  VARCHAR(200) NOT NULL,
    bank_name               VARCHAR(200) NOT NULL,
    bank_country            CHAR(2)      NOT NULL,
    iban                    VARCHAR(34),
    account_number          VARCHAR(40),
    bic                     VARCHAR(11)  NOT NULL,
    required_confirmations  INTEGER      NOT NULL,
    entered_by              VARCHAR(36)  NOT NULL REFERENCES fund.person (id),
    entered_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grant_bank_account_version_uk UNIQUE (grant_id, version_no),
    CONSTRAINT grant_bank_account_identifier_ck CHECK (iban IS NOT NULL OR account_number IS NOT NULL),
    CONSTRAINT grant_bank_account_confirmations_ck CHECK (required_confirmations IN (1, 2))
);

-- FINANCE's confirmations of a bank account version, first and second; one person confirms a version at most once.
CREATE TABLE fund.grant_bank_confirmation (
    bank_account_id  VARCHAR(36) NOT NULL REFERENCES fund.grant_bank_account (id),
    confirmation_no  INTEGER     NOT NULL,
    confirmed_by     VARCHAR(36) NOT NULL REFERENCES fund.person (id),
    confirmed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (bank_account_id, confirmation_no),
    CONSTRAINT grant_bank_confirmation_person_uk UNIQUE (bank_account_id, confirmed_by),
    CONSTRAINT grant_bank_confirmation_no_ck CHECK (confirmation_no IN (1, 2))
);
