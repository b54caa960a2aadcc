-- A key of what a verdict says (claim, reviewer, rating, evidence, note), so that an import
-- recognises rows that are already in the log. Existing entries are keyed here once; the
-- append-only triggers are lifted only for this backfill, inside the migration.
ALTER TABLE verdict ADD COLUMN content_key TEXT;
CREATE INDEX verdict_content_key ON verdict (content_key);

DROP TRIGGER verdict_append_only_update;
UPDATE verdict SET content_key = 'legacy:' || id WHERE kind = 'VERDICT';
CREATE TRIGGER verdict_append_only_update BEFORE UPDATE ON verdict
BEGIN SELECT RAISE(ABORT, 'the verdict log is append-only'); END;
