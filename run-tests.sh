#!/usr/bin/env bash
# Runs every test of the portal: unit and process tests, Arquillian tests against a managed Payara Server on its own
# ports (18080/14848, so a running portal is left alone) and browser tests in headless Chromium.
# Installs what the tests need and is missing: Debian's chromium and chromium-driver (browser tests), nodejs and npm
# (bpmnlint on the BPMN models, from the npm registry).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

command -v java >/dev/null || { echo "Java 17 is needed" >&2; exit 1; }

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
missing=()
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || missing+=(chromium chromium-driver)
{ command -v node >/dev/null && command -v npm >/dev/null; } || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  # the browser tests need Chromium and its driver, the BPMN lint (bpmnlint from npm) needs Node.js
  echo "==> Installing from Debian: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

cd "$ROOT"
# the integration test classes run in random order and print their seed; IT_ORDER_SEED=<seed> repeats an order
seed=()
[ -n "${IT_ORDER_SEED:-}" ] && seed=("-Dit.order.seed=$IT_ORDER_SEED")
# install, so that .ci/run's PostgreSQL pass can run the integration tests alone against this very build
exec ./mvnw -B clean install "${seed[@]}" "$@"
