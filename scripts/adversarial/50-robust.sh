# Robustness: databases that cannot be used, bad settings, a seeds folder with entries that cannot be read,
# seeds that defeat the sentence rules, strict one-shot parsing, @file scripts with a byte order mark, and who
# is credited with a claim. Every refusal is one 'error:' line with the right exit code, never a stack trace.

# Overwrites every byte of FILE after SQLite's 100-byte header, as a failing disk might.
corrupt_pages() {
  python3 - "$1" <<'PY'
import os, sys
path = sys.argv[1]
with open(path, 'r+b') as f:
    f.seek(100)
    f.write(b'\x5a' * (os.path.getsize(path) - 100))
PY
}

case_robust_not_sqlite_database_is_one_line() {
  printf 'these are my notes, not a database\n%.0s' {1..100} >"$FACTDESK_DB"
  local before; before=$(sha256sum "$FACTDESK_DB")
  expect_exit 1 claims count || return 1
  one_line_error || return 1
  stderr_has "is not an SQLite database" || return 1
  [ "$(sha256sum "$FACTDESK_DB")" = "$before" ] || { fail "the file was changed"; return 1; }
}

case_robust_corrupt_database_is_one_line_and_db_check_reports_it() {
  fd claims count >/dev/null || { fail "could not make the database"; return 1; }
  corrupt_pages "$FACTDESK_DB"
  expect_exit 1 claims count || return 1
  one_line_error || return 1
  stderr_has "is damaged" || return 1
  # db check reads the file as it is (no start-up ingest first) and lists what SQLite finds.
  expect_exit 1 db check || return 1
  one_line_error || return 1
  stdout_has "malformed" || return 1
  [ "$(grep -c '' "$CASE_DIR/out")" -le 20 ] || { fail "db check printed more than a short list"; return 1; }
}

case_robust_database_path_is_a_folder() {
  mkdir -p "$FACTDESK_DB"
  expect_exit 2 claims count || return 1
  one_line_error || return 1
  stderr_has "is a folder" || return 1
}

case_robust_database_folder_cannot_be_created() {
  echo "in the way" >"$CASE_DIR/file"
  FACTDESK_DB="$CASE_DIR/file/sub/factdesk.db" expect_exit 1 claims count || return 1
  one_line_error || return 1
  stderr_has "cannot create the database folder" || return 1
}

# Root ignores permission bits, so the folder is made immutable (chattr +i) or mounted read-only instead.
case_robust_database_in_a_read_only_folder() {
  local ro="$CASE_DIR/ro" how=""
  mkdir -p "$ro"
  FACTDESK_DB="$ro/factdesk.db" fd claims count >/dev/null || { fail "could not make the database"; return 1; }
  FACTDESK_DB="$ro/new.db"
  if chattr +i "$ro" 2>/dev/null; then how=chattr
  elif mount --bind "$ro" "$ro" 2>/dev/null && mount -o remount,ro,bind "$ro" 2>/dev/null; then how=mount
  else echo "SKIP: neither chattr +i nor a read-only bind mount is possible here"; return 0; fi
  echo "read-only by $how"
  fd claims count; local new_rc=$rc; cp "$CASE_DIR/err" "$CASE_DIR/err.new"
  FACTDESK_DB="$ro/factdesk.db" fd claims count; local old_rc=$rc
  if [ "$how" = chattr ]; then chattr -i "$ro"; else umount "$ro"; fi
  [ "$old_rc" -eq 1 ] || { fail "expected exit 1 on a database in a read-only folder"; return 1; }
  one_line_error || return 1
  rc=$new_rc; cp "$CASE_DIR/err.new" "$CASE_DIR/err"
  [ "$new_rc" -eq 1 ] || { fail "expected exit 1 for a new database in a read-only folder"; return 1; }
  one_line_error || return 1
}

case_robust_database_from_a_newer_version_exits_3() {
  fd claims count >/dev/null || { fail "could not make the database"; return 1; }
  sql "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
       installed_by, execution_time, success) values (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)"
  db_snapshot
  expect_exit 3 claims count || return 1
  one_line_error || return 1
  stderr_has "was written by a newer version of factdesk" || return 1
  db_unchanged
}

case_robust_bad_threshold_names_the_setting() {
  local value
  for value in abc NaN -1 2 Infinity; do
    FACTDESK_THRESHOLD="$value" expect_exit 2 claims count || return 1
    one_line_error || return 1
    stderr_has "FACTDESK_THRESHOLD" || return 1
    stderr_has "'$value" || return 1
  done
}

