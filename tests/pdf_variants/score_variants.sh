#!/usr/bin/env bash
# Converts the generated variants (written by make_variants.py into OUTDIR)
# with BINARY and fails if any scores below its line in MINIMUMS
# (default minimum_scores.txt); FLAGS are passed to `budgetpdf convert`.
#
# usage: score_variants.sh BINARY OUTDIR [MINIMUMS [FLAGS...]]
# Exits 77 (skipped) when ../shared/tools/score.py is not there.
set -euo pipefail
binary=$(realpath "$1")
outdir=$2
here=$(cd "$(dirname "$0")" && pwd)
minimums=${3:-$here/minimum_scores.txt}
shift $(($# < 3 ? $# : 3))
flags=("$@")
suffix=$(basename "$minimums" .txt)
score="$(cd "$here/../.." && pwd)/../shared/tools/score.py"
types=document,table,budget_line,performance_project,performance_indicator
if [ ! -f "$score" ]; then
  echo "no $score: variants not scored" >&2
  exit 77
fi
status=0
while read -r name minimum; do
  case "$name" in ''|'#'*) continue ;; esac
  actual="$outdir/$name.$suffix.jsonl"
  rm -f "$actual"  # a run that writes nothing must not be scored on an earlier run's output
  "$binary" convert "$outdir/$name.pdf" -o "$actual" "${flags[@]}" 2>"$outdir/$name.$suffix.stderr" || true
  line=$(python3 "$score" "$outdir/$name.expected.jsonl" "$actual" --only "$types" | tail -n 1)
  percent=$(sed -n 's/.*(\([0-9.]*\)%).*/\1/p' <<<"$line")
  if awk -v p="${percent:-0}" -v m="$minimum" 'BEGIN { exit !(p + 1e-9 >= m) }'; then
    echo "$name: $line (minimum $minimum%)"
  else
    echo "$name: $line BELOW the minimum $minimum%" >&2
    status=1
  fi
done <"$minimums"
exit $status
