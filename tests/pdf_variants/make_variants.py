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
import json
import sys
import time

import document
import producers
import truth
import variant_cli
from variants import BY_NAME, VARIANTS

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
    parsed = variant_cli.parse(argv, __doc__, {v.name: v.what for v in VARIANTS})
    if parsed is None:
        return 0
    outdir, names, truth_file = parsed
    truth_records = truth.load(truth_file)
    for name in names:
        started = time.monotonic()
        page_count = make(BY_NAME[name], truth_records, outdir)
        print(f"{name}: {page_count} pages, {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
