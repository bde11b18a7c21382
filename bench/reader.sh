#!/usr/bin/env bash
# Reader benchmark: the portal (demo content, 512 MB heap) against nginx serving the same article
# bytes, measured with wrk in one run; the portal through the production nginx front's micro-cache
# (deploy/nginx/tribune-cache.conf); then the portal again with its page cache switched off.
# Prints requests/s, p99 latency and the ratio to nginx, and the heap in use before and after.
# See bench/README.md. Stops only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18480}
NGINX_PORT=${BENCH_NGINX_PORT:-18481}
FRONT_PORT=${BENCH_FRONT_PORT:-18482}
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-10s}
# Rendering every request, the portal answers a few hundred a second at most: the compiler needs a
# minute of that before the rate settles (10 s measured a third of it).
UNCACHED_WARMUP=${BENCH_UNCACHED_WARMUP:-60s}
THREADS=2
CONNECTIONS=64
HEAP=512m
WORK=$(mktemp -d /tmp/tribune-bench.XXXXXX)
PORTAL_PID=
NGINX_PID=
FRONT_PID=

log() { printf '%s\n' "$*" >&2; }

stop_pid() { # pid: TERM, then KILL if it is still there after a minute
  local pid=$1
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

cleanup() {
  stop_pid "$FRONT_PID"
  stop_pid "$PORTAL_PID"
  stop_pid "$NGINX_PID"
  log "Logs and saved page: $WORK"
}
trap cleanup EXIT

install_tools() {
  local missing=()
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing ${missing[*]} (Debian packages)..."
  local sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -q "${missing[@]}" >"$WORK/apt.log" 2>&1 \
    || { $sudo apt-get update -q >>"$WORK/apt.log" 2>&1 && $sudo apt-get install -y -q "${missing[@]}" >>"$WORK/apt.log" 2>&1; }
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_portal() { # cache enabled: true or false
  local cache=$1
  port_free "$PORT" || { log "Port $PORT is taken: set BENCH_PORT to a free one"; exit 1; }
  log "Starting the portal on port $PORT (page cache: $cache)..."
  # Its own H2 database under $WORK, whatever the caller's environment says.
  env -u TRIBUNE_DB_URL -u TRIBUNE_DB_USER -u TRIBUNE_DB_PASSWORD -u TRIBUNE_DB_DRIVER \
    TRIBUNE_HTTP_PORT="$PORT" TRIBUNE_BASE_URL="http://localhost:$PORT" \
    TRIBUNE_DATA_DIR="$WORK/data" TRIBUNE_HEAP="$HEAP" TRIBUNE_DEMO_CONTENT=true \
    TRIBUNE_ADMIN_PASSWORD="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')" \
    TRIBUNE_PAGE_CACHE_ENABLED="$cache" TRIBUNE_SKIP_BUILD="${TRIBUNE_SKIP_BUILD:-false}" \
    ./run.sh >"$WORK/portal-cache-$cache.log" 2>&1 &
  PORTAL_PID=$! # run.sh execs java: this is the JVM's pid
  for _ in $(seq 1 300); do
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      log "The portal stopped while starting:"; tail -40 "$WORK/portal-cache-$cache.log" >&2; exit 1
    fi
    if curl -sf -o /dev/null "http://localhost:$PORT/health" \
      && curl -sf -o /dev/null "http://localhost:$PORT/"; then
      return 0
    fi
    sleep 1
  done
  log "The portal was not ready in 5 minutes"; exit 1
}

stop_portal() {
  stop_pid "$PORTAL_PID"
  PORTAL_PID=
}

# An nginx of its own under $WORK/<name>: daemon off, no access log, temporary files in its folder.
# name, port, the http block's own lines, an address that must answer 2xx once it is up
run_nginx() {
  local name=$1 port=$2 http=$3 probe=$4 dir="$WORK/$1" nginx pid
  port_free "$port" || { log "Port $port is taken: set the benchmark's port for $name to a free one"; exit 1; }
  mkdir -p "$dir/logs" "$dir/tmp"
  cat >"$dir/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
$http
}
CONF
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx" -p "$dir" -c "$dir/nginx.conf" >"$dir/logs/stdout.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 50); do
    if curl -sf -o /dev/null "$probe"; then
      STARTED_PID=$pid
      return 0
    fi
    sleep 0.2
  done
  log "nginx ($name) does not answer $probe:"; tail -5 "$dir/logs/"*.log >&2; exit 1
}

# The reference: the saved article's bytes, as they are.
start_nginx() {
  run_nginx nginx "$NGINX_PORT" "  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/html;
  }" "http://127.0.0.1:$NGINX_PORT/article.html"
  NGINX_PID=$STARTED_PID
}

