# Intel: local development and CI entry points.
#
#   make up     start PostgreSQL + RabbitMQ (no Docker), build, run the Aspire app host
#   make down   stop the app host and its services, then RabbitMQ and PostgreSQL
#   make test   run the tests (Testcontainers if Docker answers, else local services)
#   make demo   push the sample partner feed (deploy/demo) through the gateway
#   make build  build the solution (Debug)
#   make totp WHO=analyst@krg-security.test   the current TOTP code of a seeded person (local use only)
#   make bench-alerts  alert latency benchmark (BENCH_ARGS="--seconds 20 --rates 10,100,200")
#   make bench-er      entity resolution: quality on every shared data set, cost at 10k-1M entities
#   make bench-load    throughput and latency under load, anchors, cost growth (BENCH_ARGS="--known 10000,100000")
#   make bench-backfill  a partner's backfill through the batch endpoint, first batch sent to last resolved (BENCH_ARGS="--reports 100000")
#   make bench-taxii   TAXII paging of a 1,000,000-object collection: time per page at start, middle, end (BENCH_ARGS="--objects 100000 --passes 1")
#   make faults        faults under load, nothing lost (BENCH_ARGS="--seconds 120 --rate 20 --faults kill,rabbitmq,postgres,poison")
#
# `make up` installs what is missing (deploy/local/install.sh, Debian packages)
# and starts the daemons (deploy/local/start.sh): PostgreSQL 127.0.0.1:5432,
# RabbitMQ 127.0.0.1:5672 with its management API on 127.0.0.1:15672. The app
# host runs detached (log .local/apphost.log, pid .local/apphost.pid) with its
# dashboard on 127.0.0.1:18888; an OTEL_EXPORTER_OTLP_ENDPOINT set by the caller
# is passed through to every part as well as the dashboard (README, "Traces, logs and metrics").

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

SOLUTION   ?= $(or $(firstword $(wildcard Intel.sln Intel.slnx)),Intel.sln)
APPHOST    := deploy/Intel.AppHost
LOCAL      := .local
APPHOST_PID := $(LOCAL)/apphost.pid
APPHOST_LOG := $(LOCAL)/apphost.log
UP_TIMEOUT ?= 120

GATEWAY_URL   := http://127.0.0.1:8080
DASHBOARD_URL := http://127.0.0.1:18888
RABBITMQ_UI   := http://127.0.0.1:15672
AGENCIES      := uk-nca uk-homeoffice krg-security iq-border eu-partner

# The machine-level scripts manage system daemons.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# `dotnet test` takes the solution as --solution under Microsoft.Testing.Platform.
TEST_TARGET = $(if $(shell grep -s Microsoft.Testing.Platform global.json),--solution $(SOLUTION),$(SOLUTION))

export DOTNET_NOLOGO := 1
export DOTNET_CLI_TELEMETRY_OPTOUT := 1

.PHONY: help up down test demo build totp local-services check-deploy browser node bench-alerts bench-er bench-load bench-backfill bench-taxii faults

help:
	@sed -n 's/^#   make /  make /p' $(MAKEFILE_LIST)

# PostgreSQL 127.0.0.1:5432 and RabbitMQ 127.0.0.1:5672/15672 (deploy/local).
local-services:
	@$(SUDO) deploy/local/install.sh
	@$(SUDO) deploy/local/start.sh

build: node
	dotnet build $(SOLUTION) -c Debug

# Seeded people exist only in Development (never in production); their TOTP secrets derive from their emails.
totp:
	@deploy/local/totp.sh "$(WHO)"

