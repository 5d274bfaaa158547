#!/usr/bin/env python3
"""Writes a tiny budget-table PDF for the PDF fuzz corpus.

The sample disclosure's pages carry ~160 KB of embedded fonts, which a fuzzer
mutates in vain. This page uses Adobe's predefined CJK font STSong-Light with
the UniGB-UCS2-H CMap (Poppler maps it to Unicode with poppler-data), nothing
embedded and nothing compressed, so every mutation lands on the PDF
structure or the text operators. Usage: make_seed_pdf.py OUT.pdf [rows]
"""
import sys

PAGE_W, PAGE_H = 595, 842
SIZE = 9  # font size, points

def hex_text(text):
    return "<" + text.encode("utf-16-be").hex().upper() + ">"

def text_at(x, y, text, size=SIZE):
    return f"BT /F1 {size} Tf {x:.1f} {y:.1f} Td {hex_text(text)} Tj ET"

def page_content(rows):
    ops = [text_at(160, 790, "部门预算一般公共预算财政拨款支出表", 14),
           text_at(40, 765, "999 测试局"), text_at(460, 765, "单位：万元")]
    columns = [40, 80, 150, 330, 410, 490]  # left edges, points
    header = [["序号", "功能分类科目", "", "合计", "基本支出", "项目支出"],
              ["", "科目编码", "科目名称", "", "", ""],
              ["栏次", "1", "2", "3", "4", "5"]]
    y = 740
    for line in header + rows:
        for x, cell in zip(columns, line):
            if cell:
                ops.append(text_at(x, y, cell))
        y -= 16
    return "\n".join(ops).encode("ascii")

def write_pdf(path, rows):
    content = page_content(rows)
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 %d %d]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>"
        % (PAGE_W, PAGE_H),
        b"<</Length %d>>\nstream\n" % len(content) + content + b"\nendstream",
        b"<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[6 0 R]>>",
        b"<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light"
        b"/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/FontDescriptor 7 0 R/DW 1000/W[1 95 500]>>",
        b"<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[-25 -254 1000 880]/ItalicAngle 0"
        b"/Ascent 880/Descent -120/CapHeight 880/StemV 80>>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)

ROWS = [["1", "", "合计", "12.50", "2.50", "10.00"],
        ["2", "201", "一般公共服务支出", "12.50", "2.50", "10.00"],
        ["3", "20132", "组织事务", "12.50", "2.50", "10.00"],
        ["4", "2013201", "行政运行", "2.50", "2.50", ""],
        ["5", "2013299", "其他组织事务支出", "10.00", "", "10.00"]]

if __name__ == "__main__":
    write_pdf(sys.argv[1], ROWS[: int(sys.argv[2])] if len(sys.argv) > 2 else ROWS)
