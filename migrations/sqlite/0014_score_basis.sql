-- What a job's match score was computed against: the primary resume and its
-- version at the time (NULL without a score). When the primary resume or its
-- newest version is another, the score is stale until the background rescore
-- (`match.rescore`) reaches it.
ALTER TABLE job_postings ADD COLUMN score_resume_id BIGINT;
ALTER TABLE job_postings ADD COLUMN score_version INTEGER;
