#!/usr/bin/env bash
# Runs the Samen Duurzaam portal on Payara Server with the embedded H2 database and demo data.
#
#   ./portal.sh            build what is missing, start (or redeploy) the portal, print URL and demo accounts
#   ./portal.sh stop       stop it and its local mailbox (the data stays)
#   ./portal.sh status     is it running?
#
# Settings (environment variables):
#   PORTAL_PORT       HTTP port (default 8080); the admin port is PORTAL_PORT-32 (8048 by default), on
#                     127.0.0.1 only, with user admin and the generated password in PORTAL_HOME/admin-password
#   PORTAL_HOME       where Payara, the domain and the database live (default: ./var, kept by "mvn clean")
#   PORTAL_DB_URL     JDBC URL; default an H2 file under PORTAL_HOME/data. A jdbc:postgresql:// URL switches to
#   PORTAL_DB_USER    PostgreSQL (with PORTAL_DB_USER and PORTAL_DB_PASSWORD).
#   PORTAL_DB_PASSWORD
#   PORTAL_DEMO_DATA  load demo organisations and accounts into an empty database (default true here)
#   PORTAL_SMTP_HOST  an SMTP server of your own (with PORTAL_SMTP_PORT, PORTAL_SMTP_USER, PORTAL_SMTP_PASSWORD,
#                     PORTAL_SMTP_STARTTLS); without it a local mailbox (GreenMail) keeps the demo's mail for reading:
#                     SMTP on 127.0.0.1:2525, IMAP on 127.0.0.1:2143, its web API on http://127.0.0.1:8025
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${PORTAL_PORT:-8080}"
PORTBASE=$((PORT - 80))
ADMIN_PORT=$((PORTBASE + 48))
HOME_DIR="${PORTAL_HOME:-$ROOT/var}"
mkdir -p "$HOME_DIR"
HOME_DIR="$(cd "$HOME_DIR" && pwd)"
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml")"
PAYARA="$HOME_DIR/payara6"
ASADMIN="$PAYARA/bin/asadmin"
DOMAINS="$HOME_DIR/domains"
DOMAIN="portal"
EAR="$ROOT/portal-ear/target/samen-duurzaam.ear"
APP="samen-duurzaam"
URL="http://localhost:$PORT/"
# the domain's admin password, generated at its creation, readable by its owner only
ADMIN_PASSWORD_FILE="$HOME_DIR/admin-password"

# the local mailbox of the demo (GreenMail standalone from Maven Central), unless an SMTP server is configured
GREENMAIL_VERSION="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$ROOT/pom.xml")"
MAILBOX_JAR="$HOME_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"
MAILBOX_PID="$HOME_DIR/mailbox.pid"
MAILBOX_SMTP_PORT=2525
MAILBOX_IMAP_PORT=2143
MAILBOX_API="http://127.0.0.1:8025"

say() { printf '==> %s\n' "$*"; }

asadmin() { "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$ADMIN_PASSWORD_FILE" "$@"; }

running() {
  [ -x "$ASADMIN" ] && "$ASADMIN" list-domains --domaindir "$DOMAINS" 2>/dev/null | grep -q "^$DOMAIN running"
}

wait_for_portal() {
  local i
  for i in $(seq 1 180); do
    if curl -fsS -o /dev/null "${URL}login.xhtml" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "The portal did not answer at $URL within 3 minutes; see $DOMAINS/$DOMAIN/logs/server.log" >&2
  return 1
}

build_if_needed() {
  if [ ! -f "$EAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT"/portal-ejb "$ROOT"/workflow "$ROOT"/portal-web "$ROOT"/portal-ear \
        -newer "$EAR" -type f -not -path '*/target/*' -print -quit)" ]; then
    say "Building the portal (mvn install, tests skipped: run them with ./run-tests.sh)"
    (cd "$ROOT" && ./mvnw -q -B -Dstyle.color=never install -DskipTests -pl portal-ear -am)
  fi
}

