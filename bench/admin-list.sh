#!/usr/bin/env bash
# Admin list benchmark: the back office's article list on 100,000 articles. Loads them into a fresh
# portal's H2 database (server stopped), times the list's count and first page straight over JDBC,
# then starts the portal, logs in and times the first page of /admin/articles/ as the server answers
# it (curl's time to first byte). Prints median, p95 and the ratio. See bench/README.md.
# Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18490}
ARTICLES=${BENCH_ARTICLES:-100000}
RUNS=${BENCH_RUNS:-20}
TARGET_MS=300
WORK=$(mktemp -d /tmp/tribune-admin-bench.XXXXXX)
PASSWORD="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
PORTAL_PID=

log() { printf '%s\n' "$*" >&2; }

stop_portal() {
  if [ -n "$PORTAL_PID" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$PORTAL_PID" 2>/dev/null && kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}
trap 'stop_portal; log "Logs: $WORK"' EXIT

start_portal() { # log name
  log "Starting the portal on port $PORT..."
  env -u TRIBUNE_DB_URL -u TRIBUNE_DB_USER -u TRIBUNE_DB_PASSWORD -u TRIBUNE_DB_DRIVER \
    TRIBUNE_HTTP_PORT="$PORT" TRIBUNE_BASE_URL="http://localhost:$PORT" \
    TRIBUNE_DATA_DIR="$WORK/data" TRIBUNE_HEAP=512m TRIBUNE_DEMO_CONTENT=true \
    TRIBUNE_ADMIN_PASSWORD="$PASSWORD" TRIBUNE_SKIP_BUILD="${TRIBUNE_SKIP_BUILD:-false}" \
    ./run.sh >"$WORK/portal-$1.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 300); do
    kill -0 "$PORTAL_PID" 2>/dev/null || { log "The portal stopped:"; tail -40 "$WORK/portal-$1.log" >&2; exit 1; }
    curl -sf -o /dev/null "http://localhost:$PORT/health" && return 0
    sleep 1
  done
  log "The portal was not ready in 5 minutes"; exit 1
}

percentiles() { # reads numbers (ms), prints "median p95"
  sort -n | awk '{ v[NR] = $1 } END { m = v[int((NR + 1) / 2)]; i = int(NR * 0.95 + 0.999); printf "%.2f %.2f\n", m, v[i] }'
}

H2_VERSION=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
H2_JAR="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
[ -f "$H2_JAR" ] || ./mvnw -q -B dependency:get -Dartifact="com.h2database:h2:$H2_VERSION" >/dev/null

# 1. A fresh portal creates its schema and demo content, then stops so H2's file is free.
start_portal first
TRIBUNE_SKIP_BUILD=true
stop_portal
DB_URL="jdbc:h2:file:$WORK/data/db/tribune"
DB_PASSWORD=$(cat "$WORK/data/db/.password")

# 2. The articles, and the reference: the same count and first page over plain JDBC.
log "Loading $ARTICLES articles..."
java -cp "$H2_JAR" bench/AdminListData.java load "$DB_URL" tribune "$DB_PASSWORD" "$ARTICLES"
# QUERY_CACHE_SIZE=0: H2 would otherwise hand back the previous result of the same query.
read -r REF_MEDIAN REF_P95 < <(java -cp "$H2_JAR" bench/AdminListData.java reference "$DB_URL;QUERY_CACHE_SIZE=0" tribune "$DB_PASSWORD" "$RUNS")

# 3. The portal again; an editor logs in and opens the list.
start_portal measured
JAR="$WORK/cookies.txt"
login_page=$(curl -s -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/login")
view_state=$(printf '%s' "$login_page" | sed -n 's:.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*:\1:p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/login" \
  --data-urlencode "login=login" --data-urlencode "login:username=admin" \
  --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=login:submit" \
  --data-urlencode "jakarta.faces.ViewState=$view_state"
status=$(curl -s -o "$WORK/list.html" -w '%{http_code}' -b "$JAR" "http://localhost:$PORT/admin/articles/")
[ "$status" = 200 ] || { log "The list answered $status: not logged in?"; exit 1; }
grep -q 'Article de charge' "$WORK/list.html" || { log "The list does not show the loaded articles"; exit 1; }
for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$JAR" "http://localhost:$PORT/admin/articles/"; done
read -r MEDIAN P95 < <(for _ in $(seq 1 "$RUNS"); do
  curl -s -o /dev/null -b "$JAR" -w '%{time_starttransfer}\n' "http://localhost:$PORT/admin/articles/"
done | awk '{ printf "%.3f\n", $1 * 1000 }' | percentiles)
stop_portal

verdict=$(awk -v m="$MEDIAN" -v t="$TARGET_MS" 'BEGIN { print (m < t) ? "met" : "MISSED" }')
printf 'Tribune admin list benchmark, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'Machine: %s cores; load average before: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s articles added to the demo content; %s requests after 5 warm-up requests\n' "$ARTICLES" "$RUNS"
printf '%-44s %10s %10s\n' "" "median ms" "p95 ms"
printf '%-44s %10s %10s\n' "JDBC: count + first page (reference)" "$REF_MEDIAN" "$REF_P95"
printf '%-44s %10s %10s\n' "Portal: /admin/articles/ first page" "$MEDIAN" "$P95"
awk -v m="$MEDIAN" -v r="$REF_MEDIAN" 'BEGIN { printf "Ratio portal / reference (median): %.1f\n", m / r }'
printf 'Target: first page under %s ms server time: %s\n' "$TARGET_MS" "$verdict"
