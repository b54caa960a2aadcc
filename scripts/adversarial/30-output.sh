# Output: every write checked, --out never replaces what is not a regular file, reports safe to embed.
#
# Device nodes are tested on copies made with mknod in $CASE_DIR (a build that replaced them would
# otherwise replace the machine's own /dev/full or /dev/null); the real /dev/null is only used once
# its copy has passed. Cases that need root (mknod, mount) say "skipped" and pass without it.

# fd_raw ARGS...: factdesk with stdout and stdin left to the caller, stderr to $CASE_DIR/err.
fd_raw() { java -Xmx384m -jar "$ADV_JAR" "$@" 2>"$CASE_DIR/err"; }

# A reviewed claim, so every report has a claim with a verdict, evidence and a note in it.
output_review_one() {
  local id; id=$(first_claim)
  fd verdict "$id" mostly-true --evidence "https://example.org/a?x=1&y=2" --note "&lt;b&gt; & more" --reviewer Lan \
    || { fail "setting up a verdict"; return 1; }
  echo "$id"
}

no_partials() {
  local left; left=$(find "$CASE_DIR" -name '*.partial' -print -quit)
  [ -z "$left" ] || { fail "a .partial file was left: $left"; return 1; }
}

no_wrote() { ! grep -q '^wrote ' "$CASE_DIR/out" || { fail "printed 'wrote' after a failed write"; return 1; }; }

# The commands that print results, each must fail (exit 1) when its standard output cannot take them.
output_printing_commands() {
  local id="$1"
  cat <<EOF
claims list
claims list --format json
claims search Resolution
claims show $id
claims show $id --format json
claims count
seeds list
seeds list --format json
history $id
history $id --format json
db stats
help
claims list --help
export --format markdown --out -
export --format html --out -
export --format csv --out -
export --format json --out -
export --format claimreview --out -
EOF
}

case_output_full_standard_output_fails_every_command() {
  local id; id=$(output_review_one) || return 1
  local cmd
  while read -r cmd; do
    # shellcheck disable=SC2086
    fd_raw $cmd >/dev/full </dev/null; rc=$?
    [ "$rc" -eq 1 ] || { fail "'$cmd' >/dev/full exited $rc, not 1"; return 1; }
    one_line_error || return 1
    stderr_has "cannot write standard output: No space left on device" || return 1
  done < <(output_printing_commands "$id")
}

case_output_closed_standard_output_fails_every_command() {
  local id; id=$(output_review_one) || return 1
  local cmd
  while read -r cmd; do
    # shellcheck disable=SC2086
    fd_raw $cmd >&- </dev/null; rc=$?
    [ "$rc" -eq 1 ] || { fail "'$cmd' with standard output closed exited $rc, not 1"; return 1; }
    one_line_error || return 1
  done < <(output_printing_commands "$id")
}

# | head -1 and the like: the reader goes away. `true` reads nothing and has exited long before the
# JVM writes, so the write always meets a broken pipe. Exit 1, no stack trace, at most one line.
case_output_broken_pipe_is_quiet() {
  output_review_one >/dev/null || return 1
  local cmd
  for cmd in "claims list --status all" "claims list --format json" "export --format html --out -" "seeds list"; do
    # shellcheck disable=SC2086
    fd_raw $cmd </dev/null | true; rc=${PIPESTATUS[0]}
    [ "$rc" -eq 1 ] || { fail "'$cmd | true' exited $rc, not 1"; return 1; }
    no_stack_trace || return 1
    [ "$(grep -c '' "$CASE_DIR/err")" -le 1 ] || { fail "'$cmd | true': more than one line on stderr"; return 1; }
  done
  fd_raw claims list --status all </dev/null | head -1 >/dev/null; rc=${PIPESTATUS[0]}
  no_stack_trace
}

case_output_export_to_a_full_device_fails_and_keeps_the_device() {
  output_review_one >/dev/null || return 1
  mknod "$CASE_DIR/full" c 1 7 2>/dev/null || { echo "skipped: mknod not permitted"; return 0; }
  local format
  for format in markdown html csv json claimreview; do
    expect_exit 1 export --format "$format" --out "$CASE_DIR/full" || return 1
    one_line_error || return 1
    stderr_has "No space left on device" || return 1
    no_wrote || return 1
    [ -c "$CASE_DIR/full" ] || { fail "--out full ($format) replaced the device with a $(stat -c %F "$CASE_DIR/full")"; return 1; }
  done
  no_partials
}

