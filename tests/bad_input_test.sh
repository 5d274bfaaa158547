#!/usr/bin/env bash
# One file of each bad kind an archive holds, made here at test time, each
# converted in one batch beside a good dump: the bad file gives exactly its
# `error` record (or, when part of it can be read, its records plus failed
# `reader.*` checks) and a one-line message on stderr, and the good file
# still converts whole.
#   tests/bad_input_test.sh BUDGETPDF
source "$(dirname "$0")/test_lib.sh"
samples="$here/../samples"
pdf="$samples/2023-budget-113-pdf/input.pdf"
cp "$samples/2023-budget-113-text/input.txt" good.txt
full_lines=282  # budget lines of the sample, as its golden files hold

# summary FILE: one line about FILE's records in out.jsonl:
#   "error CODE", or "pages=N lines=N failed=N reader=RULE@SUBJECT,…" where
#   failed counts the failed checks other than the reader's.
summary() {
  python3 - "$1" <<'PY'
import json, sys
source = sys.argv[1]
doc_ids, out = set(), []
records = [json.loads(line) for line in open("out.jsonl", encoding="utf-8")]
for r in records:
    if r["record"] in ("document", "error") and r["source"] == source:
        doc_ids.add(r["doc_id"])
        if r["record"] == "error":
            print("error", r["code"])
            sys.exit()
mine = [r for r in records if r["doc_id"] in doc_ids]
lines = sum(r["record"] == "budget_line" for r in mine)
failed = sum(r["record"] == "check" and not r["ok"] and not r["rule"].startswith("reader.") for r in mine)
reader = ",".join(f'{r["rule"]}@{r["subject"]}' for r in mine if r["record"] == "check" and r["rule"].startswith("reader."))
pages = [r["page_count"] for r in mine if r["record"] == "document"]
print(f"pages={pages[0] if pages else 'none'} lines={lines} failed={failed} reader={reader}")
PY
}

# convert FILE [ARGS...]: converts good.txt and FILE together into out.jsonl
# (stderr in log); the good file must come out whole.
convert() {
  local file=$1 status=0
  shift
  "$budgetpdf" convert good.txt "$file" --jobs 2 -o out.jsonl "$@" 2>log || status=$?
  [ "$status" -le 1 ] || { cat log >&2; fail "$file: exit status $status"; }
  local good
  good=$(summary good.txt)
  [ "$good" = "pages=None lines=$full_lines failed=0 reader=" ] || fail "$file: the good file beside it gave $good"
  return "$status"
}

# expect_error FILE CODE [ARGS...]: FILE fails with CODE, says so in one
# stderr line, and the batch exits 1.
expect_error() {
  local file=$1 code=$2 status=0
  shift 2
  convert "$file" "$@" || status=$?
  [ "$status" -eq 1 ] || fail "$file: exit status $status, expected 1"
  local got
  got=$(summary "$file")
  [ "$got" = "error $code" ] || fail "$file: expected error $code, got $got"
  [ "$(grep -c "^budgetpdf: $file: .* ($code)$" log)" -eq 1 ] || { cat log >&2; fail "$file: no one-line message"; }
}

# expect_records FILE SUMMARY [ARGS...]: FILE converts (exit 0) to SUMMARY.
expect_records() {
  local file=$1 expected=$2 status=0
  shift 2
  convert "$file" "$@" || status=$?
  [ "$status" -eq 0 ] || { cat log >&2; fail "$file: exit status $status, expected 0"; }
  local got
  got=$(summary "$file")
  [ "$got" = "$expected" ] || fail "$file: expected $expected, got $got"
}

# Encrypted (qpdf, AES-256): refused without its password, opened with the
# user or the owner password, refused with a wrong one.
qpdf --encrypt user-pw owner-pw 256 -- "$pdf" encrypted.pdf
expect_error encrypted.pdf encrypted
expect_records encrypted.pdf "pages=56 lines=$full_lines failed=0 reader=" --password user-pw
expect_records encrypted.pdf "pages=56 lines=$full_lines failed=0 reader=" --password owner-pw
expect_error encrypted.pdf encrypted --password wrong
grep -q "no password given opens it" log || fail "a wrong password is not said to be wrong"
# Only an owner password (no password needed to read): converts as it is.
qpdf --encrypt "" owner-pw 256 -- "$pdf" owner-only.pdf
expect_records owner-only.pdf "pages=56 lines=$full_lines failed=0 reader="

# Scanned: every page an image, no text layer.
pdftoppm -r 40 -f 4 -l 5 -png "$pdf" scan
img2pdf scan-04.png scan-05.png -o scanned.pdf
expect_error scanned.pdf no_text_layer
# Mixed: page 5 (收入总表, continued) replaced by its scan. The other pages
# convert; page 5 is reported; its rows are missing, never guessed.
qpdf --empty --pages "$pdf" 1-4 scanned.pdf 2 "$pdf" 6-z -- mixed.pdf
convert mixed.pdf || fail "mixed.pdf failed"
got=$(summary mixed.pdf)
[[ $got == "pages=56 lines="*" reader=reader.no_text_layer@page 5" ]] || fail "mixed.pdf: $got"
lines=$(sed -E 's/.*lines=([0-9]+).*/\1/' <<<"$got")
[ "$lines" -lt "$full_lines" ] || fail "mixed.pdf: the scanned page's rows cannot be there ($got)"
grep -q "^budgetpdf: mixed.pdf: converted with parts missing: page 5: the page is an image with no text" log ||
  { cat log >&2; fail "mixed.pdf: no line on stderr about its scanned page"; }
# A scan whose only text is its cover: no budget table, because of the scans.
qpdf --empty --pages "$pdf" 1 scanned.pdf -- cover-and-scans.pdf
expect_error cover-and-scans.pdf no_text_layer

