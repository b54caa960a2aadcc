-- A published claim keeps who it says made the claim and the article it is in, as it keeps its wording (V22): its
-- published check names both. (PostgreSQL's V23 also keeps publishing itself to the desk log's trigger; SQLite has
-- no roles, and whoever can write the file can write anything in it.)
CREATE TRIGGER claim_keeps_published_source BEFORE UPDATE OF claimant, seed_id ON claim
WHEN old.published_at IS NOT NULL AND (new.claimant IS NOT old.claimant OR new.seed_id IS NOT old.seed_id)
BEGIN SELECT RAISE(ABORT, 'the claim is published; its claimant and article stay as they were signed off'); END;
