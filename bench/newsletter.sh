#!/usr/bin/env bash
# Newsletter benchmark: one issue sent to 50,000 confirmed subscribers through postfix's smtp-sink,
# timed from "send" to "sent" (delivery rows included), next to smtp-source sending as many messages
# of the same size with the same concurrency to the same sink. Prints both rates, their ratio and
# the portal's peak heap (512 MB). See bench/README.md. Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18495}
SINK_PORT=${BENCH_SINK_PORT:-18525}
SUBSCRIBERS=${BENCH_SUBSCRIBERS:-50000}
PARTITIONS=${BENCH_PARTITIONS:-4}
MESSAGE_BYTES=${BENCH_MESSAGE_BYTES:-9000}
WORK=$(mktemp -d /tmp/tribune-newsletter-bench.XXXXXX)
PASSWORD="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
DB_PASSWORD="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
# Mixed mode: the portal opens the file, this script's JDBC calls reach it over TCP.
DB_URL="jdbc:h2:file:$WORK/data/db/tribune;AUTO_SERVER=TRUE"
PORTAL_PID=
SINK_PID=
JSTAT_PID=

log() { printf '%s %s\n' "$(date -u +%T)" "$*" >&2; }

stop_pid() { # pid
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill "$1" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
    kill -0 "$1" 2>/dev/null && kill -9 "$1" 2>/dev/null || true
  fi
}
cleanup() { stop_pid "$JSTAT_PID"; stop_pid "$PORTAL_PID"; stop_pid "$SINK_PID"; log "Logs: $WORK"; }
trap cleanup EXIT

# postfix's test tools, without the mail daemon: the package is installed, never started.
if ! command -v smtp-sink >/dev/null && [ ! -x /usr/sbin/smtp-sink ]; then
  log "Installing postfix for smtp-sink and smtp-source..."
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postfix >/dev/null
fi
export PATH="$PATH:/usr/sbin"

start_portal() { # log name, extra env...
  local name=$1; shift
  log "Starting the portal on port $PORT..."
  env -u TRIBUNE_DB_DRIVER TRIBUNE_HTTP_PORT="$PORT" TRIBUNE_BASE_URL="http://localhost:$PORT" \
    TRIBUNE_DATA_DIR="$WORK/data" TRIBUNE_HEAP=512m TRIBUNE_DEMO_CONTENT=true \
    TRIBUNE_DB_URL="$DB_URL" TRIBUNE_DB_USER=tribune TRIBUNE_DB_PASSWORD="$DB_PASSWORD" \
    TRIBUNE_ADMIN_PASSWORD="$PASSWORD" TRIBUNE_SKIP_BUILD="${TRIBUNE_SKIP_BUILD:-false}" \
    TRIBUNE_NEWSLETTER_PARTITIONS="$PARTITIONS" "$@" \
    ./run.sh >"$WORK/portal-$name.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 300); do
    kill -0 "$PORTAL_PID" 2>/dev/null || { log "The portal stopped:"; tail -40 "$WORK/portal-$name.log" >&2; exit 1; }
    curl -sf -o /dev/null "http://localhost:$PORT/health" && return 0
    sleep 1
  done
  log "The portal was not ready in 5 minutes"; exit 1
}

H2_VERSION=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
H2_JAR="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
[ -f "$H2_JAR" ] || ./mvnw -q -B dependency:get -Dartifact="com.h2database:h2:$H2_VERSION" >/dev/null
data() { java -cp "$H2_JAR" bench/NewsletterData.java "$1" "$DB_URL" tribune "$DB_PASSWORD" "${@:2}"; }

# 1. A fresh portal creates its schema and demo content; the subscribers and the issue go in beside it.
start_portal first
TRIBUNE_SKIP_BUILD=true
log "Loading $SUBSCRIBERS subscribers and a ready issue..."
data load "$SUBSCRIBERS"

stop_pid "$PORTAL_PID"; PORTAL_PID=

# 2. The sink, and the portal sending to it.
smtp-sink -u "${BENCH_SINK_USER:-postfix}" "127.0.0.1:$SINK_PORT" 1024 >"$WORK/smtp-sink.log" 2>&1 &
SINK_PID=$!
start_portal measured TRIBUNE_SMTP_HOST=127.0.0.1 TRIBUNE_SMTP_PORT="$SINK_PORT" TRIBUNE_SMTP_STARTTLS=false \
  TRIBUNE_MAIL_FROM="Terres Solidaires <infolettre@bench.example>"
jstat -gc "$PORTAL_PID" 500 >"$WORK/jstat.log" 2>&1 &
JSTAT_PID=$!

