# Shared by the benchmark scripts (sourced, not run): test data generators and timing helpers.
# Expects $root (the repository) and $work (a scratch folder) to be set by the caller. The data
# is made through factdesk (scripts/lib/workbench.sh, sourced here), on either engine.
. "$root/scripts/lib/workbench.sh"

# bench_setup: builds the jar and start-up archive if needed, makes $no_seeds and says where
# scratch databases go (workbench.sh); the caller's EXIT trap runs scratch_cleanup.
bench_setup() {
  workbench_setup "$work"
  scratch_setup "$work"
  jar="$root/target/factdesk-0.1.0-SNAPSHOT.jar"
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

# make_distinct_articles DIR VARIANTS PER: articles of PER sentences each, one a paragraph, from the
# public CheckThat! sentences (../shared/data/checkworthiness, train and dev): every sentence as it is and
# VARIANTS - 1 times more, attributed to someone else somewhere else (", according to Lan Pham of Hue."),
# shuffled. Unlike make_articles, nearly every text is distinct; each sentence's variants are close in
# meaning but name different people, so they must not match: the hard case for claim matching.
make_distinct_articles() {
  local dir="$1" variants="$2" per="$3" data="$root/../shared/data/checkworthiness"
  mkdir -p "$dir"
  [ -f "$data/CT24_checkworthy_english_train.tsv" ] || { echo "error: $data: no CheckThat! data" >&2; return 3; }
  awk -F'\t' 'FNR > 1 { print $2 }' "$data/CT24_checkworthy_english_train.tsv" "$data/CT24_checkworthy_english_dev.tsv" |
  awk -v variants="$variants" -v per="$per" -v dir="$dir" 'BEGIN {
      srand(58)
      split("Lan Pham|Minh Tran|Ingrid Solberg|Lars Evensen|Maria Costa|Ahmed Khan|Chen Wei|Aiko Sato|Olu Adeyemi|Sofia Rossi|Jonas Berg|Hana Novak", who, "|")
      split("Hue|Bergen|Porto|Lahore|Chengdu|Osaka|Lagos|Turin|Tromso|Brno|Da Nang|Leeds", where, "|")
    }
    { base[NR] = $0 }
    END {
      n = 0
      for (i = 1; i <= NR; i++) {
        s = base[i]
        for (v = 0; v < variants; v++) {
          if (v == 0) { line = s } else {
            t = s; sub(/[.!?"]+[[:space:]]*$/, "", t)
            line = t ", according to " who[(v + i) % 12 + 1] " of " where[int((v + i) / 12) % 12 + 1] "."
          }
          pool[++n] = line
        }
      }
      for (i = n; i > 1; i--) { j = int(rand() * i) + 1; t = pool[i]; pool[i] = pool[j]; pool[j] = t }
      a = 0
      for (i = 1; i <= n; i += per) {
        f = sprintf("%s/article-%06d.txt", dir, ++a)
        printf("Generated article %d for the matching benchmark\n\n", a) > f
        for (k = i; k < i + per && k <= n; k++) print pool[k] "\n" > f
        close(f)
      }
    }'
}

# make_claims_db DB N [reviewed]: an empty database (a file or a PostgreSQL URL) gets N check-worthy
# claims, made through factdesk: N/10 generated articles of 10 check-worthy sentences each (and a
# title, held back), ingested. Their ids, in queue order, are left in "$work/ids-NAME" (NAME: the
# database's file or database name). With "reviewed", each claim also gets one verdict with one
# evidence URL, through `import` (for exports).
make_claims_db() {
  local db="$1" n="$2" reviewed="${3:-}" name
  name="$(basename "${db%%\?*}")"
  rm -rf "$work/seeds-$name"
  make_claim_seeds "$work/seeds-$name" $(( (n + 9) / 10 )) 10 0
  db_create "$db"
  # set-up, not measured: the near-duplicate pass over 100,000 new claims needs more than the default heap
  FACTDESK_HEAP="${SETUP_HEAP:-2g}" FACTDESK_DB="$db" FACTDESK_SEEDS="$work/seeds-$name" fd seeds ingest > /dev/null
  rm -rf "$work/seeds-$name"
  claim_ids "$db" pending "$work/ids-$name.all"
  head -n "$n" "$work/ids-$name.all" > "$work/ids-$name"
  rm -f "$work/ids-$name.all"
  [ "$reviewed" = reviewed ] || return 0
  make_verdict_csv "$work/reviewed-$name.csv" "$work/ids-$name" "$n"
  FACTDESK_DB="$db" FACTDESK_SEEDS="$no_seeds" fd import "$work/reviewed-$name.csv" > /dev/null
  rm -f "$work/reviewed-$name.csv"
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

# pg_floor_prepare IMPORTED_DB OUT_DIR: the rows factdesk's import wrote into IMPORTED_DB (batch, log
# entries with their ids, evidence) as COPY text files in OUT_DIR. Then pg_floor_load DB OUT_DIR has
# PostgreSQL's own COPY write them into a copy of the database before the import, through factdesk's
# tables (foreign keys, unique indexes, triggers), and count them into claim status, in one
# transaction: the least the server needs to do for the same import, whatever program feeds it.
pg_floor_prepare() {
  local imported="$1" out="$2" t
  for t in import_batch verdict verdict_evidence; do
    db_psql "$imported" "\copy (SELECT * FROM $t ORDER BY 1) TO '$out/floor-$t.copy'"
  done
}

pg_floor_args() {
  local dir="$1"
  floor_args=(-X -q -v ON_ERROR_STOP=1 -1
    -c "\\copy import_batch FROM '$dir/floor-import_batch.copy'"
    -c "\\copy verdict FROM '$dir/floor-verdict.copy'"
    -c "\\copy verdict_evidence FROM '$dir/floor-verdict_evidence.copy'"
    -c "UPDATE claim SET live_verdicts = live_verdicts + n.n FROM (SELECT claim_id, count(*) AS n FROM verdict GROUP BY claim_id) n WHERE claim.id = n.claim_id")
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
