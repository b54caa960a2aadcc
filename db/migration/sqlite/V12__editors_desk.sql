-- The editor's desk (issue 18): sign-off, editorial decisions, returns to a reviewer and public
-- corrections are entries in the desk's append-only log, next to assignments. A claim signed off
-- (approved, or decided by an editor) is published: its final rating is kept on the claim, no verdict
-- or retraction reaches it any more, and only a correction changes its rating, in the open.

-- SQLite cannot change a CHECK constraint in place: the log is copied into a table with the new kinds.
CREATE TABLE desk_event_v12 (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL CHECK (kind IN ('ASSIGN', 'UNASSIGN', 'UNBLIND', 'RETURN', 'APPROVE',
                                                       'DECIDE', 'CORRECT')),
    claim_id          INTEGER REFERENCES claim (id),
    reviewer          TEXT    NOT NULL,
    actor             TEXT    NOT NULL,
    os_user           TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL,
    detail            TEXT,
    -- the rating signed off (APPROVE), decided (DECIDE) or corrected to (CORRECT)
    rating            TEXT    CHECK (rating IN ('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE', 'MOSTLY_FALSE', 'FALSE',
                                                'UNVERIFIABLE', 'NOT_CHECKWORTHY')),
    -- the rating a correction replaced
    previous_rating   TEXT    CHECK (previous_rating IN ('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE', 'MOSTLY_FALSE', 'FALSE',
                                                         'UNVERIFIABLE', 'NOT_CHECKWORTHY')),
    -- a return: the newest verdict entry on the claim when it was sent back; the reviewer's next verdict answers it
    verdict_watermark INTEGER,
    CHECK ((kind IN ('APPROVE', 'DECIDE', 'CORRECT')) = (rating IS NOT NULL)),
    CHECK ((kind = 'CORRECT') = (previous_rating IS NOT NULL)),
    CHECK ((kind = 'RETURN') = (verdict_watermark IS NOT NULL)),
    CHECK (kind NOT IN ('DECIDE', 'RETURN', 'CORRECT') OR length(trim(detail)) > 0)
);
INSERT INTO desk_event_v12 (id, kind, claim_id, reviewer, actor, os_user, recorded_at, detail)
    SELECT id, kind, claim_id, reviewer, actor, os_user, recorded_at, detail FROM desk_event;
DROP TABLE desk_event;
ALTER TABLE desk_event_v12 RENAME TO desk_event;
CREATE INDEX desk_event_claim ON desk_event (claim_id, reviewer, id);
CREATE INDEX desk_event_reviewer ON desk_event (reviewer, kind, claim_id);
CREATE TRIGGER desk_event_append_only_update BEFORE UPDATE ON desk_event
BEGIN SELECT RAISE(ABORT, 'the desk log is append-only'); END;
CREATE TRIGGER desk_event_append_only_delete BEFORE DELETE ON desk_event
BEGIN SELECT RAISE(ABORT, 'the desk log is append-only'); END;

-- One sign-off per claim: approved or decided, once.
CREATE UNIQUE INDEX desk_event_sign_off ON desk_event (claim_id) WHERE kind IN ('APPROVE', 'DECIDE');

ALTER TABLE claim ADD COLUMN published_at TEXT;
ALTER TABLE claim ADD COLUMN final_rating TEXT CHECK (final_rating IN ('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE',
    'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE', 'NOT_CHECKWORTHY'));

-- A published claim is corrected, never returned; only a published claim can be corrected.
CREATE TRIGGER desk_event_sign_off_rules BEFORE INSERT ON desk_event WHEN new.kind IN ('RETURN', 'CORRECT')
BEGIN
    SELECT RAISE(ABORT, 'a published claim is corrected, not returned')
    WHERE new.kind = 'RETURN' AND (SELECT published_at FROM claim WHERE id = new.claim_id) IS NOT NULL;
    SELECT RAISE(ABORT, 'only a published claim can be corrected')
    WHERE new.kind = 'CORRECT' AND (SELECT published_at FROM claim WHERE id = new.claim_id) IS NULL;
END;

CREATE TRIGGER desk_event_publishes AFTER INSERT ON desk_event WHEN new.kind IN ('APPROVE', 'DECIDE', 'CORRECT')
BEGIN UPDATE claim SET published_at = coalesce(published_at, new.recorded_at), final_rating = new.rating
      WHERE id = new.claim_id; END;

-- Whoever writes (a verdict, an undo, an import row), a published claim takes no more entries.
CREATE TRIGGER verdict_after_publication BEFORE INSERT ON verdict
WHEN (SELECT published_at FROM claim WHERE id = new.claim_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the claim is published; a change is a correction'); END;

-- Team-wide settings beside the review policy: whether an editor may sign off their own verdict (a
-- one-person desk), who publishes, the report's title and the newsroom's time zone. NULL: not set.
ALTER TABLE review_policy ADD COLUMN self_approval BOOLEAN NOT NULL DEFAULT 0 CHECK (self_approval IN (0, 1));
ALTER TABLE review_policy ADD COLUMN publisher_name TEXT;
ALTER TABLE review_policy ADD COLUMN publisher_url TEXT;
ALTER TABLE review_policy ADD COLUMN review_base_url TEXT;
ALTER TABLE review_policy ADD COLUMN report_title TEXT;
ALTER TABLE review_policy ADD COLUMN time_zone TEXT;
