#!/usr/bin/env bash
# Installs what the local (Docker-free) Intel environment needs from Debian
# packages: PostgreSQL and RabbitMQ (plus curl, used by start.sh). Idempotent:
# when everything is present it does nothing, not even `apt-get update`.
#
# Package maintainer scripts are prevented from starting the daemons
# (a temporary /usr/sbin/policy-rc.d answering 101): without systemd,
# rabbitmq-server's postinst would run its init script, start a broker with
# the default configuration (all interfaces, node rabbit@$(hostname)) and wait
# up to 600 s for it; start.sh configures and starts both daemons itself.
set -euo pipefail

want=(postgresql rabbitmq-server curl)
missing=()
for pkg in "${want[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  [[ $status == ii* ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  echo "install.sh: postgresql, rabbitmq-server and curl are installed"
  exit 0
fi

SUDO=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "install.sh: must run as root (or with sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi

echo "install.sh: installing ${missing[*]}"
policy=/usr/sbin/policy-rc.d
own_policy=false
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\n# temporary, from Intel deploy/local/install.sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod 0755 "$policy"
  own_policy=true
fi
cleanup() { if $own_policy; then "${SUDO[@]}" rm -f "$policy"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
echo "install.sh: done"
