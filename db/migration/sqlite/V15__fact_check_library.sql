-- A library of published fact-checks (issue 20): schema.org ClaimReview as fact-checkers publish it, read
-- by 'factchecks import'. A reference table, apart from the workbench's own claims and verdicts: nothing
-- refers to it and it refers to nothing. One row per review URL, kept by the UNIQUE key, so that importing
-- a file again, or the same review from another file, adds nothing (INSERT ... ON CONFLICT DO NOTHING).
-- normalised_rating places rating_value on its own scale, (value - worst) / (best - worst), so that
-- ratings of publishers with different scales compare; NULL where the review gives no number.
-- date_published is the review's date (ISO-8601, its time and zone dropped), as seed.published_on.
CREATE TABLE fact_check (
    id                 INTEGER PRIMARY KEY,
    claim_reviewed     TEXT    NOT NULL,
    rating_value       REAL,
    best_rating        REAL,
    worst_rating       REAL,
    rating_name        TEXT,
    normalised_rating  REAL    CHECK (normalised_rating >= 0 AND normalised_rating <= 1),
    review_url         TEXT    NOT NULL UNIQUE,
    publisher_name     TEXT    NOT NULL,
    publisher_url      TEXT,
    date_published     TEXT    CHECK (date_published IS NULL OR date(date_published) = date_published),
    claim_author       TEXT,
    appearance_url     TEXT,
    language           TEXT,
    source_file        TEXT    NOT NULL,
    imported_at        TEXT    NOT NULL
);
-- 'factchecks list' and 'search' show the newest first
CREATE INDEX fact_check_date ON fact_check (date_published, id);

-- Full-text search over the claims reviewed, as claim_fts (V4) does for the workbench's claims: FTS5 with
-- diacritics removed, an external-content table kept in step by triggers.
CREATE VIRTUAL TABLE fact_check_fts USING fts5(claim_reviewed, content = 'fact_check', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER fact_check_fts_insert AFTER INSERT ON fact_check BEGIN
    INSERT INTO fact_check_fts (rowid, claim_reviewed) VALUES (new.id, new.claim_reviewed);
END;
CREATE TRIGGER fact_check_fts_update AFTER UPDATE OF claim_reviewed ON fact_check BEGIN
    INSERT INTO fact_check_fts (fact_check_fts, rowid, claim_reviewed) VALUES ('delete', old.id, old.claim_reviewed);
    INSERT INTO fact_check_fts (rowid, claim_reviewed) VALUES (new.id, new.claim_reviewed);
END;
CREATE TRIGGER fact_check_fts_delete AFTER DELETE ON fact_check BEGIN
    INSERT INTO fact_check_fts (fact_check_fts, rowid, claim_reviewed) VALUES ('delete', old.id, old.claim_reviewed);
END;
