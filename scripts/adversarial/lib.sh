# Helpers for the adversarial cases (sourced by scripts/adversarial-test).
# Every case runs in its own $CASE_DIR with FACTDESK_DB and FACTDESK_SEEDS pointing inside it.

# fd ARGS...: one factdesk command on the case's database; stdout to $CASE_DIR/out, stderr to
# $CASE_DIR/err, exit status in $rc (and returned).
fd() {
  java -Xmx384m -jar "$ADV_JAR" "$@" >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null
  rc=$?
  return $rc
}

# fd_in FILE ARGS...: as fd, with standard input from FILE.
fd_in() {
  local input="$1"; shift
  java -Xmx384m -jar "$ADV_JAR" "$@" >"$CASE_DIR/out" 2>"$CASE_DIR/err" <"$input"
  rc=$?
  return $rc
}

fail() {
  echo "FAILED: $*"
  echo "--- exit $rc; stderr:"; head -c 2000 "$CASE_DIR/err" 2>/dev/null
  echo "--- stdout:"; head -c 1000 "$CASE_DIR/out" 2>/dev/null
  return 1
}

# expect_exit N ARGS...: runs fd and fails unless the exit status is N.
expect_exit() {
  local want="$1"; shift
  fd "$@"
  [ "$rc" -eq "$want" ] || { fail "expected exit $want from: $*"; return 1; }
}

# no_stack_trace: stderr holds no Java stack trace and is at most one line of error.
no_stack_trace() {
  if grep -qE '^\s+at [a-zA-Z0-9_.$]+\(|Exception in thread|APPLICATION FAILED TO START' "$CASE_DIR/err"; then
    fail "stack trace or Spring banner on stderr"; return 1
  fi
}

# one_line_error: exactly one line on stderr, starting with "error:".
one_line_error() {
  no_stack_trace || return 1
  local lines; lines=$(grep -c '' "$CASE_DIR/err")
  [ "$lines" -eq 1 ] && grep -q '^error: ' "$CASE_DIR/err" || { fail "expected one 'error:' line on stderr, got $lines lines"; return 1; }
}

# stderr_has TEXT / stdout_has TEXT: fixed-string search.
stderr_has() { grep -qF -- "$1" "$CASE_DIR/err" || { fail "stderr lacks: $1"; return 1; }; }
stdout_has() { grep -qF -- "$1" "$CASE_DIR/out" || { fail "stdout lacks: $1"; return 1; }; }

# db_snapshot / db_unchanged: a dump of every factdesk table, to show nothing was written.
db_dump() { sqlite3 "$FACTDESK_DB" .dump 2>/dev/null | grep -v '^INSERT INTO "\?flyway_schema_history' ; }
db_snapshot() { db_dump >"$CASE_DIR/snapshot.sql"; }
db_unchanged() {
  db_dump >"$CASE_DIR/after.sql"
  cmp -s "$CASE_DIR/snapshot.sql" "$CASE_DIR/after.sql" || { fail "database changed: $(diff "$CASE_DIR/snapshot.sql" "$CASE_DIR/after.sql" | head -5)"; return 1; }
}

# sql QUERY: one value from the case's database.
sql() { sqlite3 "$FACTDESK_DB" "$1"; }

# Claim ids in the queue, for cases that need a real claim.
first_claim() { fd claims list --format json --limit 1 >/dev/null; jq -r '.[0].id' "$CASE_DIR/out"; }
