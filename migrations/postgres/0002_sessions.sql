-- Browser sessions. `user_id` is set while someone is signed in, so a user's
-- sessions can be listed and ended together. `data` is the session's JSON.
CREATE TABLE sessions (
    id          TEXT   PRIMARY KEY,
    user_id     BIGINT REFERENCES users (id) ON DELETE CASCADE,
    data        TEXT   NOT NULL,
    expires_at  BIGINT NOT NULL, -- unix seconds
    created_at  BIGINT NOT NULL DEFAULT extract(epoch FROM now())::bigint,
    updated_at  BIGINT NOT NULL DEFAULT extract(epoch FROM now())::bigint
);

CREATE INDEX sessions_user_id ON sessions (user_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
