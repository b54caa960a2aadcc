-- Matching claims against the library of published fact-checks (issue 20): each entry's sentence vector, made by
-- the same encoder as the claims', and the pairs of a queue claim and a library entry that are the same claim.
-- Both derived: the vectors at import, the pairs rebuilt after each import and each ingest that changed anything.
CREATE TABLE fact_check_embedding (
    fact_check_id INTEGER PRIMARY KEY REFERENCES fact_check (id),
    encoder       TEXT    NOT NULL,
    vector        BLOB    NOT NULL
);

CREATE TABLE claim_library_match (
    claim_id      INTEGER NOT NULL REFERENCES claim (id),
    fact_check_id INTEGER NOT NULL REFERENCES fact_check (id),
    similarity    REAL    NOT NULL CHECK (similarity >= -1 AND similarity <= 1),
    PRIMARY KEY (claim_id, fact_check_id)
);
