#!/usr/bin/env bash
# The report benchmark: generates historic idea processes (100,000 unless given) in a database of its own and prints
# how long every management report takes on it. Not a test: it measures and never fails on a slow machine.
#   ./benchmark.sh                 H2 (embedded file database under portal-it/target/benchmark-database)
#   ./benchmark.sh 20000           fewer processes
#   ./benchmark.sh 100000 -Ppostgres   on PostgreSQL (127.0.0.1:5432, database portal_it, emptied first)
#   ./benchmark.sh room [clients]  the live session room: how fast a vote reaches 100 (or [clients]) open room pages
#   ./benchmark.sh tasks [tasks] [-Ppostgres]  the screener's task list and its searches among 100,000 open tasks
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
if [[ "${1:-}" == "room" ]]; then
  CLIENTS="${2:-100}"
  ./mvnw -B -q install -DskipTests
  rm -rf portal-it/target/it-database
  LOG="$(mktemp)"
  ./mvnw -B verify -pl portal-it -Dit.test=SessionRoomBenchmarkIT -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.room.clients="$CLIENTS" >"$LOG" 2>&1 || { tail -60 "$LOG"; exit 1; }
  echo
  cat portal-it/target/benchmark-room.txt
  exit 0
fi
BENCHMARK=ReportBenchmarkIT
FIGURES=benchmark-reports.txt
TITLE="Report benchmark (%s historic idea processes):"
if [[ "${1:-}" == "tasks" ]]; then
  BENCHMARK=TaskListBenchmarkIT
  FIGURES=benchmark-tasks.txt
  TITLE="Task list benchmark (%s open tasks):"
  shift
fi
PROCESSES="${1:-100000}"
shift || true
./mvnw -B -q install -DskipTests
rm -rf portal-it/target/benchmark-database
DATABASE=("-Dit.db.url=jdbc:h2:file:$ROOT/portal-it/target/benchmark-database/portal")
[[ " $* " == *" -Ppostgres "* ]] && DATABASE=()
LOG="$(mktemp)"
./mvnw -B verify -pl portal-it -Dit.test="$BENCHMARK" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.processes="$PROCESSES" "${DATABASE[@]}" "$@" >"$LOG" 2>&1 || { tail -60 "$LOG"; exit 1; }
echo
# shellcheck disable=SC2059
printf "$TITLE\n" "$PROCESSES"
cat "portal-it/target/payara6/glassfish/domains/domain1/$FIGURES"
