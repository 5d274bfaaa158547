#!/usr/bin/python3 -B
"""Writes disclosure PDFs laid out by other engines (LibreOffice Calc and Writer, Chromium).

usage: engine_variants.py OUTDIR [--only NAME[,NAME...]] [--truth FILE] [--list]

For every engine variant writes OUTDIR/NAME.pdf, the source the engine printed it
from (NAME.fods, NAME.fodt or NAME.html) and OUTDIR/NAME.expected.jsonl: the
reference records transformed as for the reportlab variants (department, year,
unit). The content is what make_variants.py prints for the same parameters
(document.write); line breaks, row heights, page breaks, repeated headers and
glyph placement are the engine's. Which page an engine put a row on is not
known without reading the PDF back, so the expected records carry no `pages`
and no `page_count` (score.py compares neither).

Needs Debian's soffice (libreoffice-calc, libreoffice-writer) and chromium
(scripts/install-deps.sh).
"""
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import engine_content
import engine_html
import engine_odf
import truth
import variant_cli
from variants import A4_LANDSCAPE, Variant

SOURCE_SUFFIX = {"calc": ".fods", "writer": ".fodt", "chromium": ".html"}
ENGINE_SECONDS = 300   # one engine run over all its documents; far more than it takes


@dataclass(frozen=True)
class EngineVariant:
    """`layout` gives the content and the geometry the engine is told (page, margins,
    fonts, sizes, rules, column widths, unit, department, year, whether a row may
    break across pages, title repeated); the rest is how the engine is asked to print."""
    layout: Variant
    engine: str                     # "calc", "writer" or "chromium"
    repeat_furniture: bool = False  # furniture repeated with the header on every page of a table
    numbers: str = "text"           # calc: "text" cells (wrap in narrow columns) or "float" with a format
    # calc: sheets this many times as wide as the page, each scaled to one page wide as
    # it prints (0: printed at 100%, as wide as the page)
    fit_width: float = 0.0

    def __post_init__(self):
        assert self.engine in SOURCE_SUFFIX, self.engine
        # The title stands above the furniture: it repeats only with the furniture.
        assert self.repeat_furniture or not self.layout.repeat_title, self.layout.name

    @property
    def name(self):
        return self.layout.name


ENGINE_VARIANTS = [
    EngineVariant(
        Variant(name="calc-float-fit-width",
                what="LibreOffice Calc: a sheet per table, numbers as number cells (0.00), columns as "
                     "wide as their values on sheets 1.4 pages wide, each scaled to one A4 page wide "
                     "as it prints (a 10 pt body printed at about 7 pt), furniture and header "
                     "rows repeated on every page, merged 一级指标/二级指标 cells, page footer 第 n 页",
                margins=(42.0, 36.0, 48.0, 36.0), body_size=10.0, title_size=16.0, page_number="第 {n} 页"),
        engine="calc", repeat_furniture=True, numbers="float", fit_width=1.4),
    EngineVariant(
        Variant(name="calc-text-narrow-landscape-yuan",
                what="LibreOffice Calc, A4 landscape: amounts in 元 with thousands separators as text "
                     "cells wrapping in narrow columns, title, furniture and header repeated, department "
                     "305 某市交通运输局, year 2025",
                page_size=A4_LANDSCAPE, margins=(36.0, 40.0, 44.0, 40.0), body_size=9.0, title_size=15.0,
                rowno_digits=2.2, code_digits=4.3, amount_digits=6.0, name_chars=9, repeat_title=True,
                thousands=True, unit="元", dept_code="305", dept_name="某市交通运输局", year=2025,
                page_number="- {n} -"),
        engine="calc", repeat_furniture=True),
    EngineVariant(
        Variant(name="writer-a4-grid-narrow",
                what="LibreOffice Writer, the whole disclosure: A4, ruled grid, serif digits, narrow "
                     "number and code columns that wrap, header rows repeated (title and furniture once, "
                     "as paragraphs), rows broken across pages",
                latin_font="Times-Roman", rowno_digits=2.2, code_digits=4.8, amount_digits=4.6,
                name_chars=8, page_number="- {n} -"),
        engine="writer"),
    EngineVariant(
        Variant(name="writer-hlines-midpage-top",
                what="LibreOffice Writer: horizontal rules only, tables starting mid-page, top-aligned "
                     "cells, rows kept whole, title, furniture and header repeated, thousands separators",
                margins=(50.0, 45.0, 50.0, 45.0), latin_font="Helvetica", body_size=8.5, ruling="hlines",
                valign="top", split_rows=False, tables_start_new_page=False, repeat_title=True,
                thousands=True, page_number="第 {n} 页 共 {total} 页"),
        engine="writer", repeat_furniture=True),
    EngineVariant(
        Variant(name="chromium-a4-narrow",
                what="Chromium print-to-pdf, A4: <thead> header repeated by the browser (title and "
                     "furniture once), ruled grid, narrow number and code cells breaking anywhere, rows "
                     "broken across pages",
                rowno_digits=2.2, code_digits=4.8, amount_digits=4.6, name_chars=8, page_number="{n}"),
        engine="chromium"),
    EngineVariant(
        Variant(name="chromium-landscape",
                what="Chromium print-to-pdf, @page A4 landscape: furniture and header in the repeated "
                     "<thead>, ruled grid, wide columns, sans digits, top-aligned cells, rows broken "
                     "across pages",
                page_size=A4_LANDSCAPE, margins=(40.0, 50.0, 40.0, 50.0), latin_font="Helvetica",
                body_size=9.5, title_size=15.0, valign="top", page_number="第 {n} 页",
                amount_digits=8.0),   # the widest amount, 10544.51, and room for the browser's rules
        engine="chromium", repeat_furniture=True),
]
BY_NAME = {v.name: v for v in ENGINE_VARIANTS}