case_output_export_to_dev_null_writes_through_it() {
  output_review_one >/dev/null || return 1
  if mknod "$CASE_DIR/null" c 1 3 2>/dev/null; then
    expect_exit 0 export --format html --out "$CASE_DIR/null" || return 1
    [ -c "$CASE_DIR/null" ] || { fail "--out on a character device made it a $(stat -c %F "$CASE_DIR/null")"; return 1; }
  else
    echo "skipped the copy: mknod not permitted"
  fi
  # Only reached when the copy stayed a device: the real one is then safe to write through.
  expect_exit 0 export --format markdown --out /dev/null || return 1
  [ -c /dev/null ] || { fail "/dev/null is no longer a character device"; return 1; }
  no_partials
}

case_output_export_to_a_fifo_streams_to_its_reader() {
  output_review_one >/dev/null || return 1
  mkfifo "$CASE_DIR/pipe" || { fail "mkfifo"; return 1; }
  timeout 120 cat "$CASE_DIR/pipe" >"$CASE_DIR/got" &
  local reader=$!
  expect_exit 0 export --format markdown --out "$CASE_DIR/pipe" || { kill "$reader" 2>/dev/null; return 1; }
  wait "$reader"
  [ -p "$CASE_DIR/pipe" ] || { fail "the FIFO became a $(stat -c %F "$CASE_DIR/pipe")"; return 1; }
  head -1 "$CASE_DIR/got" | grep -qx '# Verification report' || { fail "the reader did not get the report"; return 1; }
  no_partials
}

case_output_export_to_a_symlink_keeps_the_link() {
  output_review_one >/dev/null || return 1
  echo old >"$CASE_DIR/real.md"
  ln -s real.md "$CASE_DIR/link.md"
  expect_exit 0 export --format markdown --out "$CASE_DIR/link.md" || return 1
  [ -L "$CASE_DIR/link.md" ] || { fail "the link became a $(stat -c %F "$CASE_DIR/link.md")"; return 1; }
  [ "$(readlink "$CASE_DIR/link.md")" = real.md ] || { fail "the link points elsewhere now"; return 1; }
  head -1 "$CASE_DIR/real.md" | grep -qx '# Verification report' || { fail "the link's target was not written"; return 1; }
  no_partials
}

case_output_export_to_a_folder_or_missing_folder_is_one_line() {
  fd claims count >/dev/null
  db_snapshot
  expect_exit 2 export --format html --out / || return 1
  one_line_error || return 1
  no_wrote || return 1
  expect_exit 2 export --format html --out "$CASE_DIR" || return 1
  one_line_error || return 1
  expect_exit 3 export --format html --out "$CASE_DIR/no/such/r.html" || return 1
  one_line_error || return 1
  [ ! -e "$CASE_DIR/no" ] || { fail "created the missing folder"; return 1; }
  no_partials || return 1
  db_unchanged
}

case_output_full_disk_leaves_the_old_file_and_no_partial() {
  output_review_one >/dev/null || return 1
  mkdir -p "$CASE_DIR/mnt"
  mount -t tmpfs -o size=64k tmpfs "$CASE_DIR/mnt" 2>/dev/null || { echo "skipped: cannot mount a tmpfs"; return 0; }
  echo old >"$CASE_DIR/mnt/r.html"
  dd if=/dev/zero of="$CASE_DIR/mnt/fill" bs=1k count=64 2>/dev/null
  fd export --format html --out "$CASE_DIR/mnt/r.html"
  local status=$rc
  local left; left=$(ls -A "$CASE_DIR/mnt" | sort | tr '\n' ' ')
  local old; old=$(cat "$CASE_DIR/mnt/r.html")
  umount "$CASE_DIR/mnt"
  rc=$status
  [ "$rc" -eq 1 ] || { fail "export onto a full disk exited $rc, not 1"; return 1; }
  one_line_error || return 1
  stderr_has "No space left on device" || return 1
  no_wrote || return 1
  [ "$left" = "fill r.html " ] || { fail "left on the full disk: $left"; return 1; }
  [ "$old" = old ] || { fail "the old report was replaced by a partial one"; return 1; }
}

