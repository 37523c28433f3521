#!/usr/bin/env bash
# Prints the current TOTP code of a person seeded outside production (make totp WHO=analyst@krg-security.test).
# The seeded secret is public by design (PeopleSeed.DevelopmentTotpSecret: the first 20 bytes of
# SHA-256("intel-dev-totp:" + email)); production seeds no one. RFC 6238: HMAC-SHA1, 30 s, 6 digits.
set -euo pipefail
who=${1:?usage: totp.sh <email of a seeded person>}
who=${who,,}
key=$(printf '%s' "intel-dev-totp:$who" | sha256sum | cut -c1-40)
counter=$(printf '%016x' $(( $(date +%s) / 30 )))
mac=$(printf "$(sed 's/../\\x&/g' <<<"$counter")" | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$key" -hex | awk '{print $NF}')
offset=$(( 16#${mac:39:1} * 2 ))
code=$(( (16#${mac:offset:8} & 0x7fffffff) % 1000000 ))
printf '%06d  (%s, valid for %ss more)\n' "$code" "$who" $(( 30 - $(date +%s) % 30 ))
