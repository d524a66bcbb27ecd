-- Issue 7, due diligence: the people who sign for the applicant organisation, named on the application (one to three,
-- each with the title under which they sign). Due diligence screens them with the organisation against the sanctions
-- list; the grant agreement names them. Replaced as a whole while the application is a draft, never after.
CREATE TABLE fund.application_signatory (
    application_id VARCHAR(36)  NOT NULL REFERENCES fund.application (id),
    signatory_no   INTEGER      NOT NULL,
    name           VARCHAR(300) NOT NULL,
    title          VARCHAR(200) NOT NULL,
    PRIMARY KEY (application_id, signatory_no),
    CONSTRAINT application_signatory_no_ck CHECK (signatory_no BETWEEN 1 AND 3)
);
