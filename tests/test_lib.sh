# Sourced by the integration test scripts, with the budgetpdf binary as $1:
# a scratch directory (the working directory, removed at exit) and helpers.
set -euo pipefail
budgetpdf=$(realpath "$1")
here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }  # a script may redefine it to do more
trap 'cd /; cleanup' EXIT
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }
# Every row of a SQLite database, in an order that does not depend on the
# order of insertion.
sqlite_content() { sqlite3 "$1" .dump | sort; }
# The first line of a run's summary, from its log.
summary_line() { grep -m 1 "^budgetpdf: [0-9]* files in" "$1"; }
