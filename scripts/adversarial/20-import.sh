# Import: one read of the input (pipes, FIFOs, standard input, the hash of what was imported),
# concurrent imports, bounded memory, strict JSON Lines, CRLF in CSV notes, file names in messages,
# and files that cannot be read.

# import_rows FROM TO: a CSV header and rows FROM..TO, each a distinct verdict on the first claim in the queue.
import_rows() {
  local claim i
  claim=$(first_claim)
  printf 'claim_id,rating,evidence_url,note,reviewer\n'
  for ((i = $1; i <= $2; i++)); do printf '%s,TRUE,https://example.org/%d,note %d,Lan\n' "$claim" "$i" "$i"; done
}

# recorded_hash_is FILE: the one batch's recorded hash is the SHA-256 of FILE's bytes.
recorded_hash_is() {
  local want got
  want=$(sha256sum "$1" | cut -d' ' -f1)
  got=$(sql "SELECT group_concat(content_hash) FROM import_batch")
  [ "$got" = "$want" ] || { fail "recorded hash $got, the imported bytes hash to $want"; return 1; }
}

case_import_regular_file_hash_is_of_the_imported_bytes() {
  import_rows 1 3 >v.csv
  expect_exit 0 import v.csv || return 1
  stdout_has "3 written" || return 1
  recorded_hash_is v.csv
}

case_import_process_substitution() {
  import_rows 1 2 >v.csv
  fd import <(cat v.csv) --format csv
  [ "$rc" -eq 0 ] || { fail "import <(...) failed"; return 1; }
  stdout_has "2 written" || return 1
  [ "$(sql 'SELECT count(*) FROM verdict')" -eq 2 ] || { fail "expected 2 verdicts"; return 1; }
  recorded_hash_is v.csv
}

case_import_fifo() {
  import_rows 1 2 >v.csv
  mkfifo pipe.csv
  (cat v.csv >pipe.csv) &
  local writer=$!
  timeout 60 java -Xmx384m -jar "$ADV_JAR" import pipe.csv >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null
  rc=$?
  kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null
  [ "$rc" -eq 0 ] || { fail "FIFO import failed or hung (exit $rc)"; return 1; }
  stdout_has "2 written" || return 1
  recorded_hash_is v.csv
}

case_import_stdin() {
  import_rows 1 2 >v.csv
  fd_in v.csv import - --format csv
  [ "$rc" -eq 0 ] || { fail "import - failed"; return 1; }
  stdout_has "<stdin>: 2 rows read, 2 written" || return 1
  recorded_hash_is v.csv || return 1
  fd_in v.csv import - --format csv
  [ "$rc" -eq 0 ] && stdout_has "already imported" || { fail "the same bytes again should be already imported"; return 1; }
}

case_import_concurrent_same_file() {
  import_rows 1 200 >v.csv
  java -Xmx384m -jar "$ADV_JAR" import v.csv >out1 2>err1 </dev/null & local p1=$!
  java -Xmx384m -jar "$ADV_JAR" import v.csv >out2 2>err2 </dev/null & local p2=$!
  wait "$p1"; local rc1=$?; wait "$p2"; local rc2=$?
  cat err1 err2 >"$CASE_DIR/err"; cat out1 out2 >"$CASE_DIR/out"; rc=$((rc1 + rc2))
  [ "$rc1" -eq 0 ] && [ "$rc2" -eq 0 ] || { fail "exits $rc1 and $rc2"; return 1; }
  grep -q UNIQUE "$CASE_DIR/err" && { fail "raw constraint error"; return 1; }
  [ "$(grep -c 'already imported' "$CASE_DIR/out")" -eq 1 ] || { fail "expected one 'already imported'"; return 1; }
  [ "$(sql 'SELECT count(*) FROM verdict')" -eq 200 ] || { fail "$(sql 'SELECT count(*) FROM verdict') verdicts, not 200"; return 1; }
  [ "$(sql 'SELECT count(*) FROM import_batch')" -eq 1 ] || { fail "more than one batch"; return 1; }
}

case_import_concurrent_overlapping_rows() {
  import_rows 1 300 >a.csv
  import_rows 151 450 >b.csv
  java -Xmx384m -jar "$ADV_JAR" import a.csv >out1 2>err1 </dev/null & local p1=$!
  java -Xmx384m -jar "$ADV_JAR" import b.csv >out2 2>err2 </dev/null & local p2=$!
  wait "$p1"; local rc1=$?; wait "$p2"; local rc2=$?
  cat err1 err2 >"$CASE_DIR/err"; cat out1 out2 >"$CASE_DIR/out"; rc=$((rc1 + rc2))
  [ "$rc1" -eq 0 ] && [ "$rc2" -eq 0 ] || { fail "exits $rc1 and $rc2"; return 1; }
  [ "$(sql 'SELECT count(*) FROM verdict')" -eq 450 ] || { fail "$(sql 'SELECT count(*) FROM verdict') verdicts, not 450"; return 1; }
  [ "$(sql 'SELECT count(*) FROM (SELECT content_key FROM verdict GROUP BY content_key HAVING count(*) > 1)')" -eq 0 ] \
    || { fail "a verdict stored twice"; return 1; }
  grep -q "150 already present" "$CASE_DIR/out" || { fail "the second import should report 150 already present"; return 1; }
}

