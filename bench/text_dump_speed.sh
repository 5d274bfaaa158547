#!/usr/bin/env bash
# Time and peak memory of `budgetpdf convert` on text dumps of N extra lines
# (10k, 100k, 1M; BENCH_LINES to choose), in the shapes that once took
# quadratic time: the sample dump with N lines appended as
#   rows-no-title   table rows under no title (after the narrative),
#   narrative       lines of one paragraph (no sentence end),
#   table-rows      rows inside the sample's 支出总表 (code 2010101 each).
# Prints seconds, microseconds per line, peak RSS and the budget lines
# written for each: the time per line stays flat as N grows when the
# conversion is linear. (At 1M table rows the table holds 9M cells, past
# extract::Limits::cells_per_table: it is skipped with a limit.* check, and
# the line says so.)
#   bench/text_dump_speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${BENCH_LINES:-10000 100000 1000000}
[ -x build/cli/budgetpdf ] || scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_dump() {  # make_dump SHAPE N FILE
  python3 - "$1" "$2" "$3" samples/2023-budget-113-text/input.txt <<'PY'
import sys
shape, n, out, sample = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
lines = open(sample, encoding="utf-8").read().split("\n")
if shape == "rows-no-title":
    lines += ["", *(f"{i}\t项目{i}\t{i}.00" for i in range(n))]
elif shape == "narrative":
    lines += ["", *(f"这是第{i}行说明文字没有句末标点" for i in range(n))]
else:  # table-rows: after the first row of the 支出总表
    title = lines.index("部门预算支出总表")
    first_row = next(i for i in range(title, len(lines)) if lines[i].startswith("1\t\t合计\t"))
    rows = (f"{i + 3}\t2010101\t行政运行{i}\t1.00\t1.00\t\t\t\t" for i in range(n))
    lines[first_row + 1:first_row + 1] = rows
open(out, "w", encoding="utf-8").write("\n".join(lines))
PY
}

echo "budgetpdf convert on the sample dump plus N lines ($(nproc) cores)"
printf '%-14s %9s %9s %10s %10s %13s\n' shape lines seconds 'µs/line' 'peak MB' 'budget lines'
for shape in rows-no-title narrative table-rows; do
  for n in $sizes; do
    make_dump "$shape" "$n" "$work/dump.txt"
    /usr/bin/time -f '%e %M' -o "$work/time" ./build/cli/budgetpdf convert "$work/dump.txt" -o "$work/out.jsonl" 2>/dev/null
    read -r seconds kilobytes <"$work/time"
    lines=$(grep -c '"record":"budget_line"' "$work/out.jsonl" || true)
    limits=$(grep -o '"rule":"limit\.[a-z_]*"' "$work/out.jsonl" | sed 's/"rule":"//; s/"$//' | sort -u | tr '\n' ' ' || true)
    awk -v shape="$shape" -v n="$n" -v s="$seconds" -v kb="$kilobytes" -v lines="$lines" -v limits="$limits" 'BEGIN {
      printf "%-14s %9d %9.2f %10.2f %10.0f %13d %s\n", shape, n, s, s * 1e6 / n, kb / 1024, lines, limits
    }'
  done
done
