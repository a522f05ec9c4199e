#!/usr/bin/env bash
# Two instances of Good Enough on this machine, sharing one PostgreSQL, behind nginx with cookie
# affinity and websockets passed: http://localhost:${PORT:-8080}. Ctrl-C stops everything.
#
# With SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) both instances use that PostgreSQL.
# Without it, instance a runs the embedded PostgreSQL on GOOD_ENOUGH_DB_PORT (default 5433)
# with its data under target/two-instances/data, and instance b connects to it.
# Each instance starts the fast way (src/ops/start.sh: extracted jar and the JDK's AOT cache, one
# cache per instance, trained by its first start here).
# Needs nginx (Debian: apt-get install -y nginx); builds the jar when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${PORT:-8080}"
a_port="${A_PORT:-8081}"
b_port="${B_PORT:-8082}"
run="$(pwd)/target/two-instances"
command -v nginx > /dev/null || { echo "nginx is missing (Debian: apt-get install -y nginx)" >&2; exit 1; }
jar=$(ls target/good-enough-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/good-enough-*.jar | head -n 1)
fi
mkdir -p "$run/tmp"
pids=()
stop_all() {
  [ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

wait_for_health() {
  local name=$1 instance_port=$2 pid=$3
  until curl -sf "http://localhost:$instance_port/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "instance $name stopped; see $run/$name.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "instance $name is up on port $instance_port"
}

export GOOD_ENOUGH_BASE_URL="${GOOD_ENOUGH_BASE_URL:-http://localhost:$port}"
# nginx runs on this machine: only its forwarded headers are believed
export GOOD_ENOUGH_TRUSTED_PROXIES="${GOOD_ENOUGH_TRUSTED_PROXIES:-127.0.0.1,::1}"
export GOOD_ENOUGH_DEMO="${GOOD_ENOUGH_DEMO:-true}"
if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  db_port="${GOOD_ENOUGH_DB_PORT:-5433}"
  GOOD_ENOUGH_INSTANCE=a SERVER_PORT="$a_port" GOOD_ENOUGH_MANAGEMENT_PORT=$((a_port + 1000)) GOOD_ENOUGH_DB_PORT="$db_port" GOOD_ENOUGH_DATA_DIR="$run/data" \
    FAST_START_DIR="$run/fast-start-a" src/ops/start.sh "$jar" > "$run/a.log" 2>&1 &
  pids+=($!)
  wait_for_health a "$a_port" "${pids[0]}"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$db_port/postgres" SPRING_DATASOURCE_USERNAME=postgres
  export SPRING_DATASOURCE_PASSWORD=""
else
  GOOD_ENOUGH_INSTANCE=a SERVER_PORT="$a_port" GOOD_ENOUGH_MANAGEMENT_PORT=$((a_port + 1000)) FAST_START_DIR="$run/fast-start-a" \
    src/ops/start.sh "$jar" > "$run/a.log" 2>&1 &
  pids+=($!)
  wait_for_health a "$a_port" "${pids[0]}"
fi
GOOD_ENOUGH_INSTANCE=b SERVER_PORT="$b_port" GOOD_ENOUGH_MANAGEMENT_PORT=$((b_port + 1000)) FAST_START_DIR="$run/fast-start-b" \
    src/ops/start.sh "$jar" > "$run/b.log" 2>&1 &
pids+=($!)
wait_for_health b "$b_port" "${pids[1]}"

sed -e "s/@PORT@/$port/" -e "s/@A_PORT@/$a_port/g" -e "s/@B_PORT@/$b_port/g" src/ops/nginx.conf.template > "$run/nginx.conf"
nginx -p "$run/" -c "$run/nginx.conf" -g 'daemon off;' &
pids+=($!)
echo "Good Enough on http://localhost:$port (instances on $a_port and $b_port; logs in $run)"
wait "${pids[2]}"