up: local-services build
	@mkdir -p $(LOCAL)
	@if [ -f $(APPHOST_PID) ] && kill -0 "$$(cat $(APPHOST_PID))" 2>/dev/null; then \
	  echo "app host already running (pid $$(cat $(APPHOST_PID))); 'make down' first to restart it"; \
	else \
	  . deploy/local/env.sh; \
	  echo "starting the app host ($(APPHOST)), log in $(APPHOST_LOG)"; \
	  ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
	  ASPNETCORE_URLS=$(DASHBOARD_URL) \
	  ASPIRE_ALLOW_UNSECURED_TRANSPORT=true \
	  ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:18889 \
	  ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=http://127.0.0.1:18890 \
	  ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:18891 \
	  ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true \
	  DOTNET_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true \
	  setsid dotnet run --no-build --no-launch-profile --project $(APPHOST) \
	    </dev/null >$(APPHOST_LOG) 2>&1 & \
	  echo $$! >$(APPHOST_PID); \
	fi
	@pid=$$(cat $(APPHOST_PID)); deadline=$$((SECONDS + $(UP_TIMEOUT))); \
	printf 'waiting for %s/health ' "$(GATEWAY_URL)"; \
	until curl -fsS -o /dev/null -m 3 $(GATEWAY_URL)/health 2>/dev/null; do \
	  if ! kill -0 $$pid 2>/dev/null; then \
	    echo; echo "the app host exited; last lines of $(APPHOST_LOG):" >&2; tail -n 40 $(APPHOST_LOG) >&2; exit 1; fi; \
	  if [ $$SECONDS -ge $$deadline ]; then \
	    echo; echo "gateway not healthy after $(UP_TIMEOUT)s (app host still running, pid $$pid; 'make down' stops it); last lines of $(APPHOST_LOG):" >&2; \
	    tail -n 40 $(APPHOST_LOG) >&2; curl -sS -m 3 $(GATEWAY_URL)/health >&2 || true; exit 1; fi; \
	  printf .; sleep 2; \
	done; echo " ok"
	@echo
	@echo "  console              $(GATEWAY_URL)/  (sign in as a seeded person, below)"
	@echo "  gateway              $(GATEWAY_URL)   (health: $(GATEWAY_URL)/health)"
	@echo "  Aspire dashboard     $(DASHBOARD_URL)  (traces, logs, metrics)"
	@echo "  RabbitMQ management  $(RABBITMQ_UI)  (intel / intel)"
	@echo "  PostgreSQL           127.0.0.1:5432, database intel (intel / intel)"
	@echo "  app host             pid $$(cat $(APPHOST_PID)), log $(APPHOST_LOG)"
	@echo
	@echo "  Seeded clients (POST $(GATEWAY_URL)/connect/token, grant_type=client_credentials):"
	@printf '    %-15s %-24s %s\n' agency client_id client_secret
	@for a in $(AGENCIES); do \
	  printf '    %-15s %-24s %s\n' "$$a" "$$a-feed" "$$a-feed-secret" "" "$$a-analyst" "$$a-analyst-secret"; \
	done
	@echo "    <agency>-feed: reports:write reports:read; <agency>-analyst: reports:read entities:read entities:decide alerts"
	@echo
	@echo "  Seeded people (sign in to the console at $(GATEWAY_URL)/; password intel-dev-password):"
	@for a in $(AGENCIES); do \
	  printf '    %-15s %s\n' "$$a" "analyst@$$a.test (analyst)  decider@$$a.test (analyst, decider)  admin@$$a.test (agency-admin)"; \
	done
	@echo "    second factor: 'make totp WHO=analyst@krg-security.test' prints the current code"
	@echo
	@echo "  'make demo' pushes a sample feed; 'make down' stops everything."

down:
	@if [ -f $(APPHOST_PID) ]; then \
	  pid=$$(cat $(APPHOST_PID)); \
	  if kill -0 $$pid 2>/dev/null; then \
	    echo "stopping the app host (process group $$pid)"; \
	    kill -TERM -- -$$pid 2>/dev/null || true; \
	    for i in $$(seq 1 40); do kill -0 -- -$$pid 2>/dev/null || break; sleep 0.5; done; \
	    kill -KILL -- -$$pid 2>/dev/null || true; \
	  fi; \
	  rm -f $(APPHOST_PID); \
	fi
	@# Services the app host started from this checkout and that outlived it.
	@pids=$$(pgrep -u "$$(id -u)" -f -- '$(CURDIR)/(gateway|services)/Intel\.[A-Za-z]+' || true); \
	if [ -n "$$pids" ]; then \
	  echo "stopping leftover service processes: $$pids"; \
	  kill -TERM $$pids 2>/dev/null || true; sleep 2; kill -KILL $$pids 2>/dev/null || true; \
	fi
	@$(SUDO) deploy/local/stop.sh

