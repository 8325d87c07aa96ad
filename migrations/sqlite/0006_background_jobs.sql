-- Background work (imports, tailoring, AI calls, mail, clean-ups), in the database so
-- it survives a restart and is shared by every process. Times are unix milliseconds.
CREATE TABLE background_jobs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          INTEGER REFERENCES users (id) ON DELETE CASCADE, -- NULL: the system's
    kind             TEXT    NOT NULL,
    payload          TEXT    NOT NULL DEFAULT '{}',
    state            TEXT    NOT NULL DEFAULT 'queued'
                     CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    max_attempts     INTEGER NOT NULL DEFAULT 3,
    run_after        INTEGER NOT NULL,
    lease_until      INTEGER,
    worker           TEXT,
    idempotency_key  TEXT,
    result           TEXT,
    error            TEXT,
    progress         INTEGER NOT NULL DEFAULT 0,
    progress_message TEXT    NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    started_at       INTEGER,
    finished_at      INTEGER
);

-- One job per (user, kind, key): enqueueing the same work twice gives the first job.
CREATE UNIQUE INDEX background_jobs_idempotency
    ON background_jobs (COALESCE(user_id, 0), kind, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX background_jobs_claim ON background_jobs (state, run_after);
CREATE INDEX background_jobs_user ON background_jobs (user_id, created_at);

-- What happened to a job, step by step.
CREATE TABLE background_job_events (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id   INTEGER NOT NULL REFERENCES background_jobs (id) ON DELETE CASCADE,
    at       INTEGER NOT NULL,
    level    TEXT    NOT NULL CHECK (level IN ('debug', 'info', 'warn', 'error')),
    source   TEXT    NOT NULL,
    message  TEXT    NOT NULL,
    data     TEXT    NOT NULL DEFAULT '{}'
);

CREATE INDEX background_job_events_job ON background_job_events (job_id, id);
