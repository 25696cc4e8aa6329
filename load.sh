#!/usr/bin/env bash
# The load benchmark: starts a portal of its own (Payara, fresh H2 database with the demo data, port 28080, under
# portal-load/target/portal), drives it with Gatling through the real pages and prints the figures, the server's
# heap and memory before and after. Not a test: it measures; the run says whether the targets were met.
#   ./load.sh                 50 users for 5 minutes (targets: 0 errors, p95 <= 300 ms, p99 <= 1 s)
#   ./load.sh steady 150 300  150 users for 5 minutes (target: 0 errors, p95 <= 500 ms)
#   ./load.sh burst           a login burst of 50 people in 10 s beside 10 working people
#   ./load.sh stepped         10, 25, 50, 100 and 200 users, a minute each: where does it saturate?
# PORTAL_DB_URL / PORTAL_DB_USER / PORTAL_DB_PASSWORD select another database (e.g. PostgreSQL) as for portal.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
PROFILE="${1:-steady}"
USERS="${2:-50}"
SECONDS_PER_RUN="${3:-300}"
export PORTAL_HOME="$ROOT/portal-load/target/portal"
export PORTAL_PORT=28080
BASE_URL="http://localhost:$PORTAL_PORT/"
REPORT="$ROOT/portal-load/target/load-report.txt"

say() { printf '==> %s\n' "$*"; }

server_memory() {
  local pid
  pid="$(cat "$PORTAL_HOME/domains/portal/config/pid" 2>/dev/null || true)"
  [ -n "$pid" ] || { echo "server not running"; return; }
  printf 'RSS %s MB, heap %s\n' "$(ps -o rss= -p "$pid" | awk '{printf "%d", $1/1024}')" \
    "$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|Heap/{print; exit}' | sed 's/^ *//')"
}

run() {
  local profile="$1" users="$2" seconds="$3" p95="$4" p99="$5" log
  log="$(mktemp)"
  say "Gatling: $profile, $users users, $seconds s"
  local status=0
  ./mvnw -B -Pload -pl portal-load gatling:test -Dload.baseUrl="$BASE_URL" -Dload.profile="$profile" \
    -Dload.users="$users" -Dload.seconds="$seconds" -Dload.p95="$p95" -Dload.p99="$p99" >"$log" 2>&1 || status=$?
  {
    echo "---- $profile, $users users, $seconds s (targets: 0 errors, p95 <= $p95 ms, p99 <= $p99 ms)"
    sed -n '/^---- Global Information/,/^====/p' "$log"
    grep -E "^(Global: |.*: (true|false))" "$log" || true
    local report
    report="$(ls -dt "$ROOT"/portal-load/target/gatling/*/ 2>/dev/null | head -1)index.html"
    if command -v python3 >/dev/null && [ -f "$report" ]; then python3 "$ROOT/scripts/gatling-table.py" "$report"; fi
    [ "$status" -eq 0 ] && echo "targets met" || echo "targets NOT met (see $(ls -dt "$ROOT"/portal-load/target/gatling/*/ 2>/dev/null | head -1)index.html)"
    echo "server after the run: $(server_memory)"
  } | tee -a "$REPORT"
}

./mvnw -B -q install -DskipTests
rm -rf "$PORTAL_HOME/data" "$PORTAL_HOME/deployed.sha256"
"$ROOT/portal.sh" stop >/dev/null 2>&1 || true
"$ROOT/portal.sh" >/dev/null
: >"$REPORT"
echo "server before the load: $(server_memory)" | tee -a "$REPORT"
trap '"$ROOT/portal.sh" stop >/dev/null 2>&1 || true' EXIT
case "$PROFILE" in
  steady) if [ "$USERS" -le 50 ]; then run steady "$USERS" "$SECONDS_PER_RUN" 300 1000
          else run steady "$USERS" "$SECONDS_PER_RUN" 500 2000; fi ;;
  # logins hash a password 600,000 times each, on purpose: in a burst they dominate the percentiles
  burst) run burst 50 40 1500 2000 ;;
  stepped) for n in 10 25 50 100 200; do run steady "$n" 60 500 2000; done ;;
  *) echo "usage: $0 [steady [users [seconds]]|burst|stepped]" >&2; exit 2 ;;
esac
echo
echo "Load benchmark figures: $REPORT"
