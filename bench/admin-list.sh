#!/usr/bin/env bash
# Admin list benchmark: the back office's article list on 100,000 articles. Loads them into a fresh
# portal's database (server stopped), times the list's count and first page straight over JDBC,
# then starts the portal, logs in and times the first page of /admin/articles/ as the server answers
# it (curl's time to first byte). Prints median, p95 and the ratio. See bench/README.md.
# BENCH_DB=postgresql runs it on a PostgreSQL of its own (the tests' embedded one) instead of H2.
# Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18490}
ARTICLES=${BENCH_ARTICLES:-100000}
RUNS=${BENCH_RUNS:-20}
DB=${BENCH_DB:-h2}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TARGET_MS=300
WORK=$(mktemp -d /tmp/tribune-admin-bench.XXXXXX)
PASSWORD="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
PORTAL_PID=
POSTGRES_PID=

log() { printf '%s\n' "$*" >&2; }

stop_portal() {
  if [ -n "$PORTAL_PID" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$PORTAL_PID" 2>/dev/null && kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}
stop_postgres() { # its shutdown hook stops PostgreSQL and deletes its folder
  if [ -n "$POSTGRES_PID" ] && kill -0 "$POSTGRES_PID" 2>/dev/null; then
    kill "$POSTGRES_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$POSTGRES_PID" 2>/dev/null || break; sleep 1; done
  fi
  POSTGRES_PID=
}
trap 'stop_portal; stop_postgres; log "Logs: $WORK"' EXIT

start_portal() { # log name
  log "Starting the portal on port $PORT..."
  env -u TRIBUNE_DB_URL -u TRIBUNE_DB_USER -u TRIBUNE_DB_PASSWORD -u TRIBUNE_DB_DRIVER \
    "${DB_SETTINGS[@]}" TRIBUNE_HTTP_PORT="$PORT" TRIBUNE_BASE_URL="http://localhost:$PORT" \
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

DB_SETTINGS=()
case "$DB" in
  h2)
    DRIVER_VERSION=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
    DRIVER_JAR="$HOME/.m2/repository/com/h2database/h2/$DRIVER_VERSION/h2-$DRIVER_VERSION.jar"
    [ -f "$DRIVER_JAR" ] || ./mvnw -q -B dependency:get -Dartifact="com.h2database:h2:$DRIVER_VERSION" >/dev/null ;;
  postgresql)
    DRIVER_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
    DRIVER_JAR="$HOME/.m2/repository/org/postgresql/postgresql/$DRIVER_VERSION/postgresql-$DRIVER_VERSION.jar"
    # The tests' PostgreSQL, from the binaries the zonky artifacts bring through Maven: nothing to
    # install, and it runs as an unprivileged user even when the bench runs as root.
    log "Starting PostgreSQL..."
    ./mvnw -q -B test-compile -Dspotless.check.skip=true
    ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test-classpath.txt" >/dev/null
    java -cp "target/test-classes:$(cat "$WORK/test-classpath.txt")" bench/BenchPostgres.java "$WORK/postgres.env" \
      >"$WORK/postgres.log" 2>&1 &
    POSTGRES_PID=$!
    for _ in $(seq 1 120); do
      [ -f "$WORK/postgres.env" ] && break
      kill -0 "$POSTGRES_PID" 2>/dev/null || { log "PostgreSQL did not start:"; tail -40 "$WORK/postgres.log" >&2; exit 1; }
      sleep 1
    done
    [ -f "$WORK/postgres.env" ] || { log "PostgreSQL was not ready in 2 minutes"; exit 1; }
    mapfile -t DB_SETTINGS <"$WORK/postgres.env" ;;
  *) log "BENCH_DB must be h2 or postgresql, not $DB"; exit 2 ;;
esac

# 1. A fresh portal creates its schema and demo content, then stops (so H2's file is free).
start_portal first
TRIBUNE_SKIP_BUILD=true
stop_portal
if [ "$DB" = h2 ]; then
  DB_URL="jdbc:h2:file:$WORK/data/db/tribune"
  DB_USER=tribune
  DB_PASSWORD=$(cat "$WORK/data/db/.password")
  # QUERY_CACHE_SIZE=0: H2 would otherwise hand back the previous result of the same query.
  REFERENCE_URL="$DB_URL;QUERY_CACHE_SIZE=0"
else
  setting() { sed -n "s/^$1=//p" "$WORK/postgres.env"; }
  DB_URL=$(setting TRIBUNE_DB_URL)
  DB_USER=$(setting TRIBUNE_DB_USER)
  DB_PASSWORD=$(setting TRIBUNE_DB_PASSWORD)
  REFERENCE_URL="$DB_URL"
fi

# 2. The articles, and the reference: the same count and first page over plain JDBC.
log "Loading $ARTICLES articles..."
java -cp "$DRIVER_JAR" bench/AdminListData.java load "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$ARTICLES"
read -r REF_MEDIAN REF_P95 < <(java -cp "$DRIVER_JAR" bench/AdminListData.java reference "$REFERENCE_URL" "$DB_USER" "$DB_PASSWORD" "$RUNS")

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
stop_postgres

verdict=$(awk -v m="$MEDIAN" -v t="$TARGET_MS" 'BEGIN { print (m < t) ? "met" : "MISSED" }')
printf 'Tribune admin list benchmark, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'Machine: %s cores; load average before: %s\n' "$(nproc)" "$LOAD_BEFORE"
printf 'Database: %s; %s articles added to the demo content; %s requests after 5 warm-up requests\n' "$DB" "$ARTICLES" "$RUNS"
printf '%-44s %10s %10s\n' "" "median ms" "p95 ms"
printf '%-44s %10s %10s\n' "JDBC: count + first page (reference)" "$REF_MEDIAN" "$REF_P95"
printf '%-44s %10s %10s\n' "Portal: /admin/articles/ first page" "$MEDIAN" "$P95"
awk -v m="$MEDIAN" -v r="$REF_MEDIAN" 'BEGIN { printf "Ratio portal / reference (median): %.1f\n", m / r }'
printf 'Target: first page under %s ms server time: %s\n' "$TARGET_MS" "$verdict"
