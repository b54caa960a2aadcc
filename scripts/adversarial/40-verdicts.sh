# Verdicts and reviewers: one person is one name (NFC), invisible names are refused, lengths are
# code points, apply-group leaves the note alone, and a deleted seed's claims go stale.
# Non-ASCII text is written as UTF-8 bytes with printf, so the cases do not depend on the locale.

NFC_LAN=$(printf 'Nguy\xe1\xbb\x85n Lan')              # ễ as one code point, U+1EC5
NFD_LAN=$(printf 'Nguye\xcc\x82\xcc\x83n Lan')         # e + U+0302 + U+0303
EMOJI=$(printf '\xf0\x9f\x98\x80')                      # U+1F600, two UTF-16 units
WOMAN_TECHNOLOGIST=$(printf '\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb')   # U+1F469 ZWJ U+1F4BB
FAMILY=$(printf '\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7')

# repeat TEXT N: TEXT N times.
repeat() { local out="" i; for ((i = 0; i < $2; i++)); do out+="$1"; done; printf '%s' "$out"; }

case_verdicts_nfc_and_nfd_name_is_one_reviewer() {
  fd claims count >/dev/null
  local id; id=$(first_claim)
  expect_exit 0 verdict "$id" true --evidence https://example.org/a --note "first" --reviewer "$NFC_LAN" || return 1
  expect_exit 0 verdict "$id" false --evidence https://example.org/b --note "second" --reviewer "$NFD_LAN" || return 1
  expect_exit 0 claims show "$id" --format json || return 1
  [ "$(jq '.verdicts | length' "$CASE_DIR/out")" = 1 ] || { fail "two current verdicts: the same person counted twice"; return 1; }
  [ "$(jq '.disputed' "$CASE_DIR/out")" = false ] || { fail "claim shown as disputed"; return 1; }
  [ "$(jq -r '.verdicts[0].reviewer' "$CASE_DIR/out")" = "$NFC_LAN" ] || { fail "name not stored in NFC"; return 1; }
  [ "$(sql "select count(distinct reviewer) from verdict")" = 1 ] || { fail "two spellings of one name in the log"; return 1; }
  [ "$(sql "select count(*) from verdict where supersedes_id is not null")" = 1 ] || { fail "the second verdict does not replace the first"; return 1; }
  # the export filter typed in NFD finds the claim too
  expect_exit 0 export --format json --out - --reviewer "$NFD_LAN" || return 1
  [ "$(jq '.summary.inReport' "$CASE_DIR/out")" = 1 ] || { fail "export --reviewer in NFD finds nothing"; return 1; }
}

case_verdicts_invisible_names_are_refused_and_nothing_written() {
  fd claims count >/dev/null
  local id; id=$(first_claim)
  db_snapshot
  local name
  for name in "$(printf '\xe3\x85\xa4')" "$(printf '\xe2\xa0\x80')" "$(printf '\xe2\x80\x8b')" "$(printf '\xc2\xa0')" \
              "$(printf '\xe1\x85\x9f')" "$(printf '\xef\xbe\xa0')" "$(printf '\xe2\x80\x8d\xe2\x80\x8d')" \
              "$(printf '\xe3\x85\xa4 \xe2\xa0\x80\xc2\xa0')"; do
    expect_exit 2 verdict "$id" true --evidence https://example.org/a --note x --reviewer "$name" || return 1
    one_line_error || return 1
    stderr_has "reviewer name has no visible characters" || return 1
  done
  # the same name from the other entry points: the reviewer command, FACTDESK_REVIEWER, an import row, export
  local filler; filler=$(printf '\xe3\x85\xa4')
  expect_exit 2 reviewer "$filler" || return 1
  one_line_error || return 1
  FACTDESK_REVIEWER="$filler" expect_exit 2 verdict "$id" true --evidence https://example.org/a --note x || return 1
  one_line_error || return 1
  stderr_has "FACTDESK_REVIEWER" || return 1
  printf 'claim_id,rating,evidence_url,note,reviewer\n%s,TRUE,https://example.org/a,x,%s\n' "$id" "$filler" >"$CASE_DIR/rows.csv"
  expect_exit 2 import "$CASE_DIR/rows.csv" || return 1
  stderr_has "reviewer name has no visible characters" || return 1
  expect_exit 2 export --format json --out - --reviewer "$filler" || return 1
  one_line_error || return 1
  db_unchanged
}

case_verdicts_zwj_emoji_names_are_accepted() {
  fd claims count >/dev/null
  local id; id=$(first_claim)
  expect_exit 0 verdict "$id" true --evidence https://example.org/a --note x --reviewer "$WOMAN_TECHNOLOGIST" || return 1
  expect_exit 0 verdict "$id" false --evidence https://example.org/b --note y --reviewer "Lan $FAMILY" || return 1
  [ "$(sql "select reviewer from verdict where id = 1")" = "$WOMAN_TECHNOLOGIST" ] || { fail "emoji name changed"; return 1; }
  [ "$(sql "select reviewer from verdict where id = 2")" = "Lan $FAMILY" ] || { fail "emoji name changed"; return 1; }
  # a zero-width joiner with nothing to join is still refused
  expect_exit 2 verdict "$id" true --evidence https://example.org/a --note x --reviewer "$(printf 'Lan \xe2\x80\x8d Anh')" || return 1
  one_line_error
}

