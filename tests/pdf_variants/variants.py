"""The named layout variants: one frozen dataclass of parameters each.

Lengths are in PDF points (1/72 inch). Column widths of numbers and codes are
given in digit widths of the table font, so that a variant states which
numbers wrap ("1054" over "4.51") independently of the font it uses.
"""
from dataclasses import dataclass

A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)
LETTER = (612.0, 792.0)


@dataclass(frozen=True)
class ForcedBreak:
    """End the page after `lines` text lines of the row of `table` with this code (or,
    for a row without code, this name)."""
    table: str
    row: str
    lines: int


@dataclass(frozen=True)
class Variant:
    name: str
    what: str                       # one line for the README and --list
    page_size: tuple = A4
    margins: tuple = (56.0, 50.0, 56.0, 50.0)   # top, right, bottom, left
    cjk_font: str = "wqy"           # "wqy": embedded TrueType subset; "stsong": non-embedded CID font
    latin_font: str | None = None   # a standard-14 font for ASCII characters, None: the CJK font
    body_size: float = 9.0          # table cells and paragraphs
    title_size: float = 16.0
    ruling: str = "grid"            # "grid", "hlines" or "none"
    valign: str = "center"          # vertical alignment of whole (unsplit) rows: top, center, bottom
    # Column widths in digit widths of the body font; None: as wide as the widest value (no wrap).
    rowno_digits: float | None = None
    code_digits: float | None = None
    amount_digits: float | None = None
    # Name columns in CJK character widths; None: they share what the other columns leave.
    name_chars: float | None = None
    # Relative widths of the six columns of a performance indicator grid.
    indicator_weights: tuple = (1.0, 1.0, 1.4, 1.6, 1.0, 1.6)
    split_rows: bool = True         # a row may break across a page boundary (else it moves whole)
    forced_breaks: tuple = ()       # ForcedBreak, for deterministic mid-cell page breaks
    keep_latin_words: bool = False  # wrap runs of ASCII at their ends when they fit on a line
    tables_start_new_page: bool = True
    repeat_title: bool = False      # print a standard table's title again on its continuation pages
    year_own_line: bool = False     # "预算年度：" above the year, as LibreOffice wrapped it
    thousands: bool = False         # "10,544.51"
    unit: str = "万元"              # "元" multiplies every amount by 10000
    dept_code: str | None = None    # None: as in the truth
    dept_name: str | None = None
    year: int | None = None
    page_number: str = "-{n}-"      # format with n (this page) and total
    rotate: int = 0                 # 90: a landscape page_size stored as a portrait MediaBox with /Rotate 90
    band_row: bool = True           # the 栏次 row of column numbers under a standard table's header
    glyph_soup: bool = False        # every glyph its own text object, page content shuffled
    fake_bold_pt: tuple | None = None   # (min, max) offset of the second drawing of bold text
    seed: int = 1


