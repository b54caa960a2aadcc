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

-- Search words as SQLite's full-text index has them: letters and digits, every other character a break. The
-- server's own parser keeps "2-3" as 2 and -3, "0.4" as one number, "5G/6G" as a file name and a URL as a whole,
-- so a search for 3, 4 or 6G found a claim on one engine and not the other. ASCII punctuation is made a space
-- first (a class written out, so that the server's locale does not change what counts as a letter).
ALTER TABLE claim DROP COLUMN search_vector;
ALTER TABLE claim ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('factdesk_search'::regconfig,
    regexp_replace(text, '[!-/:-@\[-`{-~]+', ' ', 'g'))) STORED;
CREATE INDEX claim_search ON claim USING gin (search_vector);

ALTER TABLE fact_check DROP COLUMN search_vector;
ALTER TABLE fact_check ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('factdesk_search'::regconfig,
    regexp_replace(claim_reviewed, '[!-/:-@\[-`{-~]+', ' ', 'g'))) STORED;
CREATE INDEX fact_check_search ON fact_check USING gin (search_vector);
