-- What an imported row is, so that the database itself refuses to store one verdict twice when two
-- imports overlap (the import checks inside its write transaction; this index backs that check).
-- A row with a decision time is content key '@' time; a row without one (decided "now") is the
-- content key alone, because its time says nothing about which verdict it is. Verdicts recorded
-- with the verdict command keep NULL: a reviewer may repeat an earlier verdict on purpose.
-- Verdicts imported before this version are keyed with their time; of entries that earlier
-- concurrent imports stored twice, only the first is keyed (the log itself is append-only and keeps
-- both). The append-only trigger is lifted only for this backfill, inside the migration.
ALTER TABLE verdict ADD COLUMN import_key TEXT;

DROP TRIGGER verdict_append_only_update;
UPDATE verdict SET import_key = content_key || '@' || reviewed_at
WHERE batch_id IS NOT NULL AND kind = 'VERDICT' AND content_key IS NOT NULL AND content_key NOT LIKE 'legacy:%'
  AND id = (SELECT min(v.id) FROM verdict v WHERE v.batch_id IS NOT NULL AND v.kind = 'VERDICT'
            AND v.content_key = verdict.content_key AND v.reviewed_at = verdict.reviewed_at);
CREATE TRIGGER verdict_append_only_update BEFORE UPDATE ON verdict
BEGIN SELECT RAISE(ABORT, 'the verdict log is append-only'); END;

CREATE UNIQUE INDEX verdict_import_key ON verdict (import_key);
