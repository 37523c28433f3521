#!/usr/bin/env bash
# Starts the local PostgreSQL and RabbitMQ that the Intel services and tests
# use when there is no Docker engine, and makes sure they are set up:
#   PostgreSQL  127.0.0.1:5432, superuser role intel/intel, database intel,
#               max_connections 300, pg_stat_statements loaded
#               (Debian cluster <version>/main)
#   RabbitMQ    127.0.0.1:5672 (AMQP), 127.0.0.1:15672 (management API/UI),
#               user intel/intel, tag administrator, all permissions on "/"
# Everything listens on loopback only. Idempotent: when both are already up
# and configured it only checks them (well under a second) and exits 0.
# No systemd needed: PostgreSQL runs through pg_ctlcluster, RabbitMQ as its
# own detached process under the rabbitmq user.
#
# Environment: INTEL_START_TIMEOUT (seconds per daemon, default 90),
#              INTEL_RABBITMQ_BOOT_TIMEOUT (seconds for the broker to boot,
#                default 600: it recovers every virtual host and queue it
#                kept, which takes minutes when test runs left hundreds),
#              INTEL_PG_VERSION (default 15, else the newest installed).
set -euo pipefail

TIMEOUT=${INTEL_START_TIMEOUT:-90}
RMQ_BOOT_TIMEOUT=${INTEL_RABBITMQ_BOOT_TIMEOUT:-600}
PG_USER=intel PG_PASSWORD=intel PG_DB=intel PG_PORT=5432
RMQ_USER=intel RMQ_PASSWORD=intel
RMQ_NODE=rabbit@localhost   # fixed: independent of the machine's hostname
RMQ_BASE=/var/lib/rabbitmq
RMQ_PID_FILE=$RMQ_BASE/mnesia/$RMQ_NODE.pid
MGMT=http://127.0.0.1:15672