def write_source(ev, truth_records, outdir):
    """The engine's input and the expected records, both from the truth alone."""
    expected, money = truth.expected_records(truth_records, ev.layout)
    blocks = engine_content.blocks(ev.layout, expected, money, ev.fit_width or 1.0)
    doc = expected[0]
    if ev.engine == "chromium":
        text = engine_html.document(ev, blocks, f"{doc['dept_name']}{doc['year']}年部门预算信息公开")
    else:
        text = (engine_odf.calc if ev.engine == "calc" else engine_odf.writer)(ev, blocks)
    source = outdir / f"{ev.name}{SOURCE_SUFFIX[ev.engine]}"
    source.write_text(text, encoding="utf-8")
    with open(outdir / f"{ev.name}.expected.jsonl", "w", encoding="utf-8") as f:
        for record in expected:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return source


def _run(command, what):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=ENGINE_SECONDS)
    except subprocess.TimeoutExpired:
        sys.exit(f"{what}: no PDF after {ENGINE_SECONDS} s")
    if done.returncode != 0:
        sys.exit(f"{what} failed ({done.returncode}): {done.stderr[-2000:]}")


def _need(program, packages):
    path = shutil.which(program)
    if not path:
        sys.exit(f"no {program}: install {packages} (scripts/install-deps.sh)")
    return path


def soffice(sources, outdir):
    """One LibreOffice run converts every .fods and .fodt; its own profile keeps it
    apart from any other LibreOffice on the machine."""
    binary = _need("soffice", "libreoffice-calc and libreoffice-writer")
    with tempfile.TemporaryDirectory() as profile:
        _run([binary, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
              "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources)], "soffice")


def chromium(source, pdf):
    binary = _need("chromium", "chromium")
    with tempfile.TemporaryDirectory() as profile:
        # No network here: everything that would reach out is off. Root needs --no-sandbox;
        # --no-pdf-header-footer drops the date and file path the browser prints by default.
        _run([binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
              source.resolve().as_uri()], f"chromium on {source.name}")


def main(argv):
    parsed = variant_cli.parse(argv, __doc__, {v.name: v.layout.what for v in ENGINE_VARIANTS})
    if parsed is None:
        return 0
    outdir, names, truth_file = parsed
    truth_records = truth.load(truth_file)
    started = time.monotonic()
    office = []
    for name in names:
        ev = BY_NAME[name]
        pdf = outdir / f"{name}.pdf"
        pdf.unlink(missing_ok=True)
        source = write_source(ev, truth_records, outdir)
        if ev.engine == "chromium":
            chromium(source, pdf)
        else:
            office.append(source)
    if office:
        soffice(office, outdir)
    for name in names:
        pdf = outdir / f"{name}.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            sys.exit(f"{name}: the engine wrote no PDF")
        print(f"{name}: {pdf.stat().st_size} bytes", file=sys.stderr)
    print(f"{len(names)} engine variants in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
