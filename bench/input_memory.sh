#!/usr/bin/env bash
# Peak memory (RSS) of `budgetpdf convert` on the huge and hostile inputs of
# issue 15 that the batch side handles, against the 1 GB bound: /dev/zero,
# a 700 MB file under a 1.5 GB address-space limit (both refused as
# too_large past kMaxInputBytes, 128 MiB), a dump at that limit, and 50,000
# rows under no title and 50,000 narrative lines after the sample dump.
# (PDF-internal limits, inflated streams and glyphs, are the PDF reader's.)
#   bench/input_memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/cli/budgetpdf ] || scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=samples/2023-budget-113-text/input.txt

truncate -s 700M "$work/700mb.txt"  # sparse: read as zeros
python3 - "$sample" "$work" <<'PY'
import sys
text, work = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
open(f"{work}/rows.txt", "w", encoding="utf-8").write(text + "\n" + "".join(f"{i}\t项目{i}\t{i}.00\n" for i in range(50000)))
open(f"{work}/narrative.txt", "w", encoding="utf-8").write(text + "\n" + "".join(f"这是第{i}行说明文字没有标点\n" for i in range(50000)))
# Narrative lines up to the size limit: the largest dump converted.
line = "这是一行说明文字没有标点\n".encode()
with open(f"{work}/at-limit.txt", "wb") as out:
    out.write(text.encode() + b"\n" + line * ((128 * 2**20 - len(text.encode()) - 1) // len(line)))
PY

printf '%-36s %8s %9s %s\n' input seconds 'peak MB' 'outcome'
measure() {  # measure NAME INPUT [SHELL SETUP]
  local name=$1 input=$2 setup=${3:-} status=0
  bash -c "$setup /usr/bin/time -f '%e %M' -o '$work/time' build/cli/budgetpdf convert '$input' -o '$work/out.jsonl'" \
    2>/dev/null || status=$?
  read -r seconds kilobytes < <(tail -n 1 "$work/time")  # after "Command exited with non-zero status"
  local outcome
  outcome=$(python3 -c 'import json, sys; r = json.loads(open(sys.argv[1]).readline()); print(r.get("code") or r["record"])' \
    "$work/out.jsonl")
  awk -v n="$name" -v s="$seconds" -v kb="$kilobytes" -v o="$outcome (exit $status)" 'BEGIN {
    printf "%-36s %8.2f %9.0f %s%s\n", n, s, kb / 1024, o, (kb > 1024 * 1024 ? "  OVER 1 GB" : "")
  }'
}
measure /dev/zero /dev/zero
measure "700 MB file, ulimit -v 1.5 GB" "$work/700mb.txt" "ulimit -v 1500000;"
measure "dump of 128 MiB (the limit)" "$work/at-limit.txt"
measure "50,000 rows under no title" "$work/rows.txt"
measure "50,000 narrative lines" "$work/narrative.txt"
