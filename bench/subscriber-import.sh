#!/usr/bin/env bash
# Subscriber import benchmark: 10,000 rows through the back office's import screen, next to the
# database writing the same rows itself from the same file (H2's CSVREAD). Prints both medians and
# their ratio. See bench/README.md. Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18495}
ROWS=${BENCH_ROWS:-10000}
RUNS=${BENCH_RUNS:-3}
TARGET_MS=10000
WORK=$(mktemp -d /tmp/tribune-import-bench.XXXXXX)
PASSWORD="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
PORTAL_PID=
BASE="http://localhost:$PORT"

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

# A file of ROWS subscribers whose addresses start with $1: address, name, language.
make_csv() { # prefix file
  awk -v n="$ROWS" -v p="$1" 'BEGIN {
    print "email;name;language"
    split("fr fr fr nl en", langs, " ")
    for (i = 1; i <= n; i++) printf "%s-%06d@bench.example;Abonné n°%d;%s\n", p, i, i, langs[i % 5 + 1]
  }' >"$2"
}

view_state() { sed -n 's:.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*:\1:p' "$1" | head -1; }

H2_VERSION=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
H2_JAR="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
[ -f "$H2_JAR" ] || ./mvnw -q -B dependency:get -Dartifact="com.h2database:h2:$H2_VERSION" >/dev/null

# 1. A fresh portal; an administrator logs in.
log "Starting the portal on port $PORT..."
env -u TRIBUNE_DB_URL -u TRIBUNE_DB_USER -u TRIBUNE_DB_PASSWORD -u TRIBUNE_DB_DRIVER \
  TRIBUNE_HTTP_PORT="$PORT" TRIBUNE_BASE_URL="$BASE" TRIBUNE_DATA_DIR="$WORK/data" \
  TRIBUNE_HEAP=512m TRIBUNE_ADMIN_PASSWORD="$PASSWORD" \
  TRIBUNE_SKIP_BUILD="${TRIBUNE_SKIP_BUILD:-false}" ./run.sh >"$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 1 300); do
  kill -0 "$PORTAL_PID" 2>/dev/null || { log "The portal stopped:"; tail -40 "$WORK/portal.log" >&2; exit 1; }
  curl -sf -o /dev/null "$BASE/health" && break
  sleep 1
done
JAR="$WORK/cookies.txt"
curl -s -c "$JAR" -b "$JAR" -o "$WORK/login.html" "$BASE/admin/login"
curl -s -o /dev/null -c "$JAR" -b "$JAR" "$BASE/admin/login" \
  --data-urlencode "login=login" --data-urlencode "login:username=admin" \
  --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=login:submit" \
  --data-urlencode "jakarta.faces.ViewState=$(view_state "$WORK/login.html")"

# 2. Each run: a fresh file of ROWS new addresses, uploaded, then imported as consented elsewhere;
# the time is the import request's, from sending it to the report's last byte.
for run in $(seq 1 "$RUNS"); do
  make_csv "run$run" "$WORK/run$run.csv"
  curl -s -b "$JAR" -c "$JAR" -o "$WORK/import.html" "$BASE/admin/subscribers/import.xhtml"
  curl -s -b "$JAR" -c "$JAR" -o "$WORK/mapping.html" "$BASE/admin/subscribers/import.xhtml" \
    -F "upload=upload" -F "upload:read=upload:read" \
    -F "jakarta.faces.ViewState=$(view_state "$WORK/import.html")" \
    -F "upload:file=@$WORK/run$run.csv;type=text/csv"
  grep -q 'id="mapping"' "$WORK/mapping.html" || { log "The upload was not read: see $WORK/mapping.html"; exit 1; }
  curl -s -b "$JAR" -c "$JAR" -o "$WORK/report$run.html" -w '%{time_total}\n' \
    "$BASE/admin/subscribers/import.xhtml" \
    --data-urlencode "mapping=mapping" --data-urlencode "mapping:header_input=on" \
    --data-urlencode "mapping:emailColumn_input=0" --data-urlencode "mapping:nameColumn_input=1" \
    --data-urlencode "mapping:languageColumn_input=2" --data-urlencode "mapping:topicsColumn_input=-1" \
    --data-urlencode "mapping:defaultLanguage_input=FR" --data-urlencode "mapping:basis=COLLECTED_ELSEWHERE" \
    --data-urlencode "mapping:collectedOn_input=2026-05-01" --data-urlencode "mapping:note=benchmark" \
    --data-urlencode "mapping:run=mapping:run" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state "$WORK/mapping.html")" \
    | awk '{ printf "%.0f\n", $1 * 1000 }' >>"$WORK/portal-ms.txt"
  grep -q "$ROWS abonnés importés, 0 lignes écartées" "$WORK/report$run.html" \
    || { log "Run $run did not import $ROWS rows: see $WORK/report$run.html"; exit 1; }
done
stop_portal

# 3. The reference, portal stopped (H2's file is then free): the same rows from a file of the same
# shape, written by the database itself, rolled back after each run.
make_csv "ref" "$WORK/reference.csv"
DB_URL="jdbc:h2:file:$WORK/data/db/tribune"
DB_PASSWORD=$(cat "$WORK/data/db/.password")
REF_MS=$(java -cp "$H2_JAR" bench/SubscriberImportReference.java "$DB_URL" tribune "$DB_PASSWORD" "$WORK/reference.csv" "$RUNS")

MEDIAN=$(sort -n "$WORK/portal-ms.txt" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
verdict=$(awk -v m="$MEDIAN" -v t="$TARGET_MS" 'BEGIN { print (m < t) ? "met" : "MISSED" }')
printf 'Tribune subscriber import benchmark, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'Machine: %s cores; load average: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s rows per file, %s runs (median)\n' "$ROWS" "$RUNS"
printf '%-52s %10s\n' "" "ms"
printf '%-52s %10s\n' "H2 CSVREAD into subscriber + consent_event (reference)" "$REF_MS"
printf '%-52s %10s\n' "Portal: import screen, consent collected elsewhere" "$MEDIAN"
printf 'Every run (ms): %s\n' "$(tr '\n' ' ' <"$WORK/portal-ms.txt")"
awk -v m="$MEDIAN" -v r="$REF_MS" 'BEGIN { printf "Ratio portal / reference: %.1f\n", m / r }'
printf 'Target: %s rows in under %s ms: %s\n' "$ROWS" "$TARGET_MS" "$verdict"
