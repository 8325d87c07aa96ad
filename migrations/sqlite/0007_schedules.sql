-- Recurring work: a cron expression in a time zone enqueues a job of `kind` at each
-- due time. `next_run` moves forward by compare-and-set, so with several processes
-- each due time enqueues exactly one job. Times are unix milliseconds.
CREATE TABLE schedules (
    name        TEXT    PRIMARY KEY,
    cron        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL DEFAULT 'UTC',
    kind        TEXT    NOT NULL,
    payload     TEXT    NOT NULL DEFAULT '{}',
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    last_run    BIGINT,
    next_run    BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);

CREATE INDEX schedules_due ON schedules (enabled, next_run);
