# Shared by the benchmark, chaos and concurrency scripts (sourced, not run): they make their data
# through factdesk itself (seed files, ingest, `import`, `undo`, `verdict`) and read it back through
# factdesk (`db stats`, `claims count`, `claims list --format json`, `db check`), never by writing
# into its tables, so that a migration cannot silently break them and they run on either engine.
# Expects $root (the repository) to be set by the caller.
#
# Databases: FACTDESK_DB is a file (SQLite) or a PostgreSQL URL (postgresql://USER@HOST:PORT/DB,
# jdbc:postgresql://… too). For PostgreSQL, the helpers that need more than one database create
# scratch databases next to the URL's one (named DB_bench_…), copy them with CREATE DATABASE …
# TEMPLATE, and drop them again: the URL's user needs the CREATEDB right (or be a superuser).

fd() { "$root/scripts/factdesk" "$@"; }

scratch_dbs=()

# workbench_setup WORK: builds the jar if needed and makes WORK/no-seeds, an empty seeds folder
# for the commands that must not ingest anything ($no_seeds).
workbench_setup() {
  no_seeds="$1/no-seeds"
  mkdir -p "$no_seeds"
  # builds the jar and its start-up archive before anything is timed; on a throwaway file, so that
  # the database under test stays empty (every command but 'db check' ingests on start)
  FACTDESK_DB="$1/build-check.db" FACTDESK_SEEDS="$no_seeds" fd help > /dev/null 2>&1 || true
}

# db_shown DB: how messages name a database: a URL without its user and password.
db_shown() { sed -E 's#^((jdbc:)?postgres(ql)?://)[^@/]*@#\1#' <<< "$1"; }