# The recipe exits with dotnet test's own exit code (make itself reports a
# failing recipe as 2). The databases and virtual hosts that test classes make
# are removed before and after the run, so the local servers stay quick to boot.
# The kustomize overlays build (kubectl ships a kustomize; without kubectl this check is skipped, and says so).
check-deploy:
	@if command -v kubectl >/dev/null; then \
	  for overlay in deploy/k8s/overlays/*/; do \
	    kubectl kustomize "$$overlay" >/dev/null || { echo "deploy/k8s: $$overlay does not build" >&2; exit 1; }; \
	  done; echo "deploy/k8s: every overlay builds"; \
	else echo "deploy/k8s: kubectl not installed, overlays not checked"; fi

# The console's browser tests drive Debian's Chromium (Playwright's ExecutablePath); no browser is ever downloaded.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "installing Debian's chromium for the console's browser tests"; \
	  $(SUDO) apt-get install -y --no-install-recommends chromium >/dev/null \
	    || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y --no-install-recommends chromium >/dev/null; }; \
	fi

# The console's build copies Cytoscape.js from npm: Node.js and npm from Debian when the machine has none.
node:
	@if ! command -v npm >/dev/null; then \
	  echo "installing Debian's nodejs and npm for the console's front-end packages"; \
	  $(SUDO) apt-get install -y --no-install-recommends nodejs npm >/dev/null \
	    || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y --no-install-recommends nodejs npm >/dev/null; }; \
	fi

test: check-deploy browser node
	@if docker info >/dev/null 2>&1; then \
	  echo "Docker engine available: tests start their own containers (Testcontainers)"; \
	  dotnet test $(TEST_TARGET); \
	else \
	  echo "no Docker engine: tests use the local PostgreSQL and RabbitMQ (deploy/local)"; \
	  $(SUDO) deploy/local/install.sh; \
	  $(SUDO) deploy/local/start.sh; \
	  deploy/local/clean-test-data.sh; \
	  . deploy/local/env.sh; \
	  status=0; dotnet test $(TEST_TARGET) -c Release || status=$$?; \
	  deploy/local/clean-test-data.sh || true; \
	  exit $$status; \
	fi

demo:
	deploy/demo/push-feed.sh

# Alert latency at steady rates, the whole platform in one process on the local servers.
bench-alerts: local-services
	@. deploy/local/env.sh; dotnet run -c Release --project bench/Intel.Bench -- alerts $(BENCH_ARGS)

# Kills, broker and database restarts and a poison message under a steady load, the five parts as separate
# processes of their Release builds; then every accepted report is audited. Restarts the machine's own
# RabbitMQ and PostgreSQL (root), which every other user of them notices.
faults: local-services
	dotnet build -c Release bench/Intel.Bench
	@. deploy/local/env.sh; dotnet run -c Release --no-build --project bench/Intel.Bench -- faults $(BENCH_ARGS)

# Entity resolution quality on every data set of ../shared/data (in memory, the service's configuration) and
# cost per mention as known entities grow. Both run even when the first misses a target; the status says if any did.
bench-er: local-services
	@. deploy/local/env.sh; status=0; for b in quality scale; do dotnet run -c Release --project bench/Intel.EntityResolution.Bench -- $$b || status=1; done; exit $$status

# The highest sustained rate through the gateway, with the platform as five processes on the local servers.
bench-load: local-services
	@. deploy/local/env.sh; dotnet run -c Release --project bench/Intel.Bench -- load $(BENCH_ARGS)

# A partner's backfill: realistic reports through POST /api/v1/reports/batch from five feeds at once; the rate from
# the first batch sent to the last report resolved, refusals counted, and where the time went.
bench-backfill: local-services
	@. deploy/local/env.sh; dotnet run -c Release --project bench/Intel.Bench -- backfill $(BENCH_ARGS)

# TAXII paging through the gateway over a collection of a million objects (its table filled directly from one real
# report's rows), by next and by added_after; exits non-zero if any object is missed or repeated.
bench-taxii: local-services
	@. deploy/local/env.sh; dotnet run -c Release --project bench/Intel.Bench -- taxii $(BENCH_ARGS)
