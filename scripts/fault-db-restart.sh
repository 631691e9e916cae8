#!/usr/bin/env bash
# Fault run (issue #9): PostgreSQL restarted in the middle of a load run. The application must recover by itself:
# after the restart every answer is a 200 again, and no 5xx comes after the outage window.
#
#   scripts/fault-db-restart.sh BASE_URL RESTART_COMMAND [SECONDS] [USERS]
#   scripts/fault-db-restart.sh http://127.0.0.1:8080 'pg_ctlcluster 15 main restart' 180 50
#
# It starts nothing but the load: run the application first (from the jar, on a PostgreSQL the command can restart,
# APP_MAX_SESSIONS=200). The Gatling simulation runs for SECONDS (default 180) with USERS (default 50); at a third
# of it the command restarts the database. A probe signs in as `office` and fetches /problems twice a second,
# writing time and status to target/fault-probe.tsv. Printed at the end:
#   FAULT restart_at=<s> outage_s=<first 200 after the restart − the restart> probe_non200_after_recovery=<n>
#         probe_5xx_after_recovery=<n> health=<status after the run>
# plus Gatling's own summary (its failed requests are those of the outage window).
set -euo pipefail
BASE=${1:?base url, e.g. http://127.0.0.1:8080}
RESTART=${2:?command that restarts PostgreSQL, e.g. 'pg_ctlcluster 15 main restart'}
SECONDS_TOTAL=${3:-180}
USERS=${4:-50}
PASSWORD=${LOAD_PASSWORD:-Demo@2026}
cd "$(dirname "$0")/.."
mkdir -p target
jar=$(mktemp)
trap 'rm -f "$jar"; kill "$probe" 2>/dev/null || true' EXIT

csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=office" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"

start=$(date +%s.%N)
: > target/fault-probe.tsv
(
  while true; do
    code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -b "$jar" "$BASE/problems" || echo 000)
    echo -e "$(echo "$(date +%s.%N) - $start" | bc)\t$code" >> target/fault-probe.tsv
    sleep 0.5
  done
) &
probe=$!

( sleep $((SECONDS_TOTAL / 3)); echo "RESTART at $(echo "$(date +%s.%N) - $start" | bc) s"; eval "$RESTART" ) &
restarter=$!

./mvnw -B -ntp -Pload gatling:test -Dload.baseUrl="$BASE" -Dload.users="$USERS" -Dload.seconds="$SECONDS_TOTAL" \
    -Dload.rampSeconds=10 -Dload.maxFailedPercent=100 | tee target/fault-gatling.log | grep -E "^(>|=|-|Global)|requests|OK=|KO=" || true
wait "$restarter" || true
kill "$probe" 2>/dev/null || true

restart_at=$((SECONDS_TOTAL / 3))
awk -v r="$restart_at" -F'\t' '
  $1 >= r && $2 != "200" && !recovered { down = 1 }
  $1 >= r && $2 == "200" && (down || $1 > r + 1) && !recovered { recovered = $1 }
  recovered && $1 > recovered && $2 != "200" { bad++ }
  recovered && $1 > recovered && $2 ~ /^5/ { bad5++ }
  END { printf "FAULT restart_at=%s outage_s=%.1f probe_non200_after_recovery=%d probe_5xx_after_recovery=%d ",
        r, recovered ? recovered - r : -1, bad, bad5 }' target/fault-probe.tsv
echo "health=$(curl -s -m 10 "$BASE/actuator/health")"
