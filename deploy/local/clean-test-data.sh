#!/usr/bin/env bash
# Removes what test runs and benchmarks leave on the local servers: RabbitMQ
# virtual hosts named test-* and PostgreSQL databases named test_* (the names
# tests/Intel.Testing gives them). Nothing else is touched: the platform's own
# database "intel" and virtual host "/" stay. Run it only when no test run is
# under way (make test runs it before and after dotnet test): a broker that
# keeps hundreds of virtual hosts recovers each one at boot and takes minutes
# to start.
set -euo pipefail

MGMT=${INTEL_RABBITMQ_MANAGEMENT:-http://127.0.0.1:15672}
RMQ_AUTH=${INTEL_RABBITMQ_AUTH:-intel:intel}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-intel} PGPASSWORD=${PGPASSWORD:-intel}

log() { printf 'clean-test-data.sh: %s\n' "$*"; }

vhosts=$(curl -fsS -m 30 -u "$RMQ_AUTH" "$MGMT/api/vhosts?columns=name" \
  | grep -o '"name":"test-[^"]*"' | cut -d'"' -f4 || true)
count=$(printf '%s' "$vhosts" | grep -c . || true)
if ((count > 0)); then
  printf '%s\n' "$vhosts" | xargs -P 4 -I{} curl -fsS -m 60 -o /dev/null -u "$RMQ_AUTH" -X DELETE "$MGMT/api/vhosts/{}"
fi

databases=$(psql -d postgres -Atqc "select datname from pg_database where datname like 'test\_%'")
dropped=$(printf '%s' "$databases" | grep -c . || true)
if ((dropped > 0)); then
  printf '%s\n' "$databases" | sed 's/.*/DROP DATABASE IF EXISTS "&" WITH (FORCE);/' | psql -d postgres -q
fi
log "removed $count test virtual hosts and $dropped test databases"
