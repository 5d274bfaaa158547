"""Page layout: text measuring and wrapping, and a flow of pages holding placed text and rules.

Coordinates here run from the page's top-left corner downwards, in points; the
producers turn them into PDF coordinates. A table is laid out row by row: a row
that does not fit either moves to the next page or, when the variant allows,
breaks between two text lines of its cells (the first lines of every cell at the
bottom of page k, the rest at the top of page k+1 under the repeated header).
"""
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
import re

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

WQY_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
PAD = 2.0            # pt between a cell's border and its text, on every side
LEADING = 1.3        # line pitch as a multiple of the font size
BASELINE = 1.03      # baseline below a line slot's top, in font sizes (CJK ascent ~0.88 + half the gap)
RULE_WIDTH = 0.5     # pt


def cjk_font(key):
    """Registers the variant's CJK font with reportlab and returns its name."""
    if key == "wqy":
        name = "WenQuanYiMicroHei"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, WQY_PATH, subfontIndex=0))
        return name
    if key == "stsong":
        name = "STSong-Light"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))
        return name
    raise ValueError(f"unknown CJK font {key!r}")


@lru_cache(maxsize=None)
def _char_width(font, size, ch):
    return pdfmetrics.stringWidth(ch, font, size)


@dataclass(frozen=True)
class Style:
    cjk: str
    latin: str | None
    size: float
    bold: bool = False

    def font_of(self, ch):
        return self.latin if self.latin and ord(ch) < 128 else self.cjk

    def segments(self, text):
        """(font, text) pieces of one font each."""
        out = []
        for ch in text:
            font = self.font_of(ch)
            if out and out[-1][0] == font:
                out[-1][1].append(ch)
            else:
                out.append((font, [ch]))
        return [(font, "".join(chars)) for font, chars in out]

    def char_width(self, ch):
        return _char_width(self.font_of(ch), self.size, ch)

    def width(self, text):
        return sum(self.char_width(ch) for ch in text)

    @property
    def leading(self):
        return self.size * LEADING

    def sized(self, size):
        return Style(self.cjk, self.latin, size, self.bold)

    def bolded(self):
        return Style(self.cjk, self.latin, self.size, True)


def wrap(text, style, width, first_width=None, keep_latin_words=False):
    r"""Greedy line breaking: between any two CJK characters, and inside numbers and Latin
    words unless `keep_latin_words` (then only a word longer than a line is cut). A hard
    line break stays one; spaces at a line's ends are dropped.

    >>> digits = Style("Helvetica", None, 10)
    >>> wrap("10544.51", digits, digits.width("0000."))
    ['1054', '4.51']
    >>> wrap("1855.82", digits, digits.width("0000."))
    ['1855.', '82']
    >>> mixed = Style(cjk_font("stsong"), "Helvetica", 10)
    >>> [wrap("合计 10544.51", mixed, mixed.width("合计 1054"), keep_latin_words=keep) for keep in (False, True)]
    [['合计 1054', '4.51'], ['合计', '10544.51']]
    >>> wrap("上行\n下行", mixed, 100)
    ['上行', '下行']
    """
    if not text:
        return []
    lines = []
    limit = first_width if first_width is not None else width
    for paragraph in text.split("\n"):
        tokens = re.findall(r"[!-~]+|.", paragraph) if keep_latin_words else list(paragraph)
        line, line_width = "", 0.0
        for token in tokens:
            pieces = [token] if style.width(token) <= limit else list(token)
            for piece in pieces:
                piece_width = style.width(piece)
                if line and line_width + piece_width > limit + 1e-6:
                    lines.append(line.rstrip())
                    limit = width
                    line = piece.lstrip()
                    line_width = style.width(line)
                else:
                    line += piece
                    line_width += piece_width
        lines.append(line.rstrip())
        limit = width
    return lines


@dataclass
class Run:
    x: float
    baseline: float
    text: str
    style: Style


@dataclass
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Page:
    number: int
    runs: list = field(default_factory=list)
    rules: list = field(default_factory=list)


