-- Profile fields shown on the settings page and used by later features.
ALTER TABLE users ADD COLUMN headline TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN location TEXT NOT NULL DEFAULT '';

-- Single-use tokens mailed to a user (email verification, password reset). Only a
-- hash of each token is kept: a copy of the database does not let anyone use one.
-- Taking a token deletes its row, so it works once.
CREATE TABLE account_tokens (
    token_hash  TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    expires_at  INTEGER NOT NULL, -- unix seconds
    created_at  INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE INDEX account_tokens_user_purpose ON account_tokens (user_id, purpose);
