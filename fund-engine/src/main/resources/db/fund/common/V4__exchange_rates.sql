-- Euro reference rates FINANCE uploaded from the ECB's CSV files: who uploaded what, and when.
CREATE TABLE fund.ecb_upload (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    uploaded_by  VARCHAR(36) NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    first_date   DATE        NOT NULL,
    last_date    DATE        NOT NULL,
    rates_added  INTEGER     NOT NULL
);

-- Units of a currency per 1 EUR on a date, as the ECB publishes them (ECB) or as one FINANCE person entered
-- and another approved (ENTERED). Fixed parities (XOF, XAF) and EUR itself are never stored.
-- ecb_key ("USD:2026-11-27") is set on ECB rows only: one ECB rate per currency and day.
CREATE TABLE fund.exchange_rate (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    currency_code  VARCHAR(3)     NOT NULL,
    valid_on       DATE           NOT NULL,
    units_per_eur  DECIMAL(24, 10) NOT NULL,
    source         VARCHAR(10)    NOT NULL,
    status         VARCHAR(10)    NOT NULL,
    ecb_key        VARCHAR(20),
    upload_id      VARCHAR(36)    REFERENCES fund.ecb_upload (id),
    entered_by     VARCHAR(36)    NOT NULL,
    entered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(36),
    decided_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT exchange_rate_positive_ck CHECK (units_per_eur > 0),
    CONSTRAINT exchange_rate_source_ck CHECK (source IN ('ECB', 'ENTERED')),
    CONSTRAINT exchange_rate_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    CONSTRAINT exchange_rate_ecb_ck CHECK (source <> 'ECB' OR (status = 'APPROVED' AND ecb_key IS NOT NULL AND upload_id IS NOT NULL)),
    -- four eyes, enforced by the database too: an entered rate is approved by someone else
    CONSTRAINT exchange_rate_four_eyes_ck CHECK (source <> 'ENTERED' OR status <> 'APPROVED'
        OR (decided_by IS NOT NULL AND decided_by <> entered_by)),
    CONSTRAINT exchange_rate_fixed_ck CHECK (currency_code NOT IN ('EUR', 'XOF', 'XAF'))
);
CREATE UNIQUE INDEX exchange_rate_ecb_uk ON fund.exchange_rate (ecb_key);
CREATE INDEX exchange_rate_lookup_ix ON fund.exchange_rate (currency_code, valid_on);
CREATE INDEX exchange_rate_status_ix ON fund.exchange_rate (status);

-- Cash of one fund moved from one currency book to another at the rate of a date.
CREATE TABLE fund.fx_conversion (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    fund_code      VARCHAR(64)    NOT NULL REFERENCES fund.fund_definition (code),
    from_currency  VARCHAR(3)     NOT NULL,
    from_minor     BIGINT         NOT NULL,
    to_currency    VARCHAR(3)     NOT NULL,
    to_minor       BIGINT         NOT NULL,
    rate           DECIMAL(38, 20) NOT NULL,
    rate_source    VARCHAR(200)   NOT NULL,
    value_date     DATE           NOT NULL,
    converted_by   VARCHAR(36)    NOT NULL,
    converted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fx_conversion_amount_ck CHECK (from_minor > 0 AND to_minor > 0 AND rate > 0),
    CONSTRAINT fx_conversion_currency_ck CHECK (from_currency <> to_currency)
);
CREATE INDEX fx_conversion_fund_ix ON fund.fx_conversion (fund_code);
