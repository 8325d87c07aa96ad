-- Accounts. Emails are stored lower-cased; the unique index enforces one account each.
CREATE TABLE users (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    email            TEXT    NOT NULL,
    password_hash    TEXT    NOT NULL,
    display_name     TEXT    NOT NULL DEFAULT '',
    role             TEXT    NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
    ui_lang          TEXT    NOT NULL DEFAULT 'en'   CHECK (ui_lang IN ('en', 'ar')),
    output_lang      TEXT    NOT NULL DEFAULT 'en'   CHECK (output_lang IN ('en', 'ar')),
    email_verified_at TEXT,
    disabled_at      TEXT,
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE UNIQUE INDEX users_email_key ON users (email);
