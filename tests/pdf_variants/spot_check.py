#!/usr/bin/python3 -B
"""Checks generated variants with poppler-utils, independently of the generator's layout code.

usage: spot_check.py OUTDIR [--only NAME[,NAME...] | --engines]

For each OUTDIR/NAME.pdf with its NAME.expected.jsonl (the reportlab variants, or
with --engines those of engine_variants.py):
- pdfinfo opens it; its page count (where the expected records know it), page
  size and rotation are the expected ones;
- pdftoppm renders its first and last pages;
- every non-null amount and every code of the expected records is on a page of its
  row as one word (pdftotext -bbox or -layout), or, where the variant wraps narrow
  cells, as pieces stacked in one column; only values of rows broken across pages
  may be found neither way; an engine variant's rows have no known page: its
  values must be on some page, whole or stacked;
- every table title and project title is in the text of pdftotext -layout or
  -raw, the department line and the unit in that of -layout;
- glyph-soup's content order is scrambled (pdftotext -raw holds no title) while
  an ordered variant's -raw text holds them all.
Prints one line per variant; exits 1 if any check fails.
"""
import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import engine_variants
import truth
from variants import BY_NAME, VARIANTS

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
EDGE_TOLERANCE = 1.0     # pt: pieces of one cell share their right (numbers) or left (codes) edge
STACK_GAP = 0.8          # at most this many word heights between two stacked pieces
FAKE_BOLD_SLACK = 8      # characters


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def squeeze(text):
    return "".join(text.split())


def words_by_page(pdf):
    pages = run("pdftotext", "-bbox", str(pdf), "-").split("<page ")[1:]
    return [[(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(p)]
            for p in pages]


def stacked_texts(page_words):
    """Joined texts of words stacked in one column: 2 or 3 pieces, top to bottom."""
    out = set()
    for x0, y0, x1, y1, text in page_words:
        chains = [(text, x0, x1, y0, y1)]
        for _ in range(2):
            grown = []
            for joined, cx0, cx1, cy0, cy1 in chains:
                for a0, b0, a1, b1, t in page_words:
                    same_column = abs(a1 - cx1) < EDGE_TOLERANCE or abs(a0 - cx0) < EDGE_TOLERANCE
                    # Below the middle of the piece above: engines' word boxes overlap a little.
                    if same_column and (cy0 + cy1) / 2 < b0 < cy1 + STACK_GAP * (y1 - y0):
                        grown.append((joined + t, a0, a1, b0, b1))
            out.update(j for j, *_ in grown)
            chains = grown
    return out


def found_in(title, text, doubled):
    """Whether `title` is in `text`; with fake bold, poppler may keep some doubled glyphs
    ("下达达", "村级村级组织"): then up to FAKE_BOLD_SLACK stray characters may follow each one."""
    if not doubled:
        return title in text
    return re.search(f".{{0,{FAKE_BOLD_SLACK}}}?".join(map(re.escape, title)), text) is not None


def printed_values(expected, money, unknown_pages):
    """(printed text, pages of its row) of every non-null amount and code; a row whose
    pages the generator does not know may be on any of `unknown_pages`."""
    for r in expected:
        if r["record"] != "budget_line":
            continue
        pages = r.get("pages") or unknown_pages
        if r["code"]:
            yield r["code"], pages
        for key, value in r["amounts"].items():
            if value is not None:
                yield money.printed(value), pages


def check(variant, outdir):
    pdf = outdir / f"{variant.name}.pdf"
    expected = truth.load(outdir / f"{variant.name}.expected.jsonl")
    doc = expected[0]
    money = truth.Money(doc["unit"], variant.thousands)
    problems = []

    info = run("pdfinfo", str(pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    width, height = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    if doc.get("page_count", pages) != pages:
        problems.append(f"{pages} pages, expected {doc['page_count']}")
    rotation = int(re.search(r"^Page rot:\s+(\d+)", info, re.M).group(1))
    # pdfinfo gives the MediaBox; a page turned by /Rotate 90 stores the shown size swapped.
    media = variant.page_size[::-1] if variant.rotate == 90 else variant.page_size
    if abs(width - media[0]) > 0.5 or abs(height - media[1]) > 0.5 or rotation != variant.rotate:
        problems.append(f"page size {width} x {height}, rotated {rotation}")
    with tempfile.TemporaryDirectory() as tmp:
        for page in (1, pages):
            run("pdftoppm", "-r", "20", "-png", "-f", str(page), "-l", str(page), str(pdf), f"{tmp}/p")

    # Per page: words as poppler groups glyphs (-bbox keeps content order, so glyph soup gives
    # one word a glyph there) and the tokens of its -layout text (grouped by position).
    layout_pages = run("pdftotext", "-layout", str(pdf), "-").split("\f")
    words = words_by_page(pdf)
    single = [{w[4] for w in page} | set(text.split()) for page, text in zip(words, layout_pages)]
    wraps = variant.amount_digits is not None or variant.code_digits is not None
    stacked = [stacked_texts(page) if wraps else set() for page in words]
    values = list(printed_values(expected, money, [] if "page_count" in doc else range(1, pages + 1)))
    whole = wrapped = split = 0
    missing = []
    for value, rows_pages in values:
        if any(value in single[p - 1] for p in rows_pages):
            whole += 1
        elif any(value in stacked[p - 1] for p in rows_pages):
            wrapped += 1
        elif len(rows_pages) > 1 and "page_count" in doc:
            split += 1
        else:
            missing.append(value)
    if missing:
        problems.append(f"{len(missing)} values not found, e.g. {missing[:5]}")

    layout = squeeze("".join(layout_pages))
    raw = squeeze(run("pdftotext", "-raw", str(pdf), "-"))
    titles = [r["title"] for r in expected if r["record"] == "table"]
    titles += [f"{r['project_no']}、{r['title']}" for r in expected if r["record"] == "performance_project"]
    # In content order where -layout loses a glyph (Chromium's bold "、" under its Type 3 boxes).
    absent = [t for t in titles if not found_in(squeeze(t), layout, variant.fake_bold_pt is not None)
              and squeeze(t) not in raw]
    if absent:
        problems.append(f"{len(absent)} titles not in the text, e.g. {absent[:3]}")
    dept = squeeze(f"{doc['dept_code']} {doc['dept_name']}")
    if layout.count(dept) < 9 or layout.count(f"单位：{doc['unit']}") < 9:
        problems.append("department line or unit missing from table pages")

    in_raw = sum(1 for t in titles if squeeze(t) in raw)
    if variant.glyph_soup and in_raw:
        problems.append(f"content order not scrambled: {in_raw} titles readable in -raw")
    if not variant.glyph_soup and in_raw != len(titles):
        problems.append(f"only {in_raw}/{len(titles)} titles in -raw order")

    status = "ok" if not problems else "FAILED: " + "; ".join(problems)
    print(f"{variant.name}: {status} ({pages} pages; {len(values)} amounts and codes: {whole} whole, "
          f"{wrapped} wrapped in their cell, {split} on rows broken "
          f"across pages; {len(titles)} titles; {in_raw} titles in content order)")
    return not problems


def main(argv):
    if not argv:
        sys.exit(__doc__)
    outdir = Path(argv[0])
    known = {**BY_NAME, **{name: ev.layout for name, ev in engine_variants.BY_NAME.items()}}
    if "--only" in argv:
        names = argv[argv.index("--only") + 1].split(",")
    else:
        names = list(engine_variants.BY_NAME) if "--engines" in argv else [v.name for v in VARIANTS]
    results = [check(known[name], outdir) for name in names]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
