#!/usr/bin/env bash
# A batch never loses an input to its outputs (issue 15, the output side),
# each case made here at test time:
#   - a document a database refuses fails alone; NUL bytes and names that
#     are not UTF-8 reach no output raw, and a name is kept whole, the same
#     in PostgreSQL, SQLite, JSON Lines and CSV;
#   - a database that is not budgetpdf's (or of another version) is refused
#     untouched;
#   - SQLite writers wait for each other, and together equal one run;
#   - --jobs is capped, and workers the system refuses are left out;
#   - --csv-for-spreadsheets neutralises formulas and nothing else.
#   tests/batch_outputs_test.sh BUDGETPDF
source "$(dirname "$0")/test_lib.sh"
sample="$here/../samples/2023-budget-113-text/input.txt"
dump() { sed "s/^113 开发区组织人事局/$1 开发区组织人事局/" "$sample" >"$2"; }  # dump CODE FILE
sha() { sha256sum "$1" | cut -d' ' -f1; }
# The whole of ldd's output, then the test: `grep -q` stops reading at the first
# match, and under pipefail the SIGPIPE ldd then gets fails the pipeline.
sanitized() { [[ "$(ldd "$budgetpdf")" == *libasan* ]]; }
server=$(mktemp -d)
cleanup() { "$here/pg_server.sh" stop "$server"; rm -rf "$work" "$server"; }
"$here/pg_server.sh" start "$server" >/dev/null
url() { "$here/pg_server.sh" url "$server" "$1"; }
pg() { psql "$(url "$1")" -X -A -t -v ON_ERROR_STOP=1 -c "$2"; }
lite() { sqlite3 "$@"; }

# -- A refused document fails alone; text and names every output can hold ----
mkdir in3
dump 601 in3/good.txt
python3 - <<'PY'
text = open("in3/good.txt", "rb").read()
# A NUL byte inside a name, as a damaged export leaves it.
open("in3/nul.txt", "wb").write(text.replace(b"601 ", b"602 ", 1).replace("行政运行".encode(), "行政\0运行".encode(), 1))
open(b"in3/\xb2\xbf\xc3\xc5-603.txt", "wb").write(text.replace(b"601 ", b"603 ", 1))  # 部门 in GBK
open("in3/back\\slash-604.txt", "wb").write(text.replace(b"601 ", b"604 ", 1))
open("in3/refused.txt", "wb").write(text.replace(b"601 ", b"999 ", 1))
PY
pg postgres 'create database refusing' >/dev/null
"$budgetpdf" convert in3/good.txt --pg "$(url refusing)" 2>/dev/null || fail "first run into PostgreSQL"
# The server's own rule stands for any refusal (a value it cannot hold).
pg refusing "alter table document add constraint no_999 check (dept_code <> '999')" >/dev/null
status=0
"$budgetpdf" convert in3 --pg "$(url refusing)" --db lite.sqlite -o out.jsonl --csv csv 2>log || status=$?
[ "$status" -eq 1 ] || { cat log >&2; fail "refused document: exit status $status, expected 1"; }
grep -q '^budgetpdf: in3/refused.txt: PostgreSQL database refusing .* refused the rows (new row for relation "document" violates check constraint "no_999"): .* (internal)$' log ||
  { cat log >&2; fail "refused document: no one-line message"; }
codes="select group_concat(dept_code, ' ') from (select dept_code from document order by dept_code)"
[ "$(pg refusing "select string_agg(dept_code, ' ' order by dept_code) from document")" = "601 602 603 604" ] ||
  fail "PostgreSQL documents: $(pg refusing 'select dept_code from document')"
[ "$(lite lite.sqlite "$codes")" = "601 602 603 604" ] || fail "SQLite documents: $(lite lite.sqlite "$codes")"
for db in pg lite; do
  if [ $db = pg ]; then query() { pg refusing "$1"; }; else query() { lite lite.sqlite "$1"; }; fi
  [ "$(query "select source || ' ' || code from error")" = "in3/refused.txt internal" ] || fail "$db: error rows"
  [ "$(query "select count(*) from budget_line where name = '行政�运行' and cast(repairs as text) like '%text_cleaned%'")" -ge 1 ] ||
    fail "$db: the NUL byte is not cleaned with its repair"
  [ "$(query "select count(*) from \"check\" where rule = 'text.cleaned' and not ok")" -eq 1 ] ||
    fail "$db: no text.cleaned check"
