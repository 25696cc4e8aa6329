#!/usr/bin/env bash
# Settings of a Payara domain that the portal needs and that an application cannot make itself; applied to the
# domain.xml of a stopped domain (the run command's domain and the test server's domain1). Safe to run again.
#   scripts/configure-payara-domain.sh path/to/domain.xml
set -euo pipefail
DOMAIN_XML="${1:?path to domain.xml}"

# SameSite=Lax on the session cookie of every listener (HTTP and HTTPS): Payara 6 ignores it in web.xml's
# cookie-config and in the application's descriptors, but sets it for every cookie of a listener configured so.
for listener in http-listener-1 http-listener-2; do
  sed -i "/<protocol [^>]*name=\"$listener\"[ >]/{n;/cookie-same-site-enabled/!s#<http #<http cookie-same-site-enabled=\"true\" cookie-same-site-value=\"Lax\" #}" \
    "$DOMAIN_XML"
done

# No version banners: the Server and X-Powered-By headers named Payara, its version and the JVM on every answer.
sed -i '/<http /{/server-header=/!s#<http #<http server-header="false" xpowered-by="false" #}' "$DOMAIN_XML"

# /metrics listed the JVM, its threads and the pool names to anyone: management tooling reads the server itself.
sed -i 's#<microprofile-metrics-configuration></microprofile-metrics-configuration>#<microprofile-metrics-configuration enabled="false"></microprofile-metrics-configuration>#' \
  "$DOMAIN_XML"

# Request threads: Payara's http-thread-pool defaults to 5, so a sixth concurrent request waited even while the
# others waited for the database. 24 keeps the 2 cores busy without outgrowing the 32 database connections.
sed -i '/<thread-pool name="http-thread-pool"/{/max-thread-pool-size=/!s#<thread-pool name="http-thread-pool"#<thread-pool name="http-thread-pool" min-thread-pool-size="4" max-thread-pool-size="24"#}' \
  "$DOMAIN_XML"

# The admin listener answers on this machine only: administration from elsewhere goes through SSH to this host (or
# secure admin, see the README's production section), never over the network in clear text.
sed -i '/<network-listener [^>]*name="admin-listener"/{s# address="[^"]*"##;s#<network-listener #<network-listener address="127.0.0.1" #}' \
  "$DOMAIN_XML"