case_verdicts_lengths_are_counted_in_code_points() {
  fd claims count >/dev/null
  local id; id=$(first_claim)
  # 5,001 emoji are 5,001 characters (10,002 UTF-16 units): well under the 10,000 limit
  expect_exit 0 verdict "$id" unverifiable --note "$(repeat "$EMOJI" 5001)" --reviewer Lan || return 1
  [ "$(sql "select length(note) from verdict")" = 5001 ] || { fail "note not stored whole"; return 1; }
  db_snapshot
  expect_exit 2 verdict "$id" unverifiable --note "$(repeat "$EMOJI" 10001)" --reviewer Lan || return 1
  one_line_error || return 1
  stderr_has "note is 10001 characters; at most 10000" || return 1
  expect_exit 2 verdict "$id" unverifiable --note x --reviewer "$(repeat "$EMOJI" 101)" || return 1
  stderr_has "reviewer name is 101 characters; at most 100" || return 1
  db_unchanged
}

case_verdicts_apply_group_keeps_a_full_length_note() {
  printf 'Title\nThe ministry said exports rose 12%% in 2024 to a record 400 billion dollars.\n' >"$FACTDESK_SEEDS/dup-a.txt"
  printf 'Other title\nExports rose 12%% in 2024 to a record 400 billion dollars, the ministry said.\n' >"$FACTDESK_SEEDS/dup-b.txt"
  fd claims count >/dev/null
  expect_exit 0 claims list --seed dup-a.txt --format json || return 1
  local a; a=$(jq -r '.[] | select(.text | startswith("The ministry said")) | .id' "$CASE_DIR/out")
  expect_exit 0 claims show "$a" --format json || return 1
  [ "$(jq '.duplicates | length' "$CASE_DIR/out")" = 1 ] || { fail "no near-duplicate group in the fixture"; return 1; }
  local note; note="$(repeat "$EMOJI" 2000)$(repeat x 8000)"        # 10,000 characters, 12,000 UTF-16 units
  expect_exit 0 verdict "$a" false --evidence https://example.org/a --note "$note" --reviewer Lan || return 1
  local source; source=$(sql "select max(id) from verdict")
  expect_exit 0 apply-group "$a" --reviewer Lan || return 1
  stdout_has "applied to claims" || return 1
  local copy; copy=$(sql "select max(id) from verdict")
  [ "$(sql "select count(*) from verdict v join verdict s on s.id = $source where v.id = $copy and v.note = s.note")" = 1 ] \
    || { fail "the copied note differs from the source's"; return 1; }
  [ "$(sql "select applied_from_id from verdict where id = $copy")" = "$source" ] || { fail "applied_from_id not set"; return 1; }
  local b; b=$(sql "select claim_id from verdict where id = $copy")
  expect_exit 0 history "$b" --format json || return 1
  [ "$(jq ".[0].appliedFrom" "$CASE_DIR/out")" = "$source" ] || { fail "history JSON lacks appliedFrom"; return 1; }
  [ "$(jq ".[0].appliedFromClaim" "$CASE_DIR/out")" = "$a" ] || { fail "history JSON lacks appliedFromClaim"; return 1; }
  expect_exit 0 history "$b" || return 1
  stdout_has "applied from claim $a (entry $source)"
}

case_verdicts_deleted_seed_is_stale_and_ingest_says_so() {
  fd claims count >/dev/null
  local seed; seed=$(cd "$FACTDESK_SEEDS" && ls | head -1)
  expect_exit 0 claims list --seed "$seed" --format json --limit 1 || return 1
  local id; id=$(jq -r '.[0].id' "$CASE_DIR/out")
  expect_exit 0 verdict "$id" true --evidence https://example.org/a --note kept --reviewer Lan || return 1
  local claims; claims=$(sql "select count(*) from claim c join seed s on s.id = c.seed_id where s.name = '$seed' and c.stale = 0")
  mv "$FACTDESK_SEEDS/$seed" "$CASE_DIR/$seed"
  # every start ingests (its messages on stderr); 'seeds ingest' reports on stdout: either says it, once
  expect_exit 0 seeds ingest || return 1
  cat "$CASE_DIR/err" "$CASE_DIR/out" >"$CASE_DIR/both"
  grep -qF "seed $seed removed: $claims claims marked stale (their verdicts are kept)" "$CASE_DIR/both" \
    || { fail "ingest does not say the seed was removed"; return 1; }
  [ "$(grep -c 'removed:' "$CASE_DIR/both")" = 1 ] || { fail "removal reported more than once"; return 1; }
  expect_exit 0 claims count --status stale || return 1
  [ "$(cat "$CASE_DIR/out")" = "$claims" ] || { fail "expected $claims stale claims"; return 1; }
  expect_exit 0 history "$id" || return 1
  stdout_has "TRUE by Lan" || return 1
  expect_exit 3 verdict "$id" false --evidence https://example.org/b --note x --reviewer Lan || return 1
  stderr_has "is stale" || return 1
  expect_exit 0 seeds ingest || return 1
  grep -q 'removed:' "$CASE_DIR/out" "$CASE_DIR/err" && { fail "the removal is reported again"; return 1; }
  # back again: its claims return, with the verdict current
  mv "$CASE_DIR/$seed" "$FACTDESK_SEEDS/$seed"
  expect_exit 0 seeds ingest || return 1
  cat "$CASE_DIR/err" "$CASE_DIR/out" | grep -qF "seed $seed is back: $claims claims active again" \
    || { fail "ingest does not say the seed is back"; return 1; }
  expect_exit 0 claims show "$id" --format json || return 1
  [ "$(jq -r '.status' "$CASE_DIR/out")" = reviewed ] || { fail "claim did not come back"; return 1; }
}
