#!/usr/bin/env bash
# Re-running a batch into SQLite is idempotent: unchanged files are skipped,
# a changed file replaces its document, a fixed file clears its error, the
# same bytes under two names are one document, --jobs does not change the
# content, and CSV files hold the same rows.
#   tests/db_rerun_test.sh BUDGETPDF
source "$(dirname "$0")/test_lib.sh"

expect() {  # expect SQL VALUE [DB]
  local actual
  actual=$(sqlite3 "${3:-a.sqlite}" "$1")
  [ "$actual" = "$2" ] || fail "$1: expected $2, got $actual"
}
run() {  # run DB [ARGS...]: the summary line; exit 1 (a failed file) is expected
  local db=$1 status=0
  shift
  "$budgetpdf" convert in --db "$db" "$@" 2>log || status=$?
  [ "$status" -le 1 ] || { cat log >&2; fail "exit status $status"; }
  summary_line log
}

"$here/make_batch.sh" in 12
printf 'meeting notes, no tables\n' >in/notes.txt

summary=$(run a.sqlite --jobs 2)
[[ $summary == *"13 files"*": 12 converted, 0 unchanged (already stored), 1 failed" ]] || fail "first run: $summary"
expect 'select count(*) from document' 12
expect 'select count(*) from budget_line' $((12 * 282))
expect 'select count(*) from source_file' 12
expect "select code from error where source = 'in/notes.txt'" not_a_disclosure
expect "select count(distinct dept_code) from document" 12
first=$(sqlite_content a.sqlite)

summary=$(run a.sqlite --jobs 2)
[[ $summary == *": 0 converted, 12 unchanged (already stored), 1 failed" ]] || fail "re-run: $summary"
[ "$(sqlite_content a.sqlite)" = "$first" ] || fail "a re-run changed the database"

# A changed file replaces its document; the others are skipped.
old_id=$(sqlite3 a.sqlite "select doc_id from source_file where path = 'in/part-1/dept-501.txt'")
sed -i 's/^501 开发区/901 开发区/' in/part-1/dept-501.txt
summary=$(run a.sqlite)
[[ $summary == *": 1 converted, 11 unchanged (already stored), 1 failed" ]] || fail "changed file: $summary"
expect 'select count(*) from document' 12
expect "select count(*) from budget_line where doc_id = '$old_id'" 0
expect "select count(*) from budget_line_amounts where doc_id = '$old_id'" 0
expect "select dept_code from document where source = 'in/part-1/dept-501.txt'" 901
expect 'select count(*) from budget_line' $((12 * 282))

# The failed file, now a disclosure: converted, its error row gone.
sed 's/^113 开发区/777 开发区/' "$here/../samples/2023-budget-113-text/input.txt" >in/notes.txt
summary=$(run a.sqlite)
[[ $summary == *": 1 converted, 12 unchanged (already stored), 0 failed" ]] || fail "fixed file: $summary"
expect 'select count(*) from error' 0
expect 'select count(*) from document' 13

# The same bytes under another name: one document, two paths.
cp in/part-0/dept-500.txt in/part-0/copy-of-500.txt
summary=$(run a.sqlite)
[[ $summary == *": 0 converted, 14 unchanged (already stored), 0 failed" ]] || fail "copy: $summary"
expect 'select count(*) from document' 13
expect 'select count(*) from source_file' 14
expect "select source from document where dept_code = '500'" in/part-0/copy-of-500.txt

# The number of jobs does not change the content.
run one.sqlite --jobs 1 >/dev/null
run two.sqlite --jobs 2 >/dev/null
[ "$(sqlite_content one.sqlite)" = "$(sqlite_content two.sqlite)" ] || fail "--jobs 1 and --jobs 2 differ"
[ "$(sqlite_content one.sqlite)" = "$(sqlite_content a.sqlite)" ] || fail "a fresh run differs from the re-run database"
# CSV: the same rows as the database, table by table.
"$budgetpdf" convert in --csv csv 2>/dev/null || [ $? -eq 1 ] || fail "CSV run"
for table in document budget_line budget_line_amounts check error; do
  rows=$(python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' "csv/$table.csv")
  [ "$rows" = "$(sqlite3 one.sqlite "select count(*) from \"$table\"")" ] || fail "csv/$table.csv has $rows rows"
done
[ "$(python3 -c 'import csv; print(sum(int(r["value_cents"] or 0) for r in csv.DictReader(open("csv/budget_line_amounts.csv", newline=""))))')" = \
  "$(sqlite3 one.sqlite 'select sum(value_cents) from budget_line_amounts')" ] || fail "CSV amounts differ"
echo "ok: re-runs are idempotent; CSV holds the same rows"