# The production front's caching part, exactly as deploy/nginx ships it, in front of the running
# portal; plain HTTP, as the reference is. The proxying lines around it are tribune.conf's.
start_front() {
  run_nginx front "$FRONT_PORT" "  upstream tribune {
    server 127.0.0.1:$PORT;
    keepalive 32;
  }
  proxy_cache_path $WORK/front/cache levels=1:2 keys_zone=tribune:10m max_size=1g inactive=10m use_temp_path=off;
  server {
    listen 127.0.0.1:$FRONT_PORT;
    proxy_http_version 1.1;
    proxy_set_header Connection \"\";
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    include $PWD/deploy/nginx/tribune-cache.conf;
    location / {
      proxy_pass http://tribune;
    }
  }" "http://127.0.0.1:$FRONT_PORT/health"
  FRONT_PID=$STARTED_PID
}

# What a response's headers say: the value of header $2 in the headers in $1 (empty when absent).
header_value() {
  printf '%s\n' "$1" | tr -d '\r' | awk -v name="$2" 'tolower($1) == tolower(name) ":" { sub(/^[^:]*: */, ""); print; exit }'
}

# One check of the front before it is measured: printed, and a failure makes the run fail.
check() { # description, what was seen, 1 when it is right
  printf '  %-56s %-22s %s\n' "$1" "$2" "$([ "$3" = 1 ] && echo ok || echo FAILED)"
  if [ "$3" != 1 ]; then FAILED=1; fi
}

# The headers of a GET through the front: path, then curl's other options.
front_headers() {
  local path=$1
  shift
  curl -s -D - -o /dev/null "$@" "http://127.0.0.1:$FRONT_PORT$path"
}

# The front keeps what it must and nothing else, and the portal's validators work through it.
check_front() {
  local first second cookie_a cookie_b admin_a admin_b statuses with_cookie shared status past after
  printf 'Checks of the front (curl):\n'
  first=$(header_value "$(front_headers "$ARTICLE")" X-Cache-Status)
  second=$(front_headers "$ARTICLE")
  check "article, first then second request: X-Cache-Status" \
    "$first, $(header_value "$second" X-Cache-Status)" \
    "$([ "$(header_value "$second" X-Cache-Status)" = HIT ] && echo 1)"
  shared=$(header_value "$second" Cache-Control | grep -o 's-maxage=[0-9]*' || true)
  check "article: what the portal allows shared caches" "${shared:-nothing}" \
    "$([ -n "$shared" ] && echo 1)"
  admin_a=$(front_headers /admin/login)
  admin_b=$(front_headers /admin/login)
  cookie_a=$(header_value "$admin_a" Set-Cookie | cut -d';' -f1)
  cookie_b=$(header_value "$admin_b" Set-Cookie | cut -d';' -f1)
  statuses="$(header_value "$admin_a" X-Cache-Status)$(header_value "$admin_b" X-Cache-Status)"
  check "/admin/login twice: X-Cache-Status" "${statuses:-none}" "$([ -z "$statuses" ] && echo 1)"
  check "/admin/login twice: a new session cookie each time" \
    "${cookie_a%%=*}, ${cookie_b%%=*}" \
    "$([ -n "$cookie_a" ] && [ -n "$cookie_b" ] && [ "$cookie_a" != "$cookie_b" ] && echo 1)"
  with_cookie=$(header_value "$(front_headers "$ARTICLE" -H 'Cookie: JSESSIONID=x')" X-Cache-Status)
  check "article sent with a cookie: X-Cache-Status" "$with_cookie" \
    "$([ "$with_cookie" = BYPASS ] && echo 1)"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $(header_value "$second" ETag)" \
    "http://127.0.0.1:$FRONT_PORT$ARTICLE")
  check "article with its ETag in If-None-Match: status" "$status" "$([ "$status" = 304 ] && echo 1)"
  # Past the page's validity the copy is checked with the portal (a 304 when nothing changed), in
  # the background while readers still get the copy.
  sleep "$((${shared#s-maxage=} + 1))"
  past=$(header_value "$(front_headers "$ARTICLE")" X-Cache-Status)
  sleep 1
  after=$(header_value "$(front_headers "$ARTICLE")" X-Cache-Status)
  check "article past its s-maxage, then again: X-Cache-Status" "$past, $after" \
    "$([ "$past" != HIT ] && [ "$after" = HIT ] && echo 1)"
}

