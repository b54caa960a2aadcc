-- The learned check-worthiness model (issue 19). Each claim keeps the model's probability beside the rules'
-- score (NULL where the model was not asked: a heading, question or boilerplate the rules keep out, or a
-- language the encoder does not know). Each claim's sentence embedding is kept with the encoder that made
-- it, so that re-scoring unchanged sentences, after a new extractor version, encodes nothing again.
ALTER TABLE claim ADD COLUMN model_score REAL CHECK (model_score >= 0 AND model_score <= 1);

CREATE TABLE claim_embedding (
    claim_id  INTEGER PRIMARY KEY REFERENCES claim (id),
    encoder   TEXT    NOT NULL,
    vector    BLOB    NOT NULL
);
