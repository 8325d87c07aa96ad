-- Tailorings: one resume version fitted to one of the user's jobs, worked out in
-- the background (job kind `resume.tailor`). The result (scores, the change log,
-- the claims the truthfulness guard removed, the tailored resume) is kept as
-- JSON until the user accepts some or all of it, which makes a new resume
-- version (accepted_version).
CREATE TABLE tailorings (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    resume_id        BIGINT  NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
    job_id           BIGINT  NOT NULL REFERENCES job_postings (id) ON DELETE CASCADE,
    source_version   INTEGER NOT NULL,
    lang             TEXT    NOT NULL DEFAULT 'en',
    instruction      TEXT    NOT NULL DEFAULT '',
    state            TEXT    NOT NULL DEFAULT 'running'
                     CHECK (state IN ('running', 'ready', 'failed', 'accepted')),
    work_id          BIGINT,                  -- the background job
    result           TEXT    NOT NULL DEFAULT '',
    error            TEXT    NOT NULL DEFAULT '',
    accepted_version INTEGER,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);
CREATE INDEX tailorings_pair ON tailorings (user_id, resume_id, job_id, id);
