-- Every write of a person's digest takes the next number of this sequence, so that a reader
-- holding the digests decoded in memory finds the few that changed by reading 10,000 numbers
-- instead of every digest's bytes (the People list and the review after each write).
CREATE SEQUENCE digest_revision;
ALTER TABLE person_digest ADD COLUMN revision BIGINT DEFAULT NEXT VALUE FOR digest_revision NOT NULL;
-- The rows hold each person's encoded timeline (megabytes on a large journal); an index holding
-- just these columns lets the revisions and the last days be read without reading any timeline.
CREATE INDEX person_digest_revision_idx ON person_digest (person_id, revision, last_on);
