#!/usr/bin/env bash
# Fault run (issue #9): PostgreSQL restarted in the middle of a load run. The application must recover by itself:
# after the restart every answer is a 200 again, no 5xx comes after the outage window, and no record is half-saved.
#
#   scripts/fault-db-restart.sh BASE_URL RESTART_COMMAND [SECONDS] [USERS]
#
# It starts nothing but the load: run the application first (from the jar, on a PostgreSQL the command can restart,
# APP_MAX_SESSIONS=200). The command must really restart the server: pg_ctl refuses to run as root, so run it as
# the cluster's owner (su postgres -c ...), or use pg_ctlcluster; if it fails the script says so and measures
# nothing. A PostgreSQL of your own for this, e.g. as root with Debian's postgresql-15 (see README):
#
#   mkdir -p /tmp/fault-pg && chown postgres /tmp/fault-pg
#   su postgres -c "/usr/lib/postgresql/15/bin/initdb -D /tmp/fault-pg/data -A trust"
#   printf "port = 55442\nunix_socket_directories = '/tmp'\nlisten_addresses = '127.0.0.1'\n" >> /tmp/fault-pg/data/postgresql.conf
#   su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /tmp/fault-pg/data -l /tmp/fault-pg/log start"
#   (the port in postgresql.conf, not on pg_ctl's command line, so that the restart's plain start keeps it; then
#   create the database and start the application on it, see README "Load and fault runs")
#   FAULT_PSQL='psql -h /tmp -p 55442 -U postgres -d chuangcheng' FAULT_UPLOADS=/tmp/fault-app/data/uploads \
#   scripts/fault-db-restart.sh http://127.0.0.1:8091 \
#     "su postgres -c '/usr/lib/postgresql/15/bin/pg_ctl -D /tmp/fault-pg/data -m fast stop' && sleep 10 &&
#      su postgres -c '/usr/lib/postgresql/15/bin/pg_ctl -D /tmp/fault-pg/data -l /tmp/fault-pg/log start'" 180 50
#
# The Gatling simulation runs for SECONDS (default 180) with USERS (default 50); at a third of it the command
# restarts the database. A probe signs in as `office` and fetches /problems twice a second, writing time and status
# to target/fault-probe.tsv. A writer signs in as `liaison` and, once a second, files a progress report with a
# photo on one of her unit's tasks (a report row, an attachment row, an event and a file), each with its own text,
# writing time, text and status to target/fault-writes.tsv (302 = saved). Printed at the end:
#   FAULT restart_at=<s> outage_s=<first 200 after the restart − the first failed probe> probe_failed=<n>
#         probe_non200_after_recovery=<n> probe_5xx_after_recovery=<n> health=<status after the run>
#   WRITES attempted=<n> acknowledged=<302s> refused=<other answers> failed_during_outage=<n>
#   CHECK (with FAULT_PSQL and FAULT_UPLOADS) saved=<reports in the database> acknowledged_missing=<302 but no row>
#         half_saved=<reports without their photo or event> files_missing=<attachments without a file>
#         files_orphaned=<files written during the run that no record names>
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
writer_jar=$(mktemp)
trap 'rm -f "$jar" "$writer_jar" "$photo"; kill "$probe" "$writer" 2>/dev/null || true' EXIT
run_id=fault-$(date +%s)
photo=$(mktemp --suffix=.png)
# a 48 × 32 PNG: a real image, small enough that the photo is never what is measured
base64 -d > "$photo" <<'PNG'
iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAzElEQVR42mNgYOXiF5GUU9bQNTK3cXTzDgiNik/JzCuuqG1q75k4bfaCpavWb9m57/CJs5eu33n47PWHr7/+s3DyCUvIKqnrGJpZO7h6+YdExiVn5BaV1zS2dU+YOmv+kpXrNu/Ye+j4mYvXbj94+ur9l5//mDl4hcRlFNW0DUyt7F08/YIjYpPScwrLqhtau/qnzJy3eMXaTdv3HDx2mmHUQaMOGnXQqINGHTTqoFEHjTpo1EGjDhp10KiDRh006qBRB406aNRB9HQQADxVg3l+m15tAAAAAElFTkSuQmCC
PNG

csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=office" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"

start=$(date +%s.%N)
: > target/fault-probe.tsv
(
  while true; do
    # a page slower than 30 s counts as failed (000), whatever its status would have been
    code=$(curl -s -o /dev/null -m 30 -w '%{http_code}' -b "$jar" "$BASE/problems") || code=000
    echo -e "$(echo "$(date +%s.%N) - $start" | bc)\t$code" >> target/fault-probe.tsv
    sleep 0.5
  done
) &
probe=$!

