"""The disclosure as flat OpenDocument files for LibreOffice to print (engine_variants.py):
a Calc workbook (.fods, one sheet per table, as spreadsheet templates of the budget
systems hold them) or a Writer document (.fodt, the whole disclosure, as word
processors print it). Plain XML: no package beyond Python's own is needed, and
the same inputs give the same bytes.
"""
import re
from xml.sax.saxutils import escape, quoteattr

import engine_content
from layout import PAD, wrap

NAMESPACES = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
}.items())
RULE = "0.5pt solid #000000"
# A printed amount: optional sign, digits with optional thousands commas, optional decimals.
NUMBER = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?$|-?\d+(\.\d+)?$")


def _pt(x):
    return f"{x:.2f}pt"


class Styles:
    """Automatic styles, one per distinct set of properties, named in order of first use."""

    def __init__(self):
        self.names, self.xml = {}, []

    def get(self, family, body, prefix, extra=""):
        key = (family, body, extra)
        if key not in self.names:
            name = f"{prefix}{len(self.names) + 1}"
            self.names[key] = name
            self.xml.append(f'<style:style style:name="{name}" style:family="{family}"{extra}>{body}</style:style>')
        return self.names[key]


def _text_props(size, bold=False):
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:text-properties style:font-name="latin" fo:font-size="{_pt(size)}" '
            f'style:font-name-asian="cjk" style:font-size-asian="{_pt(size)}"{weight}/>')


def _font_faces(v):
    latin = engine_content.LATIN_FAMILY[v.latin_font]
    return ("<office:font-face-decls>"
            f'<style:font-face style:name="latin" svg:font-family={quoteattr(latin)}/>'
            f'<style:font-face style:name="cjk" svg:font-family={quoteattr(engine_content.CJK_FAMILY)}/>'
            "</office:font-face-decls>")


def _borders(v, ruled):
    if not ruled or v.ruling == "none":
        return ""
    if v.ruling == "grid":
        return f' fo:border="{RULE}"'
    return f' fo:border-top="{RULE}" fo:border-bottom="{RULE}" fo:border-left="none" fo:border-right="none"'


def _page_layout(v, extra=""):
    top, right, bottom, left = v.margins
    width, height = v.page_size
    orientation = "landscape" if width > height else "portrait"
    # The page number sits in the bottom margin, as the reportlab variants print it.
    return (f'<style:page-layout style:name="page"><style:page-layout-properties fo:page-width="{_pt(width)}" '
            f'fo:page-height="{_pt(height)}" style:print-orientation="{orientation}" fo:margin-top="{_pt(top)}" '
            f'fo:margin-right="{_pt(right)}" fo:margin-bottom="{_pt(bottom / 2)}" fo:margin-left="{_pt(left)}"'
            f'{extra}/><style:footer-style><style:header-footer-properties fo:min-height="{_pt(bottom / 2)}" '
            f'fo:margin-top="0pt"/></style:footer-style></style:page-layout>')


def _master_page(v):
    text = escape(v.page_number).replace("{n}", "<text:page-number>1</text:page-number>")
    text = text.replace("{total}", "<text:page-count>1</text:page-count>")
    return ('<office:master-styles><style:master-page style:name="Default" style:page-layout-name="page">'
            '<style:header style:display="false"/>'
            f'<style:footer><text:p text:style-name="footer">{text}</text:p></style:footer>'
            "</style:master-page></office:master-styles>")


def _document(mimetype, v, styles, automatic_tail, body):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} office:version="1.3" '
            f'office:mimetype="{mimetype}">\n{_font_faces(v)}\n'
            '<office:styles><number:number-style style:name="N0"><number:number number:min-integer-digits="1"/>'
            "</number:number-style>"
            '<number:number-style style:name="N2"><number:number number:decimal-places="2" '
            'number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>'
            '<number:number-style style:name="N0T"><number:number number:min-integer-digits="1" '
            'number:grouping="true"/></number:number-style>'
            '<number:number-style style:name="N2T"><number:number number:decimal-places="2" '
            'number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
            "</number:number-style>"
            '<style:style style:name="footer" style:family="paragraph"><style:paragraph-properties '
            f'fo:text-align="center"/>{_text_props(v.body_size)}</style:style></office:styles>\n'
            f"<office:automatic-styles>{''.join(styles.xml)}{automatic_tail}</office:automatic-styles>\n"
            f"{_master_page(v)}\n<office:body>{body}</office:body></office:document>\n")


