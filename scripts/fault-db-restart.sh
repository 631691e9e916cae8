#!/usr/bin/env bash
# Fault run (issue #9): PostgreSQL restarted in the middle of a load run. The application must recover by itself:
# after the restart every answer is a 200 again, and no 5xx comes after the outage window.
#
#   scripts/fault-db-restart.sh BASE_URL RESTART_COMMAND [SECONDS] [USERS]
#   scripts/fault-db-restart.sh http://127.0.0.1:8080 'pg_ctlcluster 15 main restart' 180 50
#
# It starts nothing but the load: run the application first (from the jar, on a PostgreSQL the command can restart,
# APP_MAX_SESSIONS=200). The command must really restart the server (pg_ctl refuses to run as root: use
# pg_ctlcluster, or su to the server's owner); if it fails the script says so and measures nothing. The Gatling simulation runs for SECONDS (default 180) with USERS (default 50); at a third
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

rm -f target/fault-restart.status
( sleep $((SECONDS_TOTAL / 3)); echo "RESTART at $(echo "$(date +%s.%N) - $start" | bc) s"
  if eval "$RESTART"; then echo ok > target/fault-restart.status; else echo failed > target/fault-restart.status; fi ) &
restarter=$!

./mvnw -B -ntp -Pload gatling:test -Dload.baseUrl="$BASE" -Dload.users="$USERS" -Dload.seconds="$SECONDS_TOTAL" \
    -Dload.rampSeconds=10 -Dload.maxFailedPercent=100 | tee target/fault-gatling.log | grep -E "^(>|=|-|Global)|requests|OK=|KO=" || true
wait "$restarter" || true
kill "$probe" 2>/dev/null || true

restart_at=$((SECONDS_TOTAL / 3))
if [ "$(cat target/fault-restart.status 2>/dev/null)" != ok ]; then
  echo "FAULT restart_command_failed: no restart happened, nothing measured"; exit 1
fi
# the outage: from the restart to the first 200 after the first failed probe; without a failed probe, none seen
awk -v r="$restart_at" -F'\t' '
  $1 >= r && $2 != "200" && !recovered { if (!down) first = $1; down = 1 }
  $1 >= r && $2 == "200" && down && !recovered { recovered = $1 }
  recovered && $1 > recovered && $2 != "200" { bad++ }
  recovered && $1 > recovered && $2 ~ /^5/ { bad5++ }
  END { if (!down) printf "FAULT restart_at=%s outage_s=0 (no failed probe) ", r;
        else printf "FAULT restart_at=%s outage_s=%.1f probe_non200_after_recovery=%d probe_5xx_after_recovery=%d ",
             r, recovered ? recovered - first : -1, bad + 0, bad5 + 0 }' target/fault-probe.tsv
echo "health=$(curl -s -m 10 "$BASE/actuator/health")"
