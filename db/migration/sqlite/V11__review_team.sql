-- Review as a team (issue 17): a roster, a team-wide review policy, the desk's own append-only log
-- (assignments, and requests to see other reviewers' verdicts in blind mode), leases on the claims
-- on someone's review screen, and per claim the number of people with a live verdict and whether
-- their current ratings differ.

-- Removal keeps the row (removed_at set), so the name stays known to the history.
CREATE TABLE team_member (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    role        TEXT    NOT NULL CHECK (role IN ('REVIEWER', 'EDITOR')),
    added_at    TEXT    NOT NULL,
    removed_at  TEXT
);

-- One row: the team-wide policy.
CREATE TABLE review_policy (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    reviews_required  INTEGER NOT NULL DEFAULT 1 CHECK (reviews_required BETWEEN 1 AND 20),
    blind             BOOLEAN NOT NULL DEFAULT 0 CHECK (blind IN (0, 1)),
    lease_minutes     INTEGER NOT NULL DEFAULT 15 CHECK (lease_minutes BETWEEN 1 AND 1440)
);
INSERT INTO review_policy (id) VALUES (1);

-- Who assigned whom to which claim, who took an assignment back, and who asked to see the other
-- reviewers' verdicts in blind mode: append-only, as the verdict log.
CREATE TABLE desk_event (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('ASSIGN', 'UNASSIGN', 'UNBLIND')),
    claim_id    INTEGER REFERENCES claim (id),
    reviewer    TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    os_user     TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    detail      TEXT
);
CREATE INDEX desk_event_claim ON desk_event (claim_id, reviewer, id);
CREATE INDEX desk_event_reviewer ON desk_event (reviewer, kind, claim_id);
CREATE TRIGGER desk_event_append_only_update BEFORE UPDATE ON desk_event
BEGIN SELECT RAISE(ABORT, 'the desk log is append-only'); END;
CREATE TRIGGER desk_event_append_only_delete BEFORE DELETE ON desk_event
BEGIN SELECT RAISE(ABORT, 'the desk log is append-only'); END;

-- A claim on someone's review screen; another reviewer's queue skips it until it is released or expires.
CREATE TABLE claim_lease (
    claim_id    INTEGER PRIMARY KEY REFERENCES claim (id),
    reviewer    TEXT    NOT NULL,
    holder      TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL
);
CREATE INDEX claim_lease_holder ON claim_lease (holder);

-- reviewers: distinct people with a live verdict; disputed: their current verdicts (each one's newest
-- live verdict) differ. Kept whenever live_verdicts changes, which every verdict, retraction and
-- import's count does, in the same transaction.
-- A reviewer's entries on one claim, for the review state below and for each reviewer's queue ("not
-- judged by me"): without it SQLite reaches them through the reviewer index, every entry of theirs.
CREATE INDEX verdict_claim_reviewer ON verdict (claim_id, reviewer, id);

ALTER TABLE claim ADD COLUMN reviewers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claim ADD COLUMN disputed BOOLEAN NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1));

CREATE TRIGGER claim_review_state AFTER UPDATE OF live_verdicts ON claim
BEGIN UPDATE claim SET
    reviewers = (SELECT count(DISTINCT v.reviewer) FROM verdict v
                 WHERE v.claim_id = new.id AND v.kind = 'VERDICT'
                   AND NOT EXISTS (SELECT 1 FROM verdict u WHERE u.retracts_id = v.id)),
    disputed = (SELECT count(DISTINCT v.rating) FROM verdict v
                WHERE v.claim_id = new.id AND v.kind = 'VERDICT'
                  AND NOT EXISTS (SELECT 1 FROM verdict u WHERE u.retracts_id = v.id)
                  AND NOT EXISTS (SELECT 1 FROM verdict w WHERE w.claim_id = v.claim_id AND w.reviewer = v.reviewer
                                    AND w.kind = 'VERDICT' AND w.id > v.id
                                    AND NOT EXISTS (SELECT 1 FROM verdict x WHERE x.retracts_id = w.id))) > 1
  WHERE id = new.id; END;

UPDATE claim SET live_verdicts = live_verdicts WHERE live_verdicts > 0;
