# The baseline every other case relies on: a bad id is one line and exit 3, nothing written.

case_basics_unknown_claim_is_one_line() {
  fd claims count >/dev/null
  db_snapshot
  expect_exit 3 claims show 999999 || return 1
  one_line_error || return 1
  db_unchanged
}
