#!/usr/bin/env bash
# Two instances behind nginx (issue #9): two application JVMs on one PostgreSQL, sessions in the database
# (Spring Session JDBC), nginx spreading requests round-robin. Signed-in users walk their pages through nginx;
# while they do, one instance is killed (SIGKILL, as a crash). Users must stay signed in, and only the
# requests the dead instance was answering at that moment may fail.
#
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:55442/chuangcheng \
#   SPRING_DATASOURCE_USERNAME=chuangcheng SPRING_DATASOURCE_PASSWORD=chuangcheng \
#   scripts/two-instances.sh target/chuangcheng-0.0.1-SNAPSHOT.jar [SECONDS] [USERS]
#
# Needs nginx (Debian: apt-get install nginx-light; it runs from a configuration of its own in a temporary
# folder, the system's nginx is not touched) and a database with the demo city (or LOAD_PASSWORD for its
# accounts). It starts instance A on TWO_PORT_A (8101) and B on TWO_PORT_B (8102), both with APP_DATA_DIR
# (default /tmp/two-instances-data: the uploads folder must be shared), nginx on TWO_PORT_PROXY (8100), and stops
# all three at the end. USERS (default 8) sign in through nginx as office, leader, inspector and liaison in turn
# and fetch their pages without pause for SECONDS (default 90) from their sign-in; a third of SECONDS after every
# user has fetched two pages, instance B is killed. Printed at the end:
#   TWO requests=<n> by_A=<n> by_B=<n> failed=<n> failed_after_kill=<n> signed_out=<n> users_on_both=<n>
#       killed=B at=<s> b_answered_after_kill=<n>
# failed counts answers other than 200 and transport errors; signed_out counts pages that came back as the sign-in
# page (a session lost); users_on_both counts users whose session was served by both instances before the kill.
set -euo pipefail
JAR=${1:?the application jar, e.g. target/chuangcheng-0.0.1-SNAPSHOT.jar}
SECONDS_TOTAL=${2:-90}
USERS=${3:-8}
PASSWORD=${LOAD_PASSWORD:-Demo@2026}
PORT_A=${TWO_PORT_A:-8101}
PORT_B=${TWO_PORT_B:-8102}
PORT_PROXY=${TWO_PORT_PROXY:-8100}
DATA=${APP_DATA_DIR:-/tmp/two-instances-data}
: "${SPRING_DATASOURCE_URL:?SPRING_DATASOURCE_URL of the shared PostgreSQL}"
command -v nginx >/dev/null || { echo "nginx not found (Debian: apt-get install nginx-light)" >&2; exit 2; }

work=$(mktemp -d)
out=${TWO_OUT:-target/two-instances}
mkdir -p "$out" "$work/nginx/logs" "$DATA"
pid_a= pid_b=
cleanup() {
  [ -n "$pid_a" ] && kill "$pid_a" 2>/dev/null || true
  [ -n "$pid_b" ] && kill "$pid_b" 2>/dev/null || true
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_instance() { # port log
  APP_DATA_DIR=$DATA APP_EMBEDDED_POSTGRES_ENABLED=false APP_MAX_SESSIONS=${APP_MAX_SESSIONS:-200} PORT=$1 \
  APP_FORWARD_HEADERS=native SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='127\.0\.0\.1' \
      java ${TWO_JAVA_OPTS:--Xmx512m} -jar "$JAR" > "$2" 2>&1 &
  echo $!
}
pid_a=$(start_instance "$PORT_A" "$out/instance-a.log")
pid_b=$(start_instance "$PORT_B" "$out/instance-b.log")
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 600); do
    [ "$(curl -s -m 5 "http://127.0.0.1:$port/actuator/health/readiness" || true)" = '{"status":"UP"}' ] && break
    sleep 1
  done
  [ "$(curl -s -m 5 "http://127.0.0.1:$port/actuator/health/readiness" || true)" = '{"status":"UP"}' ] \
      || { echo "instance on $port did not become ready, see $out/instance-*.log" >&2; exit 1; }
done

cat > "$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  upstream chuangcheng {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:$PORT_PROXY;
    client_max_body_size 60m;
    location / {
      proxy_pass http://chuangcheng;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # which instance answered, for this script's count only
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
BASE=http://127.0.0.1:$PORT_PROXY

roles=(office leader inspector liaison)
declare -A pages=([office]="/problems / /tasks /checkpoints" [leader]="/ /rates /problems"
                  [inspector]="/inspections /checkpoints /" [liaison]="/problems /tasks/mine /")
start=$(date +%s.%N)
: > "$out/requests.tsv"
for i in $(seq 1 "$USERS"); do
  (
    user=${roles[$(( (i - 1) % ${#roles[@]} ))]}
    jar="$work/user$i.cookies"
    csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$csrf" "$BASE/login"
    # SECONDS of pages from the user's own sign-in: on a busy machine signing in alone can take a while
    end=$(echo "$(date +%s.%N) + $SECONDS_TOTAL" | bc)
    while [ "$(echo "$(date +%s.%N) < $end" | bc)" = 1 ]; do
      for page in ${pages[$user]}; do
        # status, final URL (the sign-in page = signed out) and the instance that answered
        result=$(curl -s -o /dev/null -m 60 -b "$jar" -c "$jar" -L -D "$work/h$i" \
            -w '%{http_code}\t%{url_effective}' "$BASE$page") || result=$(printf '000\t-')
        upstream=$(tr -d '\r' < "$work/h$i" 2>/dev/null | awk -F': ' 'tolower($1) == "x-upstream" { u = $2 } END { print u }')
        echo -e "$(echo "$(date +%s.%N) - $start" | bc)\tuser$i\t$user\t$page\t$result\t${upstream:--}" >> "$out/requests.tsv"
      done
    done
  ) &
done

# the kill: a third of SECONDS after every user has fetched two pages
for _ in $(seq 1 900); do
  [ "$(awk -F'\t' '{ n[$2]++ } END { k = 0; for (u in n) if (n[u] >= 2) k++; print k }' "$out/requests.tsv")" -ge "$USERS" ] && break
  sleep 1
done
sleep $((SECONDS_TOTAL / 3))
kill_at=$(echo "$(date +%s.%N) - $start" | bc)
kill -9 "$pid_b"
echo "KILLED instance B (port $PORT_B) at $kill_at s"
pid_b=
wait || true

awk -F'\t' -v a="127.0.0.1:$PORT_A" -v b="127.0.0.1:$PORT_B" -v k="$kill_at" '
  { n++; fail = ($5 != "200"); out = ($6 ~ /\/login/) }
  $7 ~ a"$" { byA++ } $7 ~ b"$" { byB++; if ($1 > k + 1) bAfter++ }
  fail { failed++; if ($1 >= k) failedAfter++ }
  out { signedOut++ }
  $1 < k && $7 ~ a"$" { onA[$2] = 1 } $1 < k && $7 ~ b"$" { onB[$2] = 1 }
  END { both = 0; for (u in onA) if (u in onB) both++
        printf "TWO requests=%d by_A=%d by_B=%d failed=%d failed_after_kill=%d signed_out=%d users_on_both=%d killed=B at=%.0f b_answered_after_kill=%d\n",
               n, byA, byB, failed + 0, failedAfter + 0, signedOut + 0, both, k, bAfter + 0 }' "$out/requests.tsv"
echo "details: $out/requests.tsv (time, user, role, page, status, final url, instance)"
