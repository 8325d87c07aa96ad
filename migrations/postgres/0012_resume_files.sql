-- Uploaded resume files, kept as they came: stored under DATA_DIR/files/USER_ID/
-- with a generated name (stored_as); the uploaded name is only shown, never used
-- as a path. Deleting the resume deletes the rows; the service removes the files.
CREATE TABLE resume_files (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    resume_id   BIGINT NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
    stored_as   TEXT   NOT NULL UNIQUE,
    name        TEXT   NOT NULL,
    kind        TEXT   NOT NULL,              -- pdf, docx, json, markdown, text
    size        BIGINT NOT NULL,
    ocr         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  BIGINT NOT NULL
);
CREATE INDEX resume_files_resume ON resume_files (user_id, resume_id);
