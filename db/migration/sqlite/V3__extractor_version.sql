-- Which version of the extraction rules produced a seed's claims. A seed whose version is
-- older than the running factdesk's is processed again on the next ingest (claims with an
-- unchanged sentence keep their id and verdicts; only scores, reasons and types move).
ALTER TABLE seed ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 0;
