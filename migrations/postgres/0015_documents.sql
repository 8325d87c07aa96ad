-- Documents: cover letters, portfolios, resumes kept as documents and others.
-- Each is a line of Markdown versions, never changed once saved; it may be
-- linked to one of the user's jobs (the link goes when the job does). Uploaded
-- files are kept as they came, under DATA_DIR/files/USER_ID/ with a generated
-- name, the text read from them being the first version.
CREATE TABLE documents (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT   NOT NULL,              -- resume, cover_letter, portfolio, other
    title       TEXT   NOT NULL,
    job_id      BIGINT REFERENCES job_postings (id) ON DELETE SET NULL,
    language    TEXT   NOT NULL DEFAULT 'en',
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX documents_user ON documents (user_id, updated_at);
CREATE INDEX documents_job ON documents (job_id);

CREATE TABLE document_versions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    markdown    TEXT   NOT NULL,
    source      TEXT   NOT NULL,              -- write, generate, edit, upload, restore
    note        TEXT   NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    UNIQUE (document_id, number)
);

CREATE TABLE document_files (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    stored_as   TEXT   NOT NULL UNIQUE,
    name        TEXT   NOT NULL,
    kind        TEXT   NOT NULL,              -- pdf, docx, json, markdown, text
    size        BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX document_files_document ON document_files (user_id, document_id);
