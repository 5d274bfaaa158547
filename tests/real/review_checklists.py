#!/usr/bin/env python3
"""Every finding of the finance bureau's two review checklists that concerns
figures, names, years or punctuation is reported by a failed check.

usage: review_checklists.py BUDGETPDF REAL_DIR

The district finance bureau reviewed the 上海市普陀区司法局 2026 部门预算 and
单位预算 by hand (REAL_DIR/sh-putuo-justice-2026-*-REVIEW-CHECKLIST.xlsx).
FINDINGS below lists each of their findings, in this project's words, with
the check that must report it: its rule and what identifies it (subject,
actual value, or words of its detail). The checklists and the PDFs are read
from REAL_DIR, never copied here. Exits 77 (skipped) when REAL_DIR is absent.
"""
import json
import os
import subprocess
import sys
import tempfile

DEPT = "sh-putuo-justice-2026-dept-budget.pdf"
UNIT = "sh-putuo-justice-2026-unit-budget.pdf"

# (document, checklist item, finding, rule, {field: value or "~words" for a
# detail holding them}, how many such failed checks at least)
FINDINGS = [
    (DEPT, "目录", "a blank page after the 目录", "reader.blank_page", {"subject": "page 3"}, 1),
    (DEPT, "预算编制说明 1", "five comparisons with the budget's own year, 2026, where 2025 is meant",
     "narrative.comparison_year", {"actual": "2026", "expected": "2025"}, 5),
    (DEPT, "预算编制说明 2", "a sentence on the reason of the increase without its full stop",
     "narrative.missing_full_stop", {"detail": "~工作量增加"}, 1),
    (DEPT, "预算编制说明 3", "two full stops in a row", "narrative.doubled_punctuation", {"detail": "~。。"}, 1),
    (DEPT, "预算编制说明 4", "an increase of 17.62% stated where the figures fell by 91%",
     "narrative.rate_equals_change_over_base", {"subject": "2040699", "actual": "17.62"}, 1),
    (DEPT, "预算编制说明 5", "class 210 named 医疗卫生与计划生育支出, the tables' 卫生健康支出",
     "narrative.class_name", {"subject": "210", "detail": "~卫生健康支出"}, 1),
    (DEPT, "预算编制说明 6", "住房公积金 208.8 first, then 2026年预算安排 201.50; the table's is 208.80",
     "narrative.amount_equals_table", {"subject": "2210201", "actual": "201.50"}, 1),
    (DEPT, "项目经费情况说明", "a closing quotation mark that closes nothing",
     "narrative.unbalanced_brackets", {"detail": "~closes nothing"}, 1),
    (UNIT, "预算编制说明 1", "the template's 增加（减少） left in", "narrative.template_placeholder",
     {"detail": "~增加（减少）"}, 1),
    (UNIT, "预算编制说明 2", "a fall of 1.10% stated where 1690.69 → 1434.89 is 15.13%",
     "narrative.rate_equals_change_over_base", {"subject": "2040601", "actual": "-1.10", "expected": "-15.13"}, 1),
    (UNIT, "预算编制说明 3", "行政单位离退休 56.12 first, then 2026年预算安排 57.8; the table's is 56.12",
     "narrative.amount_equals_table", {"subject": "2080501", "actual": "57.8"}, 1),
    (UNIT, "预算编制说明 4", "购房补贴 207 first, then 170.03; the table's is 207",
     "narrative.amount_equals_table", {"subject": "2210203", "actual": "170.03"}, 1),
    (UNIT, "预算编制说明 4", "an increase of 21.74% stated where 241.76 → 170.03 (or 207) fell",
     "narrative.rate_equals_change_over_base", {"subject": "2210203", "actual": "21.74"}, 1),
    (UNIT, "预算编制说明 5", "class 210 named 医疗卫生与计划生育支出, the tables' 卫生健康支出",
     "narrative.class_name", {"subject": "210"}, 1),
    (UNIT, "支出预算总表", "行政运行: 合计 = 基本支出 while 项目支出 is printed too",
     "expenditure.total_equals_columns", {"subject": "2040601", "column": "total"}, 1),
    (UNIT, "一般公共预算支出功能分类预算表", "行政运行: the same in the general public table",
     "general_public.total_equals_basic_plus_project", {"subject": "2040601", "column": "total"}, 1),
    (UNIT, "其他相关说明 1", "a sentence cut after 主要原因是", "narrative.sentence_cut", {"detail": "~主要原因是。"}, 1),
    (UNIT, "其他相关说明 2", "the 单位预算 speaks of its 部门预算安排", "narrative.document_scope",
     {"detail": "~部门预算安排"}, 2),
]

# Findings of the checklists that are none of figures, names, years or
# punctuation, and why no check reports them.
NOT_CHECKED = [
    (DEPT, "主要职能", "some characters of the text do not display: a matter of the PDF's fonts, not of its wording"),
]


def convert(budgetpdf, pdf, out_dir):
    out = os.path.join(out_dir, os.path.basename(pdf) + ".jsonl")
    subprocess.run([budgetpdf, "convert", pdf, "-o", out, "--jobs", "1"], capture_output=True, timeout=600)
    with open(out, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def matches(check, rule, fields):
    if check.get("record") != "check" or check.get("ok") or check.get("rule") != rule:
        return False
    for name, want in fields.items():
        got = check.get(name)
        if want.startswith("~"):
            if got is None or want[1:] not in got:
                return False
        elif got != want:
            return False
    return True


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    budgetpdf, real_dir = sys.argv[1:]
    if not all(os.path.exists(os.path.join(real_dir, name)) for name in (DEPT, UNIT)):
        print(f"skipped: {real_dir} does not hold {DEPT} and {UNIT}")
        return 77
    failures = 0
    with tempfile.TemporaryDirectory() as out_dir:
        records = {name: convert(budgetpdf, os.path.join(real_dir, name), out_dir) for name in (DEPT, UNIT)}
        for document, item, finding, rule, fields, at_least in FINDINGS:
            found = sum(1 for record in records[document] if matches(record, rule, fields))
            status = "ok  " if found >= at_least else "FAIL"
            failures += found < at_least
            print(f"{status} {document} {item}: {finding} -> {rule} ({found} of {at_least})")
    for document, item, why in NOT_CHECKED:
        print(f"note {document} {item}: {why}")
    print(f"{len(FINDINGS) - failures}/{len(FINDINGS)} findings reported")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
