-- Security-relevant events. Entries outlive the account they name (user_id is
-- cleared when the account is deleted), as an audit trail must.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL DEFAULT (unixepoch()), -- unix seconds
    user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    event       TEXT    NOT NULL,
    ip          TEXT,
    user_agent  TEXT,
    detail      TEXT    NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user_at ON audit_log (user_id, at);
