-- Due diligence (issue 7): the UN Security Council Consolidated List as ADMIN imports it, and the screenings of
-- applications against it. Nothing here is ever deleted: a screening names the list version it used.

-- One row per import of the list. The import with the highest import_no is the current list; older ones stay for the
-- audit trail. The same file (same SHA-256) is imported once. date_generated is the list's dateGenerated attribute
-- as printed in the file, when present.
CREATE TABLE fund.sanctions_list (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    import_no        INTEGER      NOT NULL,
    source_file_name VARCHAR(255) NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    date_generated   VARCHAR(40),
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by      VARCHAR(36)  NOT NULL REFERENCES fund.person (id),
    individual_count INTEGER      NOT NULL,
    entity_count     INTEGER      NOT NULL,
    alias_count      INTEGER      NOT NULL,
    CONSTRAINT sanctions_list_import_no_uk UNIQUE (import_no),
    CONSTRAINT sanctions_list_sha256_uk UNIQUE (sha256),
    CONSTRAINT sanctions_list_counts_ck CHECK (individual_count >= 0 AND entity_count >= 0 AND alias_count >= 0
        AND individual_count + entity_count > 0)
);

-- An individual or entity on one version of the list: its UN reference number (QDi.001), DATAID, and its name as
-- printed (an individual's name parts joined, an entity's FIRST_NAME).
CREATE TABLE fund.sanctions_entry (
    list_id          VARCHAR(36)   NOT NULL REFERENCES fund.sanctions_list (id),
    entry_no         INTEGER       NOT NULL,
    reference_number VARCHAR(40)   NOT NULL,
    data_id          VARCHAR(40),
    kind             VARCHAR(10)   NOT NULL,
    primary_name     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (list_id, entry_no),
    CONSTRAINT sanctions_entry_kind_ck CHECK (kind IN ('INDIVIDUAL', 'ENTITY'))
);
CREATE INDEX sanctions_entry_reference_ix ON fund.sanctions_entry (reference_number);

-- Every name an entry is known by: its primary name, its name in original script, and its aliases (with the list's
-- quality, Good or Low, when given). name_key is the normalised name (SanctionsNameKey) that screening compares.
CREATE TABLE fund.sanctions_name (
    list_id       VARCHAR(36)   NOT NULL,
    entry_no      INTEGER       NOT NULL,
    name_no       INTEGER       NOT NULL,
    name          VARCHAR(1000) NOT NULL,
    name_key      VARCHAR(1000) NOT NULL,
    is_alias      BOOLEAN       NOT NULL,
    alias_quality VARCHAR(20),
    PRIMARY KEY (list_id, entry_no, name_no),
    CONSTRAINT sanctions_name_entry_fk FOREIGN KEY (list_id, entry_no) REFERENCES fund.sanctions_entry (list_id, entry_no),
    CONSTRAINT sanctions_name_quality_ck CHECK (alias_quality IS NULL OR is_alias)
);
CREATE INDEX sanctions_name_key_ix ON fund.sanctions_name (name_key, list_id);

-- A screening of an application's organisation and signatories against one list version. A POSSIBLE_MATCH waits for
-- ADMIN to clear or reject it, with a reason; the decision is taken once and never changes (the service updates only
-- an undecided row, and the checks below keep a decision whole).
CREATE TABLE fund.sanctions_screening (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    application_id VARCHAR(36)   NOT NULL REFERENCES fund.application (id),
    list_id        VARCHAR(36)   NOT NULL REFERENCES fund.sanctions_list (id),
    screened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    result         VARCHAR(20)   NOT NULL,
    decision       VARCHAR(10),
    decided_by     VARCHAR(36)   REFERENCES fund.person (id),
    decided_at     TIMESTAMP WITH TIME ZONE,
    reason         VARCHAR(2000),
    CONSTRAINT sanctions_screening_result_ck CHECK (result IN ('CLEAR', 'POSSIBLE_MATCH')),
    CONSTRAINT sanctions_screening_decision_ck CHECK (decision IS NULL OR decision IN ('CLEARED', 'REJECTED')),
    CONSTRAINT sanctions_screening_decided_ck CHECK (
        (decision IS NULL AND decided_by IS NULL AND decided_at IS NULL AND reason IS NULL)
        OR (decision IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND reason IS NOT NULL
            AND result = 'POSSIBLE_MATCH'))
);
CREATE INDEX sanctions_screening_application_ix ON fund.sanctions_screening (application_id);
CREATE INDEX sanctions_screening_list_ix ON fund.sanctions_screening (list_id);

-- The names a screening checked, as given.
CREATE TABLE fund.sanctions_screened_name (
    screening_id VARCHAR(36)   NOT NULL REFERENCES fund.sanctions_screening (id),
    name_no      INTEGER       NOT NULL,
    name         VARCHAR(1000) NOT NULL,
    name_key     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (screening_id, name_no)
);

-- What a screened name matched: one row per entry, naming the entry's name (primary or alias) that matched.
CREATE TABLE fund.sanctions_screening_match (
    screening_id     VARCHAR(36) NOT NULL,
    name_no          INTEGER     NOT NULL,
    list_id          VARCHAR(36) NOT NULL,
    entry_no         INTEGER     NOT NULL,
    matched_name_no  INTEGER     NOT NULL,
    PRIMARY KEY (screening_id, name_no, entry_no),
    CONSTRAINT sanctions_screening_match_name_fk FOREIGN KEY (screening_id, name_no)
        REFERENCES fund.sanctions_screened_name (screening_id, name_no),
    CONSTRAINT sanctions_screening_match_entry_fk FOREIGN KEY (list_id, entry_no, matched_name_no)
        REFERENCES fund.sanctions_name (list_id, entry_no, name_no)
);
