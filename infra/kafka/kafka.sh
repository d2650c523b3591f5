#!/usr/bin/env bash
# Single-node Apache Kafka broker (KRaft: broker + controller in one JVM) on 127.0.0.1 for
# tests and CI. Jars come from Maven Central via Maven (pom.xml here), the one registry CI
# can reach: no Docker, no tarball download. Usage: see the case at the end and README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
POM="$HERE/pom.xml"; VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -1)"
LIB="${VIGIL_KAFKA_HOME:-$HOME/.cache/vigil-kafka}/$VERSION/lib"
DATA="${VIGIL_KAFKA_DATA:-$ROOT/.data/kafka}"   # .data/ is git-ignored
PORT="${KAFKA_PORT:-19092}"; CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"; BROKERS="127.0.0.1:$PORT"
PIDFILE="$DATA/kafka.pid"; LOG="$DATA/kafka.log"

die() { echo "kafka.sh: $*" >&2; exit 1; }

need_java() {
  command -v java >/dev/null 2>&1 || die "Java 17+ is needed: java not found"
  local v  # "17.0.15" -> 17; old "1.8.0" -> 1, which fails the check as it should
  v="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  [ "${v:-0}" -ge 17 ] || die "Java 17+ is needed: found Java ${v:-unknown} ($(command -v java))"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Prints the broker's pid if the pid file names a live kafka.Kafka process.
# Checks the command line too, so a recycled pid is not mistaken for ours.
running_pid() {
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  case "$(ps -o stat= -p "$pid" 2>/dev/null)" in Z*|"") return 1 ;; esac  # zombie = gone
  ps -o args= -p "$pid" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

# Runs a Kafka main class (CLI tool) on the broker's classpath, logging only warnings.
TOOL=(java -Xmx256m -Dvigil.kafka.loglevel=WARN -Dlog4j2.configurationFile="$DATA/log4j2.properties" -cp "$LIB/*")
tool() { "${TOOL[@]}" "$@"; }

# The marker holds the pom's checksum: editing the pom (same version) refetches.
installed() { [ "$(cat "$LIB/.installed" 2>/dev/null)" = "$(cksum < "$POM")" ]; }

install() {
  need_java
  installed && { echo "Kafka $VERSION already installed in $LIB"; return 0; }
  command -v mvn >/dev/null 2>&1 || die "mvn not found: Maven is needed to fetch Kafka $VERSION from Maven Central"
  echo "Fetching Kafka $VERSION and its runtime dependencies from Maven Central into $LIB ..."
  rm -rf "$LIB.tmp"   # copy aside then rename, so an interrupted fetch never looks installed
  # -q: only errors; sed drops the colour codes Maven prints even in batch mode.
  mvn -q -B -f "$POM" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB.tmp" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' || die "Maven could not fetch Kafka $VERSION (see its output above)"
  rm -rf "$LIB" && mv "$LIB.tmp" "$LIB" && cksum < "$POM" > "$LIB/.installed"
  echo "Installed $(ls "$LIB"/*.jar | wc -l) jars ($(du -sh "$LIB" | cut -f1)) in $LIB"
}

write_config() {
  mkdir -p "$DATA"
  # Rewritten on every start so KAFKA_PORT changes apply; the cluster id and data
  # live in logs/meta.properties and survive. Replication 1 everywhere: one node.
  cat > "$DATA/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA/logs
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
min.insync.replicas=1
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
EOF
  # Kafka 4 logs through Log4j 2 and has no built-in config: everything goes to
  # stderr (the broker's lands in kafka.log); tools raise the level to WARN.
  cat > "$DATA/log4j2.properties" <<'EOF'
status = warn
# Console output needs no flush at exit; the JVM's hook would only warn during shutdown.
shutdownHook = disable
appender.err.type = Console
appender.err.name = ERR
appender.err.target = SYSTEM_ERR
appender.err.layout.type = PatternLayout
appender.err.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = ${sys:vigil.kafka.loglevel:-INFO}
rootLogger.appenderRef.err.ref = ERR
EOF
}

start() {
  local pid
  if pid="$(running_pid)" && port_open "$PORT"; then
    echo "Kafka $VERSION already running (pid $pid) on $BROKERS"; echo "KAFKA_BROKERS=$BROKERS"; return 0
  fi
  install
  if [ -z "${pid:-}" ]; then  # not even starting: launch it
    rm -f "$PIDFILE"
    for p in "$PORT" "$CONTROLLER_PORT"; do
      port_open "$p" && die "port $p on 127.0.0.1 is already in use by another process"
    done
    write_config
    # Format once: a formatted dir (meta.properties) keeps its data and cluster id.
    # --standalone makes this node the sole voter of a dynamic KRaft quorum (4.x).
    if [ ! -f "$DATA/logs/meta.properties" ]; then
      local id; id="$(tool kafka.tools.StorageTool random-uuid)"
      tool kafka.tools.StorageTool format --standalone -t "$id" -c "$DATA/server.properties" >/dev/null \
        || die "formatting $DATA/logs failed"
      echo "Formatted $DATA/logs (cluster id $id)"
    fi
    echo "Starting Kafka $VERSION on $BROKERS (log: $LOG)"
    # setsid + nohup: the broker outlives this script and its terminal/process group.
    nohup setsid java -Xms256m -Xmx512m -Djava.awt.headless=true \
      -Dlog4j2.configurationFile="$DATA/log4j2.properties" \
      -cp "$LIB/*" kafka.Kafka "$DATA/server.properties" >>"$LOG" 2>&1 </dev/null &
    echo $! > "$PIDFILE"
  fi
  # Ready = the port accepts connections AND an admin request (list topics) works.
  local deadline=$((SECONDS + 90))
  while [ "$SECONDS" -lt "$deadline" ]; do
    running_pid >/dev/null || { tail -n 30 "$LOG" >&2; die "Kafka exited during startup (log: $LOG)"; }
    if port_open "$PORT" && timeout 30 "${TOOL[@]}" org.apache.kafka.tools.TopicCommand \
        --bootstrap-server "$BROKERS" --list >/dev/null 2>&1; then
      echo "Kafka $VERSION ready (pid $(cat "$PIDFILE"))"; echo "KAFKA_BROKERS=$BROKERS"; return 0
    fi
    sleep 1
  done
  tail -n 30 "$LOG" >&2; die "Kafka not ready after 90 s (log: $LOG); stop it with: $0 stop"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then rm -f "$PIDFILE"; echo "Kafka is not running"; return 0; fi
  echo "Stopping Kafka (pid $pid) ..."
  kill -TERM "$pid" 2>/dev/null || true   # SIGTERM = controlled shutdown, flushes logs
  for _ in $(seq 1 60); do running_pid >/dev/null || break; sleep 0.5; done
  if running_pid >/dev/null; then echo "Still running after 30 s: sending SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$PIDFILE"; echo "Kafka stopped"
}

status() {
  local pid
  if pid="$(running_pid)" && port_open "$PORT"; then echo "Kafka $VERSION running (pid $pid) on $BROKERS"
  elif [ -n "${pid:-}" ]; then echo "Kafka $VERSION starting (pid $pid), port $PORT not open yet"
  else echo "Kafka is not running"; return 3; fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) stop; rm -rf "$DATA"; echo "Deleted $DATA" ;;
  tool)  # run a Kafka CLI main class against this install, e.g. org.apache.kafka.tools.TopicCommand
    shift; [ $# -ge 1 ] || die "usage: $0 tool MAIN_CLASS [ARGS...]"
    installed || install >&2; [ -f "$DATA/log4j2.properties" ] || write_config; tool "$@" ;;
  *) echo "usage: $0 install|start|stop|status|reset|tool MAIN_CLASS [ARGS...]" >&2; exit 2 ;;
esac
