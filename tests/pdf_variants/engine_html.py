"""The disclosure as one HTML page for Chromium to print (engine_variants.py).

Web-based budget systems print their reports this way: each table a
<table> whose <thead> the browser repeats on every page, rows broken where the
page ends, CSS page size and margins, page numbers in the page margin.
"""
from html import escape

import engine_content
from layout import PAD


def family(v):
    return f'"{engine_content.LATIN_FAMILY[v.latin_font]}", "{engine_content.CJK_FAMILY}", sans-serif'


def _pt(x):
    return f"{x:.2f}pt"


def _css(ev):
    v = ev.layout
    top, right, bottom, left = v.margins
    width, height = v.page_size
    size = "A4 landscape" if (width, height) == (841.89, 595.28) else f"{_pt(width)} {_pt(height)}"
    before, after = v.page_number.split("{n}")
    borders = {
        "grid": "th, td { border: 0.5pt solid #000; }",
        "hlines": "th, td { border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000; }",
        "none": "",
    }[v.ruling]
    return f"""
@page {{ size: {size}; margin: {_pt(top)} {_pt(right)} {_pt(bottom)} {_pt(left)};
  @bottom-center {{ content: "{before}" counter(page) "{after.replace('{total}', '" counter(pages) "')}";
                    font-family: {family(v)}; font-size: {_pt(v.body_size)}; }} }}
body {{ margin: 0; font-family: {family(v)}; font-size: {_pt(v.body_size)}; line-height: 1.25; }}
p {{ margin: 0 0 0.3em 0; }}
.title {{ text-align: center; font-weight: bold; margin: 0 0 0.4em 0; }}
.heading {{ font-weight: bold; margin: 0.6em 0 0.3em 0; break-after: avoid; }}
.page-break {{ break-before: page; }}
table {{ border-collapse: collapse; table-layout: fixed; margin: 0 auto; }}
th, td {{ padding: {_pt(PAD)}; vertical-align: {ev.layout.valign.replace('center', 'middle')}; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; }}
{borders}
tr {{ break-inside: {'auto' if v.split_rows else 'avoid'}; }}
td.wrap {{ word-break: break-all; }}
thead tr.bare th, thead tr.bare td {{ border: none; font-weight: normal; }}
.furniture {{ display: flex; justify-content: space-between; }}
table.lead {{ margin-bottom: -0.5pt; }}
"""


def _furniture(t):
    left, centre, right = t.furniture
    return (f'<div class="furniture"><span>{escape(left)}</span><span>{escape(centre)}</span>'
            f'<span>{escape(right)}</span></div>')


def _colgroup(t):
    return "<colgroup>" + "".join(f'<col style="width:{_pt(c.width)}">' for c in t.columns) + "</colgroup>"


def _header_rows(cells, ncols, bold=True):
    tag = "th" if bold else "td"
    rows = {}
    for c in sorted(cells, key=lambda c: (c.row, c.col0)):
        span = f' colspan="{c.col1 - c.col0}"' if c.col1 - c.col0 > 1 else ""
        span += f' rowspan="{c.rowspan}"' if c.rowspan > 1 else ""
        style = "" if c.align == "center" else f' style="text-align:{c.align}"'
        cell_tag = tag if c.bold else "td"
        rows.setdefault(c.row, []).append(f"<{cell_tag}{span}{style}>{escape(c.text)}</{cell_tag}>")
    return "".join(f"<tr>{''.join(r)}</tr>" for _, r in sorted(rows.items()))


def _table(ev, block):
    t, v = block.table, ev.layout
    ncols = len(t.columns)
    size = t.style.size
    title_size = t.title_size or v.title_size
    width = _pt(t.width)
    out = []
    repeated = []
    if t.title:
        title = f'<div class="title" style="font-size:{_pt(title_size)}">{escape(t.title)}</div>'
        if v.repeat_title:
            repeated.append(f'<tr class="bare"><th colspan="{ncols}">{title}</th></tr>')
        else:
            out.append(title)
    if t.furniture:
        if ev.repeat_furniture:
            repeated.append(f'<tr class="bare"><td colspan="{ncols}">{_furniture(t)}</td></tr>')
        else:
            out.append(f'<div style="width:{width};margin:0 auto">{_furniture(t)}</div>')
    if t.lead:
        # The goal row is printed once, above the header the browser repeats.
        out.append(f'<table class="lead" style="width:{width};font-size:{_pt(size)}">{_colgroup(t)}'
                   f'{_header_rows(t.lead, ncols)}</table>')
    out.append(f'<table style="width:{width};font-size:{_pt(size)}">{_colgroup(t)}')
    out.append(f"<thead>{''.join(repeated)}{_header_rows(t.header, ncols)}</thead><tbody>")
    spans = engine_content.data_spans(t)
    for i, _ in enumerate(t.rows):
        cells = []
        for col, column in enumerate(t.columns):
            if (i, col) in spans.covered:
                continue
            down = spans.down.get((i, col))
            attrs = f' rowspan="{down}"' if down else ""
            # Numbers and codes break anywhere, as budget systems' narrow cells print them.
            wrap = ' class="wrap"' if column.align != "left" else ""
            cells.append(f'<td{attrs}{wrap} style="text-align:{column.align}">'
                         f"{escape(engine_content.cell_text(t, i, col))}</td>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    for note in t.notes:
        out.append(f"<p>{escape(note)}</p>")
    return "\n".join(out)


def document(ev, blocks, title):
    body = []
    page_break = False
    for b in blocks:
        if b.kind == "page_break":
            page_break = True
            continue
        classes = {"title": "title", "heading": "heading"}.get(b.kind, "")
        if page_break:
            classes += " page-break"
        cls = f' class="{classes.strip()}"' if classes.strip() else ""
        page_break = False
        if b.kind == "table":
            body.append(f"<div{cls}>{_table(ev, b)}</div>")
        else:
            indent = f";text-indent:{b.indent_chars}em" if b.kind in ("paragraph", "contents") else ""
            body.append(f'<p{cls} style="font-size:{_pt(b.size)}{indent}">{escape(b.text)}</p>')
    return (f'<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_css(ev)}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
