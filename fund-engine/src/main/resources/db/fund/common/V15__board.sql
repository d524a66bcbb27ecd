-- Issue 7, the board: meetings and their docket (ADMIN), members' declared conflicts, motions, votes, attendance and
-- the roll of each closed motion (the board), and ADMIN's revisions after a send-back. The process only waits for one
-- BoardDecided message per decided item; everything the board did lives here. Votes, attendance, declarations, the
-- roll and a motion's stated schedule are append-only and a closed motion never changes (triggers per vendor in
-- V15_1, the service refuses first).

-- A meeting of the board: when and where (a room or a link).
CREATE TABLE fund.board_meeting (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    reference   VARCHAR(40)  NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    place       VARCHAR(500) NOT NULL,
    created_by  VARCHAR(36)  NOT NULL REFERENCES fund.person (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_meeting_reference_uk UNIQUE (reference)
);

-- An application on a meeting's docket with its draft tranche schedule (total = what is proposed).
-- status: OPEN (on the docket, undecided), DECIDED (a motion carried: outcome APPROVED, REJECTED or SENT_BACK),
-- REMOVED (taken off by ADMIN before any motion was opened on it). open_application_id is the application while the
-- item is OPEN and null otherwise: one open item per application at a time.
CREATE TABLE fund.board_item (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    meeting_id          VARCHAR(36)  NOT NULL REFERENCES fund.board_meeting (id),
    application_id      VARCHAR(36)  NOT NULL REFERENCES fund.application (id),
    open_application_id VARCHAR(36),
    status              VARCHAR(20)  NOT NULL,
    outcome             VARCHAR(20),
    currency            CHAR(3)      NOT NULL,
    total_minor         BIGINT       NOT NULL,
    added_by            VARCHAR(36)  NOT NULL REFERENCES fund.person (id),
    added_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by           VARCHAR(36)  REFERENCES fund.person (id),
    closed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT board_item_open_uk UNIQUE (open_application_id),
    CONSTRAINT board_item_status_ck CHECK (status IN ('OPEN', 'DECIDED', 'REMOVED')),
    CONSTRAINT board_item_open_ck CHECK ((status = 'OPEN' AND open_application_id = application_id)
        OR (status <> 'OPEN' AND open_application_id IS NULL AND closed_at IS NOT NULL)),
    CONSTRAINT board_item_outcome_ck CHECK ((status = 'DECIDED' AND outcome IN ('APPROVED', 'REJECTED', 'SENT_BACK'))
        OR (status <> 'DECIDED' AND outcome IS NULL)),
    CONSTRAINT board_item_total_ck CHECK (total_minor > 0)
);
CREATE INDEX board_item_meeting_ix ON fund.board_item (meeting_id);
CREATE INDEX board_item_application_ix ON fund.board_item (application_id);

-- The draft tranche schedule of an item (amounts in the item's currency, adding up to its total).
CREATE TABLE fund.board_item_tranche (
    item_id        VARCHAR(36)   NOT NULL REFERENCES fund.board_item (id),
    tranche_no     INTEGER       NOT NULL,
    amount_minor   BIGINT        NOT NULL,
    condition      VARCHAR(2000) NOT NULL,
    planned_month  INTEGER       NOT NULL,
    PRIMARY KEY (item_id, tranche_no),
    CONSTRAINT board_item_tranche_ck CHECK (tranche_no >= 1 AND amount_minor > 0 AND planned_month BETWEEN 0 AND 120)
);

-- Attendance as the chair records it, one row per record (append-only): a member's latest row is their attendance.
CREATE TABLE fund.board_attendance (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    meeting_id  VARCHAR(36) NOT NULL REFERENCES fund.board_meeting (id),
    person_id   VARCHAR(36) NOT NULL REFERENCES fund.person (id),
    present     BOOLEAN     NOT NULL,
    recorded_by VARCHAR(36) NOT NULL REFERENCES fund.person (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX board_attendance_meeting_ix ON fund.board_attendance (meeting_id, person_id, recorded_at);

-- A member's declared conflict with an item (recusal), with the reason; it stands once declared.
CREATE TABLE fund.board_recusal (
    item_id     VARCHAR(36)   NOT NULL REFERENCES fund.board_item (id),
    person_id   VARCHAR(36)   NOT NULL REFERENCES fund.person (id),
    reason      VARCHAR(2000) NOT NULL,
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, person_id)
);

-- A motion on an item. kind: APPROVE_AS_DRAFTED, APPROVE_AMENDED (with total_minor, its schedule and/or conditions),
-- REJECT, SEND_BACK (with reason). status: OPEN, then CARRIED, FAILED (no majority of votes cast, a tie included),
-- NO_QUORUM (not decided), WITHDRAWN (the application was withdrawn meanwhile: not decided). The tally is written at
-- the close: members of the board, recused among them, non-recused present, their constituencies, votes.
-- open_item_id is the item while the motion is OPEN: one open motion per item.
CREATE TABLE fund.board_motion (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    item_id           VARCHAR(36)   NOT NULL REFERENCES fund.board_item (id),
    open_item_id      VARCHAR(36),
    motion_no         INTEGER       NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    total_minor       BIGINT,
    conditions        VARCHAR(4000),
    reason            VARCHAR(4000),
    opened_by         VARCHAR(36)   NOT NULL REFERENCES fund.person (id),
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    closed_by         VARCHAR(36)   REFERENCES fund.person (id),
    closed_at         TIMESTAMP WITH TIME ZONE,
    members           INTEGER,
    recused           INTEGER,
    present           INTEGER,
    constituencies    INTEGER,
    votes_for         INTEGER,
    votes_against     INTEGER,
    abstentions       INTEGER,
    CONSTRAINT board_motion_no_uk UNIQUE (item_id, motion_no),
    CONSTRAINT board_motion_open_uk UNIQUE (open_item_id),
    CONSTRAINT board_motion_kind_ck CHECK (kind IN ('APPROVE_AS_DRAFTED', 'APPROVE_AMENDED', 'REJECT', 'SEND_BACK')),
    CONSTRAINT board_motion_status_ck CHECK (status IN ('OPEN', 'CARRIED', 'FAILED', 'NO_QUORUM', 'WITHDRAWN')),
    CONSTRAINT board_motion_open_ck CHECK ((status = 'OPEN' AND open_item_id = item_id AND closed_at IS NULL)
        OR (status <> 'OPEN' AND open_item_id IS NULL AND closed_at IS NOT NULL AND closed_by IS NOT NULL)),
    CONSTRAINT board_motion_amended_ck CHECK (kind <> 'APPROVE_AMENDED' OR (total_minor IS NOT NULL AND total_minor > 0)),
    CONSTRAINT board_motion_reason_ck CHECK (kind <> 'SEND_BACK' OR reason IS NOT NULL)
);
CREATE INDEX board_motion_item_ix ON fund.board_motion (item_id);

-- The tranche schedule an APPROVE_AMENDED motion states (none stated: the draft schedule stands, and then the
-- motion may not change the total).
CREATE TABLE fund.board_motion_tranche (
    motion_id      VARCHAR(36)   NOT NULL REFERENCES fund.board_motion (id),
    tranche_no     INTEGER       NOT NULL,
    amount_minor   BIGINT        NOT NULL,
    condition      VARCHAR(2000) NOT NULL,
    planned_month  INTEGER       NOT NULL,
    PRIMARY KEY (motion_id, tranche_no),
    CONSTRAINT board_motion_tranche_ck CHECK (tranche_no >= 1 AND amount_minor > 0 AND planned_month BETWEEN 0 AND 120)
);

-- Votes, one row per vote cast (append-only): a member's latest row on a motion counts. Only while the motion is OPEN.
CREATE TABLE fund.board_vote (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    motion_id  VARCHAR(36) NOT NULL REFERENCES fund.board_motion (id),
    person_id  VARCHAR(36) NOT NULL REFERENCES fund.person (id),
    choice     VARCHAR(10) NOT NULL,
    cast_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_vote_choice_ck CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN'))
);
CREATE INDEX board_vote_motion_ix ON fund.board_vote (motion_id, person_id, cast_at);

-- The roll of a closed motion: every member of the board then, with their constituency, presence, why they were
-- recused (declared conflict, applicant, reviewer) and the vote that counted. Written once at the close.
CREATE TABLE fund.board_roll (
    motion_id      VARCHAR(36)   NOT NULL REFERENCES fund.board_motion (id),
    person_id      VARCHAR(36)   NOT NULL REFERENCES fund.person (id),
    constituency   VARCHAR(30)   NOT NULL,
    present        BOOLEAN       NOT NULL,
    recused_reason VARCHAR(2000),
    choice         VARCHAR(10),
    PRIMARY KEY (motion_id, person_id)
);

-- What ADMIN revised after the board sent an application back: a note and a revised draft schedule, used as the
-- draft when the application goes on a docket again.
CREATE TABLE fund.board_revision (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    application_id VARCHAR(36)   NOT NULL REFERENCES fund.application (id),
    note           VARCHAR(4000) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    total_minor    BIGINT        NOT NULL,
    revised_by     VARCHAR(36)   NOT NULL REFERENCES fund.person (id),
    revised_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_revision_total_ck CHECK (total_minor > 0)
);
CREATE INDEX board_revision_application_ix ON fund.board_revision (application_id, revised_at);

CREATE TABLE fund.board_revision_tranche (
    revision_id    VARCHAR(36)   NOT NULL REFERENCES fund.board_revision (id),
    tranche_no     INTEGER       NOT NULL,
    amount_minor   BIGINT        NOT NULL,
    condition      VARCHAR(2000) NOT NULL,
    planned_month  INTEGER       NOT NULL,
    PRIMARY KEY (revision_id, tranche_no),
    CONSTRAINT board_revision_tranche_ck CHECK (tranche_no >= 1 AND amount_minor > 0 AND planned_month BETWEEN 0 AND 120)
);

-- The approval names the motion that carried it (V13 left this foreign key to the board).
ALTER TABLE fund.board_approval ADD CONSTRAINT board_approval_motion_fk FOREIGN KEY (motion_id) REFERENCES fund.board_motion (id);