log() { printf 'start.sh: %s\n' "$*"; }
die() { printf 'start.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# Prints the end of the broker's logs, so a failed start explains itself in CI output.
rmq_logs() {
  local file
  for file in /var/log/rabbitmq/startup_err /var/log/rabbitmq/startup_log "/var/log/rabbitmq/$RMQ_NODE.log"; do
    [[ -s $file ]] || continue
    printf 'start.sh: --- last lines of %s\n' "$file" >&2
    tail -n 25 "$file" | cut -c1-300 >&2
  done
}
rmq_die() { rmq_logs; die "$@"; }

((EUID == 0)) || die "run as root (it manages system daemons): sudo $0"
for tool in pg_ctlcluster pg_lsclusters psql pg_isready rabbitmqctl curl setpriv; do
  command -v "$tool" >/dev/null || die "$tool not found; run deploy/local/install.sh first"
done

exec 9>/run/lock/intel-local-services.lock
flock -w "$TIMEOUT" 9 || die "another start.sh/stop.sh is still running"

# write_file PATH OWNER MODE: writes stdin to PATH if the content differs;
# returns 0 when it changed the file, 1 when it was already up to date.
write_file() {
  local path=$1 owner=$2 mode=$3 tmp
  tmp=$(mktemp)
  cat >"$tmp"
  if [[ -f $path ]] && cmp -s "$tmp" "$path"; then rm -f "$tmp"; return 1; fi
  install -D -o "${owner%:*}" -g "${owner#*:}" -m "$mode" "$tmp" "$path"
  rm -f "$tmp"
  return 0
}

# ---------------------------------------------------------------- PostgreSQL
start_postgres() {
  local version=${INTEL_PG_VERSION:-}
  if [[ -z $version ]]; then
    if [[ -x /usr/lib/postgresql/15/bin/postgres ]]; then version=15
    else version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1); fi
  fi
  [[ -n $version && -x /usr/lib/postgresql/$version/bin/postgres ]] \
    || die "PostgreSQL server binaries not found; run deploy/local/install.sh first"

  local conf_dir=/etc/postgresql/$version/main
  if [[ ! -f $conf_dir/postgresql.conf ]]; then
    log "creating PostgreSQL cluster $version/main"
    pg_createcluster "$version" main --port "$PG_PORT" --encoding UTF8 --locale C.UTF-8 >/dev/null
  fi

  local changed=false
  if write_file "$conf_dir/conf.d/intel-local.conf" postgres:postgres 0644 <<EOF
# Managed by Intel deploy/local/start.sh: loopback only, room for the
# services and the many per-test-class databases the test suites create.
# No TLS: nothing leaves the machine, and encrypting every query on
# loopback spends the services' and the server's processor for nothing.
# pg_stat_statements: the load and backfill benchmarks print the statements
# per report and their time from it (a hash update per statement, well under
# a percent of a statement's cost); loading it takes a restart, which the
# check below does whenever this file changes.
listen_addresses = '127.0.0.1'
port = $PG_PORT
max_connections = 300
ssl = off
shared_preload_libraries = 'pg_stat_statements'
EOF
  then changed=true; fi

  install -d -o postgres -g postgres -m 2775 /var/run/postgresql

  local status
  status=$(pg_lsclusters -h "$version" main | awk '{print $4}')
  if [[ $status == online* ]]; then
    if $changed; then
      log "PostgreSQL configuration changed, restarting cluster $version/main"
      pg_ctlcluster "$version" main restart 9>&-
    fi
  else
    log "starting PostgreSQL $version/main"
    pg_ctlcluster "$version" main start 9>&- \
      || die "PostgreSQL did not start; see /var/log/postgresql/postgresql-$version-main.log"
  fi

  local deadline=$((SECONDS + TIMEOUT))
  until pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; do
    ((SECONDS < deadline)) || die "PostgreSQL not ready on 127.0.0.1:$PG_PORT after ${TIMEOUT}s; see /var/log/postgresql/postgresql-$version-main.log"
    sleep 0.3
  done

  # Fast path: role and database already there.
  if [[ $(PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" \
          -Atqc "select rolsuper from pg_roles where rolname = current_user" 2>/dev/null) == t ]]; then
    log "PostgreSQL ready on 127.0.0.1:$PG_PORT (role $PG_USER, database $PG_DB)"
    return
  fi

  log "creating PostgreSQL role $PG_USER and database $PG_DB"
  runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qAt -d postgres <<EOF >/dev/null
SELECT 'CREATE ROLE $PG_USER' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') \gexec
ALTER ROLE $PG_USER WITH LOGIN SUPERUSER CREATEDB CREATEROLE PASSWORD '$PG_PASSWORD';
SELECT 'CREATE DATABASE $PG_DB OWNER $PG_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DB') \gexec
EOF
  PGPASSWORD=$PG_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -Atqc 'select 1' >/dev/null \
    || die "cannot log in to PostgreSQL as $PG_USER over TCP (check pg_hba.conf in $conf_dir)"
  log "PostgreSQL ready on 127.0.0.1:$PG_PORT (role $PG_USER, database $PG_DB)"
}

# ------------------------------------------------------------------ RabbitMQ
rmq_pid() {
  local pid
  [[ -f $RMQ_PID_FILE ]] || return 1
  pid=$(<"$RMQ_PID_FILE")
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

rmq_api_ok() { # the intel user is an administrator with a working login
  curl -fsS -m 5 -u "$RMQ_USER:$RMQ_PASSWORD" "$MGMT/api/whoami" 2>/dev/null | grep -q administrator
}

rmq_perms_ok() {
  curl -fsS -m 5 -u "$RMQ_USER:$RMQ_PASSWORD" "$MGMT/api/permissions/%2F/$RMQ_USER" 2>/dev/null \
    | grep -q '"configure":"\.\*","write":"\.\*","read":"\.\*"'
}

start_rabbitmq() {
  local changed=false
  # Node name and listeners are fixed to loopback; epmd (port 4369) and the
  # Erlang distribution port (25672) are bound to loopback too. The CLI tools
  # read this file as well, so rabbitmqctl finds rabbit@localhost.
  if write_file /etc/rabbitmq/rabbitmq-env.conf rabbitmq:rabbitmq 0644 <<'EOF'
# Managed by Intel deploy/local/start.sh
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
NODE_PORT=5672
ERL_EPMD_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
  then changed=true; fi

  # default_* create the intel user on a fresh node database; an existing
  # database is fixed up with rabbitmqctl below.
  if write_file /etc/rabbitmq/rabbitmq.conf rabbitmq:rabbitmq 0644 <<EOF
# Managed by Intel deploy/local/start.sh
listeners.tcp.default = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
default_vhost = /
default_user = $RMQ_USER
default_pass = $RMQ_PASSWORD
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
EOF
  then changed=true; fi

  if [[ ! -f /etc/rabbitmq/enabled_plugins ]]; then
    echo '[rabbitmq_management].' | write_file /etc/rabbitmq/enabled_plugins rabbitmq:rabbitmq 0644 || true
    changed=true
  elif ! grep -q 'rabbitmq_management[],]' /etc/rabbitmq/enabled_plugins; then
    rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
    changed=true
  fi

  # The Erlang cookie must belong to rabbitmq and be private, or the node and
  # the CLI tools (run through su rabbitmq by /usr/sbin/rabbitmqctl) disagree.
  if [[ ! -s $RMQ_BASE/.erlang.cookie ]]; then
    (umask 077; openssl rand -hex 20 >"$RMQ_BASE/.erlang.cookie")
  fi
  chown rabbitmq:rabbitmq "$RMQ_BASE" "$RMQ_BASE/.erlang.cookie"
  chmod 0400 "$RMQ_BASE/.erlang.cookie"
  install -d -o rabbitmq -g rabbitmq -m 0750 "$RMQ_BASE/mnesia"
  install -d -o rabbitmq -g rabbitmq -m 0755 /var/log/rabbitmq

  local pid launcher=""
  if pid=$(rmq_pid); then
    if $changed; then
      log "RabbitMQ configuration changed, restarting"
      rabbitmqctl stop "$RMQ_PID_FILE" >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
      pid=""
    elif rmq_api_ok && rmq_perms_ok; then
      log "RabbitMQ ready on 127.0.0.1:5672, management $MGMT/ (user $RMQ_USER)"
      return
    fi
  else
    pid=""
  fi

  if [[ -z $pid ]]; then
    # A node started under another name (the package's init script runs
    # rabbit@$(hostname) with the default, all-interfaces configuration when
    # apt installs it without a policy-rc.d) holds the ports: stop it.
    local other other_pid
    for other in "$RMQ_BASE"/mnesia/*.pid /var/run/rabbitmq/pid; do
      [[ -f $other && $other != "$RMQ_PID_FILE" ]] || continue
      other_pid=$(<"$other")
      if [[ -n $other_pid ]] && kill -0 "$other_pid" 2>/dev/null \
         && [[ $(ps -o comm= -p "$other_pid") == beam* ]]; then
        log "stopping the RabbitMQ node started by the package (pid $other_pid, $other)"
        kill "$other_pid"
        for _ in $(seq 1 60); do kill -0 "$other_pid" 2>/dev/null || break; sleep 0.5; done
      fi
      rm -f "$other"
    done
    # An epmd left by an earlier node may listen on every interface; with no
    # node registered it is safe to stop, and the new node starts its own
    # (loopback-only, ERL_EPMD_ADDRESS).
    if epmd -names 2>/dev/null | grep -q '^epmd: up' && ! epmd -names 2>/dev/null | grep -q '^name '; then
      epmd -kill >/dev/null 2>&1 || true
    fi
    # Refuse to fight a broker this script does not know about.
    if (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; then
      die "something else listens on 127.0.0.1:5672 (a RabbitMQ not started by this script?); stop it first"
    fi
    log "starting RabbitMQ ($RMQ_NODE)"
    rm -f "$RMQ_PID_FILE"
    # Detached, in its own session, as rabbitmq, with the cookie's home.
    # /usr/sbin/rabbitmq-server sends its output to /var/log/rabbitmq/startup_{log,err}.
    # (fd 9, the lock, must not leak into the daemon.)
    cd "$RMQ_BASE"
    setsid setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups \
      env HOME="$RMQ_BASE" RABBITMQ_PID_FILE="$RMQ_PID_FILE" /usr/sbin/rabbitmq-server \
      </dev/null >/dev/null 2>&1 9>&- &
    launcher=$!
    cd - >/dev/null
  fi

  local started=$SECONDS next_report=$((SECONDS + 30))
  local deadline=$((SECONDS + RMQ_BOOT_TIMEOUT)) node_log=/var/log/rabbitmq/$RMQ_NODE.log
  local log_start=0
  [[ -f $node_log ]] && log_start=$(wc -l <"$node_log")
  until curl -fsS -m 3 -o /dev/null "$MGMT/api/overview" -u "$RMQ_USER:$RMQ_PASSWORD" 2>/dev/null \
        || curl -s -m 3 -o /dev/null -w '%{http_code}' "$MGMT/api/overview" 2>/dev/null | grep -q 401; do
    if ((SECONDS >= deadline)); then
      rmq_die "RabbitMQ management API not answering on $MGMT after ${RMQ_BOOT_TIMEOUT}s"
    fi
    if [[ -n $launcher ]] && ! kill -0 "$launcher" 2>/dev/null; then
      rmq_die "RabbitMQ exited during startup"
    fi
    if ((SECONDS >= next_report)); then
      log "RabbitMQ still booting after $((SECONDS - started))s: $(tail -n +"$((log_start + 1))" "$node_log" 2>/dev/null \
        | grep -c 'Recovering .* queues of type rabbit_classic_queue' || true) virtual hosts recovered so far"
      next_report=$((SECONDS + 30))
    fi
    sleep 0.5
  done
  rabbitmqctl -q await_startup --timeout "$RMQ_BOOT_TIMEOUT" >/dev/null \
    || rmq_die "RabbitMQ did not finish booting"

  if ! rmq_api_ok || ! rmq_perms_ok; then
    log "configuring RabbitMQ user $RMQ_USER"
    if ! rabbitmqctl -q list_users | awk '{print $1}' | grep -qx "$RMQ_USER"; then
      rabbitmqctl -q add_user "$RMQ_USER" "$RMQ_PASSWORD" >/dev/null
    else
      rabbitmqctl -q change_password "$RMQ_USER" "$RMQ_PASSWORD" >/dev/null
    fi
    rabbitmqctl -q set_user_tags "$RMQ_USER" administrator >/dev/null
    rabbitmqctl -q set_permissions -p / "$RMQ_USER" '.*' '.*' '.*' >/dev/null
    rmq_api_ok || die "RabbitMQ management API refuses $RMQ_USER:$RMQ_PASSWORD"
  fi
  (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null || die "RabbitMQ AMQP port 127.0.0.1:5672 not answering"
  log "RabbitMQ ready on 127.0.0.1:5672, management $MGMT/ (user $RMQ_USER)"
}

start_postgres
start_rabbitmq
