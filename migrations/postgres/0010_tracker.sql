-- The job tracker: companies, job postings (each one an application on the board,
-- with its status and its place in the status column), the status timeline, notes,
-- contacts and tags. Everything belongs to one user. Times are unix milliseconds.
CREATE TABLE companies (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT   NOT NULL,
    website     TEXT   NOT NULL DEFAULT '',
    notes       TEXT   NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX companies_user_name ON companies (user_id, lower(name));

CREATE TABLE job_postings (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id           BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_id        BIGINT REFERENCES companies (id) ON DELETE SET NULL,
    title             TEXT   NOT NULL,
    location          TEXT   NOT NULL DEFAULT '',
    work_mode         TEXT   CHECK (work_mode IN ('onsite', 'hybrid', 'remote')),
    job_type          TEXT   CHECK (job_type IN ('full_time', 'part_time', 'contract', 'internship', 'temporary')),
    salary_min        BIGINT,
    salary_max        BIGINT,
    salary_currency   TEXT   NOT NULL DEFAULT '',
    source_url        TEXT   NOT NULL DEFAULT '',
    description       TEXT   NOT NULL DEFAULT '',   -- Markdown
    requirements      TEXT   NOT NULL DEFAULT '{}', -- JSON: skills, years, education, keywords
    language          TEXT   NOT NULL DEFAULT 'en',
    deadline          TEXT,                         -- YYYY-MM-DD
    applied_at        BIGINT,
    match_score       INTEGER CHECK (match_score BETWEEN 0 AND 100),
    status            TEXT   NOT NULL DEFAULT 'interested'
                      CHECK (status IN ('interested', 'applied', 'interview_scheduled',
                             'interview_completed', 'offer_received', 'accepted',
                             'rejected', 'withdrawn')),
    position          BIGINT NOT NULL DEFAULT 0,    -- order within the status column
    status_changed_at BIGINT NOT NULL,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL
);
CREATE INDEX job_postings_board ON job_postings (user_id, status, position);

-- Every status change, with its time; the first entry is the job's arrival.
CREATE TABLE job_status_changes (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    posting_id   BIGINT NOT NULL REFERENCES job_postings (id) ON DELETE CASCADE,
    from_status  TEXT,
    to_status    TEXT   NOT NULL,
    at           BIGINT NOT NULL
);
CREATE INDEX job_status_changes_posting ON job_status_changes (posting_id, at);
CREATE INDEX job_status_changes_user ON job_status_changes (user_id, at);

CREATE TABLE job_notes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    posting_id  BIGINT NOT NULL REFERENCES job_postings (id) ON DELETE CASCADE,
    body        TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX job_notes_posting ON job_notes (posting_id, created_at);

CREATE TABLE contacts (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    posting_id  BIGINT REFERENCES job_postings (id) ON DELETE CASCADE,
    company_id  BIGINT REFERENCES companies (id) ON DELETE SET NULL,
    name        TEXT   NOT NULL,
    role        TEXT   NOT NULL DEFAULT '',
    email       TEXT   NOT NULL DEFAULT '',
    phone       TEXT   NOT NULL DEFAULT '',
    linkedin    TEXT   NOT NULL DEFAULT '',
    notes       TEXT   NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL
);
CREATE INDEX contacts_posting ON contacts (posting_id);
CREATE INDEX contacts_user ON contacts (user_id);

CREATE TABLE tags (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name     TEXT   NOT NULL
);
CREATE UNIQUE INDEX tags_user_name ON tags (user_id, lower(name));

CREATE TABLE job_tags (
    posting_id  BIGINT NOT NULL REFERENCES job_postings (id) ON DELETE CASCADE,
    tag_id      BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (posting_id, tag_id)
);
CREATE INDEX job_tags_tag ON job_tags (tag_id);
