#!/usr/bin/env bash
# The fault test: a portal of its own (port 29080, fresh database) is killed with kill -9 while twelve partners submit
# ideas through the real form; after the restart every acknowledged idea must be stored with exactly one process and
# one screening task. Takes a few minutes; not part of the test command.
#   ./fault.sh             on the embedded H2 database
#   ./fault.sh postgres    on PostgreSQL (127.0.0.1:5432, database portal_fault, emptied first)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
DATABASE=()
if [ "${1:-h2}" = "postgres" ]; then
  scripts/ensure-postgres.sh portal_fault postgres
  DATABASE=(-Dfault.db.url=jdbc:postgresql://127.0.0.1:5432/portal_fault -Dfault.db.user=postgres -Dfault.db.password=postgres)
fi
mvn -B -q install -DskipTests
LOG="$(mktemp)"
status=0
mvn -B verify -pl portal-it -Dit.test=SubmissionsSurviveAKillFaultIT -Dsurefire.failIfNoSpecifiedTests=false \
  "${DATABASE[@]}" >"$LOG" 2>&1 || status=$?
grep -E "Killed the server|acknowledged, |Tests run:|FAIL|expected|Expecting" "$LOG" || true
[ "$status" -eq 0 ] && echo "Fault test passed: no acknowledged idea lost, no duplicate process or task" \
  || { echo "Fault test FAILED (log: $LOG)"; exit 1; }
