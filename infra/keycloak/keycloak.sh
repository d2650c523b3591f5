#!/usr/bin/env bash
# Keycloak in dev mode on 127.0.0.1, with the `vigil` realm (vigil-realm.json) imported: a real OpenID Connect
# identity provider for development and tests. The server distribution comes from Maven Central via Maven, the one
# registry CI can reach: no Docker, no tarball download. Usage: see the case at the end and README.md.
# Dev mode only (plain HTTP, an H2 database, demo users and secrets): never a production identity provider.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VERSION="${KEYCLOAK_VERSION:-26.7.3}"
CACHE="${VIGIL_KEYCLOAK_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil-keycloak}/$VERSION"
DIST="$CACHE/keycloak-$VERSION"                  # unpacked once, never written to
DATA="${VIGIL_KEYCLOAK_DATA:-$ROOT/.data/keycloak}" # .data/ is git-ignored
RUNHOME="$DATA/home"   # this data dir's own Keycloak home: small copies plus a link to the jars (see make_home)
PORT="${KEYCLOAK_PORT:-18080}"; MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-$((PORT + 1))}"
BASE="http://127.0.0.1:$PORT"; ISSUER="$BASE/realms/vigil"
REALM_FILE="$HERE/vigil-realm.json"
PIDFILE="$DATA/keycloak.pid"; LOG="$DATA/keycloak.log"
READY_TIMEOUT="${KEYCLOAK_READY_TIMEOUT:-240}"
# Keycloak 26 runs on OpenJDK 17, 21 and 25; the newest found under /usr/lib/jvm is used.
SUPPORTED_JAVA="25 21 17"

die() { echo "keycloak.sh: $*" >&2; exit 1; }

# Major version of a JDK directory: from its `release` file, else by asking its java.
java_major() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1)"
  [ -n "$v" ] || v="$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  echo "${v:-0}"
}