install_payara() {
  if [ ! -x "$ASADMIN" ]; then
    say "Taking Payara Server $PAYARA_VERSION from Maven Central"
    (cd "$ROOT" && ./mvnw -q -B -Dstyle.color=never -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
        -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$HOME_DIR" -Dmdep.overWriteReleases=true)
  fi
}

create_domain() {
  if [ ! -d "$DOMAINS/$DOMAIN" ]; then
    say "Creating the Payara domain in $DOMAINS/$DOMAIN (ports: http $PORT, admin $ADMIN_PORT on 127.0.0.1)"
    "$ASADMIN" create-domain --domaindir "$DOMAINS" --portbase "$PORTBASE" --nopassword=true "$DOMAIN" >/dev/null
    # 512 MB is too little for the engine and PrimeFaces; set it before the first start to avoid a restart
    sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options>#' "$DOMAINS/$DOMAIN/config/domain.xml"
  fi
  if [ ! -f "$ADMIN_PASSWORD_FILE" ]; then
    # a new domain, or one created before the admin port had a password: it gets one while it is stopped
    if running; then
      "$ASADMIN" stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
    fi
    "$ROOT/scripts/set-payara-admin-password.sh" "$ASADMIN" "$DOMAINS" "$DOMAIN" "$ADMIN_PASSWORD_FILE"
  fi
}

mailbox_running() {
  [ -f "$MAILBOX_PID" ] && kill -0 "$(cat "$MAILBOX_PID")" 2>/dev/null
}

start_mailbox() {
  if [ ! -f "$MAILBOX_JAR" ]; then
    say "Taking GreenMail $GREENMAIL_VERSION (the demo's local mailbox) from Maven Central"
    (cd "$ROOT" && ./mvnw -q -B -Dstyle.color=never -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$HOME_DIR")
  fi
  if mailbox_running; then
    return 0
  fi
  say "Starting the local mailbox (SMTP 127.0.0.1:$MAILBOX_SMTP_PORT)"
  nohup java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAILBOX_SMTP_PORT" \
      -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAILBOX_IMAP_PORT" \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="${MAILBOX_API##*:}" \
      -jar "$MAILBOX_JAR" > "$HOME_DIR/mailbox.log" 2>&1 &
  echo $! > "$MAILBOX_PID"
  local i
  for i in $(seq 1 60); do
    if curl -fsS -o /dev/null "$MAILBOX_API/api/service/readiness" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "The local mailbox did not start; see $HOME_DIR/mailbox.log" >&2
  return 1
}

stop_mailbox() {
  if mailbox_running; then
    say "Stopping the local mailbox"
    kill "$(cat "$MAILBOX_PID")" 2>/dev/null || true
  fi
  rm -f "$MAILBOX_PID"
}

start() {
  command -v java >/dev/null || { echo "Java 17 is needed" >&2; exit 1; }
  build_if_needed
  install_payara
  create_domain
  if [ -z "${PORTAL_SMTP_HOST:-}" ]; then
    start_mailbox
    export PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT="$MAILBOX_SMTP_PORT"
  fi
  export PORTAL_MAIL_LINK_URL="${PORTAL_MAIL_LINK_URL:-${URL%/}}"
  mkdir -p "$HOME_DIR/data"
  export PORTAL_DB_URL="${PORTAL_DB_URL:-jdbc:h2:file:$HOME_DIR/data/portal;WRITE_DELAY=0}"
  export PORTAL_DB_USER="${PORTAL_DB_USER:-portal}"
  export PORTAL_DB_PASSWORD="${PORTAL_DB_PASSWORD:-portal}"
  export PORTAL_DEMO_DATA="${PORTAL_DEMO_DATA:-true}"
  if running; then
    say "Payara is running"
  else
    say "Starting Payara"
    "$ROOT/scripts/configure-payara-domain.sh" "$DOMAINS/$DOMAIN/config/domain.xml"
    "$ASADMIN" start-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
  fi
  local checksum deployed=""
  checksum="$(sha256sum "$EAR" | cut -d' ' -f1)"
  if asadmin list-applications 2>/dev/null | grep -q "^$APP "; then
    deployed="$(cat "$HOME_DIR/deployed.sha256" 2>/dev/null || true)"
    # a redeploy racing with the autoload at start corrupts the application: wait until it answers first
    say "Waiting for the deployed portal"
    wait_for_portal || deployed=""
  fi
  if [ "$deployed" != "$checksum" ]; then
    say "Deploying $EAR"
    asadmin deploy --force=true --name "$APP" "$EAR" >/dev/null
    echo "$checksum" > "$HOME_DIR/deployed.sha256"
    say "Waiting for the portal to answer"
    wait_for_portal
  fi
  local pid rss
  pid="$(cat "$DOMAINS/$DOMAIN/config/pid" 2>/dev/null || true)"
  rss="$( [ -n "$pid" ] && ps -o rss= -p "$pid" 2>/dev/null | awk '{printf "%d MB", $1/1024}' || true)"
  cat <<INFO

  Samen Duurzaam portal: $URL   (server memory: ${rss:-unknown})
  Database: ${PORTAL_DB_URL%%;*}

  Demo accounts (password for all: SamenDuurzaam2026!)
    partner           partner of Energiecoöperatie Zonnedak Westelijke Mijnstreek (fictional)
    partner2          partner of Installatiebedrijf Warmtewijzer (fictional)
    partner3          partner of Woningcorporatie Thuis in de Westhoek (fictional): owns an idea to elaborate
    beoordelaar       screener (civil servant); beoordelaar2 is the second screener
    programmamanager  programme manager
    rolhouder         role holder
    management        management
    afdelingshoofd    role holder and management (four eyes: never approves her own proposal)
    procesbegeleider  facilitator (Brightlands Innovation Factory)
    beheer            functional administrator

$(mailbox_info)

  Stop with: ./portal.sh stop     Health: http://localhost:$PORT/health
  Payara's administration: http://localhost:$ADMIN_PORT (this machine only), user admin, password in
    $ADMIN_PASSWORD_FILE
INFO
}

stop() {
  if running; then
    say "Stopping Payara"
    "$ASADMIN" stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
  else
    say "The portal is not running"
  fi
  stop_mailbox
}

mailbox_info() {
  if [ "$PORTAL_SMTP_HOST" = 127.0.0.1 ] && mailbox_running; then
    cat <<MAIL
  Mail: the demo accounts' address is <account>@example.org (partner@example.org, ...). Their mail stays in the
    local mailbox: $MAILBOX_API/api/user/partner@example.org/messages/INBOX (JSON), or in a mail program over
    IMAP at 127.0.0.1:$MAILBOX_IMAP_PORT with the address as user name and as password.
MAIL
  else
    echo "  Mail: sent through $PORTAL_SMTP_HOST:${PORTAL_SMTP_PORT:-2525}"
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if running; then echo "running at $URL"; else echo "stopped"; fi ;;
  *) echo "usage: $0 [start|stop|restart|status]" >&2; exit 2 ;;
esac
