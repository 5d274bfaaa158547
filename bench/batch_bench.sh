#!/usr/bin/env bash
# Batch throughput into SQLite with --jobs 1 and --jobs 2: documents and
# pages per second, and the speed-up. The batch is BENCH_PDFS (50) distinct
# PDFs (copies of the sample PDF, each with its own trailing comment so its
# bytes and doc_id differ), BENCH_TEXT_DUMPS (0) distinct text dumps, plus
# every *.pdf under FOLDER when one is given. Each setting runs BENCH_RUNS
# (3) times into a fresh database; the median time counts.
#   bench/batch_bench.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
pdf_folder=${1:-}
pdf_copies=${BENCH_PDFS:-50}
text_dumps=${BENCH_TEXT_DUMPS:-0}
runs=${BENCH_RUNS:-3}
[ -x build/cli/budgetpdf ] || scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=()
mkdir -p "$work/pdfs"
for ((i = 0; i < pdf_copies; i++)); do
  # Bytes after %%EOF are ignored by PDF readers; they only change the hash.
  { cat samples/2023-budget-113-pdf/input.pdf; printf '%% batch copy %d\n' "$i"; } >"$work/pdfs/copy-$i.pdf"
done
[ "$pdf_copies" -eq 0 ] || inputs+=("$work/pdfs")
if [ "$text_dumps" -gt 0 ]; then
  tests/make_batch.sh "$work/dumps" "$text_dumps"
  inputs+=("$work/dumps")
fi
pdfs=$pdf_copies
if [ -n "$pdf_folder" ]; then
  inputs+=("$pdf_folder")
  pdfs=$((pdfs + $(find "$pdf_folder" -iname '*.pdf' -type f | wc -l)))
fi
[ ${#inputs[@]} -gt 0 ] || { echo "batch_bench: nothing to convert (BENCH_PDFS=0, BENCH_TEXT_DUMPS=0, no FOLDER)" >&2; exit 2; }
echo "batch: $pdfs PDFs + $text_dumps text dumps; $(nproc) cores; median of $runs runs"

median_seconds() {  # median_seconds JOBS: runs the batch, prints the median wall time
  local jobs=$1 times=() start end
  for ((run = 0; run < runs; run++)); do
    rm -f "$work"/db.sqlite*
    start=$(date +%s.%N)
    ./build/cli/budgetpdf convert "${inputs[@]}" --db "$work/db.sqlite" --jobs "$jobs" 2>/dev/null || [ $? -eq 1 ]
    end=$(date +%s.%N)
    times+=("$(awk "BEGIN { print $end - $start }")")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p"
}

declare -A seconds
for jobs in 1 2; do
  seconds[$jobs]=$(median_seconds "$jobs")
  documents=$(sqlite3 "$work/db.sqlite" 'select count(*) from document')
  pages=$(sqlite3 "$work/db.sqlite" 'select coalesce(sum(page_count), 0) from document')
  failed=$(sqlite3 "$work/db.sqlite" 'select count(*) from error')
  awk -v jobs="$jobs" -v s="${seconds[$jobs]}" -v d="$documents" -v p="$pages" -v f="$failed" 'BEGIN {
    printf "--jobs %s: %6.2f s  %7.1f documents/s  %7.1f pages/s  (%d documents, %d pages, %d failed)\n", jobs, s, d / s, p / s, d, p, f
  }'
done
awk -v one="${seconds[1]}" -v two="${seconds[2]}" 'BEGIN { printf "speed-up of --jobs 2 over --jobs 1: %.2fx\n", one / two }'
