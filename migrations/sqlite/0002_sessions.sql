-- Browser sessions. `user_id` is set while someone is signed in, so a user's
-- sessions can be listed and ended together. `data` is the session's JSON.
CREATE TABLE sessions (
    id          TEXT    PRIMARY KEY,
    user_id     INTEGER REFERENCES users (id) ON DELETE CASCADE,
    data        TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL, -- unix seconds
    created_at  INTEGER NOT NULL DEFAULT (unixepoch()),
    updated_at  INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE INDEX sessions_user_id ON sessions (user_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