# 3. An editor logs in and presses "send now".
JAR="$WORK/cookies.txt"
view_state() { sed -n 's:.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*:\1:p' | head -1; }
login_state=$(curl -s -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/login" | view_state)
curl -s -o /dev/null -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/login" \
  --data-urlencode "login=login" --data-urlencode "login:username=admin" \
  --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=login:submit" \
  --data-urlencode "jakarta.faces.ViewState=$login_state"
screen=$(curl -s -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/newsletters/index.xhtml")
button=$(printf '%s' "$screen" | grep -o 'id="issues:table:[0-9]*:send"' | head -1 | sed 's/id="\(.*\)"/\1/')
[ -n "$button" ] || { log "No send button on the newsletter screen: not logged in?"; exit 1; }
log "Sending to $SUBSCRIBERS subscribers..."
# Processor time the portal spends (user + system, in clock ticks): a cost per message that
# other work on the machine changes far less than the rate.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PORTAL_PID/stat"; }
TICKS_BEFORE=$(cpu_ticks)
pressed=$(date +%s.%N)
curl -s -o "$WORK/sent.html" -c "$JAR" -b "$JAR" "http://localhost:$PORT/admin/newsletters/index.xhtml" \
  --data-urlencode "issues=issues" --data-urlencode "$button=$button" \
  --data-urlencode "jakarta.faces.ViewState=$(printf '%s' "$screen" | view_state)"
data wait 3600 >"$WORK/status" &
WAIT_PID=$!
while kill -0 "$WAIT_PID" 2>/dev/null; do
  kill -0 "$PORTAL_PID" 2>/dev/null || { log "The portal stopped"; exit 1; }
  sleep 1
done
status=$(cat "$WORK/status")
[ "$status" = SENT ] || { log "Not sent after an hour (status $status)"; exit 1; }
CPU_SECONDS=$(awk -v a="$TICKS_BEFORE" -v b="$(cpu_ticks)" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", (b - a) / hz }')
# A cross-check of the database's own times, to within a second.
WALL_SECONDS=$(awk -v s="$pressed" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')
log "Sent; the script saw it after $WALL_SECONDS s"
# Not SECONDS: bash keeps that one counting up from whatever it is given.
read -r RECIPIENTS SENT FAILED SEND_SECONDS < <(data report)
stop_pid "$JSTAT_PID"; JSTAT_PID=
# Heap in use (survivors, eden, old) at each sample, in MB; and the old generation alone.
read -r PEAK_MB OLD_MB < <(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u; if ($8 > o) o = $8 }
  END { printf "%.0f %.0f\n", m / 1024, o / 1024 }' "$WORK/jstat.log")
stop_pid "$PORTAL_PID"; PORTAL_PID=

# 4. The reference: smtp-source, same count, size and concurrency, same sink. Its rate swings by
# half from one run to the next on a small machine, so it runs three times and the median counts.
log "smtp-source: $SUBSCRIBERS messages of $MESSAGE_BYTES bytes over $PARTITIONS sessions, three times..."
SOURCE_RUNS=()
for run in 1 2 3; do
  start=$(date +%s.%N)
  smtp-source -s "$PARTITIONS" -l "$MESSAGE_BYTES" -m "$SUBSCRIBERS" -f bench@bench.example \
    -t sink@bench.example "127.0.0.1:$SINK_PORT" >"$WORK/smtp-source-$run.log" 2>&1
  SOURCE_RUNS+=("$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')")
done
SOURCE_SECONDS=$(printf '%s\n' "${SOURCE_RUNS[@]}" | sort -n | sed -n 2p)

printf 'Tribune newsletter benchmark, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'Machine: %s cores; load average: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'Recipients %s, sent %s, refused %s; %s partitions, throttling off, heap 512 MB\n' \
  "$RECIPIENTS" "$SENT" "$FAILED" "$PARTITIONS"
awk -v n="$SENT" -v t="$SEND_SECONDS" -v m="$SUBSCRIBERS" -v s="$SOURCE_SECONDS" -v runs="${SOURCE_RUNS[*]}" 'BEGIN {
  p = n / t; r = m / s
  printf "%-46s %8.1f s %10.0f msg/s\n", "Portal: send-newsletter, rows included", t, p
  printf "%-46s %8.1f s %10.0f msg/s\n", "smtp-source, same count/size/concurrency", s, r
  printf "  (median of three runs: %s s)\n", runs
  printf "Ratio portal / smtp-source: %.0f%% (target 30%%); portal %s 1,000 msg/s\n", 100 * p / r, (p >= 1000 ? "at or above" : "BELOW")
}'
awk -v c="$CPU_SECONDS" -v n="$SENT" -v t="$SEND_SECONDS" 'BEGIN {
  printf "Portal processor time during the send: %.1f s, %.2f ms a message, %.2f cores busy on average\n", c, 1000 * c / n, c / t
}'
printf 'Seen from the script: sent %s s after the press (it looks twice a second)\n' "$WALL_SECONDS"
printf 'Peak heap in use during the send: %s MB (old generation at most %s MB)\n' "$PEAK_MB" "$OLD_MB"