@dataclass
class Cell:
    """A header cell: grid row, columns [col0, col1), rows [row, row + rowspan)."""
    row: int
    col0: int
    col1: int
    text: str
    rowspan: int = 1
    align: str = "center"
    bold: bool = True


@dataclass
class DataRow:
    cells: list                      # printed text per column ("" for an empty cell)
    records: list = field(default_factory=list)   # expected records this row gives
    merged: frozenset = frozenset()  # columns continuing the cell above: no rule between them
    break_after: int | None = None   # forced page break after this many text lines


@dataclass
class Column:
    width: float
    align: str                       # of data cells: left, right, center


@dataclass
class TableBlock:
    columns: list
    header: list                     # Cells repeated on every page of the table
    style: Style
    rows: list = field(default_factory=list)
    lead: list = field(default_factory=list)      # Cells printed once above the header
    title: str | None = None
    furniture: tuple | None = None   # (left, centre, right) above the header on every page
    notes: list = field(default_factory=list)
    title_records: list = field(default_factory=list)   # pages: those of the title and lead
    title_size: float | None = None  # None: the variant's title size

    @property
    def width(self):
        return sum(c.width for c in self.columns)


class Flow:
    """Pages filled top to bottom."""

    def __init__(self, variant):
        self.v = variant
        page_w, page_h = variant.page_size
        top, right, bottom, left = variant.margins
        self.page_w, self.page_h = page_w, page_h
        self.left, self.right, self.top, self.bottom = left, page_w - right, top, page_h - bottom
        self.width = self.right - self.left
        self.body = Style(cjk_font(variant.cjk_font), variant.latin_font, variant.body_size)
        self.pages = []
        self.pages_of = defaultdict(set)   # id(record) -> page numbers holding its text
        self.anchors = {}                  # heading or title -> first page
        self.y = self.top
        self.table_top_y = self.top        # below the header of the table being placed
        self.new_page()

    # -- pages ---------------------------------------------------------------------------
    @property
    def page(self):
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Page(len(self.pages) + 1))
        self.y = self.top

    def room(self):
        return self.bottom - self.y

    def page_is_empty(self):
        return not self.page.runs and not self.page.rules

    def ensure(self, height):
        if height > self.room() and not self.page_is_empty():
            self.new_page()

    def note_pages(self, records):
        for record in records:
            self.pages_of[id(record)].add(self.page.number)

    def finish(self):
        """Page numbers at the bottom of every page."""
        total = len(self.pages)
        for page in self.pages:
            text = self.v.page_number.format(n=page.number, total=total)
            x = (self.page_w - self.body.width(text)) / 2
            page.runs.append(Run(x, self.page_h - self.v.margins[2] / 2, text, self.body))
        return self.pages

    # -- text ----------------------------------------------------------------------------
    def text(self, x, slot_top, text, style):
        if text:
            self.page.runs.append(Run(x, slot_top + style.size * BASELINE, text, style))

    def line_x(self, text, style, x0, x1, align):
        if align == "right":
            return x1 - style.width(text)
        if align == "center":
            return x0 + (x1 - x0 - style.width(text)) / 2
        return x0

    def centered(self, text, style, anchor=None):
        """One centred line (titles)."""
        for line in wrap(text, style, self.width):
            self.ensure(style.leading)
            if anchor:
                self.anchors.setdefault(anchor, self.page.number)
            self.text(self.line_x(line, style, self.left, self.right, "center"), self.y, line, style)
            self.y += style.leading
        self.y += style.size * 0.4

    def paragraph(self, text, style=None, indent_chars=2, anchor=None):
        style = style or self.body
        indent = indent_chars * style.size
        lines = wrap(text, style, self.width, first_width=self.width - indent,
                     keep_latin_words=self.v.keep_latin_words)
        for i, line in enumerate(lines):
            self.ensure(style.leading)
            if anchor and i == 0:
                self.anchors.setdefault(anchor, self.page.number)
            self.text(self.left + (indent if i == 0 else 0), self.y, line, style)
            self.y += style.leading
        self.y += style.leading * 0.3

    def heading(self, text, anchor=None):
        style = self.body.sized(self.body.size + 1.5).bolded()
        self.ensure(style.leading + 3 * self.body.leading)   # keep with the next lines
        self.paragraph(text, style, indent_chars=0, anchor=anchor or text)

    def leader_line(self, left_text, right_text, indent_chars=1):
        """A table-of-contents line: text, dot leaders, page number."""
        style = self.body
        self.ensure(style.leading * 1.6)
        x0 = self.left + indent_chars * style.size
        x1 = self.right - style.width(right_text)
        self.text(x0, self.y, left_text, style)
        dots_from = x0 + style.width(left_text) + 2
        dot = style.width(".")
        self.text(dots_from, self.y, "." * max(0, int((x1 - 2 - dots_from) / dot)), style)
        self.text(x1, self.y, right_text, style)
        self.y += style.leading * 1.6

    # -- rules ---------------------------------------------------------------------------
    def hrule(self, x0, x1, y):
        if self.v.ruling in ("grid", "hlines"):
            self.page.rules.append(Rule(x0, y, x1, y))

    def vrule(self, x, y0, y1):
        if self.v.ruling == "grid":
            self.page.rules.append(Rule(x, y0, x, y1))

    def box(self, x0, x1, y0, y1, top=True, bottom=True):
        if top:
            self.hrule(x0, x1, y0)
        if bottom:
            self.hrule(x0, x1, y1)
        self.vrule(x0, y0, y1)
        self.vrule(x1, y0, y1)

    # -- tables --------------------------------------------------------------------------
    def table(self, t, anchor=None):
        xs = [self.left + (self.width - t.width) / 2]
        for column in t.columns:
            xs.append(xs[-1] + column.width)
        cell_lines = [self._row_lines(t, row) for row in t.rows]
        head = self._grid_height(t, t.header, xs) + self._grid_height(t, t.lead, xs)
        first_row = 0
        if t.rows:   # the header is kept with (a breakable part of) the first row
            lines = max(1, max(map(len, cell_lines[0])))
            first_row = (min(lines, 2) if self.v.split_rows else lines) * t.style.leading + 2 * PAD
        self.ensure(self._title_height(t) + self._furniture_height(t) + head + first_row)
        if anchor:
            self.anchors.setdefault(anchor, self.page.number)
        self._table_top(t, xs, first=True)
        for row, lines in zip(t.rows, cell_lines):
            self._place_row(t, xs, row, lines)
        self.hrule(xs[0], xs[-1], self.y)
        self.y += t.style.leading * 0.5
        for note in t.notes:
            self.paragraph(note, t.style, indent_chars=0)

    def _row_lines(self, t, row):
        return [wrap(text, t.style, col.width - 2 * PAD, keep_latin_words=self.v.keep_latin_words)
                for text, col in zip(row.cells, t.columns)]

    def _title_height(self, t):
        style = self._title_style(t)
        return (style.leading + style.size * 0.4) if t.title else 0

    def _title_style(self, t):
        return self.body.sized(t.title_size or self.v.title_size).bolded()

    def _furniture_height(self, t):
        if not t.furniture:
            return 0
        return self.body.leading * (2 if self.v.year_own_line and t.furniture[1] else 1) + 2

    def _table_top(self, t, xs, first):
        if t.title and (first or self.v.repeat_title):
            self.centered(t.title, self._title_style(t))
            if first:
                self.note_pages(t.title_records)
        if t.furniture:
            self._furniture(t, xs)
        if first and t.lead:
            self.note_pages(t.title_records)
            self._grid(t, t.lead, xs)
        self._grid(t, t.header, xs)
        self.table_top_y = self.y

    def _furniture(self, t, xs):
        left, centre, right = t.furniture
        style = self.body
        mid = (xs[0] + xs[-1]) / 2
        # Over a narrow table the three parts keep two characters between them.
        half = max(xs[-1] - xs[0], style.width(left + centre + right) + 4 * style.size) / 2
        x0, x1 = mid - half, mid + half
        if self.v.year_own_line and centre and "：" in centre:
            label, value = centre.split("：", 1)
            self.text(mid - style.width(label + "：") / 2, self.y, label + "：", style)
            self.y += style.leading
            centre = value
        self.text(x0, self.y, left, style)
        if centre:
            self.text(mid - style.width(centre) / 2, self.y, centre, style)
        if right:
            self.text(x1 - style.width(right), self.y, right, style)
        self.y += style.leading + 2

    def _grid_rows(self, t, cells, xs):
        """Row heights of a block of header cells; a cell spanning rows may deepen the last."""
        if not cells:
            return []
        nrows = max(c.row + c.rowspan for c in cells)
        heights = [t.style.leading + 2 * PAD] * nrows
        for c in sorted(cells, key=lambda c: c.rowspan):
            style, lines = self._header_cell_lines(t, c, xs)
            short = max(1, len(lines)) * style.leading + 2 * PAD - sum(heights[c.row:c.row + c.rowspan])
            if short > 0:
                heights[c.row + c.rowspan - 1] += short
        return heights

    def _header_cell_lines(self, t, c, xs):
        style = t.style.bolded() if c.bold else t.style
        width = xs[c.col1] - xs[c.col0] - 2 * PAD
        return style, wrap(c.text, style, width, keep_latin_words=self.v.keep_latin_words)

    def _grid_height(self, t, cells, xs):
        return sum(self._grid_rows(t, cells, xs))

    def _grid(self, t, cells, xs):
        heights = self._grid_rows(t, cells, xs)
        tops = [self.y]
        for h in heights:
            tops.append(tops[-1] + h)
        for c in cells:
            style, lines = self._header_cell_lines(t, c, xs)
            x0, x1, y0, y1 = xs[c.col0], xs[c.col1], tops[c.row], tops[c.row + c.rowspan]
            slot = y0 + (y1 - y0 - len(lines) * style.leading) / 2
            for line in lines:
                self.text(self.line_x(line, style, x0 + PAD, x1 - PAD, c.align), slot, line, style)
                slot += style.leading
            self.box(x0, x1, y0, y1)
        self.y = tops[-1]

    def _place_row(self, t, xs, row, lines):
        leading = t.style.leading
        first = True
        while True:
            n = max(1, max(map(len, lines)))
            fresh = self.y <= self.table_top_y + 1e-6
            forced = row.break_after if first else None
            if forced and forced < n and forced * leading + 2 * PAD <= self.room():
                k = forced
            elif n * leading + 2 * PAD <= self.room():
                self._fragment(t, xs, row, lines, n, self.v.valign if first else "top", first)
                return
            else:
                k = int((self.room() - 2 * PAD) // leading)
                if k < 1 or not (self.v.split_rows or fresh):
                    if not fresh:
                        self._table_page_break(t, xs)
                        continue
                    k = max(k, 1)   # taller than a whole page: it has to break
            self._fragment(t, xs, row, [c[:k] for c in lines], k, "top", first)
            lines = [c[k:] for c in lines]
            first = False
            self._table_page_break(t, xs)

    def _fragment(self, t, xs, row, lines, n, valign, first):
        """One row, or the part of a broken row on this page."""
        style, leading = t.style, t.style.leading
        height = n * leading + 2 * PAD
        y0 = self.y
        for i, (cell, column) in enumerate(zip(lines, t.columns)):
            spare = (n - len(cell)) * leading
            slot = y0 + PAD + {"top": 0, "center": spare / 2, "bottom": spare}[valign]
            for line in cell:
                self.text(self.line_x(line, style, xs[i] + PAD, xs[i + 1] - PAD, column.align),
                          slot, line, style)
                slot += leading
            # The bottom rule is the next row's top rule, or the table's end on this page.
            self.box(xs[i], xs[i + 1], y0, y0 + height, top=not (first and i in row.merged), bottom=False)
        if any(lines):
            self.note_pages(row.records)
        self.y = y0 + height

    def _table_page_break(self, t, xs):
        self.hrule(xs[0], xs[-1], self.y)
        self.new_page()
        self._table_top(t, xs, first=False)
