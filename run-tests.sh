#!/usr/bin/env bash
# Runs every test of the portal: unit and process tests, Arquillian tests against a managed Payara Server on its own
# ports (18080/14848, so a running portal is left alone) and browser tests in headless Chromium.
# Installs what the tests need and is missing: Debian's chromium and chromium-driver.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

command -v java >/dev/null || { echo "Java 17 is needed" >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven is needed" >&2; exit 1; }

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "==> Installing chromium and chromium-driver from Debian for the browser tests"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
fi

cd "$ROOT"
exec mvn -B clean verify "$@"
