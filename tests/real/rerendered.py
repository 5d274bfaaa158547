#!/usr/bin/env python3
"""The real disclosures printed again by another producer give the same figures.

usage: rerendered.py BUDGETPDF REAL_DIR EXPECTATIONS_TSV

Each disclosure of REAL_DIR that EXPECTATIONS_TSV says reads ok is printed
again through cairo (`pdftocairo -pdf`, poppler-utils): the same pages drawn
by another PDF producer, which embeds its own fonts, clips every cell, draws
rules its own way and turns text stroked for a fake bold into paths of the
glyphs' outlines. What a disclosure states must not depend on who printed
it: the budget lines (table, side, code, amounts), the 绩效 projects'
amounts and the arithmetic checks' outcomes of the re-rendered file must be
those of the original. Names are not compared: a producer's word gaps
differ, and cairo clips each cell, so text overflowing its cell ("（20万以下）"
past the rule) loses what the cell's edge hides. The files are never copied
into the project. Exits 77 (skipped) when REAL_DIR is absent.
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

from real_documents import NOT_ARITHMETIC, arguments, convert, read_expectations

PROJECT_AMOUNTS = ("total_amount", "fiscal_amount", "other_amount", "budget_initial", "budget_full_year",
                   "executed")


def figures(records):
    """What the document states, as a multiset of comparable lines."""
    out = collections.Counter()
    for r in records:
        kind = r.get("record")
        if kind == "budget_line":
            amounts = json.dumps(r.get("amounts"), sort_keys=True, ensure_ascii=False)
            out[f"line {r.get('table')} {r.get('side')} {r.get('code')} {amounts}"] += 1
        elif kind == "performance_project":
            amounts = " ".join(str(r.get(k)) for k in PROJECT_AMOUNTS)
            out[f"project {r.get('project_no')} {amounts}"] += 1
        elif kind == "check" and not r["rule"].startswith(NOT_ARITHMETIC):
            held = "ok" if r.get("ok") else ("rounding" if r.get("within_rounding") else "failed")
            out[f"check {r['rule']} {r.get('subject')} {r.get('column')} {held}"] += 1
    return out


def main():
    given = arguments(__doc__)
    if given is None:
        return 77
    budgetpdf, real_dir, expectations = given
    if shutil.which("pdftocairo") is None:
        print("FAIL pdftocairo is missing: install poppler-utils")
        return 1
    lines = read_expectations(expectations)
    failures = checked = 0
    with tempfile.TemporaryDirectory() as work:
        for pdf, want in sorted(lines.items()):
            if want["outcome"] != "ok":
                continue
            original = os.path.join(real_dir, pdf)
            again = os.path.join(work, "again.pdf")
            done = subprocess.run(["pdftocairo", "-pdf", original, again], capture_output=True, timeout=600)
            if done.returncode != 0:
                print(f"FAIL {pdf}: pdftocairo failed ({done.returncode}): {done.stderr.decode()[:200]}")
                failures += 1
                continue
            first, second = figures(convert(budgetpdf, original, work)), figures(convert(budgetpdf, again, work))
            checked += 1
            if first == second:
                continue
            failures += 1
            lost, gained = first - second, second - first
            print(f"FAIL {pdf}: {sum(lost.values())} figures of the original differ once re-rendered, "
                  f"{sum(gained.values())} new")
            for line in list(lost)[:3]:
                print(f"  original:    {line[:160]}")
            for line in list(gained)[:3]:
                print(f"  re-rendered: {line[:160]}")
    print(f"{checked - failures} of {checked} disclosures give the same figures re-rendered by cairo")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