# A blank page (no text, no image) is blank, not a scan: the document
# converts whole and says where the blank page is.
python3 - <<'PY'
objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
           b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>", b"<</Length 0>>stream\n\nendstream"]
out, offsets = bytearray(b"%PDF-1.4\n"), []
for number, body in enumerate(objects, start=1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open("blank.pdf", "wb").write(out)
PY
qpdf --empty --pages "$pdf" 1 blank.pdf "$pdf" 2-z -- with-blank.pdf
expect_records with-blank.pdf "pages=57 lines=$full_lines failed=0 reader=reader.blank_page@page 2"
grep -q "with-blank.pdf: converted with parts missing" log && fail "with-blank.pdf: a blank page is said to lose parts"

# Truncated (head -c): its cross-reference table and trailer cut off, the
# catalog left: every page is read, and the repair is reported.
size=$(stat -c %s "$pdf")
head -c $((size - 2000)) "$pdf" >cut-tail.pdf
expect_records cut-tail.pdf "pages=56 lines=$full_lines failed=0 reader=reader.repaired@None"
# Cut inside the page objects: the pages that remain are read.
head -c 626000 "$pdf" >cut-half.pdf
convert cut-half.pdf || fail "cut-half.pdf failed"
got=$(summary cut-half.pdf)
[[ $got == "pages=28 "*"reader=reader.repaired@None"* ]] || fail "cut-half.pdf: $got"
# Cut before any page object: nothing to read.
head -c 300000 "$pdf" >cut-early.pdf
expect_error cut-early.pdf damaged

# Printed by other engines (tests/pdf_variants/engine_variants.py): a
# disclosure from LibreOffice Writer and two from Chromium, one landscape.
"$here/pdf_variants/engine_variants.py" engines --only writer-a4-grid-narrow,chromium-a4-narrow,chromium-landscape \
  2>engines.log || { cat engines.log >&2; fail "the engine variants could not be printed"; }
# Landscape, printed by Chromium (whose landscape PDFs once stopped the
# conversion with an internal fault): every page read, rows converted.
cp engines/chromium-landscape.pdf landscape-chromium.pdf
pages=$(pdfinfo landscape-chromium.pdf | awk '/^Pages:/ {print $2}')
convert landscape-chromium.pdf || { cat log >&2; fail "landscape-chromium.pdf failed"; }
got=$(summary landscape-chromium.pdf)
[[ $got == "pages=$pages lines="*" reader=" ]] || fail "landscape-chromium.pdf: $got"
[ "$(sed -E 's/.*lines=([0-9]+).*/\1/' <<<"$got")" -gt 0 ] || fail "landscape-chromium.pdf: no row read ($got)"
grep -q '"source":"landscape-chromium.pdf","kind":"budget","year":2023,"dept_code":"113"' out.jsonl ||
  fail "landscape-chromium.pdf: its document record is not that of 113's 2023 budget"
# A text document cut off mid-file: Writer puts every page object at the
# end of the file, so none is left to read.
size=$(stat -c %s engines/writer-a4-grid-narrow.pdf)
head -c $((size / 2)) engines/writer-a4-grid-narrow.pdf >cut-writer.pdf
expect_error cut-writer.pdf damaged
# Chromium puts its page objects first and its fonts last: cut in the fonts,
# every page is there and those whose fonts remain are read; the repair is
# reported.
size=$(stat -c %s engines/chromium-a4-narrow.pdf)
pages=$(pdfinfo engines/chromium-a4-narrow.pdf | awk '/^Pages:/ {print $2}')
head -c $((size * 3 / 4)) engines/chromium-a4-narrow.pdf >cut-chromium.pdf
convert cut-chromium.pdf || fail "cut-chromium.pdf failed"
got=$(summary cut-chromium.pdf)
[[ $got == "pages=$pages lines="*" reader=reader.repaired@None"* ]] || fail "cut-chromium.pdf: $got"
[ "$(sed -E 's/.*lines=([0-9]+).*/\1/' <<<"$got")" -gt 0 ] || fail "cut-chromium.pdf: no row read ($got)"

# Empty, random bytes, random bytes behind a PDF header.
: >empty.pdf
expect_error empty.pdf damaged
python3 -c 'import random, sys; sys.stdout.buffer.write(random.Random(6).randbytes(4096))' >random.pdf
expect_error random.pdf unsupported
{ printf '%%PDF-1.7\n'; cat random.pdf; } >random-after-header.pdf
expect_error random-after-header.pdf damaged

# Valid files that are no disclosure: the sample's cover page, a letter.
qpdf --empty --pages "$pdf" 1 -- cover.pdf
expect_error cover.pdf not_a_disclosure
printf '会议通知\n\n请各单位于周五前报送材料。\n' >letter.txt
expect_error letter.txt not_a_disclosure

# Dumps in other encodings: GBK and UTF-16 (with its byte order mark) are
# converted; the records are those of the UTF-8 dump.
iconv -f UTF-8 -t GBK good.txt >gbk.txt
expect_records gbk.txt "pages=None lines=$full_lines failed=0 reader="
iconv -f UTF-8 -t UTF-16 good.txt >utf16.txt
expect_records utf16.txt "pages=None lines=$full_lines failed=0 reader="
[ "$(grep -c '"source":"utf16.txt"' out.jsonl)" -eq 1 ] || fail "utf16.txt: no document record"
# Bytes that are text in no encoding we read (Latin-1 control-heavy junk).
python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(0x80, 0x100)) * 16 + bytes(range(0, 32)) * 64)' >binary.txt
expect_error binary.txt unsupported

# A file that is not there.
expect_error missing.pdf io
echo "ok: every bad file gives its error or its reader checks, and the good file beside it converts"
