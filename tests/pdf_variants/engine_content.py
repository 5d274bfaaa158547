"""The disclosure as a sequence of blocks for another layout engine to lay out.

document.write prints the disclosure through a Flow; the Recorder here takes the
same calls and keeps what they print (titles, headings, paragraphs, contents
lines, TableBlocks) without placing anything, so an engine variant prints the
very content, column widths and header trees of the reportlab variants and
only the layout (line and page breaks, row heights, where each glyph lands)
is the engine's own.
"""
from dataclasses import dataclass, field

import document
from layout import Style, cjk_font


CJK_FAMILY = "WenQuanYi Micro Hei"
# The reportlab variants' standard-14 Latin fonts as Debian's fonts of the same widths
# (fonts-liberation2), so that columns sized for them hold the same numbers.
LATIN_FAMILY = {None: CJK_FAMILY, "Times-Roman": "Liberation Serif", "Helvetica": "Liberation Sans"}


@dataclass
class Block:
    kind: str                # title, heading, paragraph, contents, page_break, table
    text: str = ""
    size: float = 0.0        # pt, of a title, heading or paragraph
    indent_chars: int = 0    # first-line indent of a paragraph
    table: object = None     # a layout.TableBlock
    anchor: str | None = None   # the table kind of a standard table


class Recorder:
    """What document.write needs of a layout.Flow, keeping blocks instead of pages."""

    def __init__(self, variant, widen=1.0):
        self.body = Style(cjk_font(variant.cjk_font), variant.latin_font, variant.body_size)
        top, right, bottom, left = variant.margins
        # Tables are fitted to this width: `widen` times the page's, for an engine that
        # scales them down to the page as it prints.
        self.width = (variant.page_size[0] - left - right) * widen
        self.blocks = []

    def new_page(self):
        if self.blocks:
            self.blocks.append(Block("page_break"))

    def centered(self, text, style, anchor=None):
        self.blocks.append(Block("title", text, style.size))

    def heading(self, text, anchor=None):
        self.blocks.append(Block("heading", text, self.body.size + 1.5))

    def paragraph(self, text, style=None, indent_chars=2, anchor=None):
        self.blocks.append(Block("paragraph", text, (style or self.body).size, indent_chars))

    def leader_line(self, left_text, right_text, indent_chars=1):
        # The page a table lands on is the engine's to decide: contents lines name no page.
        self.blocks.append(Block("contents", left_text, self.body.size, indent_chars))

    def table(self, t, anchor=None):
        self.blocks.append(Block("table", t.title or "", table=t, anchor=anchor))


def blocks(variant, expected, money, widen=1.0):
    recorder = Recorder(variant, widen)
    document.write(recorder, variant, expected, money)
    return recorder.blocks


def is_project(t):
    return bool(t.title_records) and t.title_records[0]["record"] == "performance_project"


@dataclass
class Spans:
    """Data cells merged down over a run of rows, as spreadsheets print 一级指标 and
    二级指标: `down[(row, col)]` rows for the first cell of a run, `covered` the rest."""
    down: dict = field(default_factory=dict)
    covered: set = field(default_factory=set)


def data_spans(t):
    """Runs of equal 一级指标, and of equal 二级指标 within one 一级指标, of a 绩效 grid."""
    spans = Spans()
    if not is_project(t):
        return spans
    levels = [(r.records[0]["level1"], r.records[0]["level2"]) for r in t.rows]
    for col in (0, 1):
        start = 0
        for i in range(1, len(levels) + 1):
            if i == len(levels) or levels[i][:col + 1] != levels[start][:col + 1]:
                if i - start > 1:
                    spans.down[(start, col)] = i - start
                    spans.covered.update((j, col) for j in range(start + 1, i))
                start = i
    return spans


def cell_text(t, row_index, col):
    """A data cell as printed, the first cell of a merged run holding its run's text."""
    row = t.rows[row_index]
    if is_project(t) and col in (0, 1):
        return row.records[0]["level1" if col == 0 else "level2"] or ""
    return row.cells[col]