# The cached pages again, through the production front's micro-cache.
measure_front() {
  local log_lines severe article_result home_result nginx_result nginx_rps
  printf '\nThrough the nginx front (deploy/nginx/tribune-cache.conf in front of this portal)\n'
  start_front
  check_front
  # The reference again, just before: the load may have changed since the portal's own runs.
  warm "http://127.0.0.1:$NGINX_PORT/article.html"
  nginx_result=$(measure "http://127.0.0.1:$NGINX_PORT/article.html")
  nginx_rps=${nginx_result%% *}
  log_lines=$(wc -l <"$portal_log")
  warm "http://127.0.0.1:$FRONT_PORT$ARTICLE"
  article_result=$(measure "http://127.0.0.1:$FRONT_PORT$ARTICLE")
  warm "http://127.0.0.1:$FRONT_PORT/"
  home_result=$(measure "http://127.0.0.1:$FRONT_PORT/")
  severe=$(tail -n +"$((log_lines + 1))" "$portal_log" | grep -c 'SEVERE' || true)
  header
  report "nginx (same article bytes)" "$nginx_rps" "$nginx_result"
  report "article via the nginx front" "$nginx_rps" "$article_result" 50 20
  report "home via the nginx front" "$nginx_rps" "$home_result" 50 20
  printf 'Errors logged by the portal during the run: %s\n' "$severe"
  if [ "$severe" -gt 0 ]; then FAILED=1; fi
  stop_pid "$FRONT_PID"
  FRONT_PID=
}

# Heap in use after a full collection, in MB: what the application really keeps.
heap_mb() {
  sleep 5 # a short idle, so requests in flight are done
  if command -v jcmd >/dev/null; then
    jcmd "$PORTAL_PID" GC.run >/dev/null
    jcmd "$PORTAL_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.1f", v / 1024; exit } }'
  else
    curl -s "http://localhost:$PORT/metrics" \
      | awk '/^memory_usedHeap_bytes/ && !done { printf "%.1f", $2 / 1048576; done = 1 }'
  fi
}

warm() { # url [duration]
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2:-$WARMUP}" --timeout 10s "$1" >/dev/null
}

# One wrk run: "requests/s p99-in-ms non-2xx socket-errors"
measure() {
  local url=$1 out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$url")
  printf '%s\n' "$out" >>"$WORK/wrk.log"
  printf '%s\n' "$out" | awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %d %d\n", rps, p99, bad, errors }'
}

FAILED=0
# label, nginx's requests/s, a measure's result, the least share of nginx and the largest p99 the
# target allows (0: no latency target)
report() {
  local label=$1 reference=$2 rps p99 bad errors
  read -r rps p99 bad errors <<<"$3"
  if [ "$bad" -gt 0 ]; then FAILED=1; fi
  awk -v l="$label" -v r="$rps" -v p="$p99" -v n="$reference" -v b="$bad" -v e="$errors" \
    -v share="${4:-0}" -v maxp99="${5:-0}" 'BEGIN {
      ratio = n > 0 ? 100 * r / n : 0
      verdict = ""
      if (share > 0) {
        met = ratio >= share && (maxp99 == 0 || p < maxp99) && b == 0
        verdict = sprintf("%s (>= %d%%%s)", met ? "met" : "MISSED", share,
          maxp99 > 0 ? sprintf(", p99 < %d ms", maxp99) : "")
      }
      printf "%-28s %9d %9.2f %8.1f%% %8d %8d  %s\n", l, r, p, ratio, b, e, verdict
    }'
}

header() {
  printf '%-28s %9s %9s %9s %8s %8s  %s\n' "target" "req/s" "p99 ms" "of nginx" "non-2xx" "sock.err" "target"
}

install_tools
# nginx's workers run as an unprivileged user when it starts as root: they may cross the work
# folder (not list it) and read the saved page.
chmod 711 "$WORK"
mkdir -p "$WORK/html"
chmod 755 "$WORK/html"
log "Work folder: $WORK"
printf 'Tribune reader benchmark, %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'Machine: %s cores, %s RAM; load average before: %s\n' "$(nproc)" \
  "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'wrk -t%s -c%s -d%s --timeout 10s after a %s warm-up per target (%s with the page cache off); portal heap %s\n' \
  "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$UNCACHED_WARMUP" "$HEAP"

start_portal true
ARTICLE=$(curl -sf "http://localhost:$PORT/" | grep -o 'href="/articles/[^"]*"' | awk -F'"' 'NR == 1 { print $2 }' || true)
[ -n "$ARTICLE" ] || { log "No article link on the home page"; exit 1; }
curl -sf -o "$WORK/html/article.html" "http://localhost:$PORT$ARTICLE"
printf 'Article: %s (%s bytes, served as they are by nginx)\n' "$ARTICLE" "$(wc -c <"$WORK/html/article.html")"
start_nginx

