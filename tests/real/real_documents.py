#!/usr/bin/env python3
"""Holds budgetpdf to its line on each real disclosure of ../shared/real.

usage: real_documents.py BUDGETPDF REAL_DIR EXPECTATIONS_TSV

Each PDF under REAL_DIR has one line in EXPECTATIONS_TSV (tab-separated,
'-' for none):

  file             path below REAL_DIR
  outcome          ok, or the error code the file must give
  kind             budget / final_account
  year             the fiscal year printed on the cover or the titles
  dept_name        the department as the furniture (or cover) prints it
  min_arithmetic   the share of arithmetic checks that hold or miss within
                   rounding, in percent, the document must not fall below
  min_recall       the share of the amounts pdftotext shows on table lines
                   that come out in budget lines, in percent, as
                   ../shared/tools/real_report.py counts it (read from
                   beside REAL_DIR; 绩效 tables' amounts go to their
                   projects, which that count does not see)
  min_recall_all   the same share counting the amounts of the 绩效 records
                   too (every value of performance_project and
                   performance_indicator, nested ones included): what of
                   the printed amounts comes out anywhere
  max_contents_failed
                   how many tables the 目录 lists that may go unfound
  must_fail        rule@subject@column;... checks that must be reported
                   failed: errors the publication itself prints

The facts (outcome, kind, year, dept_name, must_fail) were read in the
PDFs' text; the three numbers are lines the reader is held to and raised as
it improves (a document above its line says so). The files themselves are
never copied into the project. Exits 77 (skipped) when REAL_DIR is absent.
"""
import functools
import json
import os
import subprocess
import sys
import tempfile

# Checks that are no arithmetic (as ../shared/tools/real_report.py counts).
NOT_ARITHMETIC = ("cell.", "layout.", "reader.", "document.", "narrative.", "performance.grid_shape")
FIELDS = ["file", "outcome", "kind", "year", "dept_name", "min_arithmetic", "min_recall", "min_recall_all",
          "max_contents_failed", "must_fail"]
PERFORMANCE = ("performance_project", "performance_indicator")


def read_expectations(path):
    lines = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != len(FIELDS):
                sys.exit(f"{path}:{number}: {len(cells)} fields, expected {len(FIELDS)}")
            row = {k: (None if v == "-" else v) for k, v in zip(FIELDS, cells)}
            lines[row["file"]] = row
    return lines


def convert(budgetpdf, pdf, out_dir):
    out = os.path.join(out_dir, "out.jsonl")
    if os.path.exists(out):
        os.remove(out)
    subprocess.run([budgetpdf, "convert", pdf, "-o", out, "--jobs", "1"], capture_output=True, timeout=600)
    records = []
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
    return records


def outcome_of(records):
    error = next((r for r in records if r.get("record") == "error"), None)
    if error:
        return error.get("code")
    return "ok" if any(r.get("record") == "document" for r in records) else "no output"


def arithmetic_share(records):
    checks = [r for r in records if r.get("record") == "check" and not r["rule"].startswith(NOT_ARITHMETIC)]
    if not checks:
        return None
    holding = sum(1 for c in checks if c.get("ok") or c.get("within_rounding"))
    return 100.0 * holding / len(checks)


def load_recall(real_dir):
    """real_report's amount recall of one PDF's records, or None without the tool."""
    tools = os.path.join(os.path.dirname(os.path.abspath(real_dir)), "tools")
    if not os.path.exists(os.path.join(tools, "real_report.py")):
        return None
    sys.path.insert(0, tools)
    import real_report  # noqa: E402 (found beside the real disclosures)

    def performance_amounts(records, pages):
        """Adds every value of the 绩效 records to the amounts of their pages."""
        def values(value):
            if isinstance(value, dict):
                for v in value.values():
                    yield from values(v)
            elif isinstance(value, list):
                for v in value:
                    yield from values(v)
            elif isinstance(value, str):
                yield value
        for r in records:
            if r.get("record") not in PERFORMANCE:
                continue
            for field, value in r.items():
                if field in ("doc_id", "pages"):
                    continue
                for text in values(value):
                    for page in r.get("pages") or []:
                        pages[page][real_report.norm(text)] += 1
        return pages

    @functools.lru_cache(maxsize=1)  # both counts of one PDF read its pdftotext once
    def printed_amounts(pdf):
        return real_report.printed_amounts(pdf, 120)

    def recall(pdf, records, with_performance=False):
        printed = printed_amounts(pdf)
        total = sum(sum(counts.values()) for counts in printed.values())
        if total == 0:
            return None
        got = real_report.record_amounts(records)
        if with_performance:
            got = performance_amounts(records, got)
        return 100.0 * real_report.recalled(printed, got) / total
    return recall


