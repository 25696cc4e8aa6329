#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and (re)creates an empty database for the integration tests.
#   scripts/ensure-postgres.sh DATABASE [USER]
# Installs and starts Debian's PostgreSQL when no server answers; expects trust authentication for local connections
# (Debian's default for the postgres user over the socket; the tests connect as postgres over TCP).
set -euo pipefail
DATABASE="${1:?database name}"
PGUSER="${2:-postgres}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_isready >/dev/null || ! answers; then
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "==> Installing PostgreSQL from Debian"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postgresql
  fi
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  if ! $SUDO grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
    # the test database is throwaway and bound to loopback: trust local TCP connections
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  fi
  echo "==> Starting PostgreSQL $version"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || $SUDO pg_ctlcluster "$version" main restart
  for _ in $(seq 1 30); do answers && break; sleep 1; done
fi

psql -q -h 127.0.0.1 -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 \
  -c "drop database if exists \"$DATABASE\" with (force)" \
  -c "create database \"$DATABASE\""
echo "==> Empty database $DATABASE on 127.0.0.1:5432"
