-- The review queue's order (seed name, sentence position, claim id) in one index: each claim keeps
-- its seed's name, which never changes (a seed is its path; a renamed file is a new seed). The first
-- page of a status, and the next claim of the queue, are then one index range, however many seeds
-- come before the first match.
ALTER TABLE claim ADD COLUMN seed_name TEXT;
UPDATE claim SET seed_name = (SELECT s.name FROM seed s WHERE s.id = claim.seed_id);
CREATE INDEX claim_queue ON claim (status, seed_name, position, id);
