#!/bin/sh
# Builds Tribune when its sources changed, then runs it on Payara Micro in the foreground.
# Ctrl-C stops it cleanly. Every setting has a default; see "Configuration" in README.md.
set -eu
cd "$(dirname "$0")"
project_dir=$(pwd)

: "${TRIBUNE_HTTP_PORT:=8080}"
: "${TRIBUNE_DATA_DIR:=$project_dir/data}"
: "${TRIBUNE_HEAP:=512m}"
: "${TRIBUNE_BASE_URL:=http://localhost:$TRIBUNE_HTTP_PORT}"
mkdir -p "$TRIBUNE_DATA_DIR"
TRIBUNE_DATA_DIR=$(cd "$TRIBUNE_DATA_DIR" && pwd)

# H2 in a file under the data folder unless a database URL is given. DB_CLOSE_ON_EXIT=FALSE leaves
# closing the database to the server's orderly shutdown instead of H2's own shutdown hook.
: "${TRIBUNE_DB_URL:=jdbc:h2:file:$TRIBUNE_DATA_DIR/db/tribune;DB_CLOSE_ON_EXIT=FALSE}"
: "${TRIBUNE_DB_USER:=tribune}"
if [ -z "${TRIBUNE_DB_PASSWORD:-}" ]; then
  case "$TRIBUNE_DB_URL" in
    jdbc:h2:*)
      # The embedded database gets a random password on first start, kept beside it and readable
      # only by its owner: nothing to configure, and nothing secret in the repository.
      password_file="$TRIBUNE_DATA_DIR/db/.password"
      if [ ! -f "$password_file" ]; then
        mkdir -p "$TRIBUNE_DATA_DIR/db"
        (umask 077 && od -An -tx1 -N24 /dev/urandom | tr -d ' \n' > "$password_file")
      fi
      TRIBUNE_DB_PASSWORD=$(cat "$password_file") ;;
    *) echo "TRIBUNE_DB_PASSWORD is not set" >&2; exit 2 ;;
  esac
fi
: "${TRIBUNE_DB_POOL_SIZE:=16}"
if [ -z "${TRIBUNE_DB_DRIVER:-}" ]; then
  case "$TRIBUNE_DB_URL" in
    jdbc:postgresql:*) TRIBUNE_DB_DRIVER=org.postgresql.Driver ;;
    jdbc:h2:*) TRIBUNE_DB_DRIVER=org.h2.Driver ;;
    *) echo "TRIBUNE_DB_URL must start with jdbc:h2: or jdbc:postgresql: (or set TRIBUNE_DB_DRIVER)" >&2; exit 2 ;;
  esac
fi
export TRIBUNE_HTTP_PORT TRIBUNE_BASE_URL TRIBUNE_DATA_DIR TRIBUNE_DB_URL TRIBUNE_DB_USER TRIBUNE_DB_PASSWORD \
  TRIBUNE_DB_POOL_SIZE TRIBUNE_DB_DRIVER

war=target/tribune.war
payara=${TRIBUNE_PAYARA_JAR:-target/payara/payara-micro.jar}
if [ "${TRIBUNE_SKIP_BUILD:-}" != "true" ]; then
  if [ ! -f "$war" ] || [ ! -f "$payara" ] || [ -n "$(find src pom.xml -newer "$war" -print -quit)" ]; then
    echo "Building Tribune (first time: a few minutes, Maven downloads its dependencies)..."
    ./mvnw -q -B package -Dmaven.test.skip=true -Dspotless.check.skip=true
  fi
fi

# exec: the JVM replaces this shell, so Ctrl-C and the stop signals of a service manager reach
# Payara Micro directly and it shuts down in order.
exec java -Xmx"$TRIBUNE_HEAP" -Djava.awt.headless=true -Dfile.encoding=UTF-8 ${TRIBUNE_JAVA_OPTS:-} \
  -jar "$payara" \
  --nocluster \
  --disablephonehome \
  --port "$TRIBUNE_HTTP_PORT" \
  --addLibs target/payara/postgresql.jar \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --postbootcommandfile server-config/post-boot-commands.asadmin \
  --deploy "$war" --contextroot /
