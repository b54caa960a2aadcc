-- One log entry per line of an import batch. An import writes its rows in batches and lets the database
-- give the ids; the evidence rows then find their verdict by (batch, line) through this index.
CREATE UNIQUE INDEX verdict_batch_row ON verdict (batch_id, batch_row);
