-- A user's own language model, used instead of the instance's. The API key is
-- sealed with the instance key (XChaCha20-Poly1305, bound to the user); only its
-- last four characters are kept in the clear, to show which key is saved.
CREATE TABLE user_ai_settings (
    user_id         INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    provider        TEXT   NOT NULL CHECK (provider IN ('offline', 'openai', 'anthropic')),
    base_url        TEXT   NOT NULL DEFAULT '',
    model           TEXT   NOT NULL DEFAULT '',
    api_key_sealed  TEXT,
    key_hint        TEXT,
    updated_at      BIGINT NOT NULL -- unix milliseconds
);
