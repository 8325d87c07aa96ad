-- Mock interviews: a session of questions for one of the user's jobs, asked one
-- at a time (asked_at is set when a question is shown), each answer scored
-- (evaluation: JSON) and the session analysed when it ends (analysis: JSON).
CREATE TABLE mock_sessions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id           BIGINT  NOT NULL REFERENCES job_postings (id) ON DELETE CASCADE,
    depth            TEXT    NOT NULL CHECK (depth IN ('job', 'company', 'interviewer')),
    lang             TEXT    NOT NULL DEFAULT 'en',
    finished         BOOLEAN NOT NULL DEFAULT FALSE,
    average_tenths   INTEGER,
    analysis         TEXT    NOT NULL DEFAULT '',
    created_at       BIGINT  NOT NULL,
    finished_at      BIGINT
);
CREATE INDEX mock_sessions_user ON mock_sessions (user_id, created_at);

CREATE TABLE mock_questions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id   BIGINT  NOT NULL REFERENCES mock_sessions (id) ON DELETE CASCADE,
    user_id      BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    question     TEXT    NOT NULL,             -- JSON: category, text, key points
    asked_at     BIGINT,
    answered_at  BIGINT,
    answer       TEXT    NOT NULL DEFAULT '',
    skipped      BOOLEAN NOT NULL DEFAULT FALSE,
    evaluation   TEXT    NOT NULL DEFAULT '',  -- JSON
    UNIQUE (session_id, position)
);
