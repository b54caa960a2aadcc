-- A large import's speed on PostgreSQL. Three parts of the verdict log cost the server per row what they need not:
--
-- 1. The log's content and import keys are hex digests, but their unique and lookup indexes compared them in the
--    server's locale, a C-library call for every comparison. They compare bytes now ("C"), as SQLite's BINARY
--    collation does; equality, all factdesk asks of them, is unchanged.
-- 2. The rule that a published claim takes no more entries was a row-level BEFORE trigger, which also keeps COPY
--    from writing rows in groups. It is now checked once per statement, over the rows that statement added.
-- 3. A claim's review state (how many reviewers, whether their latest ratings differ) is read in one pass over
--    its live verdicts, each reviewer's latest first, instead of one lookup per verdict for a later one.
ALTER TABLE verdict
    ALTER COLUMN content_key TYPE text COLLATE "C",
    ALTER COLUMN import_key TYPE text COLLATE "C";

DROP TRIGGER verdict_after_publication ON verdict;
CREATE OR REPLACE FUNCTION factdesk_refuse_after_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- each added row's claim by its key: a join would read the whole claim table for every statement, as the
    -- planner cannot know how few rows a transition table holds
    IF EXISTS (SELECT 1 FROM added a WHERE (SELECT c.published_at FROM claim c WHERE c.id = a.claim_id) IS NOT NULL) THEN
        RAISE EXCEPTION 'the claim is published; a change is a correction' USING ERRCODE = 'FD001';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER verdict_after_publication AFTER INSERT ON verdict REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION factdesk_refuse_after_publication();

CREATE OR REPLACE FUNCTION factdesk_review_state() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ratings integer;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.live_verdicts IS DISTINCT FROM OLD.live_verdicts THEN
        SELECT count(*), count(DISTINCT latest.rating) INTO NEW.reviewers, ratings
        FROM (SELECT DISTINCT ON (v.reviewer) v.rating FROM verdict v
              WHERE v.claim_id = NEW.id AND v.kind = 'VERDICT'
                AND NOT EXISTS (SELECT 1 FROM verdict u WHERE u.retracts_id = v.id)
              ORDER BY v.reviewer, v.id DESC) latest;
        NEW.disputed := ratings > 1;
    END IF;
    RETURN NEW;
END $$;
