-- Semantic claim matching (issue 20): pairs of queue claims that are the same claim in other words (their
-- sentence vectors close, their figures, years and names not disagreeing). Derived from the claims and their
-- vectors and rebuilt after each ingest that changed anything, like the near-duplicate groups; each pair is
-- kept both ways round, so a claim's matches are one index range.
CREATE TABLE claim_match (
    claim_id    INTEGER NOT NULL REFERENCES claim (id),
    other_id    INTEGER NOT NULL REFERENCES claim (id),
    similarity  REAL    NOT NULL CHECK (similarity >= -1 AND similarity <= 1),
    PRIMARY KEY (claim_id, other_id),
    CHECK (claim_id <> other_id)
);
