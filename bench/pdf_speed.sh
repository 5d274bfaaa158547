#!/usr/bin/env bash
# PDF reading speed and memory, next to Poppler's own text extraction:
#  - pages per second of `budgetpdf convert` (one document, one job) and of
#    `pdftotext -bbox-layout` on the same PDF in the same run, median of
#    BENCH_RUNS (5) runs each, for the shared sample and, when present, the
#    generated variants (build/tests/pdf_variants/, made by ctest);
#  - peak memory (max RSS, /usr/bin/time -v) of both on a PDF of
#    BENCH_BIG_PAGES (1000) or more pages made by joining copies of the
#    sample with pdfunite.
#  - when ../shared/real is there, its real disclosures: all of them in one
#    run of `budgetpdf convert DIR --jobs 1` against `pdftotext -bbox-layout`
#    on each, pages per second over the whole folder.
# Targets: at least pdftotext's pages/s with the rules read (issue 11) on
# the sample and on the real disclosures; under 150 MB.
#   bench/pdf_speed.sh [PDF...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_RUNS:-5}
big_pages=${BENCH_BIG_PAGES:-1000}
sample=../shared/inputs/2023-budget-113.pdf
[ -f "$sample" ] || sample=samples/2023-budget-113-pdf/input.pdf
budgetpdf=build/cli/budgetpdf
[ -x "$budgetpdf" ] || scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pdfs=("$@")
if [ ${#pdfs[@]} -eq 0 ]; then
  pdfs=("$sample")
  for variant in build/tests/pdf_variants/*.pdf; do [ -f "$variant" ] && pdfs+=("$variant"); done
fi

pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

median_seconds() {  # median_seconds COMMAND...: median wall time of BENCH_RUNS runs
  local times=() start end
  for ((run = 0; run < runs; run++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true  # a failed conversion still took its time; the PDF is ours
    end=$(date +%s%N)
    times+=("$((end - start))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2) {printf "%.3f", $1 / 1e9}'
}

echo "pages per second, median of $runs runs ($(nproc) cores):"
printf '  %-28s %6s %12s %12s %7s\n' pdf pages budgetpdf pdftotext ratio
for pdf in "${pdfs[@]}"; do
  pages=$(pages_of "$pdf")
  ours=$(median_seconds "$budgetpdf" convert "$pdf" --jobs 1 -o /dev/null)
  theirs=$(median_seconds pdftotext -bbox-layout "$pdf" /dev/null)
  awk -v name="$(basename "$pdf")" -v p="$pages" -v a="$ours" -v b="$theirs" \
    'BEGIN {printf "  %-28s %6d %10.1f/s %10.1f/s %7.2f\n", name, p, p / a, p / b, b / a}'
done

real=../shared/real
if [ -d "$real" ] && [ -z "${1:-}" ]; then
  mapfile -t real_pdfs < <(find "$real" -name '*.pdf' | sort)
  real_pages=0
  for pdf in "${real_pdfs[@]}"; do real_pages=$((real_pages + $(pages_of "$pdf" || echo 0))); done
  ours=$(median_seconds "$budgetpdf" convert "$real" --jobs 1 -o /dev/null)
  theirs=$(median_seconds bash -c 'for pdf; do pdftotext -bbox-layout "$pdf" /dev/null; done' _ "${real_pdfs[@]}")
  awk -v n="${#real_pdfs[@]}" -v p="$real_pages" -v a="$ours" -v b="$theirs" \
    'BEGIN {printf "  %-28s %6d %10.1f/s %10.1f/s %7.2f   (%d PDFs, one job)\n", "../shared/real", p, p / a, p / b, b / a, n}'
fi

copies=$(( (big_pages + $(pages_of "$sample") - 1) / $(pages_of "$sample") ))
big="$work/joined.pdf"
pdfunite $(for ((i = 0; i < copies; i++)); do echo "$sample"; done) "$big"
max_rss_mb() {  # max_rss_mb COMMAND...: peak resident memory in MB
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.1f", $6 / 1024}'
}
echo "peak memory on $(pages_of "$big") pages ($copies copies of $(basename "$sample")):"
echo "  budgetpdf  $(max_rss_mb "$budgetpdf" convert "$big" --jobs 1 -o "$work/joined.jsonl") MB"
echo "  pdftotext  $(max_rss_mb pdftotext -bbox-layout "$big" "$work/joined.html") MB"
