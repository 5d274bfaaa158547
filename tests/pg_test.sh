#!/usr/bin/env bash
# PostgreSQL: a batch loads the same records as into SQLite, a re-run changes
# nothing, and two shards run at once into one database give exactly the
# single run's rows, without duplicates.
#   tests/pg_test.sh BUDGETPDF
source "$(dirname "$0")/test_lib.sh"
server=$(mktemp -d)
cleanup() { "$here/pg_server.sh" stop "$server"; rm -rf "$work" "$server"; }
"$here/pg_server.sh" start "$server" >/dev/null
url() { "$here/pg_server.sh" url "$server" "$1"; }
sql() { psql "$(url "$1")" -X -A -t -v ON_ERROR_STOP=1 -c "$2"; }
tables() { sql single "select tablename from pg_tables where schemaname = 'public' order by 1"; }
pg_content() {  # every row of every table, as text, sorted
  local table
  for table in $(tables); do
    echo "== $table"
    sql "$1" "select t::text from \"$table\" t order by 1"
  done
}
convert() {  # convert DB [ARGS...]: exit 1 (a failed file) is expected
  local db=$1 status=0 log
  shift
  log=$(mktemp -p .)
  "$budgetpdf" convert in --pg "$(url "$db")" "$@" 2>"$log" || status=$?
  [ "$status" -le 1 ] || { cat "$log" >&2; fail "exit status $status"; }
  summary_line "$log"
}

files=30
"$here/make_batch.sh" in "$files"
printf 'meeting notes, no tables\n' >in/notes.txt
# The same bytes under several names, spread over both shards: the shards
# race to store one document.
for name in a b c d e f; do cp in/part-0/dept-500.txt "in/copy-$name.txt"; done
sql postgres 'create database single' >/dev/null
sql postgres 'create database sharded' >/dev/null

# One run, checked against the same batch in SQLite.
summary=$(convert single --jobs 2)
[[ $summary == *"37 files"*": 36 converted, 0 unchanged (already stored), 1 failed" ]] || fail "single run: $summary"
"$budgetpdf" convert in --db lite.sqlite 2>/dev/null || [ $? -eq 1 ] || fail "SQLite run"
for query in "select count(*) from document" "select count(*) from budget_line" "select count(*) from \"check\"" \
             "select count(*) from budget_line_amounts" "select sum(value_cents) from budget_line_amounts" \
             "select count(*) from source_file" "select code from error" \
             "select min(source) || ' ' || max(source) from document" \
             "select doc_id, record_no, heading, text from section order by doc_id, record_no" \
             "select doc_id, record_no, code, name, level from budget_line order by doc_id, record_no" \
             "select doc_id, record_no, value_raw, op, value from performance_indicator order by doc_id, record_no" \
             "select doc_id, record_no, rule, expected, actual from \"check\" order by doc_id, record_no"; do
  [ "$(sql single "$query")" = "$(sqlite3 lite.sqlite "$query")" ] || fail "PostgreSQL and SQLite differ on: $query"
done
[ "$(sql single 'select count(*) from document')" -eq "$files" ] || fail "expected $files documents"
[ "$(sql single 'select count(*) from budget_line')" -eq $((files * 282)) ] || fail "expected $((files * 282)) lines"

before=$(pg_content single)
summary=$(convert single)
[[ $summary == *": 0 converted, 36 unchanged (already stored), 1 failed" ]] || fail "re-run: $summary"
[ "$(pg_content single)" = "$before" ] || fail "a re-run changed the database"

# Two shards at once into one database.
convert sharded --shard 0/2 --jobs 1 >shard-0 &
first=$!
convert sharded --shard 1/2 --jobs 1 >shard-1 &
second=$!
wait "$first" || fail "shard 0/2 failed"
wait "$second" || fail "shard 1/2 failed"
cat shard-0 shard-1
for shard in shard-0 shard-1; do
  grep -q "budgetpdf: 0 files" "$shard" && fail "$shard got no files: the test shows nothing"
done
[ "$(pg_content sharded)" = "$(pg_content single)" ] || {
  diff <(pg_content single) <(pg_content sharded) | head -20 >&2
  fail "two shards differ from the single run"
}
for table in $(tables); do
  duplicates=$(sql sharded "select count(*) - (select count(*) from (select distinct * from \"$table\") d) from \"$table\"")
  [ "$duplicates" -eq 0 ] || fail "$duplicates duplicate rows in $table"
done
echo "ok: PostgreSQL load, idempotent re-run, two concurrent shards equal one run"
