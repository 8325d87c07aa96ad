-- Answers of AI tasks, keyed by a hash of (task, prompt version, provider, model,
-- output language, input): the same request is answered from here.
CREATE TABLE ai_cache (
    key         TEXT   PRIMARY KEY,
    task        TEXT   NOT NULL,
    provider    TEXT   NOT NULL,
    model       TEXT   NOT NULL,
    output      TEXT   NOT NULL,
    created_at  BIGINT NOT NULL -- unix milliseconds
);

-- Every AI task call: who, what, which engine, tokens, cost, time and outcome.
CREATE TABLE ai_calls (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        BIGINT REFERENCES users (id) ON DELETE CASCADE,
    task           TEXT   NOT NULL,
    provider       TEXT   NOT NULL,
    model          TEXT   NOT NULL,
    input_tokens   BIGINT NOT NULL DEFAULT 0,
    output_tokens  BIGINT NOT NULL DEFAULT 0,
    cost_micros    BIGINT NOT NULL DEFAULT 0, -- millionths of a US dollar
    duration_ms    BIGINT NOT NULL,
    outcome        TEXT   NOT NULL,
    cache_hit      BOOLEAN NOT NULL DEFAULT FALSE,
    error          TEXT,
    at             BIGINT NOT NULL -- unix milliseconds
);

CREATE INDEX ai_calls_user_at ON ai_calls (user_id, at);
CREATE INDEX ai_calls_at ON ai_calls (at);
