-- The claim's status, so that the queue, counts and lists at 100,000 claims read an index instead
-- of looking through the verdict log for every claim. live_verdicts counts the claim's verdict
-- entries that have not been retracted; status follows from it and the claim's flags. Triggers
-- keep both, in the same transaction as the change, so no code path can forget them. (A generated
-- column would say this once, but jOOQ's open-source code generator cannot parse one.)
ALTER TABLE claim ADD COLUMN live_verdicts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN status TEXT NOT NULL DEFAULT 'HELD'
    CHECK (status IN ('PENDING', 'REVIEWED', 'HELD', 'STALE'));

UPDATE claim SET live_verdicts = (
    SELECT count(*) FROM verdict v
    WHERE v.claim_id = claim.id AND v.kind = 'VERDICT'
      AND NOT EXISTS (SELECT 1 FROM verdict u WHERE u.retracts_id = v.id));

-- The same rule in both triggers below: stale first, then any live verdict, then the queue.
CREATE TRIGGER claim_status_insert AFTER INSERT ON claim
BEGIN UPDATE claim SET status = CASE WHEN new.stale = 1 THEN 'STALE' WHEN new.live_verdicts > 0 THEN 'REVIEWED'
      WHEN new.checkworthy = 1 OR new.promoted = 1 THEN 'PENDING' ELSE 'HELD' END WHERE id = new.id; END;
CREATE TRIGGER claim_status_update AFTER UPDATE OF stale, checkworthy, promoted, live_verdicts ON claim
BEGIN UPDATE claim SET status = CASE WHEN new.stale = 1 THEN 'STALE' WHEN new.live_verdicts > 0 THEN 'REVIEWED'
      WHEN new.checkworthy = 1 OR new.promoted = 1 THEN 'PENDING' ELSE 'HELD' END WHERE id = new.id; END;

CREATE TRIGGER verdict_counts_live AFTER INSERT ON verdict WHEN new.kind = 'VERDICT'
BEGIN UPDATE claim SET live_verdicts = live_verdicts + 1 WHERE id = new.claim_id; END;
CREATE TRIGGER retraction_counts_live AFTER INSERT ON verdict WHEN new.kind = 'RETRACTION'
BEGIN UPDATE claim SET live_verdicts = live_verdicts - 1
      WHERE id = (SELECT claim_id FROM verdict WHERE id = new.retracts_id); END;

-- sets every existing claim's status through the trigger above
UPDATE claim SET stale = stale;

-- the queue and status lists in seed order; per-seed counts and pages
CREATE INDEX claim_status ON claim (status, seed_id, position);
CREATE INDEX claim_seed_status ON claim (seed_id, status, position);
