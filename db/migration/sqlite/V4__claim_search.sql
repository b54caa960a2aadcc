-- Full-text search over claim texts (SQLite FTS5), kept in step with the claim table by
-- triggers. An external-content table: the text is stored once, in claim.
CREATE VIRTUAL TABLE claim_fts USING fts5(text, content = 'claim', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claim;

CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
    INSERT INTO claim_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claim_fts_update AFTER UPDATE OF text ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claim_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
    INSERT INTO claim_fts (claim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
