-- The editor's desk (issue 18): sign-off, editorial decisions, returns to a reviewer and public
-- corrections are entries in the desk's append-only log, next to assignments. A claim signed off
-- (approved, or decided by an editor) is published: its final rating is kept on the claim, no verdict
-- or retraction reaches it any more, and only a correction changes its rating, in the open.
-- The refusals raise SQLSTATE FD001, as the append-only triggers do: a rule of the log refused the write.

ALTER TABLE desk_event DROP CONSTRAINT desk_event_kind_check;
ALTER TABLE desk_event ADD CONSTRAINT desk_event_kind_check CHECK (kind IN ('ASSIGN', 'UNASSIGN', 'UNBLIND',
    'RETURN', 'APPROVE', 'DECIDE', 'CORRECT'));
-- the rating signed off (APPROVE), decided (DECIDE) or corrected to (CORRECT); the rating a correction
-- replaced; for a return, the newest verdict entry on the claim when it was sent back
ALTER TABLE desk_event ADD COLUMN rating text CHECK (rating IN ('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE',
    'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE', 'NOT_CHECKWORTHY'));
ALTER TABLE desk_event ADD COLUMN previous_rating text CHECK (previous_rating IN ('TRUE', 'MOSTLY_TRUE',
    'HALF_TRUE', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE', 'NOT_CHECKWORTHY'));
ALTER TABLE desk_event ADD COLUMN verdict_watermark bigint;
ALTER TABLE desk_event ADD CHECK ((kind IN ('APPROVE', 'DECIDE', 'CORRECT')) = (rating IS NOT NULL));
ALTER TABLE desk_event ADD CHECK ((kind = 'CORRECT') = (previous_rating IS NOT NULL));
ALTER TABLE desk_event ADD CHECK ((kind = 'RETURN') = (verdict_watermark IS NOT NULL));
ALTER TABLE desk_event ADD CHECK (kind NOT IN ('DECIDE', 'RETURN', 'CORRECT') OR length(trim(detail)) > 0);

-- One sign-off per claim: approved or decided, once.
CREATE UNIQUE INDEX desk_event_sign_off ON desk_event (claim_id) WHERE kind IN ('APPROVE', 'DECIDE');

ALTER TABLE claim ADD COLUMN published_at timestamptz;
ALTER TABLE claim ADD COLUMN final_rating text CHECK (final_rating IN ('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE',
    'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE', 'NOT_CHECKWORTHY'));

-- A published claim is corrected, never returned; only a published claim can be corrected.
CREATE FUNCTION factdesk_sign_off_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    published timestamptz := (SELECT published_at FROM claim WHERE id = NEW.claim_id);
BEGIN
    IF NEW.kind = 'RETURN' AND published IS NOT NULL THEN
        RAISE EXCEPTION 'a published claim is corrected, not returned' USING ERRCODE = 'FD001';
    END IF;
    IF NEW.kind = 'CORRECT' AND published IS NULL THEN
        RAISE EXCEPTION 'only a published claim can be corrected' USING ERRCODE = 'FD001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER desk_event_sign_off_rules BEFORE INSERT ON desk_event
    FOR EACH ROW WHEN (NEW.kind IN ('RETURN', 'CORRECT')) EXECUTE FUNCTION factdesk_sign_off_rules();

CREATE FUNCTION factdesk_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim SET published_at = coalesce(published_at, NEW.recorded_at), final_rating = NEW.rating
    WHERE id = NEW.claim_id;
    RETURN NULL;
END $$;
CREATE TRIGGER desk_event_publishes AFTER INSERT ON desk_event
    FOR EACH ROW WHEN (NEW.kind IN ('APPROVE', 'DECIDE', 'CORRECT')) EXECUTE FUNCTION factdesk_publish();

-- Whoever writes (a verdict, an undo, an import row), a published claim takes no more entries.
CREATE FUNCTION factdesk_refuse_after_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT published_at FROM claim WHERE id = NEW.claim_id) IS NOT NULL THEN
        RAISE EXCEPTION 'the claim is published; a change is a correction' USING ERRCODE = 'FD001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER verdict_after_publication BEFORE INSERT ON verdict
    FOR EACH ROW EXECUTE FUNCTION factdesk_refuse_after_publication();

-- Team-wide settings beside the review policy: whether an editor may sign off their own verdict (a
-- one-person desk), who publishes, the report's title and the newsroom's time zone. NULL: not set.
ALTER TABLE review_policy ADD COLUMN self_approval boolean NOT NULL DEFAULT false;
ALTER TABLE review_policy ADD COLUMN publisher_name text;
ALTER TABLE review_policy ADD COLUMN publisher_url text;
ALTER TABLE review_policy ADD COLUMN review_base_url text;
ALTER TABLE review_policy ADD COLUMN report_title text;
ALTER TABLE review_policy ADD COLUMN time_zone text;
