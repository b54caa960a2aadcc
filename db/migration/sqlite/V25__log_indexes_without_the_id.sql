-- The same indexes as PostgreSQL's V25 (see there why). On SQLite nothing changes but their declared columns: an index
-- here ends in the rowid, which the id is, so entries of one claim still come from it in id order.
DROP INDEX verdict_claim;
CREATE INDEX verdict_claim ON verdict (claim_id);
DROP INDEX verdict_claim_reviewer;
CREATE INDEX verdict_claim_reviewer ON verdict (claim_id, reviewer);
