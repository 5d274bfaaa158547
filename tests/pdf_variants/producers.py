"""Writing laid-out pages as PDF content streams, the way different producers do.

Ordered: rules, then each text run as one text object, in reading order.
Glyph soup: every glyph its own text object (no spaces drawn), the glyphs and
rules of a page shuffled, so content order says nothing about reading order;
bold text drawn twice a fraction of a point apart (fake bold).
"""
import random

from reportlab.pdfgen.canvas import Canvas

from layout import RULE_WIDTH

BOLD_STROKE = 0.025   # stroke width of synthetic bold (text render mode 2), in font sizes


def write_pdf(path, pages, variant, title, author):
    page_h = variant.page_size[1]
    canvas = Canvas(str(path), pagesize=variant.page_size, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(f"budgetpdf tests/pdf_variants/make_variants.py ({variant.name})")
    rng = random.Random(variant.seed)
    for page in pages:
        if variant.rotate == 90:
            # reportlab stores a page turned by /Rotate 90 with a MediaBox of page_h x page_w
            # (portrait here); the content is drawn in the shown frame through a transform.
            canvas.setPageRotation(90)
            canvas.translate(page_h, 0)
            canvas.rotate(90)
        canvas.setLineWidth(RULE_WIDTH)
        if variant.glyph_soup:
            _glyph_soup(canvas, page, variant, rng, page_h)
        else:
            _ordered(canvas, page, page_h)
        canvas.showPage()
    canvas.save()


def _ordered(canvas, page, page_h):
    for rule in page.rules:
        canvas.line(rule.x1, page_h - rule.y1, rule.x2, page_h - rule.y2)
    for run in page.runs:
        text = canvas.beginText(run.x, page_h - run.baseline)
        if run.style.bold:
            canvas.saveState()
            canvas.setLineWidth(run.style.size * BOLD_STROKE)
            text.setTextRenderMode(2)
        for font, piece in run.style.segments(run.text):
            text.setFont(font, run.style.size)
            text.textOut(piece)
        canvas.drawText(text)
        if run.style.bold:
            canvas.restoreState()


def _glyph_soup(canvas, page, variant, rng, page_h):
    ops = [("rule", rule) for rule in page.rules]
    for run in page.runs:
        offsets = [0.0]
        if run.style.bold and variant.fake_bold_pt:
            offsets.append(rng.uniform(*variant.fake_bold_pt))
        x = run.x
        for ch in run.text:
            if not ch.isspace():
                for dx in offsets:
                    ops.append(("glyph", (x + dx, page_h - run.baseline, ch,
                                          run.style.font_of(ch), run.style.size)))
            x += run.style.char_width(ch)
    rng.shuffle(ops)
    for kind, op in ops:
        if kind == "rule":
            canvas.line(op.x1, page_h - op.y1, op.x2, page_h - op.y2)
        else:
            x, y, ch, font, size = op
            text = canvas.beginText(x, y)
            text.setFont(font, size)
            text.textOut(ch)
            canvas.drawText(text)
