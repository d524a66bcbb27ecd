-- The states the Application process adds (issue 5): eligibility, screening, more information, lapse.
-- LAPSED covers a draft not submitted before the call closed (no submitted_at) and an unanswered information request.
ALTER TABLE fund.application DROP CONSTRAINT application_status_ck;
ALTER TABLE fund.application ADD CONSTRAINT application_status_ck CHECK (status IN
    ('DRAFT', 'SUBMITTED', 'INELIGIBLE', 'SCREENING', 'MORE_INFORMATION', 'SCREENED', 'LAPSED', 'WITHDRAWN'));
ALTER TABLE fund.application DROP CONSTRAINT application_submitted_ck;
ALTER TABLE fund.application ADD CONSTRAINT application_submitted_ck CHECK
    (status IN ('DRAFT', 'WITHDRAWN', 'LAPSED') OR submitted_at IS NOT NULL);

-- Why the Eligibility decision refused the application (its reason code), and the screener's latest question:
-- information_round counts the questions asked, so each request and its email are told apart.
ALTER TABLE fund.application ADD COLUMN ineligible_reason VARCHAR(40);
ALTER TABLE fund.application ADD COLUMN information_round INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE fund.application ADD COLUMN information_question VARCHAR(4000);
ALTER TABLE fund.application ADD COLUMN information_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE fund.application ADD COLUMN information_answer VARCHAR(4000);

ALTER TABLE fund.application_event DROP CONSTRAINT application_event_kind_ck;
ALTER TABLE fund.application_event ADD CONSTRAINT application_event_kind_ck CHECK (kind IN ('STARTED', 'SUBMITTED', 'WITHDRAWN',
    'INELIGIBLE', 'SCREENED', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'LAPSED'));
