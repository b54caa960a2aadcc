-- The full-text indexes read search_text, the words of a claim's text as factdesk folds them (accents, case,
-- compatibility forms and letters such as đ or ß, every other character a break), rather than the text
-- itself: unicode61's own folding differs from PostgreSQL's, so one search found different claims on the two
-- engines. factdesk writes search_text with the text; V21 fills it in for the rows already here. Marks count
-- as letters, as they do in PostgreSQL's index, so that a word of a script with vowel signs is one word.
ALTER TABLE claim ADD COLUMN search_text TEXT;
ALTER TABLE fact_check ADD COLUMN search_text TEXT;

DROP TRIGGER claim_fts_insert;
DROP TRIGGER claim_fts_update;
DROP TRIGGER claim_fts_delete;
DROP TABLE claim_fts;
CREATE VIRTUAL TABLE claim_fts USING fts5(search_text, content = 'claim', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
-- every row is in the index (with no words yet), so that V21's updates replace an entry that is there
INSERT INTO claim_fts (rowid, search_text) SELECT id, search_text FROM claim;
CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF search_text ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO claim_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;

DROP TRIGGER fact_check_fts_insert;
DROP TRIGGER fact_check_fts_update;
DROP TRIGGER fact_check_fts_delete;
DROP TABLE fact_check_fts;
CREATE VIRTUAL TABLE fact_check_fts USING fts5(search_text, content = 'fact_check', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
INSERT INTO fact_check_fts (rowid, search_text) SELECT id, search_text FROM fact_check;
CREATE TRIGGER fact_check_fts_insert AFTER INSERT ON fact_check BEGIN
    INSERT INTO fact_check_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER fact_check_fts_update AFTER UPDATE OF search_text ON fact_check BEGIN
    INSERT INTO fact_check_fts (fact_check_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO fact_check_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER fact_check_fts_delete AFTER DELETE ON fact_check BEGIN
    INSERT INTO fact_check_fts (fact_check_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
