-- One-time links of self-service accounts: confirming a registered email, resetting a forgotten password.
-- Only the SHA-256 hash of a link's token is stored. A link is open while used_at is null and expires_at
-- lies ahead; closing a link sets expires_at to the moment it was closed.
CREATE TABLE fund.account_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    person_id   VARCHAR(36) NOT NULL REFERENCES fund.person (id),
    purpose     VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_purpose_ck CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
);
CREATE INDEX account_token_person_ix ON fund.account_token (person_id, purpose);
