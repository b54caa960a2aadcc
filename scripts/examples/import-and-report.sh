#!/usr/bin/env bash
# Example: load verdicts from a spreadsheet export and a JSON Lines file, then publish a report.
# Each import is checked first with --dry-run; a bad file stops the script before anything is
# written. Exit codes: 0 ok, 1 failure, 2 bad input (the problem rows are on stderr as
# FILE:LINE: field: reason), 3 not found or conflicting state.
#   scripts/examples/import-and-report.sh [REPORT_FILE]
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
factdesk="$here/../factdesk"
report="${1:-verification-report.md}"

for file in "$here/verdicts.csv" "$here/verdicts.jsonl"; do
  "$factdesk" import "$file" --dry-run
  status=$?
  if [ "$status" -ne 0 ]; then
    echo "dry run of $file failed with exit code $status; nothing imported" >&2
    exit "$status"
  fi
  "$factdesk" import "$file" || { status=$?; echo "import of $file failed with exit code $status" >&2; exit "$status"; }
done

"$factdesk" export --format markdown --out "$report" || exit $?
echo "report written to $report"
