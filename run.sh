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

# Payara Micro's runtime, unpacked once beside the jar (target/payara/runtime) instead of into a
# new temporary folder at every start. Its jars stay on the JVM's class path, so the class-sharing
# archive below can map them; each start gets a fresh instance folder with the pristine settings.
runtime=target/payara/runtime
if [ ! -f "$runtime/launch-micro.jar" ] || [ "$payara" -nt "$runtime/launch-micro.jar" ]; then
  rm -rf "$runtime"
  java -jar "$payara" --outputlauncher --rootdir "$runtime" > /dev/null
  java server-config/LauncherOptions.java "$runtime/launch-micro.jar" "$runtime/jvm-options"
fi
runtime=$(cd "$runtime" && pwd)

# Starts Payara Micro from the shared runtime in a fresh instance folder. Arguments: "exec" to
# replace this shell or "command" to run it as a child, the class-sharing option, the instance
# folder, then more Payara Micro options.
start_payara() {
  how=$1
  sharing=$2
  instance=$3
  shift 3
  rm -rf "$instance"
  mkdir -p "$instance"
  cp -R "$runtime/config" "$runtime/docroot" "$instance/"
  ln -s "$runtime/runtime" "$instance/runtime"
  ln -s "$runtime/lib" "$instance/lib"
  # The two properties are those Payara's own launcher jar sets; starting its main class directly
  # is what lets each instance have its own folder beside the shared runtime.
  "$how" java -Xmx"$TRIBUNE_HEAP" -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
    "$sharing" -Xlog:cds=off -Xlog:cds+dynamic=off ${TRIBUNE_JAVA_OPTS:-} \
    @"$runtime/jvm-options" \
    -Dfish.payara.micro.BootJar="file:$runtime/launch-micro.jar" \
    -Dfish.payara.micro.UnpackDir="$runtime" \
    -cp "$runtime/launch-micro.jar:$project_dir/target/payara/postgresql.jar" \
    fish.payara.micro.impl.PayaraMicroImpl \
    --rootdir "$instance" \
    --nocluster \
    --disablephonehome \
    --prebootcommandfile server-config/pre-boot-commands.asadmin \
    --postbootcommandfile server-config/post-boot-commands.asadmin \
    --deploy "$war" --contextroot / \
    "$@"
}

# Class data sharing: the JVM maps the classes a start needs from an archive instead of loading
# them one by one; with the runtime unpacked once, that takes about a third off the processor
# time of a start. The archive is recorded once, by a start and stop of the portal on a scratch
# H2 database (the configured database is never touched), under its own name until complete. It
# listens on another port, so nobody takes it for the portal while it runs.
archive="$runtime/classes.jsa"
if [ ! -f "$archive" ]; then
  echo "Recording the class-sharing archive for faster starts (once, about a minute)..."
  scratch="$runtime/recording"
  rm -rf "$scratch"
  if (TRIBUNE_DATA_DIR="$scratch/data" TRIBUNE_DB_URL="jdbc:h2:file:$scratch/db/tribune" \
    TRIBUNE_DB_DRIVER=org.h2.Driver TRIBUNE_DB_USER=tribune TRIBUNE_DB_PASSWORD=recording \
    TRIBUNE_ADMIN_PASSWORD=recording-only-not-a-login \
    start_payara command "-XX:ArchiveClassesAtExit=$archive.$$" "$scratch/payara" \
      --port $((TRIBUNE_HTTP_PORT + 1)) --autobindhttp --warmup > "$scratch.log" 2>&1); then
    mv -f "$archive.$$" "$archive"
    rm -f "$scratch.log"
  else
    echo "Could not record it (see $scratch.log); starting without it." >&2
  fi
  rm -rf "$scratch" "$archive.$$"
fi
[ "${TRIBUNE_PREPARE_ONLY:-}" = "true" ] && exit 0

sharing="-XX:SharedArchiveFile=$archive"
[ -f "$archive" ] || sharing="-Xshare:auto"
# Java 17 crashes when a class-loading hook (a Java agent, Flight Recorder) meets classes mapped
# from a recorded archive: with one of those asked for, start from the JDK's own archive only.
case " ${TRIBUNE_JAVA_OPTS:-} " in
  *-javaagent:* | *-agentlib:* | *-agentpath:* | *FlightRecord*) sharing="-Xshare:auto" ;;
esac
# exec: the JVM replaces this shell, so Ctrl-C and the stop signals of a service manager reach
# Payara Micro directly and it shuts down in order.
start_payara exec "$sharing" "$TRIBUNE_DATA_DIR/payara" --port "$TRIBUNE_HTTP_PORT"
