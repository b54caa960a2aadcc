-- Two additions, independent of each other and of any other migration:
--
-- verdict.applied_from_id: for a verdict written by apply-group, the entry it was copied from (the
-- reviewer's verdict on the other member of the near-duplicate group). The link used to be appended
-- to the note as text, which changed the note and pushed a long one past its limit. Older copies keep
-- that text in their note and have no link here. Adding a column leaves the append-only triggers as
-- they are: no existing entry is changed.
ALTER TABLE verdict ADD COLUMN applied_from_id INTEGER REFERENCES verdict (id);

-- seed.removed_at: when the ingest found the seed's file gone from the seeds folder. Its claims are
-- then stale (their verdicts stay); when the file comes back, the next ingest reads it again like a
-- changed seed and clears this.
ALTER TABLE seed ADD COLUMN removed_at TEXT;
