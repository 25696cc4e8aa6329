#!/usr/bin/env bash
# The fault tests, on a portal of their own (port 29080, fresh database). Take minutes; not part of the test command.
#   ./fault.sh             kill -9 while twelve partners submit ideas through the real form, on the embedded H2:
#                          after the restart every acknowledged idea is stored with one process and one screening task
#   ./fault.sh postgres    the same on PostgreSQL (127.0.0.1:5432, database portal_fault, emptied first), then a
#                          30-second outage of the PostgreSQL server while partners submit: clear pages, /health
#                          DOWN and UP, recovery without a restart, no acknowledged idea lost
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
DATABASE=()
TESTS=SubmissionsSurviveAKillFaultIT
if [ "${1:-h2}" = "postgres" ]; then
  scripts/ensure-postgres.sh portal_fault postgres
  DATABASE=(-Dfault.db.url=jdbc:postgresql://127.0.0.1:5432/portal_fault -Dfault.db.user=postgres -Dfault.db.password=postgres)
  TESTS="$TESTS,DatabaseOutageFaultIT"
fi
./mvnw -B -q install -DskipTests
LOG="$(mktemp)"
status=0
./mvnw -B verify -pl portal-it -Dit.test="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false \
  "${DATABASE[@]}" >"$LOG" 2>&1 || status=$?
grep -E "Killed the server|acknowledged|Health DOWN|Tests run:|FAIL|expected|Expecting" "$LOG" || true
[ "$status" -eq 0 ] && echo "Fault tests passed: no acknowledged idea lost, no duplicate process or task" \
  || { echo "Fault tests FAILED (log: $LOG)"; exit 1; }
