#!/usr/bin/env bash
# Stops the local RabbitMQ and PostgreSQL started by start.sh. Idempotent:
# whatever is already stopped is skipped. Data is kept.
set -euo pipefail

TIMEOUT=${INTEL_START_TIMEOUT:-90}
RMQ_NODE=rabbit@localhost
RMQ_PID_FILE=/var/lib/rabbitmq/mnesia/$RMQ_NODE.pid

log() { printf 'stop.sh: %s\n' "$*"; }
die() { printf 'stop.sh: ERROR: %s\n' "$*" >&2; exit 1; }

((EUID == 0)) || die "run as root: sudo $0"

exec 9>/run/lock/intel-local-services.lock
flock -w "$TIMEOUT" 9 || die "another start.sh/stop.sh is still running"

# RabbitMQ
pid=""
if [[ -f $RMQ_PID_FILE ]]; then
  pid=$(<"$RMQ_PID_FILE")
  kill -0 "$pid" 2>/dev/null || pid=""
fi
if [[ -n $pid ]]; then
  log "stopping RabbitMQ ($RMQ_NODE, pid $pid)"
  # `rabbitmqctl stop <pidfile>` returns once the OS process has exited.
  if ! timeout "$TIMEOUT" rabbitmqctl -q stop "$RMQ_PID_FILE" >/dev/null 2>&1; then
    log "rabbitmqctl stop failed, sending SIGTERM"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((TIMEOUT * 2))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { log "sending SIGKILL"; kill -9 "$pid" 2>/dev/null || true; }
  fi
  rm -f "$RMQ_PID_FILE"
else
  log "RabbitMQ is not running"
fi
# epmd outlives the node; stop it when no Erlang node is registered any more.
if command -v epmd >/dev/null && epmd -names 2>/dev/null | grep -q '^epmd: up'; then
  if ! epmd -names 2>/dev/null | grep -q '^name '; then epmd -kill >/dev/null 2>&1 || true; fi
fi

# PostgreSQL: every online Debian cluster on port 5432 (the one start.sh uses)
while read -r version cluster port status _; do
  [[ $port == 5432 && $status == online* ]] || continue
  log "stopping PostgreSQL $version/$cluster"
  pg_ctlcluster -m fast "$version" "$cluster" stop 9>&- || die "could not stop PostgreSQL $version/$cluster"
done < <(pg_lsclusters -h 2>/dev/null || true)
log "stopped"