case_import_crlf_in_quoted_note() {
  local claim; claim=$(first_claim)
  printf 'claim_id,rating,evidence_url,note,reviewer\r\n%s,TRUE,https://a.org,"first line\r\nsecond line",Lan\r\n%s,MAYBE,https://a.org,x,Lan\r\n' \
    "$claim" "$claim" >crlf.csv
  db_snapshot
  expect_exit 2 import crlf.csv || return 1
  stderr_has "crlf.csv:4: rating: unknown rating 'MAYBE'" || return 1
  db_unchanged || return 1
  printf 'claim_id,rating,evidence_url,note,reviewer\r\n%s,TRUE,https://a.org,"first line\r\nsecond line",Lan\r\n' "$claim" >ok.csv
  expect_exit 0 import ok.csv || return 1
  [ "$(sql "SELECT note = 'first line' || char(10) || 'second line' FROM verdict")" = 1 ] || { fail "note not stored with LF"; return 1; }
}

case_import_nested_json_value() {
  local claim; claim=$(first_claim)
  printf '{"claim_id": %s, "rating": "TRUE", "evidence": ["https://a.org"], "note": {"a": 1}, "reviewer": "Lan"}\n' "$claim" >n.jsonl
  db_snapshot
  expect_exit 2 import n.jsonl || return 1
  stderr_has "n.jsonl:1: note: is an object" || return 1
  no_stack_trace || return 1
  db_unchanged
}

case_import_json_duplicate_key() {
  local claim; claim=$(first_claim)
  printf '{"claim_id": %s, "rating": "TRUE", "rating": "FALSE", "evidence": ["https://a.org"], "note": "n", "reviewer": "Lan"}\n' "$claim" >d.jsonl
  db_snapshot
  expect_exit 2 import d.jsonl || return 1
  stderr_has "d.jsonl:1: rating: given twice" || return 1
  db_unchanged
}

case_import_huge_quoted_field_small_heap() {
  local claim; claim=$(first_claim)
  db_snapshot
  { printf 'claim_id,rating,evidence_url,note,reviewer\n%s,TRUE,https://a.org,"' "$claim"; head -c 600000000 /dev/zero | tr '\0' x; } \
    | java -Xmx48m -jar "$ADV_JAR" import - >"$CASE_DIR/out" 2>"$CASE_DIR/err"
  rc=$?
  [ "$rc" -eq 2 ] || { fail "expected exit 2"; return 1; }
  one_line_error || return 1
  stderr_has "<stdin>:2: row too long (over 262144 characters)" || return 1
  db_unchanged
}

case_import_sparse_file_small_heap() {
  fd claims count >/dev/null
  truncate -s 2G sparse.csv
  db_snapshot
  java -Xmx48m -jar "$ADV_JAR" import sparse.csv >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null
  rc=$?
  [ "$rc" -eq 2 ] || { fail "expected exit 2"; return 1; }
  one_line_error || return 1
  stderr_has "sparse.csv:1: row too long" || return 1
  truncate -s 2G sparse.jsonl
  java -Xmx48m -jar "$ADV_JAR" import sparse.jsonl >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null
  rc=$?
  [ "$rc" -eq 2 ] && stderr_has "sparse.jsonl:1: row too long" || { fail "JSON Lines: expected exit 2, row too long"; return 1; }
  db_unchanged
}

case_import_escape_sequence_in_file_name() {
  local claim name; claim=$(first_claim)
  name=$'\e]0;pwned\a.csv'
  printf 'claim_id,rating,evidence_url,note,reviewer\n%s,MAYBE,https://a.org,x,Lan\n' "$claim" >"$name"
  db_snapshot
  expect_exit 2 import "$name" || return 1
  grep -q $'\e' "$CASE_DIR/err" && { fail "raw ESC on stderr"; return 1; }
  stderr_has '\e]0;pwned\x07.csv:2: rating' || return 1
  db_unchanged || return 1
  printf 'claim_id,rating,evidence_url,note,reviewer\n%s,TRUE,https://a.org,x,Lan\n' "$claim" >"$name"
  expect_exit 0 import "$name" || return 1
  grep -q $'\e' "$CASE_DIR/out" && { fail "raw ESC on stdout"; return 1; }
  stdout_has '\e]0;pwned\x07.csv: 1 rows read' || return 1
  expect_exit 3 import "missing-$name" || return 1
  grep -q $'\e' "$CASE_DIR/err" && { fail "raw ESC in the not-found error"; return 1; }
  one_line_error
}

case_import_directory_missing_unreadable() {
  fd claims count >/dev/null
  db_snapshot
  mkdir folder.csv
  expect_exit 2 import folder.csv || return 1
  one_line_error || return 1
  stderr_has "folder.csv is a directory" || return 1
  expect_exit 3 import nothing-here.csv || return 1
  one_line_error || return 1
  stderr_has "nothing-here.csv not found" || return 1
  touch plain.csv
  expect_exit 1 import plain.csv/inside.csv || return 1   # a path through a file cannot be opened
  one_line_error || return 1
  if [ "$(id -u)" != 0 ]; then
    printf 'claim_id,rating,evidence_url,note,reviewer\n' >locked.csv; chmod 000 locked.csv
    expect_exit 1 import locked.csv || return 1
    one_line_error || return 1
    stderr_has "permission denied" || return 1
  fi
  db_unchanged
}