class _Grid:
    """Rows of a table in OpenDocument: spanned cells and the covered cells they hide."""

    def __init__(self, ev, styles):
        self.ev, self.v, self.styles = ev, ev.layout, styles

    def cell_style(self, size, align, valign="middle", bold=False, ruled=True, data_style=None, wraps=True):
        """(cell style, paragraph style): Calc takes the text's look from the cell's style,
        Writer from the style of the paragraph in the cell."""
        wrap_option = ' fo:wrap-option="wrap"' if self.ev.engine == "calc" and wraps else ""
        extra = f' style:data-style-name="{data_style}"' if data_style else ""
        body = (f'<style:table-cell-properties{_borders(self.v, ruled)}{wrap_option} style:vertical-align="{valign}" '
                f'fo:padding="{_pt(PAD)}"/><style:paragraph-properties fo:text-align="{align}"/>'
                f"{_text_props(size, bold)}")
        para = (f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="0pt" '
                f'fo:margin-bottom="0pt"/>{_text_props(size, bold)}')
        return (self.styles.get("table-cell", body, "ce", extra), self.styles.get("paragraph", para, "P"))

    def cell(self, text, style, across=1, down=1, number=None):
        cell_style, para_style = style
        spans = (f' table:number-columns-spanned="{across}"' if across > 1 else "") + \
                (f' table:number-rows-spanned="{down}"' if down > 1 else "")
        value = (f' office:value-type="float" office:value="{number.replace(",", "")}"' if number is not None
                 else ' office:value-type="string"')
        if not text:
            # Truly empty, as a spreadsheet holds it: the text of the cell before may run over it.
            return f'<table:table-cell table:style-name="{cell_style}"{spans}/>'
        return (f'<table:table-cell table:style-name="{cell_style}"{spans}{value}>'
                f'<text:p text:style-name="{para_style}">{escape(text)}</text:p></table:table-cell>')

    def header(self, t, cells):
        """Rows of header cells (layout.Cell), covered positions filled in."""
        ncols, size = len(t.columns), t.style.size
        start = {(c.row, c.col0): c for c in cells}
        covered = {(r, col) for c in cells for r in range(c.row, c.row + c.rowspan)
                   for col in range(c.col0, c.col1)} - set(start)
        nrows = max(c.row + c.rowspan for c in cells)
        rows = []
        for r in range(nrows):
            out, lines = [], 1
            for col in range(ncols):
                c = start.get((r, col))
                if c:
                    style = self.cell_style(size, _align(c.align), bold=c.bold)
                    out.append(self.cell(c.text, style, c.col1 - c.col0, c.rowspan))
                    if c.rowspan == 1:
                        width = sum(column.width for column in t.columns[c.col0:c.col1])
                        lines = max(lines, len(wrap(c.text, t.style, width - 2 * PAD)))
                elif (r, col) in covered:
                    out.append("<table:covered-table-cell/>")
                else:
                    out.append(self.cell("", self.cell_style(size, "center")))
            rows.append((out, self._row_height(t, lines)))
        return rows

    def spanning_row(self, text, ncols, size, align="center", bold=False):
        style = self.cell_style(size, align, bold=bold, ruled=False)
        return [self.cell(text, style, ncols)] + ["<table:covered-table-cell/>"] * (ncols - 1)

    def furniture_row(self, t, size):
        ncols = len(t.columns)
        if self.ev.engine == "calc":
            # As spreadsheets hold it: the department in the first cell, the year in the middle
            # one and the unit in the last, each running over its empty neighbours.
            cells = [self.cell("", self.cell_style(size, "start", ruled=False, wraps=False))] * ncols
            for col, text, align in zip((0, ncols // 2, ncols - 1), t.furniture, ("start", "center", "end")):
                cells[col] = self.cell(text, self.cell_style(size, align, ruled=False, wraps=False))
            return cells
        a = max(1, ncols // 3)
        c = max(1, ncols // 3)
        b = ncols - a - c
        out = []
        for text, across, align in zip(t.furniture, (a, b, c), ("start", "center", "end")):
            out.append(self.cell(text, self.cell_style(size, align, ruled=False), across))
            out += ["<table:covered-table-cell/>"] * (across - 1)
        return out

    def data(self, t, size):
        """Data rows, each with its row style (None: the table's)."""
        spans = engine_content.data_spans(t)
        valign = {"center": "middle"}.get(self.v.valign, self.v.valign)
        rows = []
        for i, _ in enumerate(t.rows):
            out, lines = [], 1
            for col, column in enumerate(t.columns):
                if (i, col) in spans.covered:
                    out.append("<table:covered-table-cell/>")
                    continue
                text = engine_content.cell_text(t, i, col)
                if (i, col) not in spans.down:
                    lines = max(lines, len(wrap(text, t.style, column.width - 2 * PAD)))
                number = text if (self.ev.numbers == "float" and column.align == "right"
                                  and NUMBER.match(text)) else None
                data_style = _number_style(number) if number else None
                style = self.cell_style(size, _align(column.align), valign=valign, data_style=data_style)
                out.append(self.cell(text, style, 1, spans.down.get((i, col), 1), number))
            rows.append((out, self._row_height(t, lines)))
        return rows

    def _row_height(self, t, lines):
        """Calc's optimal height of a row of wrapped cells falls short of what its PDF
        export wraps them into (text then runs over the next row): such rows get a
        height of one line more than our own wrapping gives."""
        if self.ev.engine != "calc" or lines < 2:
            return None
        height = (lines + 1) * t.style.leading + 2 * PAD
        return self.styles.get("table-row", f'<style:table-row-properties style:row-height="{_pt(height)}" '
                               'style:use-optimal-row-height="false"/>', "ro")


def _align(align):
    return {"left": "start", "right": "end"}.get(align, align)


def _number_style(text):
    places = "2" if "." in text else "0"
    return f"N{places}{'T' if ',' in text else ''}"


def _rows(rows, row_style):
    """Rows of cells, or of (cells, their own row style or None)."""
    out = []
    for row in rows:
        cells, own = row if isinstance(row, tuple) else (row, None)
        out.append(f'<table:table-row table:style-name="{own or row_style}">{"".join(cells)}</table:table-row>')
    return "".join(out)


def _table_rows(grid, t, row_style, title_size, inline=True):
    """(rows above the repeated ones, repeated rows, rows below) of one table. Without
    `inline`, a title and furniture printed once are left to the caller."""
    ncols, size = len(t.columns), t.style.size
    v, ev = grid.v, grid.ev
    above, repeated = [], []
    if t.title and (inline or v.repeat_title):
        title = grid.spanning_row(t.title, ncols, title_size, bold=True)
        (repeated if v.repeat_title else above).append(title)
    if t.furniture and (inline or ev.repeat_furniture):
        (repeated if ev.repeat_furniture else above).append(grid.furniture_row(t, size))
    if t.lead:
        # Printed once, above the header that repeats: the header rows follow it.
        above += repeated + grid.header(t, t.lead)
        repeated = []
    repeated += grid.header(t, t.header)
    below = grid.data(t, size)
    below += [grid.spanning_row(note, ncols, size, align="start") for note in t.notes]
    return (_rows(above, row_style), _rows(repeated, row_style), _rows(below, row_style))


def _columns(grid, t):
    out = []
    for c in t.columns:
        props = f'<style:table-column-properties style:column-width="{_pt(c.width)}"/>'
        out.append(f'<table:table-column table:style-name="{grid.styles.get("table-column", props, "co")}"/>')
    return "".join(out)


def calc(ev, blocks):
    """A workbook: a sheet per table, the 绩效目标表 of every project on one sheet."""
    v, styles = ev.layout, Styles()
    grid = _Grid(ev, styles)
    row_style = styles.get("table-row", '<style:table-row-properties style:use-optimal-row-height="true"/>', "ro")
    sheet_style = styles.get("table", '<style:table-properties table:display="true"/>', "ta",
                             ' style:master-page-name="Default"')
    sheets, projects = [], []
    for b in blocks:
        if b.kind != "table":
            continue
        t = b.table
        if engine_content.is_project(t):
            projects.append(t)
            continue
        sheets.append((t.title, _columns(grid, t), _table_rows(grid, t, row_style, t.title_size or v.title_size)))
    if projects:
        body = []
        for t in projects:
            above, repeated, below = _table_rows(grid, t, row_style, t.title_size or v.title_size)
            # One project's header does not repeat on the pages of the next: no header rows here.
            body.append(above + repeated + below + f'<table:table-row table:style-name="{row_style}"/>')
        sheets.append(("项目绩效目标表", _columns(grid, projects[0]), ("", "", "".join(body))))
    out = ["<office:spreadsheet>"]
    for name, columns, (above, repeated, below) in sheets:
        header_rows = f"<table:table-header-rows>{repeated}</table:table-header-rows>" if repeated else ""
        out.append(f'<table:table table:name={quoteattr(name[:31])} table:style-name="{sheet_style}">'
                   f"{columns}{above}{header_rows}{below}</table:table>")
    out.append("</office:spreadsheet>")
    fit = ' style:scale-to-X="1" style:scale-to-Y="0"' if ev.fit_width else ""
    return _document("application/vnd.oasis.opendocument.spreadsheet", v, styles, _page_layout(v, fit),
                     "".join(out))


def writer(ev, blocks):
    """The whole disclosure as a text document: tables with repeated header rows among paragraphs."""
    v, styles = ev.layout, Styles()
    grid = _Grid(ev, styles)
    keep = "auto" if v.split_rows else "always"
    row_style = styles.get("table-row", f'<style:table-row-properties fo:keep-together="{keep}"/>', "ro")
    text_width = v.page_size[0] - v.margins[1] - v.margins[3]
    out = ["<office:text>"]
    page_break = False

    def paragraph(text, size, align="justify", bold=False, indent=0.0, tabs=""):
        nonlocal page_break
        brk = ' fo:break-before="page"' if page_break else ""
        page_break = False
        body = (f'<style:paragraph-properties fo:text-align="{align}" fo:text-indent="{_pt(indent)}" '
                f'fo:margin-bottom="{_pt(size * 0.3)}"{brk}>{tabs}</style:paragraph-properties>'
                f"{_text_props(size, bold)}")
        out.append(f'<text:p text:style-name="{styles.get("paragraph", body, "P")}">{text}</text:p>')

    for b in blocks:
        if b.kind == "page_break":
            page_break = True
        elif b.kind == "title":
            paragraph(escape(b.text), b.size, "center", bold=True)
        elif b.kind == "heading":
            paragraph(escape(b.text), b.size, "start", bold=True)
        elif b.kind in ("paragraph", "contents"):
            paragraph(escape(b.text), b.size, indent=b.indent_chars * b.size)
        else:
            t = b.table
            title_size = t.title_size or v.title_size
            above, repeated, below = _table_rows(grid, t, row_style, title_size, inline=False)
            if t.title and not v.repeat_title:
                paragraph(escape(t.title), title_size, "center", bold=True)
            if t.furniture and not ev.repeat_furniture:
                # Printed once above the table, on tab stops as word processors set it.
                tabs = (f'<style:tab-stops><style:tab-stop style:position="{_pt(text_width / 2)}" '
                        f'style:type="center"/><style:tab-stop style:position="{_pt(text_width)}" '
                        'style:type="right"/></style:tab-stops>')
                paragraph("<text:tab/>".join(escape(x) for x in t.furniture), t.style.size, "start", tabs=tabs)
            brk = ' fo:break-before="page"' if page_break else ""
            page_break = False
            props = (f'<style:table-properties style:width="{_pt(t.width)}" table:align="center" '
                     f'style:may-break-between-rows="true" fo:margin-bottom="{_pt(v.body_size)}"{brk}/>')
            table_style = styles.get("table", props, "T")
            header_rows = f"<table:table-header-rows>{repeated}</table:table-header-rows>" if repeated else ""
            out.append(f'<table:table table:style-name="{table_style}">{_columns(grid, t)}{above}'
                       f"{header_rows}{below}</table:table>")
    out.append("</office:text>")
    return _document("application/vnd.oasis.opendocument.text", v, styles, _page_layout(v), "".join(out))
