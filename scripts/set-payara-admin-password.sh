#!/usr/bin/env bash
# Gives a stopped Payara domain an admin password, so that its admin port answers nobody without it. Payara creates
# domains without one. The password is kept in PASSWORD_FILE (AS_ADMIN_PASSWORD=..., readable by its owner only),
# generated when that file does not exist yet unless PASSWORD is given. Safe to run again.
#   scripts/set-payara-admin-password.sh ASADMIN DOMAINDIR DOMAIN PASSWORD_FILE [PASSWORD]
set -euo pipefail
ASADMIN="${1:?asadmin}"; DOMAINDIR="${2:?domain directory}"; DOMAIN="${3:?domain}"; PASSWORD_FILE="${4:?password file}"

if [ ! -f "$PASSWORD_FILE" ]; then
  password="${5:-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)}"
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$PASSWORD_FILE")
fi
chmod 600 "$PASSWORD_FILE"
password="$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$PASSWORD_FILE")"

change() {   # old password, new password
  local file
  file="$(mktemp)"
  printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_NEWPASSWORD=%s\n' "$1" "$2" > "$file"
  "$ASADMIN" --user admin --passwordfile "$file" change-admin-password --domaindir "$DOMAINDIR" \
      --domain_name "$DOMAIN" >/dev/null 2>&1
  local status=$?
  rm -f "$file"
  return $status
}

# a new domain has the empty password; a domain protected before already has this one
change "" "$password" || change "$password" "$password" || {
  echo "The admin password of $DOMAINDIR/$DOMAIN is neither empty nor the one in $PASSWORD_FILE" >&2
  exit 1
}
