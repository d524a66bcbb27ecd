-- The draft results framework and the attachments of an application (issue 5).

-- Indicators the project will report against (later: impact monitoring; IATI result/indicator with its baseline and
-- target). measure is an IATI IndicatorMeasure code (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative):
-- quantitative indicators carry numeric values, qualitative ones a description of the baseline and the target.
-- baseline_year is the year IATI requires on a baseline; the target's period is set with the grant's dates.
-- sdg_target is a code of the UNSDG-Targets codelist under one of the project's goals (checked by the service).
-- id lets later reports name the indicator; line_no keeps the applicant's order.
CREATE TABLE fund.application_indicator (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    application_id   VARCHAR(36)    NOT NULL REFERENCES fund.application (id),
    line_no          INTEGER        NOT NULL,
    name             VARCHAR(300)   NOT NULL,
    measure          VARCHAR(2)     NOT NULL,
    unit             VARCHAR(100),
    baseline_year    INTEGER        NOT NULL,
    baseline_value   DECIMAL(19, 4),
    baseline_comment VARCHAR(1000),
    target_value     DECIMAL(19, 4),
    target_comment   VARCHAR(1000),
    sdg_target       VARCHAR(10)    NOT NULL,
    CONSTRAINT application_indicator_uk UNIQUE (application_id, line_no),
    CONSTRAINT application_indicator_measure_ck CHECK (measure IN ('1', '2', '3', '4', '5')),
    CONSTRAINT application_indicator_values_ck CHECK (
        (measure = '5' AND baseline_value IS NULL AND target_value IS NULL
            AND baseline_comment IS NOT NULL AND target_comment IS NOT NULL)
        OR (measure <> '5' AND baseline_value IS NOT NULL AND target_value IS NOT NULL))
);

-- PDF attachments: what the applicant uploaded (checked as a readable PDF), with its size, SHA-256 and upload time.
-- The bytes live in their own table, so listing attachments never reads them (H2 keeps a row's values together).
-- BYTEA is PostgreSQL's byte array and an H2 alias of BINARY VARYING, so one script serves both.
CREATE TABLE fund.application_attachment (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    application_id VARCHAR(36)  NOT NULL REFERENCES fund.application (id),
    title          VARCHAR(200) NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by    VARCHAR(36)  NOT NULL REFERENCES fund.person (id),
    CONSTRAINT application_attachment_size_ck CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);
CREATE INDEX application_attachment_application_ix ON fund.application_attachment (application_id, uploaded_at);

CREATE TABLE fund.application_attachment_content (
    attachment_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES fund.application_attachment (id),
    content       BYTEA       NOT NULL
);
