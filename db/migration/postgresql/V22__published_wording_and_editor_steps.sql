-- A published claim keeps the wording it was signed off with: a rating published under one sentence cannot be
-- moved under another by a change to the claim's text (the reviewers' group may update claims, which ingest
-- re-derives from the articles).
CREATE FUNCTION factdesk_keep_published_wording() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.published_at IS NOT NULL AND NEW.text IS DISTINCT FROM OLD.text THEN
        RAISE EXCEPTION 'the claim is published; its wording stays as it was signed off' USING ERRCODE = 'FD001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER claim_keeps_published_wording BEFORE UPDATE OF text ON claim
    FOR EACH ROW EXECUTE FUNCTION factdesk_keep_published_wording();

-- An editor's step in the desk log (a return, a sign-off, a decision, a correction) is recorded only by a role
-- in the group factdesk_editor (db/roles/postgresql-roles.sql) or by the tables' owner: the reviewers' group
-- may add assignments and reveals to the log, but a reviewer's role cannot publish a claim under an editor's
-- name. Checked by role membership, which factdesk's own roster (a name typed at the desk) cannot vouch for.
CREATE FUNCTION factdesk_editor_steps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA
                                          AND tablename = TG_TABLE_NAME), 'USAGE')
            AND NOT (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factdesk_editor')
                     AND pg_has_role(current_user, 'factdesk_editor', 'USAGE')) THEN
        RAISE EXCEPTION 'only a member of the group factdesk_editor may record an editor''s step (%)', NEW.kind
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER desk_event_editor_steps BEFORE INSERT ON desk_event
    FOR EACH ROW WHEN (NEW.kind IN ('RETURN', 'APPROVE', 'DECIDE', 'CORRECT')) EXECUTE FUNCTION factdesk_editor_steps();
