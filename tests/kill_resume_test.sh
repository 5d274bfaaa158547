#!/usr/bin/env bash
# A batch killed (SIGKILL) at random moments, several times, then run again
# to the end, leaves exactly the database of an uninterrupted run.
#   tests/kill_resume_test.sh BUDGETPDF
# KILL_TEST_SEED=N repeats the delays of an earlier run (the seed is printed).
source "$(dirname "$0")/test_lib.sh"

files=80
kills=8
seed=${KILL_TEST_SEED:-$$}
RANDOM=$seed
echo "seed $seed"

documents() { sqlite3 "$1" 'select count(*) from document' 2>/dev/null || echo 0; }

"$here/make_batch.sh" in "$files"
printf 'meeting notes, no tables\n' >in/notes.txt  # a failed file is part of the content too

started_ns=$(date +%s%N)
"$budgetpdf" convert in --db reference.sqlite --jobs 2 2>/dev/null || [ $? -eq 1 ] || fail "reference run"
# Kills land within the time an uninterrupted run takes (a sanitizer build
# takes several times longer than a release build).
max_delay_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
[ "$(documents reference.sqlite)" -eq "$files" ] || fail "reference run has $(documents reference.sqlite) documents"

mid_batch=0
for ((round = 1; round <= kills; round++)); do
  delay_ms=$((20 + RANDOM % max_delay_ms))
  "$budgetpdf" convert in --db killed.sqlite --jobs 2 2>/dev/null &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  stored=$(documents killed.sqlite)
  echo "kill $round after ${delay_ms} ms: $stored documents stored"
  if [ "$stored" -gt 0 ] && [ "$stored" -lt "$files" ]; then mid_batch=$((mid_batch + 1)); fi
  # A run that finished before its kill (the machine was faster than for
  # the reference run) leaves nothing for the next kills to interrupt:
  # they start over on an empty database.
  if [ "$stored" -eq "$files" ] && [ "$round" -lt "$kills" ]; then rm -f killed.sqlite killed.sqlite-*; fi
done
[ "$mid_batch" -gt 0 ] || fail "no kill landed in the middle of the batch: raise the file count"

"$budgetpdf" convert in --db killed.sqlite --jobs 2 2>/dev/null || [ $? -eq 1 ] || fail "resumed run"
[ "$(sqlite_content killed.sqlite)" = "$(sqlite_content reference.sqlite)" ] || {
  diff <(sqlite_content reference.sqlite) <(sqlite_content killed.sqlite) | head -20 >&2
  fail "the resumed database differs from the uninterrupted one"
}
echo "ok: $mid_batch of $kills kills landed mid-batch; the resumed database equals the uninterrupted one"
