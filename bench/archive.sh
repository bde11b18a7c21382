#!/usr/bin/env bash
# Archive benchmark: the archive-articles job on 200,000 articles in PostgreSQL, half of them past
# their retention, against the single SQL UPDATE doing the same on a fresh copy of the same data.
# Prints both times and the ratio. See bench/README.md. Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18500}
PG_PORT=${BENCH_PG_PORT:-18501}
ARTICLES=${BENCH_ARTICLES:-200000}
TARGET_RATIO=3
WORK=$(mktemp -d /tmp/tribune-archive-bench.XXXXXX)
chmod 755 "$WORK"
PASSWORD="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
PG_BIN=$(dirname "$(readlink -f "$(command -v postgres)")")
PORTAL_PID=
PG_STARTED=

log() { printf '%s\n' "$*" >&2; }

# PostgreSQL refuses to run as root; then it runs as "nobody" on a folder that user owns.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}

sql() { # database, then psql arguments
  local database=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U tribune -d "$database" "$@"
}

stop_all() {
  if [ -n "$PORTAL_PID" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$PORTAL_PID" 2>/dev/null && kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
  if [ -n "$PG_STARTED" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
    PG_STARTED=
  fi
}
trap 'stop_all; log "Logs: $WORK"' EXIT

start_portal() { # log name
  log "Starting the portal on port $PORT..."
  TRIBUNE_HTTP_PORT="$PORT" TRIBUNE_BASE_URL="http://localhost:$PORT" \
    TRIBUNE_DATA_DIR="$WORK/data" TRIBUNE_HEAP=512m TRIBUNE_DEMO_CONTENT=false \
    TRIBUNE_DB_URL="jdbc:postgresql://localhost:$PG_PORT/tribune" TRIBUNE_DB_USER=tribune \
    TRIBUNE_DB_PASSWORD=unused TRIBUNE_ADMIN_PASSWORD="$PASSWORD" \
    TRIBUNE_JOBS_ARCHIVE_ARTICLES_SCHEDULE=off TRIBUNE_SKIP_BUILD="${TRIBUNE_SKIP_BUILD:-false}" \
    ./run.sh >"$WORK/portal-$1.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 600); do
    kill -0 "$PORTAL_PID" 2>/dev/null || { log "The portal stopped:"; tail -40 "$WORK/portal-$1.log" >&2; exit 1; }
    curl -sf -o /dev/null "http://localhost:$PORT/" && return 0
    sleep 1
  done
  log "The portal was not ready in 10 minutes"; exit 1
}

# 1. A PostgreSQL of its own (local connections trusted: it listens on localhost only).
mkdir "$WORK/pg"
[ "$(id -u)" = 0 ] && chown 65534:65534 "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U tribune --auth=trust -E UTF8 >"$WORK/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/postgres.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=localhost -c shared_buffers=256MB" start >/dev/null
PG_STARTED=yes
sql postgres -c "CREATE DATABASE tribune"

# 2. The portal creates its schema, then stops while the articles are loaded.
start_portal schema
TRIBUNE_SKIP_BUILD=true
kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=
log "Loading $ARTICLES articles: half published 30 months ago, half 6 months ago..."
sql tribune <<SQL
INSERT INTO section (id, name, slug) VALUES (1, 'Analyses', 'analyses');
INSERT INTO article (id, slug, title, lead, body, type, status, section_id, language,
                     translation_group, published_at, created_at, updated_at)
SELECT g, 'bench-' || g, 'Article de charge ' || g, 'Un chapô de quelques mots.',
       '<p>Un corps de texte court pour l''article ' || g || '.</p>',
       (ARRAY['ANALYSIS','PRESS_RELEASE','STATEMENT','NEWS','CAMPAIGN','PROJECT','INTERVIEW','REPORT'])[1 + g % 8],
       'PUBLISHED', 1, 'fr', md5(g::text),
       CASE WHEN g % 2 = 0 THEN CURRENT_TIMESTAMP - INTERVAL '30 months'
            ELSE CURRENT_TIMESTAMP - INTERVAL '6 months' END,
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM generate_series(1000, 1000 + $ARTICLES - 1) g;
VACUUM ANALYZE;
SQL
# The reference works on a copy taken before the job runs: the same rows, the same layout.
sql postgres -c "CREATE DATABASE reference TEMPLATE tribune"

# 3. The portal again; an administrator starts the job from the console.
start_portal measured
JAR="$WORK/cookies.txt"
view_state() { sed -n 's:.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*:\1:p' | head -1; }
page=$(curl -s -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/login")
curl -s -o /dev/null -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/login" \
  --data-urlencode "login=login" --data-urlencode "login:username=admin" \
  --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=login:submit" \
  --data-urlencode "jakarta.faces.ViewState=$(printf '%s' "$page" | view_state)"
page=$(curl -s -b "$JAR" "http://localhost:$PORT/admin/jobs/")
row="jobs:table:2:select" # archive-articles, the third job an administrator sees
page=$(curl -s -b "$JAR" "http://localhost:$PORT/admin/jobs/index.xhtml" \
  --data-urlencode "jobs=jobs" --data-urlencode "$row=$row" \
  --data-urlencode "jakarta.faces.ViewState=$(printf '%s' "$page" | view_state)")
page=$(curl -s -b "$JAR" "http://localhost:$PORT/admin/jobs/index.xhtml" \
  --data-urlencode "jobs=jobs" --data-urlencode "jobs:start=jobs:start" \
  --data-urlencode "jobs:params:1:value=" --data-urlencode "jobs:params:2:value=" \
  --data-urlencode "jakarta.faces.ViewState=$(printf '%s' "$page" | view_state)")
EXECUTION=$(printf '%s' "$page" | grep -o 'Exécution [0-9]* lancée' | head -1 | grep -o '[0-9]*')
[ -n "$EXECUTION" ] || { log "The console did not start the job"; exit 1; }
log "Run $EXECUTION started; waiting for its end..."
for _ in $(seq 1 1800); do
  status=$(sql tribune -At -c "SELECT batchstatus FROM jbatchexecutioninstancedata WHERE jobexecid = $EXECUTION")
  case "$status" in COMPLETED | FAILED | STOPPED | ABANDONED) break ;; esac
  sleep 1
done
[ "$status" = COMPLETED ] || { log "The job ended $status"; exit 1; }
JOB_S=$(sql tribune -At -c "SELECT EXTRACT(EPOCH FROM (endtime - starttime)) FROM jbatchexecutioninstancedata WHERE jobexecid = $EXECUTION")
EXIT_STATUS=$(sql tribune -At -c "SELECT exitstatus FROM jbatchexecutioninstancedata WHERE jobexecid = $EXECUTION")
JOB_ARCHIVED=$(sql tribune -At -c "SELECT COUNT(*) FROM article WHERE status = 'ARCHIVED'")

# 4. The reference, on the copy: the same rule in one statement.
REF_MS=$(sql reference -At <<'SQL' | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
\timing on
UPDATE article SET status = 'ARCHIVED', archived_at = CURRENT_TIMESTAMP, version = version + 1
WHERE status = 'PUBLISHED' AND pinned = FALSE AND published_at <= CURRENT_TIMESTAMP - INTERVAL '24 months';
SQL
)
REF_ARCHIVED=$(sql reference -At -c "SELECT COUNT(*) FROM article WHERE status = 'ARCHIVED'")

JOB_MS=$(awk -v s="$JOB_S" 'BEGIN { printf "%.0f", s * 1000 }')
RATIO=$(awk -v j="$JOB_MS" -v r="$REF_MS" 'BEGIN { printf "%.2f", j / r }')
printf 'articles                : %d, of which past retention: job %d, UPDATE %d\n' "$ARTICLES" "$JOB_ARCHIVED" "$REF_ARCHIVED"
printf 'archive-articles job    : %d ms (%s)\n' "$JOB_MS" "$EXIT_STATUS"
printf 'single SQL UPDATE       : %.0f ms\n' "$REF_MS"
printf 'ratio                   : %s x (target <= %d x): %s\n' "$RATIO" "$TARGET_RATIO" \
  "$(awk -v r="$RATIO" -v t="$TARGET_RATIO" 'BEGIN { print (r <= t) ? "met" : "missed" }')"
[ "$JOB_ARCHIVED" = "$REF_ARCHIVED" ] || { log "The job and the UPDATE archived different counts"; exit 1; }
