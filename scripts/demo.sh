#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs the main job on samples/:
# converts every sample input and prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p out
./build/cli/budgetpdf convert samples/*/input.* -o out/samples.jsonl
python3 - out/samples.jsonl <<'PY'
import collections, json, sys
counts = collections.Counter()
failed_checks = 0
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    counts[record["record"]] += 1
    failed_checks += record["record"] == "check" and not record["ok"]
print(f"wrote {sys.argv[1]}")
for kind, n in sorted(counts.items()):
    print(f"  {kind:24} {n}")
print(f"  checks failed            {failed_checks}")
PY