for cache in true false; do
  if [ "$cache" = true ]; then
    share=50 maxp99=20 portal_warmup=$WARMUP
  else
    stop_portal
    TRIBUNE_SKIP_BUILD=true start_portal false
    share=5 maxp99=0 portal_warmup=$UNCACHED_WARMUP
  fi
  portal_log="$WORK/portal-cache-$cache.log"
  printf '\nPage cache %s\n' "$([ "$cache" = true ] && echo on || echo off)"
  warm "http://127.0.0.1:$NGINX_PORT/article.html"
  nginx_result=$(measure "http://127.0.0.1:$NGINX_PORT/article.html")
  nginx_rps=${nginx_result%% *}
  # The portal's pages are rendered, compiled and cached before the heap it starts from is taken.
  warm "http://localhost:$PORT$ARTICLE" "$portal_warmup"
  warm "http://localhost:$PORT/" "$portal_warmup"
  heap_before=$(heap_mb)
  log_lines=$(wc -l <"$portal_log")
  article_result=$(measure "http://localhost:$PORT$ARTICLE")
  home_result=$(measure "http://localhost:$PORT/")
  severe=$(tail -n +"$((log_lines + 1))" "$portal_log" | grep -c 'SEVERE' || true)
  heap_after=$(heap_mb)
  header
  report "nginx (same article bytes)" "$nginx_rps" "$nginx_result"
  report "portal article" "$nginx_rps" "$article_result" "$share" "$maxp99"
  report "portal home" "$nginx_rps" "$home_result" "$share" "$maxp99"
  if [ "$cache" = true ]; then
    # The portal's own floor: a servlet answering a few bytes, no page, no database.
    warm "http://localhost:$PORT/robots.txt"
    report "portal robots.txt" "$nginx_rps" "$(measure "http://localhost:$PORT/robots.txt")"
  fi
  printf 'Heap in use after a full GC: %s MB before the run, %s MB after\n' "$heap_before" "$heap_after"
  printf 'Errors logged by the portal during the run: %s\n' "$severe"
  if [ "$severe" -gt 0 ]; then FAILED=1; fi
  if [ "$cache" = true ]; then
    measure_front
  fi
done

# Payara Micro's floors without the application, on the same Payara Micro: the same few bytes from
# a one-servlet WAR with no filter, CDI bean or security constraint (the gap to the portal's
# robots.txt is what the portal's own request path costs), and the saved article as a Facelets page
# with no expression in it, behind the Faces servlet alone: what Faces costs for the page before any
# data or component of the portal, the floor under every page it renders.
stop_portal
mkdir -p "$WORK/bare/classes" "$WORK/bare/war/WEB-INF"
javac -d "$WORK/bare/classes" -cp target/payara/runtime/runtime/jakarta.servlet-api.jar \
  bench/bare/BareServlet.java
cp -R "$WORK/bare/classes" "$WORK/bare/war/WEB-INF/"
cp bench/bare/web.xml bench/bare/beans.xml "$WORK/bare/war/WEB-INF/"
# Facelets reads the page as XML, which knows no &nbsp;: the same character, by its number.
sed 's/&nbsp;/\&#160;/g' "$WORK/html/article.html" >"$WORK/bare/war/article.xhtml"
(cd "$WORK/bare/war" && jar cf ../bare.war .)
log "Starting Payara Micro with the bare WAR on port $PORT..."
java -Xmx"$HEAP" -jar target/payara/payara-micro.jar --nocluster --disablephonehome --port "$PORT" \
  --deploy "$WORK/bare/bare.war" --contextroot / >"$WORK/bare.log" 2>&1 &
PORTAL_PID=$!
for attempt in $(seq 1 121); do
  curl -sf -o /dev/null "http://localhost:$PORT/robots.txt" && break
  if [ "$attempt" -eq 121 ] || ! kill -0 "$PORTAL_PID" 2>/dev/null; then
    log "The bare WAR did not start: $WORK/bare.log"; exit 1
  fi
  sleep 1
done
curl -sf -o /dev/null "http://localhost:$PORT/article.xhtml" \
  || { log "The Facelets page does not render: $WORK/bare.log"; exit 1; }
printf '\nPayara Micro alone\n'
header
report "nginx (same article bytes)" "$nginx_rps" "$nginx_result"
warm "http://localhost:$PORT/robots.txt"
report "bare servlet, same bytes" "$nginx_rps" "$(measure "http://localhost:$PORT/robots.txt")"
warm "http://localhost:$PORT/article.xhtml" "$UNCACHED_WARMUP"
report "Faces, static article page" "$nginx_rps" "$(measure "http://localhost:$PORT/article.xhtml")"

exit "$FAILED"
