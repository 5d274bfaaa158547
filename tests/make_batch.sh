#!/usr/bin/env bash
# Makes COUNT distinct text dumps under DIR from the sample, for integration
# tests and the benchmark: each has another department code (500, 501, …), so
# their bytes and SHA-256 differ. They are spread over three subdirectories
# to exercise the recursive search.
#   tests/make_batch.sh DIR COUNT
set -euo pipefail
dir=$1
count=$2
sample="$(dirname "$0")/../samples/2023-budget-113-text/input.txt"
for ((i = 0; i < count; i++)); do
  code=$((500 + i))
  mkdir -p "$dir/part-$((i % 3))"
  sed "s/^113 开发区组织人事局/$code 开发区组织人事局/" "$sample" >"$dir/part-$((i % 3))/dept-$code.txt"
done
