#!/usr/bin/python3 -B
"""Draws layout variants at random and writes them like make_variants.py.

usage: random_variants.py SEED COUNT OUTDIR

Writes OUTDIR/rSEED-K.pdf and OUTDIR/rSEED-K.expected.jsonl for K in 1..COUNT,
and prints each variant's parameters (a line to paste into variants.py when
one is worth keeping). The same SEED draws the same variants. This is how the
"(drawn at random)" variants of variants.py were found: convert the batch,
score it (check_variants.sh), look at what falls short.
"""
import dataclasses
import random
import sys
from pathlib import Path

import make_variants
import truth
import variant_cli
from variants import A4, A4_LANDSCAPE, LETTER, Variant


def draw(rng, name):
    page_size = rng.choice([A4, A4, LETTER, A4_LANDSCAPE])
    narrow = rng.random() < 0.6
    cjk_font = rng.choice(["wqy", "stsong"])
    unit = rng.choice(["万元", "万元", "元"])
    params = dict(
        name=name,
        what="drawn at random",
        page_size=page_size,
        rotate=90 if page_size == A4_LANDSCAPE and rng.random() < 0.3 else 0,
        cjk_font=cjk_font,
        latin_font=rng.choice([None, "Times-Roman", "Helvetica"]),
        body_size=rng.choice([7.5, 8.0, 8.5, 9.0, 10.0, 10.5]),
        title_size=rng.choice([10.5, 13.0, 15.0, 16.0, 18.0]),
        ruling=rng.choice(["grid", "hlines", "none"]),
        valign=rng.choice(["top", "center", "bottom"]),
        split_rows=rng.random() < 0.7,
        tables_start_new_page=rng.random() < 0.6,
        repeat_title=rng.random() < 0.3,
        year_own_line=rng.random() < 0.3,
        thousands=rng.random() < 0.3,
        unit=unit,
        band_row=rng.random() < 0.6,
        glyph_soup=rng.random() < 0.3,
        page_number=rng.choice(["-{n}-", "{n}", "第 {n} 页", "第 {n} 页 共 {total} 页", "- {n} -"]),
        seed=rng.randrange(1000),
    )
    if params["glyph_soup"] and rng.random() < 0.5:
        params["fake_bold_pt"] = (0.1, 0.3)
    if narrow:
        params.update(rowno_digits=2.2, code_digits=rng.choice([4.3, 4.8, 7.5]),
                      amount_digits=rng.choice([4.6, 5.5, 8.0]), name_chars=rng.choice([6, 7, 8, 10]))
    if unit == "元" and rng.random() < 0.5:
        params.update(dept_code=str(rng.randrange(100, 999)), dept_name="某市交通运输局",
                      year=rng.choice([2021, 2024, 2025]))
    return Variant(**params)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    seed, count, outdir = int(argv[0]), int(argv[1]), Path(argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    truth_records = truth.load(variant_cli.DEFAULT_TRUTH)
    for k in range(1, count + 1):
        variant = draw(rng, f"r{seed}-{k}")
        pages = make_variants.make(variant, truth_records, outdir)
        fields = {f.name: getattr(variant, f.name) for f in dataclasses.fields(variant)
                  if getattr(variant, f.name) != f.default and f.name not in ("name", "what")}
        print(f"{variant.name}: {pages} pages {fields}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
