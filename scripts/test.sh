#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test:
#  1. the release build (build/): unit, golden, integration and bad-input
#     tests, and the fuzz corpus replayed;
#  2. clang's libFuzzer build (build-fuzz/, ASan+UBSan): each fuzz target for
#     FUZZ_SECONDS (60) from its corpus;
#  3. the sanitizer build (build-sanitize/, ASan+UBSan): the whole suite again.
# Prints the time each step took (ctest's own total closes the output).
# FUZZ_SECONDS=0 skips the fuzzing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
started=$SECONDS
step() { echo "== $1: $((SECONDS - started)) s since the start"; }

scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
step "release build and tests"

fuzz_seconds=${FUZZ_SECONDS:-60}
if ! command -v clang++-14 >/dev/null; then
  echo "== no clang++-14: the fuzz targets were only replayed on their corpus (ctest)"
elif [ "$fuzz_seconds" -gt 0 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  fuzz/run_fuzzers.sh "$fuzz_seconds" build-fuzz
  step "fuzzing (${fuzz_seconds} s per target)"
fi

# Leaks are errors (LeakSanitizer); UBSan stops at the first report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
step "sanitizer build"
# Last, so that ctest's summary closes the output.
ctest --preset sanitize
