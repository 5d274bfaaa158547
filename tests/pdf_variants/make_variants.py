#!/usr/bin/python3 -B
"""Writes disclosure PDFs of varied layout with the records each must give.

usage: make_variants.py OUTDIR [--only NAME[,NAME...]] [--truth FILE] [--list]

For every variant (variants.py) writes OUTDIR/NAME.pdf and OUTDIR/NAME.expected.jsonl:
the reference records (default: samples/2023-budget-113-text/reference.jsonl)
transformed as the variant dictates (department, year, unit), with `pages` on
every row record and `page_count` on the document record. Output is
deterministic: same inputs, same bytes.

Runs with Debian's python3 and python3-reportlab (scripts/install-deps.sh).
"""
import argparse
import json
import sys
import time
from pathlib import Path

import document
import producers
import truth
from variants import BY_NAME, VARIANTS

REPO = Path(__file__).resolve().parents[2]
DEFAULT_TRUTH = REPO / "samples" / "2023-budget-113-text" / "reference.jsonl"
ROW_RECORDS = {"budget_line", "institution", "performance_project", "performance_indicator"}


def make(variant, truth_records, outdir):
    expected, money = truth.expected_records(truth_records, variant)
    flow = document.lay_out(variant, expected, money)
    pages = flow.finish()
    for record in expected:
        if record["record"] == "document":
            record["page_count"] = len(pages)
        elif record["record"] in ROW_RECORDS:
            record["pages"] = sorted(flow.pages_of[id(record)])
            assert record["pages"], f"{variant.name}: a record was never printed: {record}"
    doc = expected[0]
    producers.write_pdf(outdir / f"{variant.name}.pdf", pages, variant,
                        title=f"{doc['dept_name']}{doc['year']}年部门预算信息公开", author=doc["dept_name"])
    with open(outdir / f"{variant.name}.expected.jsonl", "w", encoding="utf-8") as f:
        for record in expected:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(pages)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path, nargs="?")
    parser.add_argument("--only", help="comma-separated variant names")
    parser.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    parser.add_argument("--list", action="store_true", help="list the variants and exit")
    args = parser.parse_args(argv)
    if args.list:
        for v in VARIANTS:
            print(f"{v.name}: {v.what}")
        return 0
    if args.outdir is None:
        parser.error("OUTDIR is required")
    names = args.only.split(",") if args.only else [v.name for v in VARIANTS]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    args.outdir.mkdir(parents=True, exist_ok=True)
    truth_records = truth.load(args.truth)
    for name in names:
        started = time.monotonic()
        page_count = make(BY_NAME[name], truth_records, args.outdir)
        print(f"{name}: {page_count} pages, {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
