-- Interviews: each belongs to one of the user's jobs. The start is an instant
-- (unix milliseconds, UTC) with the time zone it was given in, so it is shown
-- and exported as the user meant it. Interviewers are listed per interview.
CREATE TABLE interviews (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id           BIGINT  NOT NULL REFERENCES job_postings (id) ON DELETE CASCADE,
    starts_at        BIGINT  NOT NULL,
    time_zone        TEXT    NOT NULL DEFAULT 'UTC',
    duration_minutes INTEGER NOT NULL DEFAULT 60,
    kind             TEXT    NOT NULL
                     CHECK (kind IN ('phone_screen', 'video_call', 'in_person', 'technical',
                                     'behavioral', 'panel', 'final', 'other')),
    round            INTEGER NOT NULL DEFAULT 1,
    location         TEXT    NOT NULL DEFAULT '',  -- a place or a meeting link
    prep_notes       TEXT    NOT NULL DEFAULT '',  -- Markdown
    outcome          TEXT    NOT NULL DEFAULT 'pending'
                     CHECK (outcome IN ('pending', 'passed', 'failed', 'cancelled', 'no_show')),
    feedback         TEXT    NOT NULL DEFAULT '',
    remind           BOOLEAN NOT NULL DEFAULT FALSE,
    reminded_at      BIGINT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);
CREATE INDEX interviews_user ON interviews (user_id, starts_at);
CREATE INDEX interviews_reminders ON interviews (starts_at) WHERE remind AND reminded_at IS NULL;

CREATE TABLE interviewers (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    interview_id BIGINT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT   NOT NULL,
    role         TEXT   NOT NULL DEFAULT '',
    linkedin     TEXT   NOT NULL DEFAULT '',
    notes        TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX interviewers_interview ON interviewers (user_id, interview_id);

-- A user's private calendar feed: the secret in its address is kept sealed
-- (to show the address again) and hashed (to find the user by it).
CREATE TABLE calendar_feeds (
    user_id     BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash  TEXT   NOT NULL UNIQUE,
    sealed      TEXT   NOT NULL,
    created_at  BIGINT NOT NULL
);
