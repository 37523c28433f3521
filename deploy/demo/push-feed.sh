#!/usr/bin/env bash
# Pushes the sample partner feed in deploy/demo/feed/<agency>/*.json through
# the gateway, as each agency's own feed client, oldest report first.
# Before that, the KRG Security analyst subscribes to the organiser's phone and
# passport; afterwards the script shows that analyst's alerts and one report
# read back with its resolved entities.
#
# All people, numbers, accounts and events in the feed are fictional.
#
# Environment: INTEL_URL (default http://127.0.0.1:8080), DEMO_WAIT (seconds
# to wait for alerts, default 8).
set -euo pipefail

BASE=${INTEL_URL:-http://127.0.0.1:8080}
WAIT=${DEMO_WAIT:-8}
FEED=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/feed
ANALYST=krg-security-analyst
SUBSCRIPTION_NAME="Rasul network (demo)"

die() { printf 'push-feed: ERROR: %s\n' "$*" >&2; exit 1; }

if ! command -v jq >/dev/null; then
  echo "push-feed: installing jq"
  if ((EUID == 0)); then SUDO=(); else SUDO=(sudo); fi
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null 2>&1 \
    || { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; } \
    || die "jq is needed (apt-get install jq)"
fi
command -v curl >/dev/null || die "curl is needed"

health=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/health" || true)
[[ $health == 200 ]] || die "gateway $BASE/health answered '${health:-nothing}'; is the platform up (make up)?"

# Access tokens of the seeded clients (secret <client_id>-secret), fetched once.
declare -A TOKENS=()
fetch_token() {
  local client=$1 body code
  body=$(curl -sS -m 10 -w '\n%{http_code}' -X POST "$BASE/connect/token" \
    --data-urlencode grant_type=client_credentials \
    --data-urlencode "client_id=$client" \
    --data-urlencode "client_secret=$client-secret") || die "token request for $client failed"
  code=${body##*$'\n'}; body=${body%$'\n'*}
  [[ $code == 200 ]] || die "token for $client: HTTP $code $body"
  TOKENS[$client]=$(jq -r .access_token <<<"$body")
}
fetch_token "$ANALYST"
for dir in "$FEED"/*/; do fetch_token "$(basename "$dir")-feed"; done

# api METHOD PATH CLIENT [BODY-FILE|-]: prints the body, then the status on its own last line
api() {
  local method=$1 path=$2 client=$3 data=${4:-}
  local args=(-sS -m 15 -X "$method" -H "Authorization: Bearer ${TOKENS[$client]:?no token for $client}" -H 'Accept: application/json' -w '\n%{http_code}')
  [[ -n $data ]] && args+=(-H 'Content-Type: application/json' --data-binary "@$data")
  curl "${args[@]}" "$BASE$path"
}
split() { CODE=${1##*$'\n'}; BODY=${1%$'\n'*}; [[ $BODY == "$CODE" ]] && BODY=""; return 0; }

echo "== Subscription: $ANALYST watches the organiser's phone and passport"
split "$(api GET /api/v1/subscriptions "$ANALYST")"
sub_id=""
if [[ $CODE == 200 ]]; then
  sub_id=$(jq -r --arg n "$SUBSCRIPTION_NAME" \
    '(if type == "array" then . else (.items // []) end)[] | select(.name == $n) | .id' <<<"$BODY" | head -n1)
fi
if [[ -n $sub_id ]]; then
  echo "   already subscribed: $sub_id"
else
  split "$(jq -n --arg n "$SUBSCRIPTION_NAME" '{
      name: $n,
      watch: { selectors: ["phone:+9647501234567", "document:IRQ/A12345678"] },
      rules: ["watched-entity-seen", "cross-agency-hit"] }' | api POST /api/v1/subscriptions "$ANALYST" -)"
  [[ $CODE == 201 ]] || die "creating the subscription: HTTP $CODE $BODY"
  sub_id=$(jq -r .id <<<"$BODY")
  echo "   created: $sub_id"
fi

echo "== Reports, oldest first (agency, reference, status)"
mapfile -t files < <(for f in "$FEED"/*/*.json; do
  printf '%s\t%s\n' "$(jq -r .observedAt "$f")" "$f"; done | sort | cut -f2)
((${#files[@]} > 0)) || die "no reports under $FEED"

declare -A REPORT_IDS=()
failed=0
for f in "${files[@]}"; do
  agency=$(basename "$(dirname "$f")")
  ref=$(jq -r .reference "$f")
  split "$(api POST /api/v1/reports "$agency-feed" "$f")"
  case $CODE in
    200|202)
      id=$(jq -r .id <<<"$BODY"); REPORT_IDS[$ref]=$id
      printf '   %-14s %-22s %s %s\n' "$agency" "$ref" "$CODE" "$( [[ $CODE == 200 ]] && echo "duplicate of $id" || echo "accepted $id")" ;;
    *)
      failed=$((failed + 1))
      printf '   %-14s %-22s %s REJECTED\n' "$agency" "$ref" "$CODE"
      jq -C . <<<"$BODY" 2>/dev/null | sed 's/^/      /' || printf '      %s\n' "$BODY" ;;
  esac
done

echo "== Alerts for $ANALYST (waiting up to ${WAIT}s)"
deadline=$((SECONDS + WAIT)); count=0; first=""
while :; do
  split "$(api GET '/api/v1/alerts?limit=100' "$ANALYST")"
  [[ $CODE == 200 ]] && count=$(jq '.items | length' <<<"$BODY")
  if ((count > 0)) && [[ -z $first ]]; then first=$SECONDS; fi
  # once alerts arrive, give the rest two more seconds
  if [[ -n $first ]] && ((SECONDS - first >= 2)); then break; fi
  ((SECONDS >= deadline)) && break
  sleep 1
done
if [[ $CODE != 200 ]]; then
  echo "   GET /api/v1/alerts: HTTP $CODE $BODY"
elif ((count == 0)); then
  echo "   no alerts yet"
else
  jq -r '.items[] | "   \(.raisedAt)  \(.rule | . + " " * (20 - length))  \(.summary)\n      report \(.reportId)  entity \(.entityId)"' <<<"$BODY"
fi

readback=IQB-EBL-2025-00087
if [[ -n ${REPORT_IDS[$readback]:-} ]]; then
  echo "== Report $readback read back by $ANALYST (released to all partners)"
  split "$(api GET "/api/v1/reports/${REPORT_IDS[$readback]}" "$ANALYST")"
  if [[ $CODE == 200 ]]; then
    jq '{id, agency, reference, receivedAt, status, tlp, releasableTo,
         entities: [.entities[] | {ref, type, entityId} + (if .name then {name} elif .number then {number} else {} end)]}' <<<"$BODY"
  else
    echo "   HTTP $CODE $BODY"
  fi
fi

((failed == 0)) || die "$failed report(s) rejected"
echo "done: ${#files[@]} reports, subscription $sub_id"