def check_document(want, records, recall=None):
    """The ways the document falls below its line."""
    problems = []
    got = outcome_of(records)
    if got != want["outcome"]:
        return [f"outcome {got}, expected {want['outcome']}"]
    if got != "ok":
        return []
    document = next(r for r in records if r.get("record") == "document")
    for field in ("kind", "year", "dept_name"):
        value = document.get(field)
        value = None if value is None else str(value)
        if value != want[field]:
            problems.append(f"{field} {value!r}, expected {want[field]!r}")
    if want["min_arithmetic"] is not None:
        share = arithmetic_share(records)
        if share is None or share + 1e-9 < float(want["min_arithmetic"]):
            problems.append(f"arithmetic {share if share is None else round(share, 1)}% below its line "
                            f"{want['min_arithmetic']}%")
    for field, with_performance, what in (("min_recall", False, "amount recall"),
                                          ("min_recall_all", True, "amount recall with the 绩效 records")):
        if want[field] is None or recall is None:
            continue
        share = recall(with_performance)
        if share is not None and share + 1e-9 < float(want[field]):
            problems.append(f"{what} {share:.1f}% below its line {want[field]}%")
    contents_failed = sum(1 for r in records if r.get("record") == "check"
                          and r["rule"] == "document.contents_table_found" and not r["ok"])
    if contents_failed > int(want["max_contents_failed"] or 0):
        problems.append(f"{contents_failed} tables of the 目录 not found, at most {want['max_contents_failed']}")
    for wanted in (want["must_fail"] or "").split(";"):
        if not wanted:
            continue
        rule, subject, column = wanted.split("@")
        if not any(r.get("record") == "check" and r["rule"] == rule and r.get("subject") == subject
                   and r.get("column") == column and not r["ok"] for r in records):
            problems.append(f"the printed error {wanted} is not reported")
    return problems


def above_line(want, records):
    share = arithmetic_share(records)
    if want["min_arithmetic"] is not None and share is not None and share >= float(want["min_arithmetic"]) + 1:
        return f"arithmetic {share:.1f}% (line {want['min_arithmetic']}%)"
    return None


def arguments(usage):
    """BUDGETPDF, REAL_DIR and EXPECTATIONS_TSV from the command line; None,
    said, when REAL_DIR is absent (the test is then skipped)."""
    if len(sys.argv) != 4:
        sys.exit(usage)
    budgetpdf, real_dir, expectations = sys.argv[1:]
    if not os.path.isdir(real_dir):
        print(f"skipped: {real_dir} is absent (the real disclosures live beside the checkout, never in it)")
        return None
    return budgetpdf, real_dir, expectations


def main():
    given = arguments(__doc__)
    if given is None:
        return 77
    budgetpdf, real_dir, expectations = given
    lines = read_expectations(expectations)
    recall_of = load_recall(real_dir)
    pdfs = sorted(os.path.relpath(os.path.join(root, f), real_dir)
                  for root, _, files in os.walk(real_dir) for f in files if f.lower().endswith(".pdf"))
    failures = 0
    with tempfile.TemporaryDirectory() as out_dir:
        for pdf in pdfs:
            want = lines.get(pdf)
            if want is None:
                print(f"FAIL {pdf}: no line in {os.path.basename(expectations)}: add one")
                failures += 1
                continue
            records = convert(budgetpdf, os.path.join(real_dir, pdf), out_dir)
            path = os.path.join(real_dir, pdf)
            problems = check_document(want, records, recall_of and (lambda p=False: recall_of(path, records, p)))
            if problems:
                failures += 1
                print(f"FAIL {pdf}: " + "; ".join(problems))
            elif (note := above_line(want, records)):
                print(f"ok   {pdf} (above its line, raise it: {note})")
            else:
                print(f"ok   {pdf}")
    for missing in sorted(set(lines) - set(pdfs)):
        print(f"note {missing}: has a line but is not in {real_dir}")
    print(f"{len(pdfs) - failures}/{len(pdfs)} documents at their line")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
