-- The full-text indexes read search_text, the words of a claim's text as factdesk folds them (accents, case,
-- compatibility forms and letters such as đ or ß, every other character a break), rather than the text
-- itself: unaccent's folding differs from SQLite's, so one search found different claims on the two engines.
-- factdesk writes search_text with the text; V21 fills it in for the rows already here. The stored vector only
-- splits those words at spaces (the simple configuration); it is stored rather than an index expression so that
-- a search the planner runs as a filter (a common word, read in id order) tests a stored value per row instead
-- of parsing each row's text again.
ALTER TABLE claim DROP COLUMN search_vector;
ALTER TABLE claim ADD COLUMN search_text TEXT;
ALTER TABLE claim ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED;
CREATE INDEX claim_search ON claim USING gin (search_vector);

ALTER TABLE fact_check DROP COLUMN search_vector;
ALTER TABLE fact_check ADD COLUMN search_text TEXT;
ALTER TABLE fact_check ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_text, ''))) STORED;
CREATE INDEX fact_check_search ON fact_check USING gin (search_vector);
