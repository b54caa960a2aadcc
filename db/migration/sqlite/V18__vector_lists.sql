-- An approximate index over the queue claims' sentence vectors (issue 20), so that a new claim is compared with
-- the claims near it rather than with every claim: the vectors fall into lists around centroids (k-means), a
-- claim's list is the one whose centroid is closest, and a new claim is compared with the members of the few
-- lists closest to it. list_no is NULL until the claim has been matched.
CREATE TABLE claim_vector_list (
    encoder   TEXT    NOT NULL,
    list_no   INTEGER NOT NULL CHECK (list_no >= 0),
    centroid  BLOB    NOT NULL,
    PRIMARY KEY (encoder, list_no)
);

ALTER TABLE claim_embedding ADD COLUMN list_no INTEGER CHECK (list_no >= 0);

CREATE INDEX claim_embedding_by_list ON claim_embedding (list_no);
