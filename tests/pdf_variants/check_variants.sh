#!/usr/bin/env bash
# Generates the PDF variants, converts each with BINARY and scores the records
# against the variant's expected ones with ../shared/tools/score.py.
#
# usage: check_variants.sh BINARY OUTDIR [NAME,NAME...|--as-written]
#
# --as-written scores every OUTDIR/NAME.pdf that has its NAME.expected.jsonl
# there, generating nothing (the output of random_variants.py).
# Prints the score line of each variant (the full comparison is kept in
# OUTDIR/NAME.score.txt, the records in OUTDIR/NAME.out.jsonl); exits 1 if any
# variant is below 100% for the record types below.
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
binary=$(realpath "$1")
outdir=$2
here=$(cd "$(dirname "$0")" && pwd)
score="$(git -C "$here" rev-parse --show-toplevel)/../shared/tools/score.py"
types=document,table,budget_line,performance_project,performance_indicator

if [ "${3:-}" = --as-written ]; then
  names=$(cd "$outdir" && ls -- *.expected.jsonl | sed 's/\.expected\.jsonl$//' | paste -sd, -)
else
  if [ $# -ge 3 ]; then
    names=$3
  else
    names=$("$here/make_variants.py" --list | cut -d: -f1 | paste -sd, -)
  fi
  mkdir -p "$outdir"
  "$here/make_variants.py" "$outdir" --only "$names"
fi

status=0
for name in ${names//,/ }; do
  actual="$outdir/$name.out.jsonl"
  rm -f "$actual"
  "$binary" convert "$outdir/$name.pdf" -o "$actual" 2>"$outdir/$name.stderr" || true
  if [ ! -s "$actual" ]; then
    echo "$name: no records ($(head -c 200 "$outdir/$name.stderr"))"
    status=1
    continue
  fi
  if python3 "$score" "$outdir/$name.expected.jsonl" "$actual" --only "$types" --strict \
      >"$outdir/$name.score.txt"; then
    verdict=""
  else
    verdict="  (below 100%: see $outdir/$name.score.txt)"
    status=1
  fi
  echo "$name: $(tail -n 1 "$outdir/$name.score.txt")$verdict"
done
exit $status
