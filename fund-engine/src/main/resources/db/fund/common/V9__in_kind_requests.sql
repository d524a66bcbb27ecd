-- In-kind support an application requests (issue 5): compute, data sets and models, training seats and expert time.
-- Shaped for the later matching of requests against donors' offers (GPU class, hours, region or node, window).

-- The GPU classes compute is requested and offered in: reference data ADMIN maintains. A class is never deleted (lines
-- refer to it by code); retired_at set = no longer chosen in new requests, still shown on the lines that name it.
CREATE TABLE fund.gpu_class (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    vendor     VARCHAR(100) NOT NULL,
    memory_gb  INTEGER      NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gpu_class_memory_ck CHECK (memory_gb > 0)
);
INSERT INTO fund.gpu_class (code, name, vendor, memory_gb, created_at, updated_at) VALUES
    ('A100-80GB', 'NVIDIA A100 80 GB', 'NVIDIA', 80, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('H100-80GB', 'NVIDIA H100 80 GB', 'NVIDIA', 80, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('H200', 'NVIDIA H200 141 GB', 'NVIDIA', 141, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('MI300X', 'AMD Instinct MI300X 192 GB', 'AMD', 192, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- Compute requested: whole GPU-hours of one class within a window of dates (ends_on after starts_on), where the
-- applicant prefers a UN M49 region, a network node, or neither (never both). id lets a later match name the line.
CREATE TABLE fund.application_compute_line (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    application_id VARCHAR(36) NOT NULL REFERENCES fund.application (id),
    line_no        INTEGER     NOT NULL,
    gpu_class_code VARCHAR(40) NOT NULL REFERENCES fund.gpu_class (code),
    gpu_hours      INTEGER     NOT NULL,
    region_m49     VARCHAR(3),
    node_id        VARCHAR(36) REFERENCES fund.network_node (id),
    starts_on      DATE        NOT NULL,
    ends_on        DATE        NOT NULL,
    CONSTRAINT application_compute_line_uk UNIQUE (application_id, line_no),
    CONSTRAINT application_compute_line_hours_ck CHECK (gpu_hours > 0),
    CONSTRAINT application_compute_line_window_ck CHECK (ends_on > starts_on),
    CONSTRAINT application_compute_line_place_ck CHECK (region_m49 IS NULL OR node_id IS NULL)
);
CREATE INDEX application_compute_line_class_ix ON fund.application_compute_line (gpu_class_code, starts_on);
CREATE INDEX application_compute_line_node_ix ON fund.application_compute_line (node_id);

-- Data sets and models requested: what, under which licence terms, and the countries (IATI Country codes) where the
-- data may reside, at least one per line (checked by the service).
CREATE TABLE fund.application_data_line (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    application_id VARCHAR(36)   NOT NULL REFERENCES fund.application (id),
    line_no        INTEGER       NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    licence        VARCHAR(30)   NOT NULL,
    licence_note   VARCHAR(1000),
    CONSTRAINT application_data_line_uk UNIQUE (application_id, line_no),
    CONSTRAINT application_data_line_kind_ck CHECK (kind IN ('DATASET', 'MODEL')),
    CONSTRAINT application_data_line_licence_ck CHECK (licence IN ('OPEN', 'RESEARCH_ONLY', 'COMMERCIAL', 'RESTRICTED_AGREEMENT'))
);

CREATE TABLE fund.application_data_jurisdiction (
    data_line_id VARCHAR(36) NOT NULL REFERENCES fund.application_data_line (id),
    country_code VARCHAR(2)  NOT NULL,
    PRIMARY KEY (data_line_id, country_code)
);

-- Training seats with their topic, and hours of expert time with the expertise needed: one row per application at
-- most, 0 = none of that kind (then no text).
CREATE TABLE fund.application_people_request (
    application_id VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES fund.application (id),
    training_seats INTEGER       NOT NULL,
    training_topic VARCHAR(1000),
    expert_hours   INTEGER       NOT NULL,
    expertise      VARCHAR(1000),
    CONSTRAINT application_people_request_ck CHECK (training_seats >= 0 AND expert_hours >= 0
        AND (training_seats > 0 OR training_topic IS NULL) AND (expert_hours > 0 OR expertise IS NULL))
);
