-- Near-duplicate groups: derived from claim texts after every ingest that changes
-- anything, so this table is replaced wholesale and is not part of the audit trail.
CREATE TABLE claim_group_member (
    claim_id    INTEGER PRIMARY KEY REFERENCES claim (id),
    group_id    INTEGER NOT NULL,            -- the smallest claim id in the group
    similarity  REAL    NOT NULL             -- Jaccard similarity to the group's first claim
);
CREATE INDEX claim_group_member_group ON claim_group_member (group_id);
