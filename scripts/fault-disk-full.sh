#!/usr/bin/env bash
# Fault run (issue #9): the uploads folder's disk is full. Uploading a photo must give a clear message (in
# Chinese), save nothing of the step, leave no partial file, and work again once there is space.
#
#   scripts/fault-disk-full.sh BASE_URL UPLOADS_DIR
#
# Run the application first with its uploads on a small filesystem of their own, e.g. as root:
#   mkdir -p /tmp/fault-uploads && mount -t tmpfs -o size=5m tmpfs /tmp/fault-uploads
#   APP_UPLOADS_DIR=/tmp/fault-uploads ... java -jar target/chuangcheng-0.0.1-SNAPSHOT.jar
# The script signs in as `liaison` (LOAD_PASSWORD, default the demo password) and files progress reports with a
# photo on the first task of hers: one while there is space, one after filling the disk with a file of its own
# (UPLOADS_DIR/fault-filler, removed at the end), and one after removing it. With FAULT_PSQL (a psql command line
# for the application's database) it also counts the reports in the database. Printed:
#   DISKFULL before=<status> full=<status> message=<yes|no> saved_while_full=<n> files_left=<n> after=<status>
# before and after must be 302 (saved), full 200 (the form again, with the message), the rest 0 and yes.
set -euo pipefail
BASE=${1:?base url, e.g. http://127.0.0.1:8092}
UPLOADS=${2:?the uploads folder of the application (APP_UPLOADS_DIR) on a small filesystem}
PASSWORD=${LOAD_PASSWORD:-Demo@2026}
cd "$(dirname "$0")/.."
photo=src/main/resources/static/img/icon-512.png
work=$(mktemp -d)
trap 'rm -rf "$work"; rm -f "$UPLOADS/fault-filler"' EXIT
jar="$work/cookies"
run_id=diskfull-$(date +%s)

csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=liaison" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
task=$(curl -s -b "$jar" "$BASE/tasks/mine" | grep -o '/tasks/[0-9]*/report' | head -1 | grep -o '[0-9]\+' || true)
[ -n "$task" ] || { echo "the liaison has no task to report on" >&2; exit 1; }

# files a progress report with the photo; prints the status, leaves the answer in $work/answer.html
report() {
  local page version token quantity
  page=$(curl -s -b "$jar" "$BASE/tasks/$task/report")
  version=$(echo "$page" | sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' | head -1)
  token=$(echo "$page" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  quantity=$(echo "$page" | sed -n 's/.*name="quantityDone"[^>]*value="\([0-9.]*\)".*/\1/p' | head -1)
  curl -s -o "$work/answer.html" -w '%{http_code}' -b "$jar" -F "_csrf=$token" -F "version=$version" \
      -F "text=$1" ${quantity:+-F "quantityDone=$quantity"} -F "photos=@$photo;type=image/png" "$BASE/tasks/$task/report"
}
files() { find "$UPLOADS" -type f ! -name fault-filler | sort; }

before=$(report "$run_id-before")
# fill the disk: dd stops at "No space left on device"
dd if=/dev/zero of="$UPLOADS/fault-filler" bs=64k status=none 2>/dev/null || true
sync
echo "filled: $(df -h --output=size,avail "$UPLOADS" | tail -1)"
files > "$work/files-before"
full=$(report "$run_id-full")
message=no
grep -q '磁盘已满' "$work/answer.html" && message=yes
files > "$work/files-after"
left=$(comm -13 "$work/files-before" "$work/files-after" | wc -l)
saved=n/a
if [ -n "${FAULT_PSQL:-}" ]; then
  saved=$($FAULT_PSQL -qAtX -c "select count(*) from task_reports where text = '$run_id-full'")
fi
rm -f "$UPLOADS/fault-filler"
after=$(report "$run_id-after")
echo "DISKFULL before=$before full=$full message=$message saved_while_full=$saved files_left=$left after=$after"
