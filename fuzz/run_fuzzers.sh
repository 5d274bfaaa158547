#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, one after
# the other, starting from its corpus in fuzz/corpus/<target>/ (read only:
# new inputs go to a scratch directory). Prints the executions per target;
# exits 1 when a target found a crash, a leak or an input slower than
# 10 s (its reproducer is kept under ARTIFACTS, default build-fuzz/artifacts/,
# to be added to the corpus with the fix).
#   fuzz/run_fuzzers.sh SECONDS [FUZZ_BUILD_DIR] [TARGET...]
set -euo pipefail
seconds=$1
root="$(cd "$(dirname "$0")/.." && pwd)"
build=$(realpath "${2:-$root/build-fuzz}")
shift $(($# < 2 ? $# : 2))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text_dump pdf text_join indicator_value)
artifacts=${ARTIFACTS:-$build/artifacts}
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failed=0
for target in "${targets[@]}"; do
  mkdir -p "$scratch/$target"
  status=0
  # -timeout: an input taking over 10 s is a hang. -rss_limit_mb: a
  # document must convert in far less. -max_len: the largest seed (a
  # two-page excerpt of the sample PDF) fits.
  "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=200000 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
    "$scratch/$target" "$root/fuzz/corpus/$target" >"$scratch/$target.log" 2>&1 || status=$?
  runs=$(grep -o "^stat::number_of_executed_units: [0-9]*" "$scratch/$target.log" | grep -o "[0-9]*$" || echo "?")
  if [ "$status" -eq 0 ]; then
    echo "fuzz $target: $runs executions in ${seconds} s, nothing found"
  else
    failed=1
    echo "fuzz $target: FOUND a problem after $runs executions (exit $status); reproducer in $artifacts:"
    grep -E "ERROR|invariant|SUMMARY|what\(\)|Test unit written" "$scratch/$target.log" | head -8
  fi
done
exit "$failed"