case_robust_other_bad_settings_name_the_setting() {
  FACTDESK_TIMING=sometimes expect_exit 2 claims count || return 1
  one_line_error && stderr_has "FACTDESK_TIMING" && stderr_has "'sometimes'" || return 1
  FACTDESK_INGEST_ON_START=maybe expect_exit 2 claims count || return 1
  one_line_error && stderr_has "FACTDESK_INGEST_ON_START" && stderr_has "'maybe'" || return 1
}

case_robust_bad_heap_is_refused_by_the_launcher() {
  local heap
  for heap in abc 1k 0x10; do
    FACTDESK_HEAP="$heap" "$ADV_ROOT/scripts/factdesk" claims count >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null
    rc=$?
    [ "$rc" -eq 2 ] || { fail "expected exit 2 for FACTDESK_HEAP=$heap"; return 1; }
    [ "$(grep -c '' "$CASE_DIR/err")" -eq 1 ] && stderr_has "FACTDESK_HEAP" || { fail "expected one line naming FACTDESK_HEAP"; return 1; }
  done
}

case_robust_nan_and_infinity_are_refused_for_every_numeric_option() {
  local args
  fd claims count >/dev/null
  for args in "claims list --min-score NaN" "claims list --min-score Infinity" "claims list --min-score 1e999" \
              "claims list --limit NaN" "claims list --offset Infinity" "claims search bridge --limit NaN" \
              "review --min-score NaN"; do
    # shellcheck disable=SC2086
    expect_exit 2 $args || return 1
    one_line_error || return 1
    stderr_has "must be" || return 1
  done
}

