-- The structured editor's unsaved work on a resume, one per resume: kept when the
-- form (without JavaScript) asks for a preview or for an entry to be added,
-- removed or moved, and when a save was refused; gone once saved or discarded.
CREATE TABLE resume_drafts (
    resume_id   BIGINT PRIMARY KEY REFERENCES resumes (id) ON DELETE CASCADE,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    data        TEXT   NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX resume_drafts_user ON resume_drafts (user_id);
