#!/usr/bin/env bash
# Settings of a Payara domain that the portal needs and that an application cannot make itself; applied to the
# domain.xml of a stopped domain (the run command's domain and the test server's domain1).
#   scripts/configure-payara-domain.sh path/to/domain.xml
set -euo pipefail
DOMAIN_XML="${1:?path to domain.xml}"

# SameSite=Lax on the session cookie: Payara 6 ignores it in web.xml's cookie-config and in the application's
# descriptors, but sets it for every cookie of a listener configured so.
if ! grep -q 'cookie-same-site-enabled' "$DOMAIN_XML"; then
  sed -i '/<protocol name="http-listener-1">/{n;s#<http #<http cookie-same-site-enabled="true" cookie-same-site-value="Lax" #}' \
    "$DOMAIN_XML"
fi

# Request threads: Payara's http-thread-pool defaults to 5, so a sixth concurrent request waited even while the
# others waited for the database. 24 keeps the 2 cores busy without outgrowing the 32 database connections.
sed -i 's#<thread-pool name="http-thread-pool"></thread-pool>#<thread-pool name="http-thread-pool" min-thread-pool-size="4" max-thread-pool-size="24"></thread-pool>#' \
  "$DOMAIN_XML"
