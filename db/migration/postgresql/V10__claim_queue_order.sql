-- The review queue's order (seed name, sentence position, claim id) in one index: each claim keeps
-- its seed's name, which never changes (a seed is its path; a renamed file is a new seed). The first
-- page of a status, and the next claim of the queue, are then one index range, however many seeds
-- come before the first match. Code-point order, as seed.name and SQLite's BINARY.
ALTER TABLE claim ADD COLUMN seed_name text COLLATE "C";
UPDATE claim c SET seed_name = s.name FROM seed s WHERE s.id = c.seed_id;
CREATE INDEX claim_queue ON claim (status, seed_name, position, id);
