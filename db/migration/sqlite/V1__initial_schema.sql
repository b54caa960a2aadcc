-- factdesk schema, version 1.
-- Seeds and claims are derived from the articles and may be refreshed by re-ingest;
-- the verdict log is append-only: triggers below refuse UPDATE and DELETE on it.

CREATE TABLE seed (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,   -- path relative to the seeds folder
    content_hash    TEXT    NOT NULL,          -- SHA-256 of the file's bytes
    title           TEXT    NOT NULL,
    byline          TEXT,
    published_on    TEXT,                      -- ISO-8601 date, where the text gives one
    published_text  TEXT,                      -- the date as the text wrote it
    source_url      TEXT,
    language        TEXT,
    body            TEXT    NOT NULL,          -- the decoded text; claim offsets point into it
    ingested_at     TEXT    NOT NULL
);

CREATE TABLE claim (
    id              INTEGER PRIMARY KEY,
    seed_id         INTEGER NOT NULL REFERENCES seed (id),
    position        INTEGER NOT NULL,          -- sentence number within the seed, from 1
    start_offset    INTEGER NOT NULL,          -- character offsets into seed.body
    end_offset      INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    context_before  TEXT,
    context_after   TEXT,
    fingerprint     TEXT    NOT NULL UNIQUE,   -- stable across rebuilds: seed name + normalised text + occurrence
    score           REAL    NOT NULL CHECK (score >= 0 AND score <= 1),
    reasons         TEXT    NOT NULL,          -- one reason per line
    claim_type      TEXT    NOT NULL,
    checkworthy     INTEGER NOT NULL CHECK (checkworthy IN (0, 1)),
    promoted        INTEGER NOT NULL DEFAULT 0 CHECK (promoted IN (0, 1)),
    stale           INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
    claimant        TEXT,
    created_at      TEXT    NOT NULL
);
CREATE INDEX claim_seed_position ON claim (seed_id, position);

CREATE TABLE import_batch (
    id              INTEGER PRIMARY KEY,
    file_name       TEXT    NOT NULL,
    content_hash    TEXT    NOT NULL UNIQUE,
    row_count       INTEGER NOT NULL,
    os_user         TEXT    NOT NULL,
    imported_at     TEXT    NOT NULL
);

CREATE TABLE verdict (
    id              INTEGER PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES claim (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('VERDICT', 'RETRACTION')),
    rating          TEXT    CHECK (rating IN ('TRUE', 'MOSTLY_TRUE', 'HALF_TRUE', 'MOSTLY_FALSE', 'FALSE',
                                              'UNVERIFIABLE', 'NOT_CHECKWORTHY')),
    note            TEXT,
    reviewer        TEXT    NOT NULL,
    os_user         TEXT    NOT NULL,          -- the operating-system account that ran the command
    reviewed_at     TEXT    NOT NULL,          -- when the reviewer decided (may come from an import)
    recorded_at     TEXT    NOT NULL,          -- when factdesk wrote the entry
    supersedes_id   INTEGER REFERENCES verdict (id),         -- this reviewer's previous live verdict
    retracts_id     INTEGER UNIQUE REFERENCES verdict (id),  -- for a retraction: the verdict taken back
    batch_id        INTEGER REFERENCES import_batch (id),
    batch_row       INTEGER,
    CHECK ((kind = 'VERDICT' AND rating IS NOT NULL AND retracts_id IS NULL)
        OR (kind = 'RETRACTION' AND rating IS NULL AND retracts_id IS NOT NULL))
);
CREATE INDEX verdict_claim ON verdict (claim_id, id);
CREATE INDEX verdict_reviewer ON verdict (reviewer);

CREATE TABLE verdict_evidence (
    verdict_id      INTEGER NOT NULL REFERENCES verdict (id),
    position        INTEGER NOT NULL,
    url             TEXT    NOT NULL,
    PRIMARY KEY (verdict_id, position)
);

CREATE TRIGGER verdict_append_only_update BEFORE UPDATE ON verdict
BEGIN SELECT RAISE(ABORT, 'the verdict log is append-only'); END;
CREATE TRIGGER verdict_append_only_delete BEFORE DELETE ON verdict
BEGIN SELECT RAISE(ABORT, 'the verdict log is append-only'); END;
CREATE TRIGGER evidence_append_only_update BEFORE UPDATE ON verdict_evidence
BEGIN SELECT RAISE(ABORT, 'the verdict log is append-only'); END;
CREATE TRIGGER evidence_append_only_delete BEFORE DELETE ON verdict_evidence
BEGIN SELECT RAISE(ABORT, 'the verdict log is append-only'); END;
