#!/usr/bin/env bash
# Start-up of an empty installation: starts the application on a fresh embedded database in a temporary folder,
# waits until it is up (the demo city loaded), prints each demo loader's own timing line and the start-up time,
# and stops it again. Reruns are independent (nothing is kept).
#
#   scripts/demo-startup.sh
#
# Prints, e.g.:
#   DEMO Demo citizen reports loaded: 300 reports, 178 dispatched in 2630 ms
#   DEMO demo reminders: 1234 notifications, 96 unread
#   STARTED 41.5 s, DEMO LOADED 95.0 s later   (load average before: 3.1)
# STARTED is Spring's own start-up time (context ready); DEMO LOADED the time from then until the last demo loader
# finished (the demo loaders run after the context started, before the application takes requests).
# Compare a branch with another by running it in each checkout; say what else the machine was doing (uptime).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
log="$work/app.log"
load=$(cut -d' ' -f1 /proc/loadavg)
# its own process group, so that stopping it stops Maven's forked application too
APP_DATA_DIR="$work" PORT=0 setsid ./mvnw -B -ntp -q spring-boot:run >"$log" 2>&1 &
pid=$!
trap 'kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

until grep -q "Started ChuangchengApplication" "$log"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    cat "$log" >&2
    exit 1
  fi
  sleep 2
done
# the demo loaders run after the context started: wait for the last one (the reminders)
until grep -q "demo reminders" "$log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 2
done
grep -E "Demo |demo " "$log" | sed 's/^.* : /DEMO /'
started=$(sed -n 's/.*Started ChuangchengApplication in \([0-9.]*\) seconds.*/\1/p' "$log")
at() { date -d "$(grep -m1 "$1" "$log" | cut -c1-23)" +%s.%N; }
demo=$(echo "$(at 'demo reminders') - $(at 'Started ChuangchengApplication')" | bc)
printf 'STARTED %s s, DEMO LOADED %.1f s later   (load average before: %s)\n' "$started" "$demo" "$load"