# the writer: one progress report with a photo a second, as the liaison, on the first open task her unit leads
csrf=$(curl -s -c "$writer_jar" -b "$writer_jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$writer_jar" -b "$writer_jar" --data-urlencode "username=liaison" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
task=$(curl -s -b "$writer_jar" "$BASE/tasks/mine" | grep -o '/tasks/[0-9]*/report' | head -1 | grep -o '[0-9]\+' || true)
: > target/fault-writes.tsv
(
  [ -n "$task" ] || { echo "writer: the liaison has no task to report on" >&2; exit 0; }
  n=0
  while true; do
    n=$((n + 1))
    page=$(curl -s -m 30 -b "$writer_jar" "$BASE/tasks/$task/report" || true)
    version=$(echo "$page" | sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' | head -1)
    token=$(echo "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    quantity=$(echo "$page" | sed -n 's/.*name="quantityDone"[^>]*value="\([0-9.]*\)".*/\1/p' | head -1)
    text="$run_id-$n"
    if [ -z "$version" ] || [ -z "$token" ]; then
      code=000
    else
      code=$(curl -s -o /dev/null -m 60 -w '%{http_code}' -b "$writer_jar" -F "_csrf=$token" -F "version=$version" \
          -F "text=$text" ${quantity:+-F "quantityDone=$quantity"} -F "photos=@$photo;type=image/png" \
          "$BASE/tasks/$task/report") || code=000
    fi
    echo -e "$(echo "$(date +%s.%N) - $start" | bc)\t$text\t$code" >> target/fault-writes.tsv
    sleep 1
  done
) &
writer=$!

rm -f target/fault-restart.status
rm -f target/fault-gatling.log target/fault-restart.at
# a third into the load itself: Maven and Gatling take a while to start on a busy machine
( for _ in $(seq 1 900); do grep -q "Simulation .* started" target/fault-gatling.log 2>/dev/null && break; sleep 1; done
  sleep $((SECONDS_TOTAL / 3))
  echo "$(date +%s.%N) - $start" | bc > target/fault-restart.at
  echo "RESTART at $(cat target/fault-restart.at) s"
  if eval "$RESTART"; then echo ok > target/fault-restart.status; else echo failed > target/fault-restart.status; fi ) &
restarter=$!

./mvnw -B -ntp -Pload gatling:test -Dload.baseUrl="$BASE" -Dload.users="$USERS" -Dload.seconds="$SECONDS_TOTAL" \
    -Dload.rampSeconds=10 -Dload.maxFailedPercent=100 | tee target/fault-gatling.log | grep -E "^(>|=|-|Global)|requests|OK=|KO=" || true
wait "$restarter" || true
kill "$probe" "$writer" 2>/dev/null || true
sleep 2

restart_at=$(cat target/fault-restart.at 2>/dev/null || echo 0)
if [ "$(cat target/fault-restart.status 2>/dev/null)" != ok ]; then
  echo "FAULT restart_command_failed: no restart happened, nothing measured"; exit 1
fi
# the outage: from the restart to the first 200 after the first failed probe; without a failed probe, none seen
awk -v r="$restart_at" -F'\t' '
  $2 != "200" { failed++ }
  $1 >= r && $2 != "200" && !recovered { if (!down) first = $1; down = 1 }
  $1 >= r && $2 == "200" && down && !recovered { recovered = $1 }
  recovered && $1 > recovered && $2 != "200" { bad++ }
  recovered && $1 > recovered && $2 ~ /^5/ { bad5++ }
  END { if (!down) printf "FAULT restart_at=%s outage_s=0 (no failed probe) ", r;
        else printf "FAULT restart_at=%s outage_s=%.1f probe_failed=%d probe_non200_after_recovery=%d probe_5xx_after_recovery=%d ",
             r, recovered ? recovered - first : -1, failed + 0, bad + 0, bad5 + 0 }' target/fault-probe.tsv
echo "health=$(curl -s -m 10 "$BASE/actuator/health")"

awk -F'\t' '{ n++ } $3 == "302" { ok++ } $3 != "302" { refused++; codes[$3]++ }
  END { printf "WRITES attempted=%d acknowledged=%d refused=%d", n, ok + 0, refused + 0
        for (c in codes) printf " status_%s=%d", c, codes[c]; print "" }' target/fault-writes.tsv

if [ -n "${FAULT_PSQL:-}" ] && [ -n "${FAULT_UPLOADS:-}" ]; then
  sql() { $FAULT_PSQL -qAtX -c "$1"; }
  sql "select text from task_reports where text like '$run_id-%' order by 1" | sort > target/fault-saved.txt
  awk -F'\t' '$3 == "302" { print $2 }' target/fault-writes.tsv | sort > target/fault-acknowledged.txt
  saved=$(wc -l < target/fault-saved.txt)
  missing=$(comm -13 target/fault-saved.txt target/fault-acknowledged.txt | wc -l)
  unacknowledged=$(comm -23 target/fault-saved.txt target/fault-acknowledged.txt | wc -l)
  half=$(sql "select count(*) from task_reports r where r.text like '$run_id-%' and (
      (select count(*) from task_report_attachments a where a.report_id = r.id) <> 1
      or not exists (select 1 from task_events e where e.report_id = r.id))")
  missing_files=0
  while read -r key; do
    [ -f "$FAULT_UPLOADS/$key" ] || missing_files=$((missing_files + 1))
  done < <(sql "select a.storage_key from attachments a join task_report_attachments t on t.attachment_id = a.id
                join task_reports r on r.id = t.report_id where r.text like '$run_id-%'")
  sql "select storage_key from attachments" | sort > target/fault-keys.txt
  orphans=$(cd "$FAULT_UPLOADS" && find . -type f -newermt "@${start%.*}" ! -name '*.thumb.jpg' | sed 's|^\./||' | sort \
      | comm -23 - "$OLDPWD/target/fault-keys.txt" | wc -l)
  echo "CHECK saved=$saved acknowledged_missing=$missing saved_unacknowledged=$unacknowledged half_saved=$half" \
       "files_missing=$missing_files files_orphaned=$orphans"
fi