# The seeds folder is walked with a sub-folder only another user cannot read: the rest is ingested, the folder
# is named in one warning, and every command still works. Run as 'nobody' (root reads anything), from a copy of
# the jar in a folder that user can reach.
case_robust_unreadable_seed_folder_is_skipped_with_a_warning() {
  command -v runuser >/dev/null && [ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root and runuser"; return 0; }
  local home; home=$(mktemp -d /tmp/factdesk-nobody.XXXXXX)
  cp "$ADV_JAR" "$home/factdesk.jar"
  cp -r "$FACTDESK_SEEDS" "$home/seeds"
  mkdir "$home/seeds/locked"
  printf 'Title\nExports rose 5%% in 2024.\n' >"$home/seeds/locked/a.txt"
  chmod -R a+rwX "$home"
  chmod 000 "$home/seeds/locked"
  run_nobody() {
    runuser -u nobody -- env HOME="$home" FACTDESK_DB="$home/f.db" FACTDESK_SEEDS="$home/seeds" \
      java -Xmx384m -jar "$home/factdesk.jar" "$@" >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null
    rc=$?
  }
  run_nobody claims count; local count_rc=$rc; cp "$CASE_DIR/err" "$CASE_DIR/err.count"; cp "$CASE_DIR/out" "$CASE_DIR/out.count"
  run_nobody db check; local check_rc=$rc
  chmod 755 "$home/seeds/locked"; rm -rf "$home"
  [ "$check_rc" -eq 0 ] || { fail "db check failed"; return 1; }
  rc=$count_rc; cp "$CASE_DIR/err.count" "$CASE_DIR/err"; cp "$CASE_DIR/out.count" "$CASE_DIR/out"
  [ "$rc" -eq 0 ] || { fail "claims count failed"; return 1; }
  no_stack_trace || return 1
  stderr_has "warning: locked: skipped, cannot be read (permission denied)" || return 1
  stderr_has "2 seeds added" || return 1
}

# "1," and "1." repeated thousands of times once overflowed the stack in a regex on every command.
case_robust_a_seed_of_thousands_of_numbers_is_ingested() {
  { printf 'Numbers\n\n'; printf '1,%.0s' {1..3000}; printf '\n\n'; printf '1.%.0s' {1..3000}; printf '\n'; } \
    >"$FACTDESK_SEEDS/numbers.txt"
  expect_exit 0 claims count || return 1
  no_stack_trace || return 1
  stderr_has "3 seeds added" || return 1
  expect_exit 0 claims list --seed numbers.txt --status all --format json || return 1
  [ "$(jq length "$CASE_DIR/out")" -ge 2 ] || { fail "the seed's sentences are missing"; return 1; }
}

# "A. " 20,000 times took 46 s and grew with the square of its length.
case_robust_a_seed_of_initials_is_ingested_in_time() {
  { printf 'Initials\n\n'; printf 'A. %.0s' {1..20000}; printf '\n'; } >"$FACTDESK_SEEDS/initials.txt"
  timeout 60 java -Xmx384m -jar "$ADV_JAR" claims count >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null
  rc=$?
  [ "$rc" -eq 0 ] || { fail "expected exit 0 within 60 s (124 means it timed out)"; return 1; }
  no_stack_trace || return 1
  stderr_has "3 seeds added" || return 1
}

case_robust_stray_positional_argument_is_refused() {
  local id; id=$(first_claim)
  db_snapshot
  expect_exit 2 verdict "$id" true --evidence https://example.org/1 https://example.org/2 --note n --reviewer Lan || return 1
  one_line_error || return 1
  stderr_has "unexpected argument 'https://example.org/2'" || return 1
  db_unchanged || return 1
  # Several URLs in one quoted value are still one value.
  expect_exit 0 verdict "$id" true --evidence "https://example.org/1 https://example.org/2" --note n --reviewer Lan
}

case_robust_repeated_single_valued_option_is_refused() {
  local id; id=$(first_claim)
  db_snapshot
  expect_exit 2 verdict "$id" true --evidence https://example.org/1 --note first --note second --reviewer Lan || return 1
  one_line_error || return 1
  stderr_has "--note is given more than once" || return 1
  db_unchanged || return 1
  # --evidence is the one that repeats.
  expect_exit 0 verdict "$id" true --evidence https://example.org/1 --evidence https://example.org/2 --note n --reviewer Lan
}

case_robust_option_taken_as_another_options_value_is_refused() {
  local id; id=$(first_claim)
  db_snapshot
  expect_exit 2 verdict "$id" true --evidence https://example.org/1 --note --reviewer Lan || return 1
  one_line_error || return 1
  stderr_has "option --note needs a value, but '--reviewer' follows it" || return 1
  db_unchanged
}

case_robust_script_lines_are_parsed_as_strictly() {
  local id; id=$(first_claim)
  printf 'claims count\nverdict %s true --evidence https://example.org/1 --note a --note b --reviewer Lan\n' "$id" \
    >"$CASE_DIR/strict.fd"
  db_snapshot
  expect_exit 2 "@$CASE_DIR/strict.fd" || return 1
  stderr_has "strict.fd:2: option --note is given more than once" || return 1
  db_unchanged
}

case_robust_script_with_a_byte_order_mark_runs() {
  printf '\xef\xbb\xbfclaims count --status pending\r\nclaims count\r\n' >"$CASE_DIR/bom.fd"
  expect_exit 0 "@$CASE_DIR/bom.fd" || return 1
  [ "$(grep -cE '^[0-9]+' "$CASE_DIR/out")" -eq 2 ] || { fail "expected two counts"; return 1; }
}

case_robust_script_file_name_is_shown_safely() {
  local name=$'evil\e]0;pwned\a.fd'
  printf 'claims count --limit 1\n' >"$CASE_DIR/$name"
  fd claims count >/dev/null
  expect_exit 2 "@$CASE_DIR/$name" || return 1
  one_line_error || return 1
  if grep -q $'\e' "$CASE_DIR/err" || grep -q $'\a' "$CASE_DIR/err"; then fail "control characters reached stderr"; return 1; fi
  stderr_has 'evil\e]0;pwned\x07.fd:1:' || return 1
}

# In the interview seed, "... the Party's General Secretary, Mr. To Lam, signed this resolution, ..." is one
# of the interviewee's answers: it is his, not credited to "To Lam, signed this resolution".
case_robust_claimant_of_the_to_lam_sentence() {
  expect_exit 0 claims list --status all --format json || return 1
  local claimant
  claimant=$(jq -r '.[] | select(.text | contains("Mr. To Lam, signed")) | .claimant' "$CASE_DIR/out")
  [ "$claimant" = "To Dung Thai, Chairman of VNPT’s Board of Members" ] || { fail "claimant is '$claimant'"; return 1; }
  if jq -r '.[].claimant // empty' "$CASE_DIR/out" | grep -q 'signed'; then fail "a claimant is a clause"; return 1; fi
  if grep -qF '"Mr. T"' "$CASE_DIR/out"; then fail "a reason quotes a cut name"; return 1; fi
  FACTDESK_REPORT_PUBLISHER_NAME=x expect_exit 0 export --format json --out - || return 1
  if grep -q 'signed this resolution"' "$CASE_DIR/out"; then fail "the report credits a clause"; return 1; fi
}