done
# The same escaped names everywhere, and each gives the file back.
expected_names='in3/\xb2\xbf\xc3\xc5-603.txt
in3/back\\slash-604.txt
in3/good.txt
in3/nul.txt'
[ "$(pg refusing "select source from document order by source")" = "$expected_names" ] || fail "PostgreSQL names"
[ "$(lite lite.sqlite "select source from document order by source")" = "$expected_names" ] || fail "SQLite names"
[ "$(lite lite.sqlite "select path from source_file order by path")" = "$expected_names" ] || fail "SQLite paths"
[ "$(python3 -c '
import json
print("\n".join(sorted(r["source"] for r in map(json.loads, open("out.jsonl", encoding="utf-8")) if r["record"] == "document")))
')" = "$expected_names" ] || fail "JSON Lines names"
[ "$(python3 -c '
import csv
print("\n".join(sorted(r["source"] for r in csv.DictReader(open("csv/document.csv", newline="", encoding="utf-8")))))
')" = "$expected_names" ] || fail "CSV names"
while IFS= read -r name; do
  [ -f "$(printf '%b' "$name")" ] || fail "$name does not name its file"
done <<<"$expected_names"

# -- A database that is not budgetpdf's is refused untouched ------------------
lite foreign.sqlite "create table people (name text); insert into people values ('a')"
before=$(sha foreign.sqlite)
status=0
"$budgetpdf" convert in3/good.txt --db foreign.sqlite 2>log || status=$?
[ "$status" -eq 2 ] || fail "foreign SQLite database: exit status $status"
grep -q "^budgetpdf: foreign.sqlite is not a budgetpdf database (it holds other tables: people); it is left untouched" log ||
  fail "foreign SQLite database: $(cat log)"
[ "$(sha foreign.sqlite)" = "$before" ] || fail "the foreign SQLite database was changed"
"$budgetpdf" convert in3/good.txt --db older.sqlite 2>/dev/null || fail "older.sqlite"
lite older.sqlite "pragma journal_mode = delete; update budgetpdf_meta set value = value || '-- an older record version'" >/dev/null
before=$(sha older.sqlite)
status=0
"$budgetpdf" convert in3/good.txt --db older.sqlite 2>log || status=$?
[ "$status" -eq 2 ] || fail "older database: exit status $status"
grep -q "holds budgetpdf tables of another version (other record fields); it is left untouched" log || fail "older: $(cat log)"
[ "$(sha older.sqlite)" = "$before" ] || fail "the database of another version was changed"
pg postgres 'create database foreign_app' >/dev/null
pg foreign_app 'create table people (name text)' >/dev/null
status=0
"$budgetpdf" convert in3/good.txt --pg "$(url foreign_app)" 2>log || status=$?
[ "$status" -eq 2 ] || fail "foreign PostgreSQL database: exit status $status"
[ "$(pg foreign_app "select string_agg(tablename, ' ') from pg_tables where schemaname = 'public'")" = people ] ||
  fail "budgetpdf tables were made in a foreign PostgreSQL database"

# -- SQLite writers wait for each other ---------------------------------------
mkdir in5
for code in 701 702 703 704 705 706; do dump $code in5/$code.txt; done
"$budgetpdf" convert in5 --db single.sqlite 2>/dev/null || fail "single run"
single=$(sqlite_content single.sqlite)
# Another writer holds the database for 2 s: budgetpdf waits, then writes.
"$budgetpdf" convert in5/701.txt --db held.sqlite 2>/dev/null || fail "held.sqlite"
{ echo "begin immediate;"; sleep 2; echo "commit;"; } | sqlite3 held.sqlite &
holder=$!
sleep 0.3
started=$(date +%s%N)
"$budgetpdf" convert in5 --db held.sqlite 2>log || { cat log >&2; fail "a writer waiting for the lock failed"; }
waited_ms=$((($(date +%s%N) - started) / 1000000))
wait "$holder"
[ "$waited_ms" -ge 1000 ] || fail "budgetpdf did not wait for the lock ($waited_ms ms)"
[ "$(sqlite_content held.sqlite)" = "$single" ] || fail "after waiting, the database differs from one run"
# Four processes into one new database at once, a few times over: all
# finish, and together they equal one run.
for round in 1 2 3; do
  rm -f together.sqlite*
  pids=()
  for process in 1 2 3 4; do
    "$budgetpdf" convert in5 --db together.sqlite --jobs 1 2>"log-$process" &
    pids+=($!)
  done
  for process in 1 2 3 4; do
    wait "${pids[$((process - 1))]}" || { cat "log-$process" >&2; fail "round $round: process $process failed"; }
  done
  [ "$(sqlite_content together.sqlite)" = "$single" ] || fail "round $round: concurrent writers differ from one run"
done

# -- --jobs within what the machine runs --------------------------------------
"$budgetpdf" convert in5 --jobs 1 -o one.jsonl 2>/dev/null || fail "--jobs 1"
"$budgetpdf" convert in5 --jobs 5000 -o many.jsonl 2>log || fail "--jobs 5000"
grep -q "^budgetpdf: --jobs 5000 is more than this machine runs at once: using $(($(nproc) * 4)) (4 per core)$" log ||
  fail "--jobs 5000: $(cat log)"
cmp -s one.jsonl many.jsonl || fail "--jobs 5000 gave other records"
if sanitized; then
  echo "(the sanitizer build ignores address-space limits: thread refusals are tested by ordered_pipeline_test)"
else
  # 1 GB thread stacks in 3 GB of address space: the system refuses most
  # of the 8 workers.
  (ulimit -v 3000000 && ulimit -s 1000000 && "$budgetpdf" convert in5 --jobs 8 -o few.jsonl 2>log) ||
    { cat log >&2; fail "workers refused: the batch failed"; }
  grep -q "^budgetpdf: the system started only [0-7] of 8 worker threads: converting with [1-7]$" log ||
    fail "workers refused: $(cat log)"
  cmp -s one.jsonl few.jsonl || fail "fewer workers gave other records"
fi

# -- CSV for spreadsheets -----------------------------------------------------
sed '0,/\t行政运行\t/s//\t=1+2行政运行\t/' "$sample" >formula.txt  # a row name a hostile file could print
"$budgetpdf" convert formula.txt --csv exact 2>/dev/null || fail "exact CSV"
"$budgetpdf" convert formula.txt --csv sheet --csv-for-spreadsheets 2>/dev/null || fail "CSV for spreadsheets"
python3 - <<'PY' || fail "CSV for spreadsheets"
import csv, os
changed = []
for name in sorted(os.listdir("exact")):
    exact = list(csv.reader(open(f"exact/{name}", newline="", encoding="utf-8")))
    sheet = list(csv.reader(open(f"sheet/{name}", newline="", encoding="utf-8")))
    assert len(exact) == len(sheet), name
    for row_exact, row_sheet in zip(exact, sheet):
        for a, b in zip(row_exact, row_sheet):
            if a != b:
                assert b == "'" + a and a[0] in "=+-@", (name, a, b)  # only formulas change, by a leading '
                changed.append(f"{name} {a}")
# The row name, and the 指标值 operator "=" (a lone = is a formula).
assert sorted(set(changed)) == ["budget_line.csv =1+2行政运行", "performance_indicator.csv ="], sorted(set(changed))
PY
cmp -s exact/budget_line_amounts.csv sheet/budget_line_amounts.csv || fail "CSV for spreadsheets changed amounts"
echo "ok: refusals fail alone, names kept whole, foreign databases untouched, writers wait, jobs capped, CSV neutralised"