db_is_pg() { [[ $1 =~ ^(jdbc:)?postgres(ql)?:// ]]; }

# db_pg_conninfo URL: the URL as psql takes it (without jdbc:).
db_pg_conninfo() { echo "${1#jdbc:}"; }

# db_pg_name URL: the database name in the URL.
db_pg_name() { local u="${1#*://}"; u="${u#*/}"; echo "${u%%\?*}"; }

# db_pg_with_name URL NAME: the same URL naming another database on the same server.
db_pg_with_name() { sed -E "s#^((jdbc:)?postgres(ql)?://[^/]*/)[^?]*#\1$2#" <<< "$1"; }

db_psql() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 "$(db_pg_conninfo "$1")" -c "$2" "${@:3}"; }

# db_scratch VAR NAME: sets VAR to the location of a scratch database called NAME next to
# $scratch_base (see scratch_setup): a file NAME.db in that folder, or on PostgreSQL the database
# BASENAME_bench_NAME on the same server. Nothing is created (db_copy fills it, factdesk creates it
# on first use); scratch_cleanup drops every scratch database.
db_scratch() {
  local location
  if db_is_pg "$scratch_base"; then location=$(db_pg_with_name "$scratch_base" "$(db_pg_name "$scratch_base")_bench_$2")
  else location="$scratch_base/$2.db"; fi
  printf -v "$1" '%s' "$location"
  scratch_dbs+=("$location")
  db_drop "$location"
}

scratch_cleanup() {
  local d
  for d in "${scratch_dbs[@]}"; do db_drop "$d" 2> /dev/null || true; done
}

# db_drop DB: deletes the database (the file and its journal, or DROP DATABASE on its server).
db_drop() {
  if db_is_pg "$1"; then
    # WITH (FORCE): a backend of a process killed with -9 may not have noticed yet
    db_psql "$scratch_admin" "DROP DATABASE IF EXISTS \"$(db_pg_name "$1")\" WITH (FORCE)" >/dev/null
  else rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; fi
}

# db_create DB: makes an empty PostgreSQL database (a file needs nothing: factdesk creates it).
db_create() {
  db_is_pg "$1" || return 0
  local admin="${scratch_admin:-$(db_pg_with_name "$1" postgres)}"
  if [ -z "$(db_psql "$admin" "SELECT 1 FROM pg_database WHERE datname = '$(db_pg_name "$1")'" -tA)" ]; then
    db_psql "$admin" "CREATE DATABASE \"$(db_pg_name "$1")\"" > /dev/null
  fi
}

# db_copy FROM TO: TO becomes a copy of FROM (no factdesk process may have FROM open).
db_copy() {
  db_drop "$2"
  if db_is_pg "$1"; then
    db_psql "$scratch_admin" "CREATE DATABASE \"$(db_pg_name "$2")\" TEMPLATE \"$(db_pg_name "$1")\"" >/dev/null
  else cp "$1" "$2"; fi
}

# scratch_setup WORK: scratch databases (db_scratch) go into the folder WORK, or, when FACTDESK_DB
# is a PostgreSQL URL, onto its server next to its database, to which the CREATE and DROP
# statements are sent. The caller's EXIT trap should run scratch_cleanup.
scratch_setup() {
  scratch_dbs=()
  scratch_base="$1"
  if db_is_pg "${FACTDESK_DB:-}"; then
    scratch_base="$FACTDESK_DB"
    scratch_admin="$FACTDESK_DB"
    command -v psql > /dev/null || { echo "needs psql to make scratch databases next to $(db_shown "$FACTDESK_DB")" >&2; exit 2; }
  fi
}

# db_stat DB LABEL: one number from `db stats` (seeds, claims, "verdict entries", "import batches").
db_stat() {
  FACTDESK_DB="$1" FACTDESK_SEEDS="$no_seeds" FACTDESK_INGEST_ON_START=false fd db stats |
    awk -v label="$2:" 'index($0, label) == 1 { sub(/^[^:]*:[[:space:]]*/, ""); print $1 + 0; found = 1 }
      END { if (!found) exit 1 }'
}

# db_require_empty DB: stops the script unless DB holds no seeds, claims, verdicts or imports
# (factdesk creates and migrates it if it does not exist yet).
db_require_empty() {
  local what n
  for what in seeds claims "verdict entries" "import batches"; do
    n=$(db_stat "$1" "$what") || { echo "cannot read 'db stats' of $(db_shown "$1")" >&2; exit 1; }
    [ "$n" = 0 ] || { echo "$(db_shown "$1") is not empty ($n $what); give an empty database" >&2; exit 2; }
  done
}

# make_claim_seeds DIR SEEDS QUEUE HELD: SEEDS articles, each of 1 + QUEUE + HELD sentences that
# factdesk stores as claims: a title line and HELD plain remarks, which score below the threshold
# (held back), and QUEUE sentences the extractor finds check-worthy (a named source, a figure, a
# year and a report number). Every check-worthy sentence is drawn at random from word lists, with
# its own figure and number, so few are near-duplicates of each other (a few dozen groups in
# 70,000) and the near-duplicate pass stays small. scripts/bench-db checks the counts it gets.
make_claim_seeds() {
  mkdir -p "$1"
  awk -v dir="$1" -v n="$2" -v queue="$3" -v held="$4" '
    function pick(k) { return int(rand() * k) + 1 }
    BEGIN {
      srand(57)
      split("ka lo mi ne ru ta vo se di pa gu fe zo bi ha ly", syl, " ")
      ns = split("The ministry of|Officials in|The regional office of|Auditors in|The governor of|Analysts in|The province of|Inspectors in", subj, "|")
      nv = split("said|reported|announced|confirmed|stated|noted", say, "|")
      nm = split("exports|rice output|research spending|broadband coverage|patent filings|startup funding|hospital admissions|school enrolment|tax revenue|bus ridership|steel output|tourist arrivals", metric, "|")
      nc = split("rose|fell|grew|climbed|dropped|jumped|slipped|increased", change, "|")
      nu = split("tonnes|million dollars|cases|visitors|million euros|permits", unit, "|")
      nt = split("according to report|citing survey|in bulletin|under programme|in memo|per ledger|in audit", tail, "|")
      nh = split("We hope things get better.|It was a lovely morning.|Everyone should be kind.|What a wonderful view it was.", soft, "|")
      g = 0
      for (i = 1; i <= n; i++) {
        x = i; name = ""   # a made-up place name, one per article
        for (k = 0; k < 5; k++) { name = name syl[x % 16 + 1]; x = int(x / 16) }
        name = toupper(substr(name, 1, 1)) substr(name, 2)
        f = sprintf("%s/article-%06d.txt", dir, i)
        printf("Benchmark article about %s\n\n", name) > f
        for (j = 0; j < queue; j++) {
          g++
          amount = (rand() < 0.5) ? sprintf("by %.1f percent", rand() * 100) \
                                  : sprintf("to %d %s", int(rand() * 99990) + 10, unit[pick(nu)])
          printf("%s %s %s that %s %s %s in %d, %s %d.\n", subj[pick(ns)], name, say[pick(nv)],
                 metric[pick(nm)], change[pick(nc)], amount, 2000 + int(rand() * 25), tail[pick(nt)], g) > f
        }
        for (j = 0; j < held; j++) print soft[j % nh + 1] > f
        close(f)
      }
    }'
}

# claim_ids DB STATUS OUT: the ids of the claims with that status (as `claims list --status`), in
# queue order, one a line, read in pages through one factdesk process (a list of 100,000 claims
# as one JSON array would not fit factdesk's heap).
claim_ids() {
  local total page=5000
  total=$(FACTDESK_DB="$1" FACTDESK_SEEDS="$no_seeds" FACTDESK_INGEST_ON_START=false fd claims count --status "$2")
  awk -v total="$total" -v page="$page" -v status="$2" 'BEGIN {
    for (o = 0; o < total; o += page) printf "claims list --status %s --limit %d --offset %d --format json\n", status, page, o }' \
    > "$3.fd"
  FACTDESK_DB="$1" FACTDESK_SEEDS="$no_seeds" FACTDESK_INGEST_ON_START=false fd "@$3.fd" | jq -r '.[].id' > "$3"
  rm -f "$3.fd"
  [ "$(wc -l < "$3")" = "$total" ] || { echo "claim_ids: listed $(wc -l < "$3") of $total $2 claims" >&2; return 1; }
}

# make_verdict_csv FILE IDS ROWS: ROWS verdict rows over the claims listed in IDS (one id a line):
# claim k of the list gets rows k, k + C, k + 2C … (C claims), each from another reviewer.
make_verdict_csv() {
  awk -v rows="$3" 'BEGIN { print "claim_id,rating,evidence_url,note,reviewer"; split("TRUE MOSTLY_TRUE HALF_TRUE MOSTLY_FALSE FALSE", r, " ") }
    { id[NR - 1] = $1 }
    END {
      if (NR == 0) exit 1
      for (i = 0; i < rows; i++)
        printf("%d,%s,https://example.org/evidence/%d,\"Checked against source %d, see notes\",reviewer %d\n",
               id[i % NR], r[i % 5 + 1], i, i, int(i / NR))
    }' "$2" > "$1"
}

# libpq_env FILE: writes the libpq variables that are set (PGPASSWORD, PGUSER, PGPASSFILE) into FILE,
# readable by this user alone, as lines a shell sources. A terminal that tmux starts gets the tmux
# server's environment, not ours; sourcing the file passes a password on without putting it on a
# command line that any user's ps shows.
libpq_env() {
  local name
  ( umask 077; : > "$1" )
  for name in PGPASSWORD PGUSER PGPASSFILE; do
    [ -n "${!name+x}" ] && printf 'export %s=%q\n' "$name" "${!name}" >> "$1"
  done
  return 0
}
