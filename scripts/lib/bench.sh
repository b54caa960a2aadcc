# Shared by the benchmark scripts (sourced, not run): test data generators and timing helpers.
# Expects $root (the repository) to be set by the caller.

bench_jar() {
  "$root/scripts/factdesk" help >/dev/null 2>&1 || true   # builds the jar and start-up archive if needed
  echo "$root/target/factdesk-0.1.0-SNAPSHOT.jar"
}

# make_articles DIR N PER: N articles of PER paragraphs drawn from the seeds' paragraphs, digits and
# order varied, so sentences recur across many articles (a worst case for near-duplicate grouping).
make_articles() {
  local dir="$1" n="$2" per="$3"
  mkdir -p "$dir"
  { grep -hv '^[[:space:]]*$' "$root"/seeds/*.txt "$root"/seeds/*.md 2>/dev/null || true; } |
  awk -v n="$n" -v per="$per" -v dir="$dir" 'BEGIN { srand(57) }
    { pool[NR] = $0 }
    END {
      for (i = 1; i <= n; i++) {
        f = sprintf("%s/article-%05d.txt", dir, i)
        printf("Generated article %d for the ingest benchmark\n\n", i) > f
        for (j = 0; j < per; j++) {
          line = pool[int(rand() * NR) + 1]
          gsub(/[0-9]/, int(rand() * 10), line)
          print line "\n" > f
        }
        close(f)
      }
    }'
}

# make_claims_db JAR DB N [reviewed]: a migrated database with one seed and N check-worthy claims;
# with "reviewed", each claim also gets one verdict with one evidence URL (for exports).
make_claims_db() {
  local jar="$1" db="$2" n="$3" reviewed="${4:-}" empty
  empty="$(mktemp -d)"
  FACTDESK_DB="$db" FACTDESK_SEEDS="$empty" java -jar "$jar" claims count >/dev/null   # creates and migrates it
  rmdir "$empty"
  sqlite3 "$db" <<SQL
.output /dev/null
PRAGMA synchronous = OFF;
.output stdout
BEGIN;
INSERT INTO seed (id, name, content_hash, title, body, ingested_at, extractor_version, source_url, published_on)
VALUES (1, 'bench.txt', 'bench', 'Benchmark seed', '', '2026-01-01T00:00:00Z', 1, 'https://example.org/bench', '2026-01-01');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO claim (id, seed_id, position, start_offset, end_offset, text, context_before, context_after, fingerprint,
                   score, reasons, claim_type, checkworthy, claimant, created_at)
SELECT i, 1, i, 0, 0, 'Benchmark claim number ' || i || ' says exports rose ' || (i % 50) || '% last year.',
       'The sentence before claim ' || i || '.', 'The sentence after claim ' || i || '.', printf('%016x', i),
       0.5, 'number: "' || i || '"', 'STATISTIC', 1, 'The ministry', '2026-01-01T00:00:00Z' FROM n;
COMMIT;
SQL
  [ "$reviewed" = reviewed ] || return 0
  sqlite3 "$db" <<SQL
.output /dev/null
PRAGMA synchronous = OFF;
.output stdout
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO verdict (id, claim_id, kind, rating, note, reviewer, os_user, reviewed_at, recorded_at, content_key)
SELECT i, i, 'VERDICT', CASE i % 5 WHEN 0 THEN 'TRUE' WHEN 1 THEN 'MOSTLY_TRUE' WHEN 2 THEN 'HALF_TRUE'
       WHEN 3 THEN 'MOSTLY_FALSE' ELSE 'FALSE' END, 'Checked against the customs tables for claim ' || i || '.',
       'reviewer ' || (i % 7), 'bench', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z', printf('%032x', i) FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO verdict_evidence (verdict_id, position, url) SELECT i, 1, 'https://example.org/evidence/' || i FROM n;
COMMIT;
SQL
}

# make_verdict_csv FILE N: one verdict row for each of claims 1..N.
make_verdict_csv() {
  awk -v n="$2" 'BEGIN {
    print "claim_id,rating,evidence_url,note,reviewer"
    split("TRUE MOSTLY_TRUE HALF_TRUE MOSTLY_FALSE FALSE", r, " ")
    for (i = 1; i <= n; i++)
      printf("%d,%s,https://example.org/evidence/%d,\"Checked against source %d, see notes\",reviewer %d\n", i, r[i % 5 + 1], i, i, i % 7)
  }' > "$1"
}

# timed SAMPLES CMD...: runs CMD (output discarded, stderr kept for failures) and appends
# "seconds peak_rss_kib" to the SAMPLES file. Fails loudly if CMD fails.
timed() {
  local samples="$1" t
  shift
  t="$(mktemp)"
  if ! /usr/bin/time -f '%e %M' -o "$t" "$@" > /dev/null 2> "$t.err"; then
    echo "benchmark command failed: $*" >&2
    cat "$t.err" >&2
    rm -f "$t" "$t.err"
    return 1
  fi
  tail -n 1 "$t" >> "$samples"
  rm -f "$t" "$t.err"
}

# stats SAMPLES: "median min max max_rss_mib" of a samples file (column 1 seconds, column 2 KiB).
stats() {
  sort -n "$1" | awk '{ s[NR] = $1; if ($2 > rss) rss = $2 }
    END { m = (NR % 2) ? s[(NR + 1) / 2] : (s[NR / 2] + s[NR / 2 + 1]) / 2
          printf "%.3f %.3f %.3f %d\n", m, s[1], s[NR], rss / 1024 }'
}

# sqlite_floor_prepare IMPORTED_DB BASE_DB OUT_DB: OUT_DB becomes a copy of BASE_DB (the database
# before the import) and OUT_DB.staging holds the rows factdesk's import wrote into IMPORTED_DB.
# Then `sqlite3 OUT_DB "$(sqlite_floor_sql OUT_DB)"` has sqlite3 itself insert those rows into
# factdesk's tables (indexes, foreign keys, triggers) in one set-based transaction and count them
# into claim status: the least SQLite needs to do for the same import, whatever program feeds it.
sqlite_floor_prepare() {
  local imported="$1" base="$2" out="$3"
  rm -f "$out" "$out"-* "$out.staging"
  cp "$base" "$out"
  sqlite3 "$out.staging" "ATTACH '$imported' AS i;
    CREATE TABLE batch AS SELECT * FROM i.import_batch; CREATE TABLE v AS SELECT * FROM i.verdict;
    CREATE TABLE e AS SELECT * FROM i.verdict_evidence;"
}

sqlite_floor_sql() {
  echo "PRAGMA foreign_keys = ON; ATTACH '$1.staging' AS s; BEGIN;
    INSERT INTO import_batch SELECT * FROM s.batch; INSERT INTO verdict SELECT * FROM s.v;
    INSERT INTO verdict_evidence SELECT * FROM s.e;
    UPDATE claim SET live_verdicts = live_verdicts + 1, status = 'REVIEWED' WHERE id IN (SELECT claim_id FROM s.v);
    COMMIT;"
}

# row NAME SAMPLES BASELINE_NAME BASELINE_SAMPLES: one Markdown row of the suite's table.
row() {
  read -r m lo hi rss < <(stats "$2")
  read -r bm blo bhi _ < <(stats "$4")
  awk -v n="$1" -v m="$m" -v lo="$lo" -v hi="$hi" -v rss="$rss" -v b="$3" -v bm="$bm" -v blo="$blo" -v bhi="$bhi" \
    'BEGIN { printf "| %s | %.2f s | %.2f–%.2f s | %s | %.2f s (%.2f–%.2f) | %.1f× | %d MiB |\n",
             n, m, lo, hi, b, bm, blo, bhi, (bm > 0 ? m / bm : 0), rss }'
}

log() { echo "bench: $*" >&2; }
