#!/usr/bin/env bash
# Load test of the pages people open most, as 50 signed-in users at once (see README, "Throughput").
# Starts nothing: point it at a running application. Needs curl and ab (Debian: apache2-utils).
#
#   scripts/load.sh [base-url] [requests] [concurrency]
#   scripts/load.sh http://localhost:8080 2000 50
#
# Signs in as each role (form sign-in with its CSRF token), warms each page up, then runs ab with that
# session and prints one line a page:
#   LOAD <role> <page> rps=<n> p50_ms=<n> p95_ms=<n> errors=<n>
# errors counts failed requests (connect, receive, exceptions) and answers other than 2xx (a lost session
# shows up as a 302 to /login).
# Accounts and pages can be changed with LOAD_PASSWORD and LOAD_PLAN ("role:page role:page ...").
set -euo pipefail

base=${1:-http://localhost:8080}
base=${base%/}
requests=${2:-2000}
concurrency=${3:-50}
password=${LOAD_PASSWORD:-Demo@2026}
plan=${LOAD_PLAN:-"liaison:/problems liaison:/ office:/problems office:/"}

command -v ab >/dev/null || { echo "ab not found (Debian: apt-get install apache2-utils)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Signs in and prints the session cookie as name=value.
sign_in() {
  local user=$1 jar="$work/$1.cookies" token
  token=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  [ -n "$token" ] || { echo "no CSRF token on $base/login" >&2; return 1; }
  local target
  target=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
    "$base/login")
  case $target in
    *error*|*locked*|*disabled*|"") echo "sign-in as $user failed (redirected to '$target')" >&2; return 1 ;;
  esac
  awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$jar" | tail -n 1
}

declare -A sessions
for step in $plan; do
  role=${step%%:*}
  [ -n "${sessions[$role]:-}" ] || sessions[$role]=$(sign_in "$role")
done

for step in $plan; do
  role=${step%%:*} page=${step#*:} cookie=${sessions[${step%%:*}]}
  status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$cookie" "$base$page")
  [ "$status" = 200 ] || { echo "$role $page answers $status, not 200" >&2; exit 1; }
  # warm-up: the JIT compiles the page's code before it is timed
  ab -q -n $((requests / 4 > 0 ? requests / 4 : 1)) -c "$concurrency" -C "$cookie" "$base$page" >/dev/null 2>&1 || true
  out="$work/ab.txt"
  ab -n "$requests" -c "$concurrency" -C "$cookie" -e "$work/percentiles.csv" "$base$page" >"$out" 2>&1 || true
  rps=$(awk '/^Requests per second:/ { printf "%d", $4 }' "$out")
  # ab also counts a page whose length differs from the first one as failed: that is no error
  failed=$(sed -n 's/.*(Connect: \([0-9]*\), Receive: \([0-9]*\), Length: [0-9]*, Exceptions: \([0-9]*\)).*/\1 \2 \3/p' "$out" \
    | awk '{ print $1 + $2 + $3 }')
  non2xx=$(awk '/^Non-2xx responses:/ { print $3 }' "$out")
  p50=$(awk -F, '$1 == 50 { printf "%d", $2 }' "$work/percentiles.csv")
  p95=$(awk -F, '$1 == 95 { printf "%d", $2 }' "$work/percentiles.csv")
  echo "LOAD $role $page rps=${rps:-0} p50_ms=${p50:-?} p95_ms=${p95:-?} errors=$(( ${failed:-0} + ${non2xx:-0} ))"
done
