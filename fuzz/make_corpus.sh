#!/usr/bin/env bash
# Rewrites the seed corpus of every fuzz target from the samples (run from
# anywhere; needs qpdf and iconv). Seeds are kept small: a fuzzer mutates a
# large input slowly. Crashers found later are added by hand as
# corpus/<target>/crash-<what>, next to the fix.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
samples="$here/../samples"
dump="$samples/2023-budget-113-text/input.txt"
corpus="$here/corpus"
mkdir -p "$corpus"/{text_dump,pdf,text_join,indicator_value}

# Text dumps: the sample cut at table titles into pieces of a few tables each.
cut_lines() { sed -n "$1,$2p" "$dump"; }
cut_lines 1 112 >"$corpus/text_dump/summary.txt"
cut_lines 113 316 >"$corpus/text_dump/income.txt"
cut_lines 576 798 >"$corpus/text_dump/general_public_to_three_public.txt"
cut_lines 762 1016 >"$corpus/text_dump/three_public_institutions_projects.txt"
cut_lines 576 683 | iconv -f UTF-8 -t GBK >"$corpus/text_dump/general_public.gbk.txt"

# PDFs: two table pages of the sample, and the tiny uncompressed table pages.
qpdf --empty --pages "$samples/2023-budget-113-pdf/input.pdf" 4-5 -- "$corpus/pdf/income_pages.pdf"
"$here/make_seed_pdf.py" "$corpus/pdf/tiny_table.pdf"
"$here/make_seed_pdf.py" "$corpus/pdf/tiny_table_2_rows.pdf" 2
cp "$corpus/text_dump/summary.txt" "$corpus/pdf/summary_dump.txt"

# Cell lines and indicator values as the sample prints them.
python3 - "$samples/2023-budget-113-text/expected.jsonl" "$corpus" <<'PY'
import hashlib, json, sys
expected, corpus = sys.argv[1], sys.argv[2]
def seed(target, text):
    name = hashlib.sha1(text.encode()).hexdigest()[:12]
    with open(f"{corpus}/{target}/{name}", "w", encoding="utf-8") as f:
        f.write(text)
values = set()
for line in open(expected, encoding="utf-8"):
    record = json.loads(line)
    if record["record"] == "performance_indicator" and record["value_raw"]:
        values.add(record["value_raw"])
for value in sorted(values)[:60]:
    seed("indicator_value", value)
for value in ["≥144986≥144986 人", "≥99≥99%", "≤1≤万元", "55285528", "0.40.4", "不低于９５％", "按月", "1,234.5", "-3.20"]:
    seed("indicator_value", value)
for lines in [["1054", "4.51"], ["一般公共预算", "拨款收入"], ["2080", "199"], ["Public", "budget"],
              ["项 目"], ["（境）", "１２３"], ["城乡居民基本医", "疗保险"], ["\t a  b \u3000c"]]:
    seed("text_join", "\n".join(lines))
PY
