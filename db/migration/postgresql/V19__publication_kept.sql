-- A published claim stays published, and its final rating changes only through the desk log: a correction's
-- trigger writes it (one trigger level down). A role that may update claims (a reviewer's, which re-derives them
-- from the articles) can neither un-publish a claim nor change its published rating by hand.
CREATE FUNCTION factdesk_keep_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.published_at IS NOT NULL AND (NEW.published_at IS DISTINCT FROM OLD.published_at
            OR (NEW.final_rating IS DISTINCT FROM OLD.final_rating AND pg_trigger_depth() < 2)) THEN
        RAISE EXCEPTION 'the claim is published; a change is a correction' USING ERRCODE = 'FD001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER claim_keeps_publication BEFORE UPDATE OF published_at, final_rating ON claim
    FOR EACH ROW EXECUTE FUNCTION factdesk_keep_publication();