supported() { case " $SUPPORTED_JAVA " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# Prints the JAVA_HOME to run Keycloak with: KEYCLOAK_JAVA_HOME if set, else the newest supported JDK among
# /usr/lib/jvm/*, JAVA_HOME and the `java` on PATH (the machine's default is 17; Temurin 25 sits beside it).
find_java() {
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then
    [ -x "$KEYCLOAK_JAVA_HOME/bin/java" ] || die "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME has no bin/java"
    supported "$(java_major "$KEYCLOAK_JAVA_HOME")" \
      || die "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME is Java $(java_major "$KEYCLOAK_JAVA_HOME"); Keycloak $VERSION needs one of: $SUPPORTED_JAVA"
    echo "$KEYCLOAK_JAVA_HOME"; return 0
  fi
  local candidates=() dir best="" best_v=0 v
  for dir in /usr/lib/jvm/*/; do candidates+=("${dir%/}"); done
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for dir in "${candidates[@]}"; do
    [ -x "$dir/bin/java" ] || continue
    v="$(java_major "$dir")"
    supported "$v" && [ "$v" -gt "$best_v" ] && { best="$(readlink -f "$dir")"; best_v="$v"; }
  done
  [ -n "$best" ] || die "no JDK Keycloak $VERSION supports ($SUPPORTED_JAVA) under /usr/lib/jvm, JAVA_HOME or PATH: install one (e.g. apt-get install openjdk-17-jdk-headless) or set KEYCLOAK_JAVA_HOME"
  echo "$best"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# HTTP status of GET http://127.0.0.1:PORT/PATH (0 when nothing answers), with bash alone: no curl needed.
http_status() {
  local status
  status="$(timeout 10 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n" "$2" "$1" >&3
    IFS=" " read -r _ code _ <&3; echo "$code"' _ "$1" "$2" 2>/dev/null)" || true
  echo "${status:-0}"
}

# Prints the server's pid if the pid file names a live process of this data dir's Keycloak (kc.sh, or the java
# it became). Checks the command line too, so a recycled pid is not mistaken for ours.
running_pid() {
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  case "$(ps -o stat= -p "$pid" 2>/dev/null)" in Z*|"") return 1 ;; esac  # zombie = gone
  ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF "$(readlink -f "$RUNHOME" 2>/dev/null || echo "$RUNHOME")/bin" || return 1
  echo "$pid"
}

installed() { [ "$(cat "$CACHE/.installed" 2>/dev/null)" = "$VERSION" ] && [ -x "$DIST/bin/kc.sh" ]; }

install() {
  local java; java="$(find_java)"
  installed && { echo "Keycloak $VERSION already installed in $DIST (Java: $java)"; return 0; }
  command -v mvn >/dev/null 2>&1 || die "mvn not found: Maven is needed to fetch Keycloak $VERSION from Maven Central"
  echo "Fetching Keycloak $VERSION (org.keycloak:keycloak-quarkus-dist, tar.gz) from Maven Central into $CACHE ..."
  local tmp="$CACHE.tmp"
  rm -rf "$tmp" && mkdir -p "$tmp"   # unpack aside then rename, so an interrupted fetch never looks installed
  # -q: only errors; sed drops the colour codes Maven prints even in batch mode. No pom: `copy` needs none.
  (cd "$tmp" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:tar.gz" -DoutputDirectory="$tmp" 2>&1) \
    | sed 's/\x1b\[[0-9;]*m//g'
  local archive="$tmp/keycloak-quarkus-dist-$VERSION.tar.gz"
  [ -s "$archive" ] || die "Maven could not fetch Keycloak $VERSION (see its output above)"
  tar -xzf "$archive" -C "$tmp" || die "unpacking $archive failed"
  rm -f "$archive"   # Maven keeps its own copy in the local repository
  [ -x "$tmp/keycloak-$VERSION/bin/kc.sh" ] || die "the archive has no keycloak-$VERSION/bin/kc.sh"
  rm -rf "$CACHE" && mv "$tmp" "$CACHE" && echo "$VERSION" > "$CACHE/.installed"
  echo "Installed Keycloak $VERSION ($(du -sh "$DIST" | cut -f1)) in $DIST (Java: $java)"
}

# Keycloak keeps its data (H2 database, import folder) and its build (lib/quarkus, rewritten by dev mode at
# start) inside its home. So each data dir gets a home of its own: copies of the small parts and a link to the
# 170 MB of jars, and two servers (yours by hand, the test suite's) never write into one another's files.
make_home() {
  [ "$(cat "$RUNHOME/.version" 2>/dev/null)" = "$VERSION $DIST" ] && return 0
  rm -rf "$RUNHOME/bin" "$RUNHOME/conf" "$RUNHOME/lib" "$RUNHOME/providers" "$RUNHOME/themes"
  mkdir -p "$RUNHOME/lib" "$RUNHOME/data"
  cp -R "$DIST/bin" "$DIST/conf" "$DIST/providers" "$DIST/themes" "$RUNHOME/"
  cp -R "$DIST/lib/app" "$DIST/lib/quarkus" "$DIST/lib/quarkus-run.jar" "$RUNHOME/lib/"
  ln -s "$DIST/lib/lib" "$RUNHOME/lib/lib"
  echo "$VERSION $DIST" > "$RUNHOME/.version"
}

# The realm is imported when the database has no `vigil` realm yet; an existing one is kept as it is.
stage_realm() {
  mkdir -p "$RUNHOME/data/import"
  cp "$REALM_FILE" "$RUNHOME/data/import/vigil-realm.json"
  if [ ! -e "$RUNHOME/data/h2" ]; then cksum < "$REALM_FILE" > "$DATA/realm-imported"
  elif [ "$(cat "$DATA/realm-imported" 2>/dev/null)" != "$(cksum < "$REALM_FILE")" ]; then
    echo "Note: vigil-realm.json changed since the realm was imported; '$0 reset' re-imports it (and drops changes made in the console)"
  fi
}

start() {
  local pid
  if pid="$(running_pid)" && [ "$(http_status "$PORT" /realms/vigil/.well-known/openid-configuration)" = 200 ]; then
    echo "Keycloak $VERSION already running (pid $pid) on $BASE"; echo "VIGIL_OIDC_ISSUER=$ISSUER"; return 0
  fi
  install
  local java_home; java_home="$(find_java)"
  local started=$SECONDS
  if [ -z "${pid:-}" ]; then  # not even starting: launch it
    rm -f "$PIDFILE"
    for p in "$PORT" "$MANAGEMENT_PORT"; do
      port_open "$p" && die "port $p on 127.0.0.1 is already in use by another process"
    done
    make_home
    stage_realm
    echo "Starting Keycloak $VERSION (Java $(java_major "$java_home"), $java_home) on $BASE (log: $LOG)"
    # setsid + nohup: the server outlives this script and its terminal, in a process group of its own (stop
    # ends the group: kc.sh and the JVM it starts). Dev mode re-augments its build at start, then relaunches.
    # The admin console's user (master realm) is for development only.
    JAVA_HOME="$java_home" JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP:--Xms64m -Xmx512m}" \
      JAVA_OPTS_APPEND="${KEYCLOAK_JAVA_OPTS:-}" \
      KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
      KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
      nohup setsid "$RUNHOME/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$PORT" --http-management-port="$MANAGEMENT_PORT" \
        --hostname="${KEYCLOAK_HOSTNAME:-$BASE}" --health-enabled=true --import-realm \
        >>"$LOG" 2>&1 </dev/null &
    echo $! > "$PIDFILE"
  fi
  # Ready = health says UP and the realm's discovery document answers (the realm is imported before that).
  local deadline=$((SECONDS + READY_TIMEOUT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    running_pid >/dev/null || { tail -n 40 "$LOG" >&2; die "Keycloak exited during startup (log: $LOG)"; }
    if [ "$(http_status "$MANAGEMENT_PORT" /health/ready)" = 200 ] \
        && [ "$(http_status "$PORT" /realms/vigil/.well-known/openid-configuration)" = 200 ]; then
      echo "Keycloak $VERSION ready in $((SECONDS - started)) s (pid $(cat "$PIDFILE"))"; echo "VIGIL_OIDC_ISSUER=$ISSUER"; return 0
    fi
    sleep 1
  done
  tail -n 40 "$LOG" >&2; die "Keycloak not ready after $READY_TIMEOUT s (log: $LOG); stop it with: $0 stop"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then rm -f "$PIDFILE"; echo "Keycloak is not running"; return 0; fi
  echo "Stopping Keycloak (pid $pid) ..."
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true   # the group: kc.sh and its JVM
  for _ in $(seq 1 60); do running_pid >/dev/null || break; sleep 0.5; done
  if running_pid >/dev/null; then echo "Still running after 30 s: sending SIGKILL"; kill -KILL -- "-$pid" 2>/dev/null || true; fi
  rm -f "$PIDFILE"; echo "Keycloak stopped"
}

status() {
  local pid
  if pid="$(running_pid)" && [ "$(http_status "$PORT" /realms/vigil/.well-known/openid-configuration)" = 200 ]; then
    echo "Keycloak $VERSION running (pid $pid) on $BASE"; echo "VIGIL_OIDC_ISSUER=$ISSUER"
  elif [ -n "${pid:-}" ]; then echo "Keycloak $VERSION starting (pid $pid), realm not answering yet on $BASE"
  else echo "Keycloak is not running"; return 3; fi
}

# What the test suite checks before it starts a server: a JDK Keycloak runs on, and the distribution.
check() {
  local java; java="$(find_java)"
  installed || die "Keycloak $VERSION is not installed in $DIST: run 'bash infra/keycloak/keycloak.sh install' (Maven fetches it from Maven Central)"
  echo "Keycloak $VERSION in $DIST; Java $(java_major "$java") at $java"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  check) check ;;
  # The database, import folder and log go; the server's build in home/ stays (rebuilding it takes ~15 s).
  reset) stop; rm -rf "$RUNHOME/data" "$PIDFILE" "$LOG" "$DATA/realm-imported"; echo "Deleted the database and log in $DATA" ;;
  *) echo "usage: $0 install|start|stop|status|check|reset" >&2; exit 2 ;;
esac
