-- Least-privilege roles for a team's factdesk database on PostgreSQL (README, "Team set-up").
-- Run once, after the first factdesk start as the database's owner has created the tables, as a role
-- that may create roles (the postgres superuser):  sudo -u postgres psql -d newsroom -f db/roles/postgresql-roles.sql
-- Then give each person a login in the group:  CREATE ROLE lan LOGIN PASSWORD '…' IN ROLE factdesk_reviewer;
-- and each editor one in the editors' group:     CREATE ROLE mai LOGIN PASSWORD '…' IN ROLE factdesk_editor;
-- (Running it again is safe; an existing database gets what a newer factdesk added, such as the editors' group.)
--
-- A reviewer may read everything and add to the verdict log, but never change or remove an entry in it:
-- INSERT and SELECT only on verdict and verdict_evidence. The triggers refuse UPDATE, DELETE and
-- TRUNCATE there for every role, the owner included; the grants are a second line that also holds
-- against anyone who could drop a trigger. Seeds and claims are derived from the articles and rebuilt
-- by every ingest, so reviewers may change those; migrations stay with the owner.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factdesk_reviewer') THEN
        CREATE ROLE factdesk_reviewer NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO factdesk_reviewer', current_database());
    -- An editor is a reviewer who may also record the desk's steps (return, approve, decide, correct) in the desk
    -- log; a trigger (V22) refuses those steps from any other role but the tables' owner.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'factdesk_editor') THEN
        CREATE ROLE factdesk_editor NOLOGIN IN ROLE factdesk_reviewer;
    END IF;
END $$;

GRANT USAGE ON SCHEMA public TO factdesk_reviewer;
GRANT SELECT ON flyway_schema_history TO factdesk_reviewer;
GRANT SELECT, INSERT, UPDATE, DELETE ON seed, claim, claim_group_member, claim_embedding, claim_vector_list, claim_match, fact_check_embedding, claim_library_match TO factdesk_reviewer;
GRANT SELECT, INSERT, UPDATE ON import_batch TO factdesk_reviewer;
GRANT SELECT, INSERT ON verdict, verdict_evidence TO factdesk_reviewer;
-- the desk log (assignments, blind-mode reveals) is append-only too; leases come and go
GRANT SELECT, INSERT ON desk_event TO factdesk_reviewer;
GRANT SELECT, INSERT, UPDATE, DELETE ON claim_lease TO factdesk_reviewer;
GRANT SELECT, INSERT, UPDATE ON team_member TO factdesk_reviewer;
GRANT SELECT, UPDATE ON review_policy TO factdesk_reviewer;
-- the library of published fact-checks: read, and added to by 'factchecks import' (ON CONFLICT DO NOTHING
-- needs no UPDATE); no one but the owner changes or removes a published review
GRANT SELECT, INSERT ON fact_check TO factdesk_reviewer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO factdesk_reviewer;
