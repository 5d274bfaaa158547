#!/usr/bin/env bash
# A batch never skips an input silently, never destroys one, and stays
# bounded on huge inputs (issue 15, the input side), each case made here at
# test time:
#   - outputs that would overwrite an input or be read back as one are
#     refused (exit 2) before anything is written;
#   - what cannot be read or followed under a folder (permissions, dangling
#     links, loops, pipes) is an io error, exit 1, and the rest converts;
#   - /dev/zero and a 700 MB file fail as too_large (the file with the
#     SHA-256 of all its bytes, under a 1.5 GB address-space limit);
#   - 50,000 rows under no title and 50,000 narrative lines convert whole;
#   - a text that mentions %PDF-1.4 is text, a PDF behind a mail header is a PDF.
#   tests/batch_inputs_test.sh BUDGETPDF
source "$(dirname "$0")/test_lib.sh"
sample="$here/../samples/2023-budget-113-text/input.txt"
pdf="$here/../samples/2023-budget-113-pdf/input.pdf"
dump() { sed "s/^113 开发区组织人事局/$1 开发区组织人事局/" "$sample" >"$2"; }  # dump CODE FILE
sha() { sha256sum "$1" | cut -d' ' -f1; }
# The whole of ldd's output, then the test: `grep -q` stops reading at the first
# match, and under pipefail the SIGPIPE ldd then gets fails the pipeline.
sanitized() { [[ "$(ldd "$budgetpdf")" == *libasan* ]]; }

# refused ARGS...: the run exits 2, says why in one line, and writes nothing.
refused() {
  local status=0
  "$budgetpdf" convert "$@" >stdout 2>log || status=$?
  [ "$status" -eq 2 ] || { cat log >&2; fail "convert $*: exit status $status, expected 2"; }
  [ ! -s stdout ] || fail "convert $*: wrote records"
}

# records FILE: one line per record of out.jsonl about FILE's source:
# "error CODE DOC_ID", or "lines=N sections=N".
records() {
  python3 - "$1" <<'PY'
import json, sys
records = [json.loads(line) for line in open("out.jsonl", encoding="utf-8")]
for r in records:
    if r["record"] == "error" and r["source"] == sys.argv[1]:
        print("error", r["code"], r["doc_id"])
    if r["record"] == "document" and r["source"] == sys.argv[1]:
        mine = [x for x in records if x["doc_id"] == r["doc_id"]]
        lines = sum(x["record"] == "budget_line" for x in mine)
        sections = sum(x["record"] == "section" for x in mine)
        print(f"lines={lines} sections={sections}")
PY
}

# -- Outputs never overlap inputs ---------------------------------------------
mkdir -p in1/sub
dump 501 in1/a.txt
dump 502 in1/sub/b.txt
before=$(sha in1/a.txt)
refused in1/a.txt -o in1/a.txt
grep -q "^budgetpdf: the output in1/a.txt is the input in1/a.txt: writing it would destroy it" log || fail "-o input: $(cat log)"
[ "$(sha in1/a.txt)" = "$before" ] || fail "-o input: the input changed"
ln in1/a.txt hard-link.txt
refused in1 -o hard-link.txt
[ "$(sha in1/a.txt)" = "$before" ] || fail "-o a hard link of an input: the input changed"
refused in1 -o in1/sub/records.txt
grep -q "is in the input folder in1/sub and named like an input" log || fail "-o in an input folder: $(cat log)"
[ ! -e in1/sub/records.txt ] || fail "-o in an input folder: it was written"
refused in1 --db in1/records.PDF
[ ! -e in1/records.PDF ] || fail "--db in an input folder: it was written"
# Outputs inside an input folder under other names are written, and never
# read back: the next run lists the same two files.
"$budgetpdf" convert in1 -o in1/records.jsonl --db in1/records.sqlite --csv in1/csv 2>log || fail "outputs in a folder"
"$budgetpdf" convert in1 --db in1/records.sqlite 2>log || fail "outputs in a folder, again"
[[ $(summary_line log) == "budgetpdf: 2 files in "*": 0 converted, 2 unchanged (already stored), 0 failed" ]] ||
  fail "outputs were read back: $(summary_line log)"

# -- Nothing under a folder is skipped silently -------------------------------
# As root every folder is readable: the unreadable one is then read by
# nobody, from a copy of the binary (a checkout under /root, or any folder
# of mode 700, is closed to nobody).
chmod 755 "$work"
as_user() {
  if [ "$(id -u)" -ne 0 ]; then "$@"; return; fi
  cp "$1" "$work/budgetpdf-as-nobody" && chmod 755 "$work/budgetpdf-as-nobody"
  shift
  runuser -u nobody -- "$work/budgetpdf-as-nobody" "$@"
}
mkdir -p in2/ok in2/locked in2/year elsewhere out
chmod 777 out
dump 511 in2/ok/a.txt
dump 512 in2/locked/b.txt
dump 513 in2/year/c.txt
dump 514 elsewhere/d.txt
ln -s "$work/elsewhere" in2/linked  # a link to a folder elsewhere: followed
ln -s ../gone.txt in2/dangling.txt  # its file is downloaded later
ln -s self in2/self                 # a link to itself
ln -s .. in2/year/up                # a link to a folder it is in
mkfifo in2/pipe.txt                 # reading it would block
chmod 000 in2/locked
status=0
as_user "$budgetpdf" convert in2 --db out/db.sqlite -o out/out.jsonl 2>log || status=$?
[ "$status" -eq 1 ] || { cat log >&2; fail "unreadable inputs: exit status $status, expected 1"; }
expect_db() {  # expect_db SQL VALUE
  local actual
  actual=$(sqlite3 out/db.sqlite "$1")
  [ "$actual" = "$2" ] || fail "$1: expected $2, got $actual"
}
expect_db "select source || ' ' || code from error order by source" \
  "in2/dangling.txt io
