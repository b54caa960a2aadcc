-- The full-text indexes read search_text, the words of a claim's text as factdesk folds them (accents, case,
-- compatibility forms and letters such as đ or ß, every other character a break), rather than the text
-- itself: unaccent's folding differs from SQLite's, so one search found different claims on the two engines.
-- factdesk writes search_text with the text; V21 fills it in for the rows already here. The words are only
-- split at spaces and lower-cased by the simple configuration, and the index is on that expression rather
-- than a stored column, which every update of a claim (each verdict's count) would compute again.
ALTER TABLE claim DROP COLUMN search_vector;
ALTER TABLE claim ADD COLUMN search_text TEXT;
CREATE INDEX claim_search ON claim USING gin (to_tsvector('simple'::regconfig, coalesce(search_text, '')));

ALTER TABLE fact_check DROP COLUMN search_vector;
ALTER TABLE fact_check ADD COLUMN search_text TEXT;
CREATE INDEX fact_check_search ON fact_check USING gin (to_tsvector('simple'::regconfig, coalesce(search_text, '')));