# A report big enough to take a while; SIGTERM while its .partial file is being written.
case_output_sigterm_during_export_leaves_no_partial() {
  local i
  for i in $(seq 1 1500); do
    echo "The ministry of district $((i % 50)) spent $((i * 7 % 97)).$i% more on road number $i in $((1990 + i % 30)) than town $i had said."
  done >"$CASE_DIR/seeds/big.txt"
  fd claims count >/dev/null || { fail "ingest"; return 1; }
  { echo "claim_id,rating,evidence_url,note,reviewer"
    sql "select id from claim where status = 'PENDING' and seed_id = (select id from seed where name = 'big.txt')" |
      awk '{print $1 ",true,https://example.org/e" $1 ",checked " $1 ",Lan"}'; } >"$CASE_DIR/v.csv"
  expect_exit 0 import "$CASE_DIR/v.csv" || return 1
  java -Xmx384m -jar "$ADV_JAR" export --format html --out "$CASE_DIR/big.html" >"$CASE_DIR/out" 2>"$CASE_DIR/err" </dev/null &
  local pid=$! waited=0
  shopt -s nullglob dotglob
  local partials=()
  while [ "$waited" -lt 1200 ]; do
    partials=("$CASE_DIR"/.big.html.*.partial)
    [ "${#partials[@]}" -gt 0 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05; waited=$((waited + 1))
  done
  shopt -u nullglob dotglob
  [ "${#partials[@]}" -gt 0 ] || { wait "$pid"; fail "never saw the .partial file (export finished or failed first)"; return 1; }
  kill -TERM "$pid"
  wait "$pid"; rc=$?
  [ "$rc" -ne 0 ] || { fail "export killed by SIGTERM exited 0"; return 1; }
  no_partials || return 1
  [ ! -e "$CASE_DIR/big.html" ] || { fail "a report appeared although the export was stopped"; return 1; }
}

case_output_claimreview_survives_a_script_element() {
  cat >"$CASE_DIR/seeds/script.md" <<'EOF'
# Roads </script><script>alert(1)</script>

The council <!-- hidden --> repaired </script><script>alert(1)</script> 40% of roads in 2023, the mayor said.
Source: https://news.example.org/a</script><script>alert(2)</script>
EOF
  fd claims count >/dev/null
  local id; id=$(sql "select id from claim where text like 'The council%'")
  [ -n "$id" ] || { fail "the hostile sentence is not a claim"; return 1; }
  expect_exit 0 verdict "$id" true --evidence https://example.org/e --note "</script><!--" --reviewer "Lan </script>" || return 1
  local format
  for format in claimreview json; do
    expect_exit 0 export --format "$format" --out - || return 1
    grep -qiE '<|>|&' "$CASE_DIR/out" && { fail "$format output holds a raw <, > or &"; return 1; }
    jq -e . "$CASE_DIR/out" >/dev/null || { fail "$format output does not parse"; return 1; }
  done
  expect_exit 0 export --format claimreview --out - || return 1
  jq -e --arg id "claim-$id" '.[] | select(.url | endswith($id)) | .claimReviewed | contains("</script>")' \
    "$CASE_DIR/out" >/dev/null || { fail "claimReviewed lost its text"; return 1; }
  jq -e --arg id "claim-$id" '.[] | select(.url | endswith($id)) | .itemReviewed | has("appearance") | not' \
    "$CASE_DIR/out" >/dev/null || { fail "a Source: URL with </script> became an appearance"; return 1; }
}

case_output_format_characters_in_urls_are_refused() {
  local id; id=$(first_claim)
  db_snapshot
  expect_exit 2 verdict "$id" true --evidence "$(printf 'https://example.org/\u202Efdp.exe')" --note x --reviewer Lan || return 1
  one_line_error || return 1
  stderr_has "U+202E" || return 1
  expect_exit 2 verdict "$id" true --evidence "$(printf 'https://exa\u200Bmple.org/a')" --note x --reviewer Lan || return 1
  one_line_error || return 1
  printf 'claim_id,rating,evidence_url,note,reviewer\n%s,true,https://example.org/\xe2\x81\xa6x,note,Lan\n' "$id" >"$CASE_DIR/v.csv"
  expect_exit 2 import "$CASE_DIR/v.csv" || return 1
  stderr_has "U+2066" || return 1
  db_unchanged || return 1
  # A seed's Source: line with one is shown as escaped text, never as a link.
  printf '# Bridges\n\nThe ministry built 12 bridges in 2022, up from 9 in 2021.\nSource: https://news.example.org/\xe2\x80\xaefdp.exe\n' \
    >"$CASE_DIR/seeds/bidi.md"
  fd claims count >/dev/null
  id=$(sql "select id from claim where text like 'The ministry built%'")
  expect_exit 0 verdict "$id" true --evidence https://example.org/e --note x --reviewer Lan || return 1
  local format
  for format in html markdown csv; do
    expect_exit 0 export --format "$format" --out - || return 1
    grep -q "$(printf '\u202E')" "$CASE_DIR/out" && { fail "$format holds a raw U+202E"; return 1; }
    grep -q 'href="https://news.example.org/\|<https://news.example.org/' "$CASE_DIR/out" \
      && { fail "$format made a link of the source URL"; return 1; }
  done
  return 0
}

case_output_markdown_escapes_ampersands() {
  output_review_one >/dev/null || return 1
  expect_exit 0 export --format markdown --out - || return 1
  stdout_has '\&lt;b\&gt; \& more' || return 1
  grep -q '[^\\]&lt;b' "$CASE_DIR/out" && { fail "an unescaped &lt; in the Markdown"; return 1; }
  return 0
}