VARIANTS = [
    Variant(
        name="a4-narrow-ruled",
        what="A4 portrait like the shared LibreOffice PDF: full grid, serif digits, narrow number "
             "and code columns that wrap, centred cells, rows broken across pages",
        latin_font="Times-Roman",
        rowno_digits=2.2, code_digits=4.8, amount_digits=4.6, name_chars=8,
        year_own_line=True, page_number="- {n} -", seed=11,
    ),
    Variant(
        name="a4-wide-plain",
        what="A4 portrait, no ruling at all, columns as wide as their values (a wide table "
             "shrinks its font to fit), top-aligned cells, larger font, rows kept whole",
        margins=(60.0, 45.0, 60.0, 45.0), body_size=10.5, title_size=18.0,
        ruling="none", valign="top", split_rows=False, keep_latin_words=True,
        indicator_weights=(0.9, 1.0, 1.3, 1.8, 1.1, 1.5), page_number="{n}", seed=12,
    ),
    Variant(
        name="landscape-hlines",
        what="A4 landscape, horizontal rules only, wide name columns, sans digits, "
             "bottom-aligned cells, title repeated on continuation pages",
        page_size=A4_LANDSCAPE, margins=(40.0, 50.0, 40.0, 50.0),
        latin_font="Helvetica", body_size=9.5, title_size=15.0,
        ruling="hlines", valign="bottom", repeat_title=True,
        indicator_weights=(0.8, 1.0, 1.5, 2.2, 1.0, 1.8), page_number="第 {n} 页", seed=13,
    ),
    Variant(
        name="glyph-soup",
        what="every glyph its own text object, all glyphs and rules of a page in random order; "
             "titles and headers drawn twice 0.1-0.3 pt apart (fake bold)",
        margins=(50.0, 40.0, 50.0, 40.0), body_size=8.5, title_size=15.0,
        glyph_soup=True, fake_bold_pt=(0.1, 0.3), seed=14,
    ),
    Variant(
        name="cid-font-yuan",
        what="non-embedded STSong-Light CID font, amounts in 元 (x10000), department "
             "207 某某县教育局, year 2024, rows kept whole",
        margins=(50.0, 45.0, 50.0, 45.0), cjk_font="stsong",
        split_rows=False, unit="元", dept_code="207", dept_name="某某县教育局", year=2024,
        page_number="- {n} -", seed=15,
    ),
    Variant(
        name="letter-split-rows",
        what="US Letter, small font, narrow columns, top-aligned; many rows broken across "
             "pages mid-cell, seven of them forced, among them code 2080199 (2080|199) and "
             "amount 1855.82 (1855.|82) in the income table",
        page_size=LETTER, margins=(40.0, 36.0, 40.0, 36.0), body_size=7.5, title_size=13.0,
        valign="top", rowno_digits=2.2, code_digits=4.3, amount_digits=4.6, name_chars=6,
        forced_breaks=(ForcedBreak("income", "2080199", 1), ForcedBreak("income", "2101202", 1),
                       ForcedBreak("summary", "七、文化旅游体育与传媒支出", 1),
                       ForcedBreak("expenditure", "2080505", 1), ForcedBreak("general_public", "2082602", 1),
                       ForcedBreak("general_public_basic", "30108", 1),
                       ForcedBreak("state_capital", "2230105", 1)),
        page_number="- {n} -", seed=16,
    ),
    Variant(
        name="thousands-midpage",
        what="thousands separators (10,544.51), every table starting mid-page right after "
             "the previous one, sans digits, page numbers '第 n 页 共 m 页'",
        margins=(50.0, 45.0, 50.0, 45.0), latin_font="Helvetica", body_size=8.5,
        thousands=True, tables_start_new_page=False, page_number="第 {n} 页 共 {total} 页",
        seed=17,
    ),
    Variant(
        name="rotated-no-band",
        what="landscape pages stored as portrait pages turned by /Rotate 90, standard tables "
             "without the 栏次 row of column numbers",
        page_size=A4_LANDSCAPE, margins=(45.0, 50.0, 45.0, 50.0), rotate=90, band_row=False,
        body_size=9.0, title_size=15.0, page_number="- {n} -", seed=18,
    ),
    Variant(
        name="a4-unruled-narrow",
        what="A4 portrait, no rules at all, narrow number and code columns that wrap, centred "
             "cells, rows broken across pages",
        ruling="none", rowno_digits=2.2, code_digits=4.3, amount_digits=4.6, name_chars=7,
        page_number="{n}", seed=21,
    ),
    Variant(
        name="hlines-soup-top",
        what="horizontal rules only, every glyph its own text object in random order, headers "
             "drawn twice (fake bold), top-aligned cells, thousands separators, serif digits",
        ruling="hlines", glyph_soup=True, fake_bold_pt=(0.1, 0.3), valign="top", thousands=True,
        latin_font="Times-Roman", seed=22,
    ),
    Variant(
        name="letter-bottom-no-band",
        what="US Letter, full grid, bottom-aligned cells, no 栏次 row, small font, narrow "
             "wrapping columns: 序号 centred over two header rows, group labels over labels "
             "wrapped to several heights",
        page_size=LETTER, valign="bottom", band_row=False, rowno_digits=2.2, code_digits=4.3,
        amount_digits=4.6, name_chars=6, body_size=8.0, seed=23,
    ),
    Variant(
        name="landscape-unruled-yuan",
        what="A4 landscape, no rules, top-aligned cells, amounts in 元, department 305 "
             "某市交通运输局, year 2025, rows broken across pages",
        page_size=A4_LANDSCAPE, ruling="none", valign="top", unit="元", year=2025,
        dept_code="305", dept_name="某市交通运输局", amount_digits=6.0, seed=24,
    ),
    Variant(
        name="hlines-centre-forced",
        what="A4, horizontal rules only, centred cells, 8 pt, narrow columns, rows broken "
             "mid-cell across pages (seven forced, as in letter-split-rows)",
        ruling="hlines", rowno_digits=2.2, code_digits=4.3, amount_digits=4.6, name_chars=6,
        body_size=8.0, title_size=13.0,
        forced_breaks=(ForcedBreak("income", "2080199", 1), ForcedBreak("income", "2101202", 1),
                       ForcedBreak("summary", "七、文化旅游体育与传媒支出", 1),
                       ForcedBreak("expenditure", "2080505", 1), ForcedBreak("general_public", "2082602", 1),
                       ForcedBreak("general_public_basic", "30108", 1),
                       ForcedBreak("state_capital", "2230105", 1)),
        seed=31,
    ),
    Variant(
        name="small-title",
        what="titles hardly larger than the 10 pt body (10.5 pt), Helvetica digits, full grid",
        body_size=10.0, title_size=10.5, latin_font="Helvetica", seed=32,
    ),
    Variant(
        name="midpage-unruled-bottom",
        what="no rules, bottom-aligned cells, no 栏次 row, every table starting mid-page, the "
             "title repeated on continuation pages, thousands separators",
        tables_start_new_page=False, band_row=False, repeat_title=True, thousands=True,
        valign="bottom", ruling="none", seed=33,
    ),
    # Found by random combinations of the parameters above; kept as they were drawn.
    Variant(
        name="letter-cid-unruled-narrow",
        what="US Letter, non-embedded STSong with Times digits, no rules, top-aligned, no 栏次 "
             "row, narrow wrapping columns, thousands separators, rows broken across pages",
        page_size=LETTER, cjk_font="stsong", latin_font="Times-Roman", body_size=10.0,
        title_size=18.0, ruling="none", valign="top", year_own_line=True, thousands=True,
        band_row=False, rowno_digits=2.2, code_digits=4.3, amount_digits=5.5, name_chars=7,
        seed=101,
    ),
    Variant(
        name="a4-yuan-bottom-no-band",
        what="A4, full grid, bottom-aligned, amounts in 元 with thousands separators (wide "
             "tables shrunk to fit), no 栏次 row, rows kept whole, tables starting mid-page",
        ruling="grid", valign="bottom", split_rows=False, tables_start_new_page=False,
        year_own_line=True, thousands=True, unit="元", band_row=False, title_size=16.2, seed=100,
    ),
    Variant(
        name="letter-soup-yuan-midpage",
        what="US Letter, glyph soup with fake bold, non-embedded STSong, no rules, top-aligned, "
             "元 with thousands, tables mid-page with repeated titles, titles hardly larger",
        page_size=LETTER, cjk_font="stsong", ruling="none", valign="top", split_rows=False,
        tables_start_new_page=False, repeat_title=True, thousands=True, unit="元",
        glyph_soup=True, fake_bold_pt=(0.1, 0.3), title_size=10.8, seed=110,
    ),
    Variant(
        name="landscape-cid-soup-bottom",
        what="A4 landscape, glyph soup, STSong with Times digits, horizontal rules only, "
             "bottom-aligned, no 栏次 row, repeated titles, tables mid-page, thousands",
        page_size=A4_LANDSCAPE, cjk_font="stsong", latin_font="Times-Roman", body_size=10.5,
        title_size=18.9, ruling="hlines", valign="bottom", split_rows=False,
        tables_start_new_page=False, repeat_title=True, thousands=True, band_row=False,
        glyph_soup=True, fake_bold_pt=(0.1, 0.3), seed=103,
    ),
    # random_variants.py 8 and 9 (r8-12, r9-8, r9-7), kept as drawn.
    Variant(
        name="letter-yuan-midpage-no-band",
        what="US Letter, Times digits, no rules, centred, 元, no 栏次 row, tables mid-page: a "
             "table in body size right under one shrunk to fit on the same page",
        page_size=LETTER, latin_font="Times-Roman", body_size=8.5, title_size=15.0,
        ruling="none", tables_start_new_page=False, unit="元", page_number="{n}",
        band_row=False, seed=239,
    ),
    Variant(
        name="letter-cid-narrow-top-no-band",
        what="US Letter, STSong, full grid, top-aligned, narrow columns, no 栏次 row, "
             "repeated titles: a group label wrapped over two lines beside a one-line one",
        page_size=LETTER, cjk_font="stsong", body_size=8.0, title_size=15.0, valign="top",
        rowno_digits=2.2, code_digits=4.3, amount_digits=5.5, name_chars=8, repeat_title=True,
        year_own_line=True, page_number="第 {n} 页", band_row=False, seed=291,
    ),
    Variant(
        name="letter-hlines-times-no-band",
        what="US Letter, Times digits, horizontal rules, centred, wide codes, rows kept whole, "
             "no 栏次 row: a 一级指标 centred in its own row and, as well, on a longer run",
        page_size=LETTER, latin_font="Times-Roman", body_size=10.0, ruling="hlines",
        rowno_digits=2.2, code_digits=7.5, amount_digits=5.5, name_chars=7, split_rows=False,
        thousands=True, page_number="第 {n} 页", band_row=False, seed=978,
    ),
    # random_variants.py 19 and 20 (r19-7, r20-6), kept as drawn.
    Variant(
        name="cid-helvetica-bottom-yuan",
        what="A4, STSong with Helvetica digits, no rules, bottom-aligned, 元, department 218, "
             "2025: a row cut inside its key cell (可持续影响 / 指标) over a long basis",
        cjk_font="stsong", latin_font="Helvetica", body_size=10.5, title_size=15.0,
        ruling="none", valign="bottom", unit="元", dept_code="218", dept_name="某市交通运输局",
        year=2025, page_number="{n}", seed=40,
    ),
    Variant(
        name="rotated-hlines-narrow-top",
        what="A4 landscape stored as portrait with /Rotate 90, STSong, horizontal rules, top-"
             "aligned, narrow columns, titles hardly larger, tables mid-page: a one-row 绩效 grid "
             "at a page's foot, its 一级指标 empty",
        page_size=A4_LANDSCAPE, rotate=90, cjk_font="stsong", body_size=8.0, title_size=10.5,
        ruling="hlines", valign="top", rowno_digits=2.2, code_digits=4.3, amount_digits=5.5,
        name_chars=7, tables_start_new_page=False, thousands=True,
        page_number="第 {n} 页 共 {total} 页", seed=964,
    ),
    # random_variants.py 26 (r26-9), kept as drawn.
    Variant(
        name="rotated-hlines-title-in-body-size",
        what="A4 landscape stored as portrait with /Rotate 90, horizontal rules, no 栏次 row, "
             "tables mid-page under titles hardly larger than the rows (10.5 over 10 pt), "
             "centred where the wide name column runs",
        page_size=A4_LANDSCAPE, rotate=90, body_size=10.0, title_size=10.5, ruling="hlines",
        tables_start_new_page=False, page_number="第 {n} 页", band_row=False, seed=924,
    ),
    # random_variants.py 21 (r21-4), kept as drawn: a known limit (README).
    Variant(
        name="landscape-cid-unruled-bottom-narrow",
        what="A4 landscape, STSong, no rules, bottom-aligned, 7.5 pt, narrow wrapping columns, "
             "rows kept whole: a page of rows that leave 一级指标 empty and repeat one short 三级指标",
        page_size=A4_LANDSCAPE, cjk_font="stsong", body_size=7.5, title_size=13.0, ruling="none",
        valign="bottom", rowno_digits=2.2, code_digits=4.3, amount_digits=4.6, name_chars=7,
        split_rows=False, page_number="- {n} -", seed=637,
    ),
]

BY_NAME = {v.name: v for v in VARIANTS}
