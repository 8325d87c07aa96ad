-- Resumes: each is a line of versions; a version's data is a JSON Resume document,
-- never changed once saved (a save makes a new version). Times are unix milliseconds.
CREATE TABLE resumes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       TEXT   NOT NULL,
    language    TEXT   NOT NULL DEFAULT 'en',
    is_primary  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX resumes_user ON resumes (user_id, updated_at);
-- At most one primary resume per user.
CREATE UNIQUE INDEX resumes_primary ON resumes (user_id) WHERE is_primary;

CREATE TABLE resume_versions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    resume_id   BIGINT NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    data        TEXT   NOT NULL,              -- JSON Resume
    source      TEXT   NOT NULL,              -- import, parse, edit, restore, duplicate
    note        TEXT   NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    UNIQUE (resume_id, number)
);
