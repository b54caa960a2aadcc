-- A published claim stays published (a correction keeps its first publication time). SQLite has no roles, so the
-- final rating's guard against a hand-made change is PostgreSQL's alone.
CREATE TRIGGER claim_keeps_publication BEFORE UPDATE OF published_at ON claim
WHEN old.published_at IS NOT NULL AND new.published_at IS NOT old.published_at
BEGIN SELECT RAISE(ABORT, 'the claim is published; a change is a correction'); END;

-- (PostgreSQL's V19 also makes its search words the ones SQLite's full-text index already has.)
