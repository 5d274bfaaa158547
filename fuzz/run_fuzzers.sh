#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for SECONDS each, one after
# the other, starting from its corpus in fuzz/corpus/<target>/ (read only:
# new inputs go to a scratch directory). Prints the executions per target;
# exits 1 when a target found a crash, a leak or an input slower than
# 10 s (30 s for pdf, and slow in the release build too; its reproducer is
# kept under ARTIFACTS, default build-fuzz/artifacts/, to be added to the
# corpus with the fix).
#
# The pdf target also starts from pages of PDFs made elsewhere, cut out with
# qpdf into the scratch directory at each run and never committed: the real
# disclosures of ../shared/real (when present) and the PDFs LibreOffice and
# Chromium printed for the tests (build/tests/pdf_engine_variants, made by
# ctest); FUZZ_PDF_SEEDS (directories separated by ':') replaces that list.
# A reproducer found from a real disclosure holds its pages: never commit it;
# make one of our own that fails the same way.
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

# -max_len of the pdf target: the largest seed, a page printed by Chromium (its
# Type 3 fonts hold every glyph of the document, ~0.8 MB), fits; the other
# targets' seeds are at most a two-page excerpt of the sample PDF.
pdf_max_len=1000000
other_max_len=200000

# pdf_seeds DIR: excerpts of every PDF under the seed directories into DIR:
# pages 2-3 (the first tables, after a cover) and the two middle pages (a
# table's continuation), each alone when the pair is over pdf_max_len.
pdf_seeds() {
  local out=$1 dirs from pdf pages first name
  IFS=: read -r -a dirs <<<"${FUZZ_PDF_SEEDS:-$root/../shared/real:$root/build/tests/pdf_engine_variants}"
  for from in "${dirs[@]}"; do
    [ -d "$from" ] || { echo "fuzz pdf: no $from, no seeds from it"; continue; }
    local made=0 files=0
    while IFS= read -r -d '' pdf; do
      files=$((files + 1))
      name=$(basename "$pdf" .pdf)
      if ! pages=$(qpdf --show-npages "$pdf" 2>/dev/null); then
        # qpdf cannot read it (cut off, damaged): the whole file, if it fits.
        [ "$(stat -c %s "$pdf")" -gt "$pdf_max_len" ] || { cp "$pdf" "$out/$name.pdf"; made=$((made + 1)); }
        continue
      fi
      for first in $((pages < 3 ? 1 : 2)) $(((pages + 1) / 2)); do
        local last=$((first + 1 > pages ? pages : first + 1)) seed="$out/$name-p$first.pdf"
        [ -f "$seed" ] && continue
        qpdf --empty --pages "$pdf" "$first-$last" -- "$seed" 2>/dev/null || true
        if [ -f "$seed" ] && [ "$(stat -c %s "$seed")" -gt "$pdf_max_len" ]; then
          qpdf --empty --pages "$pdf" "$first" -- "$seed" 2>/dev/null || true
        fi
        if [ -f "$seed" ] && [ "$(stat -c %s "$seed")" -le "$pdf_max_len" ]; then
          made=$((made + 1))
        else
          rm -f "$seed"
        fi
      done
    done < <(find "$from" -name '*.pdf' -type f -print0 | sort -z)
    echo "fuzz pdf: $made seeds from $files PDFs in $from"
  done
}

failed=0
for target in "${targets[@]}"; do
  mkdir -p "$scratch/$target"
  corpora=("$scratch/$target" "$root/fuzz/corpus/$target")
  max_len=$other_max_len
  timeout=10
  if [ "$target" = pdf ]; then
    # Poppler grows some buffers one realloc at a time (a ToUnicode CMap's
    # map): linear in a release build, where glibc moves a large block with
    # mremap, but AddressSanitizer copies each one: a mutated page of a
    # real disclosure took 8-14 s here, another 10 minutes (0.1 s in
    # release). An input past the timeout is run again on the release
    # build (build/cli/budgetpdf): only one slow there too is a hang.
    timeout=30
    mkdir -p "$scratch/pdf-seeds"
    pdf_seeds "$scratch/pdf-seeds"
    corpora+=("$scratch/pdf-seeds")
    max_len=$pdf_max_len
  fi
  status=0
  runs=0
  deadline=$((SECONDS + seconds))
  : >"$scratch/$target.log"
  while left=$((deadline - SECONDS)); [ "$left" -gt 0 ]; do
    status=0
    # -timeout: an input taking longer is a hang. -rss_limit_mb: a
    # document must convert in far less.
    "$build/fuzz/fuzz_$target" -max_total_time="$left" -timeout="$timeout" -rss_limit_mb=2048 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
      "${corpora[@]}" >"$scratch/$target.run.log" 2>&1 || status=$?
    cat "$scratch/$target.run.log" >>"$scratch/$target.log"
    # Executions: the final count, or the last progress line's when the run stopped.
    done_now=$(grep -o "^stat::number_of_executed_units: [0-9]*" "$scratch/$target.run.log" | grep -o "[0-9]*$" ||
               grep -o "^#[0-9]*" "$scratch/$target.run.log" | tail -1 | tr -d '#' || true)
    runs=$((runs + ${done_now:-0}))
    [ "$status" -ne 0 ] || break
    slow=$(grep -o "Test unit written to .*timeout-[0-9a-f]*" "$scratch/$target.run.log" | sed 's/Test unit written to //' || true)
    release=$root/build/cli/budgetpdf
    [ -n "$slow" ] && [ -x "$release" ] || break
    started=$SECONDS
    timeout "$timeout" "$release" convert "$slow" -o "$scratch/release-check.jsonl" --jobs 1 >/dev/null 2>&1 || [ $? -ne 124 ] || break
    echo "fuzz $target: $(basename "$slow") is slow under AddressSanitizer only ($((SECONDS - started)) s in release): not a hang; going on"
    mv "$slow" "$artifacts/asan-slow-$(basename "$slow")"
    rm -f "$scratch/release-check.jsonl"
  done
  if [ "$status" -eq 0 ]; then
    echo "fuzz $target: $runs executions in ${seconds} s, nothing found"
  else
    failed=1
    echo "fuzz $target: FOUND a problem after $runs executions (exit $status); reproducer in $artifacts:"
    grep -E "ERROR|invariant|SUMMARY|what\(\)|Test unit written" "$scratch/$target.run.log" | head -8
  fi
done
exit "$failed"
