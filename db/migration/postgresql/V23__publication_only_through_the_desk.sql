-- A claim is published, and its rating changes, only through an editor's step in the desk log: the log's trigger
-- writes both (one trigger level down), and a hand-made UPDATE by any role that may update claims (the reviewers',
-- which re-derives them from the articles) can neither publish a claim, which would also freeze it against the
-- editor's own sign-off, nor change a published rating. A published claim also keeps who it says made the claim
-- and the article it is in, as it keeps its wording (V22): its published check names both.
CREATE OR REPLACE FUNCTION factdesk_keep_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() < 2 AND (NEW.published_at IS DISTINCT FROM OLD.published_at
            OR NEW.final_rating IS DISTINCT FROM OLD.final_rating) THEN
        RAISE EXCEPTION 'a claim is published, and its rating changed, only by an editor''s step in the desk log'
            USING ERRCODE = 'FD001';
    END IF;
    IF OLD.published_at IS NOT NULL AND (NEW.claimant IS DISTINCT FROM OLD.claimant
            OR NEW.seed_id IS DISTINCT FROM OLD.seed_id) THEN
        RAISE EXCEPTION 'the claim is published; its claimant and article stay as they were signed off'
            USING ERRCODE = 'FD001';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER claim_keeps_publication ON claim;
CREATE TRIGGER claim_keeps_publication BEFORE UPDATE OF published_at, final_rating, claimant, seed_id ON claim
    FOR EACH ROW EXECUTE FUNCTION factdesk_keep_publication();