in2/locked io
in2/pipe.txt io
in2/self io
in2/year/up io"
expect_db "select group_concat(dept_code, ' ') from (select dept_code from document order by dept_code)" "511 513 514"
expect_db "select path from source_file where doc_id = (select doc_id from document where dept_code = '514')" \
  "in2/linked/d.txt"
for path in in2/dangling.txt in2/locked in2/pipe.txt in2/self in2/year/up; do
  [ "$(grep -c "^budgetpdf: $path: .* (io)$" log)" -eq 1 ] || { cat log >&2; fail "$path: no one-line message"; }
done
grep -q "^budgetpdf: in2/locked: the folder cannot be read to its end (Permission denied)" log || fail "locked: $(cat log)"
grep -q "^budgetpdf: in2/year/up: a link to a folder it is in (a loop)" log || fail "loop: $(cat log)"
# Fixed: the folder readable, the dangling link's file there. Both convert,
# and the folder's error row goes.
chmod 755 in2/locked
dump 515 gone.txt
as_user "$budgetpdf" convert in2 --db out/db.sqlite 2>log || [ $? -eq 1 ] || fail "fixed run"
expect_db "select group_concat(dept_code, ' ') from (select dept_code from document order by dept_code)" \
  "511 512 513 514 515"
expect_db "select source from error order by source" "in2/pipe.txt
in2/self
in2/year/up"

# -- Huge and endless inputs --------------------------------------------------
dump 113 good.txt
status=0
"$budgetpdf" convert good.txt /dev/zero -o out.jsonl 2>log || status=$?
[ "$status" -eq 1 ] || fail "/dev/zero: exit status $status"
[ "$(records /dev/zero)" = "error too_large None" ] || fail "/dev/zero: $(records /dev/zero)"
[ "$(records good.txt)" = "lines=282 sections=15" ] || fail "good.txt beside /dev/zero: $(records good.txt)"
truncate -s 700M huge.txt  # sparse: no disk, read as zeros
limit="ulimit -v 1500000;"
sanitized && limit=""  # AddressSanitizer reserves terabytes of address space
status=0
bash -c "$limit \"\$0\" convert good.txt huge.txt -o out.jsonl" "$budgetpdf" 2>log || status=$?
[ "$status" -eq 1 ] || { cat log >&2; fail "huge.txt: exit status $status"; }
[ "$(records huge.txt)" = "error too_large $(sha huge.txt)" ] || fail "huge.txt: $(records huge.txt)"
grep -q "^budgetpdf: huge.txt: the file is larger than 128 MiB" log || fail "huge.txt: $(cat log)"
rm huge.txt

# -- Text dumps in linear time: the shapes that once took minutes -------------
python3 - "$sample" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
open("rows.txt", "w", encoding="utf-8").write(text + "\n" + "".join(f"{i}\t项目{i}\t{i}.00\n" for i in range(50000)))
open("narrative.txt", "w", encoding="utf-8").write(text + "\n" + "".join(f"这是第{i}行说明文字没有标点\n" for i in range(50000)))
PY
"$budgetpdf" convert rows.txt narrative.txt -o out.jsonl 2>log || { cat log >&2; fail "50,000 lines"; }
[ "$(records rows.txt)" = "lines=282 sections=15" ] || fail "rows.txt: $(records rows.txt)"
[ "$(records narrative.txt)" = "lines=282 sections=15" ] || fail "narrative.txt: $(records narrative.txt)"
python3 - <<'PY' || fail "the 50,000 lines are not the last section's text"
import json
sections = {}
for line in open("out.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if r["record"] == "section" and r["heading"] == "九、其他需要说明的事项":
        sections[r["doc_id"]] = r["text"]
rows, narrative = sections.values()
# Rows under no title are running text: their lines join as text does (a
# number at the end of a line runs on into a number starting the next).
assert rows.startswith("我部门无其他需要说明的事项\n0 项目0 0.001 项目1 1.002 项目2"), rows[:80]
assert rows.endswith("项目49998 49998.0049999 项目49999 49999.00"), rows[-80:]
assert narrative == "我部门无其他需要说明的事项\n" + "".join(f"这是第{i}行说明文字没有标点" for i in range(50000))
PY

# -- The format comes from the header, not from a mention --------------------
{ echo "说明：本文件原为 %PDF-1.4 格式，此为其文本。"; cat good.txt; } >mentions-pdf.txt
{ printf 'From: archive\r\nContent-Type: application/pdf\r\n\r\n'; cat "$pdf"; } >behind-mail-header.pdf
"$budgetpdf" convert mentions-pdf.txt behind-mail-header.pdf -o out.jsonl 2>log || { cat log >&2; fail "header sniffing"; }
[ "$(records mentions-pdf.txt)" = "lines=282 sections=15" ] || fail "mentions-pdf.txt: $(records mentions-pdf.txt)"
[ "$(records behind-mail-header.pdf)" = "lines=282 sections=15" ] || fail "behind-mail-header.pdf: $(records behind-mail-header.pdf)"
echo "ok: no input overwritten, skipped or read back; huge inputs refused; 50,000 lines convert; format from the header"
