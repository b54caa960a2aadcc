-- The claim's status, so that the queue, counts and lists at 100,000 claims read an index instead
-- of looking through the verdict log for every claim. live_verdicts counts the claim's verdict
-- entries that have not been retracted. The rule for status: STALE if stale, else REVIEWED with a
-- live verdict, else PENDING if check-worthy or promoted, else HELD. Triggers apply it in the same
-- transaction as the change, so no code path can forget it. (A generated column would state it
-- once, but jOOQ's open-source code generator cannot parse one.)
ALTER TABLE claim ADD COLUMN live_verdicts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN status TEXT NOT NULL DEFAULT 'HELD'
    CHECK (status IN ('PENDING', 'REVIEWED', 'HELD', 'STALE'));

CREATE TRIGGER claim_status_insert AFTER INSERT ON claim
BEGIN UPDATE claim SET status = CASE WHEN new.stale = 1 THEN 'STALE' WHEN new.live_verdicts > 0 THEN 'REVIEWED'
      WHEN new.checkworthy = 1 OR new.promoted = 1 THEN 'PENDING' ELSE 'HELD' END WHERE id = new.id; END;
CREATE TRIGGER claim_status_update AFTER UPDATE OF stale, checkworthy, promoted ON claim
BEGIN UPDATE claim SET status = CASE WHEN new.stale = 1 THEN 'STALE' WHEN new.live_verdicts > 0 THEN 'REVIEWED'
      WHEN new.checkworthy = 1 OR new.promoted = 1 THEN 'PENDING' ELSE 'HELD' END WHERE id = new.id; END;

-- A new verdict makes its claim REVIEWED (unless stale). Imported rows (batch_id set) are counted
-- by the import itself in one statement at the end of its transaction
-- (ClaimRepository.countLiveVerdictsOfBatch): a trigger per row costs a bulk import more than its inserts.
CREATE TRIGGER verdict_counts_live AFTER INSERT ON verdict WHEN new.kind = 'VERDICT' AND new.batch_id IS NULL
BEGIN UPDATE claim SET live_verdicts = live_verdicts + 1, status = CASE WHEN stale = 1 THEN 'STALE' ELSE 'REVIEWED' END
      WHERE id = new.claim_id; END;
-- In SET, live_verdicts is the value before this update.
CREATE TRIGGER retraction_counts_live AFTER INSERT ON verdict WHEN new.kind = 'RETRACTION'
BEGIN UPDATE claim SET live_verdicts = live_verdicts - 1,
      status = CASE WHEN stale = 1 THEN 'STALE' WHEN live_verdicts - 1 > 0 THEN 'REVIEWED'
                    WHEN checkworthy = 1 OR promoted = 1 THEN 'PENDING' ELSE 'HELD' END
      WHERE id = (SELECT claim_id FROM verdict WHERE id = new.retracts_id); END;

-- existing claims: count their live verdicts, then set every status through claim_status_update
UPDATE claim SET live_verdicts = (
    SELECT count(*) FROM verdict v
    WHERE v.claim_id = claim.id AND v.kind = 'VERDICT'
      AND NOT EXISTS (SELECT 1 FROM verdict u WHERE u.retracts_id = v.id));
UPDATE claim SET stale = stale;

-- the queue and status lists in seed order; per-seed counts and pages
CREATE INDEX claim_status ON claim (status, seed_id, position);
CREATE INDEX claim_seed_status ON claim (seed_id, status, position);
