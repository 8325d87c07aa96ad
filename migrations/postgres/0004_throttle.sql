-- Attempt counters for rate limits (sign-in, sign-up, resets), in the database so
-- every instance sees the same counts. A fixed window per key.
CREATE TABLE throttle (
    key           TEXT    PRIMARY KEY,
    window_start  BIGINT  NOT NULL, -- unix seconds
    hits          BIGINT  NOT NULL
);
