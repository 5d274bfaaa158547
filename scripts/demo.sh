#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs the main job on samples/:
# converts every sample into a SQLite database, prints the summary and the
# rows of each table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p out
rm -f out/samples.sqlite out/samples.sqlite-wal out/samples.sqlite-shm
# Exit status 1 means some file failed: the summary names it and the run
# still wrote everything else.
./build/cli/budgetpdf convert samples --db out/samples.sqlite || [ $? -eq 1 ]
echo "wrote out/samples.sqlite:"
for table in $(sqlite3 out/samples.sqlite "select name from sqlite_master where type = 'table' and name not in ('budgetpdf_meta') order by rowid"); do
  printf '  %-24s %s\n' "$table" "$(sqlite3 out/samples.sqlite "select count(*) from \"$table\"")"
done
