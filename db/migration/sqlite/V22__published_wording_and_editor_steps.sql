-- A published claim keeps the wording it was signed off with: a rating published under one sentence cannot be
-- moved under another by a change to the claim's text. (PostgreSQL's V22 also keeps an editor's steps in the
-- desk log to the editors' group; SQLite has no roles.)
CREATE TRIGGER claim_keeps_published_wording BEFORE UPDATE OF text ON claim
WHEN old.published_at IS NOT NULL AND new.text IS NOT old.text
BEGIN SELECT RAISE(ABORT, 'the claim is published; its wording stays as it was signed off'); END;
