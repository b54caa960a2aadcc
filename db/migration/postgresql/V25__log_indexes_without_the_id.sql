-- The verdict log's indexes by claim no longer end in the entry's id. A write of many entries that is rolled back
-- (an import stopped, or refused at its last row) leaves dead rows, and when autovacuum clears them while the next
-- import's rows hold the end of the table, the statistics say "no rows" over all its pages. Planned on those, a
-- foreign key's check into the log (each evidence row's verdict) took an index that merely ends in the id and read
-- all of it for every row: that import ran for hours. Only the primary key has the id now. Entries of one claim come
-- in id order anyway on SQLite (its indexes end in the rowid); PostgreSQL sorts the few each claim has. The same
-- statistics still mislead the import's last statement (each claim's review state); the README says how the owner
-- clears them.
DROP INDEX verdict_claim;
CREATE INDEX verdict_claim ON verdict (claim_id);
DROP INDEX verdict_claim_reviewer;
CREATE INDEX verdict_claim_reviewer ON verdict (claim_id, reviewer);

