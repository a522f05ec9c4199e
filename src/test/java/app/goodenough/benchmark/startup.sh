#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to /health answering UP, on the embedded
# PostgreSQL. "first start" uses an empty data folder (initdb + migrations); "restart" reuses it.
# Then the same restart from the jar extracted by Spring Boot's jar tools, plain and with the
# JDK's AOT cache (JDK 25: one training run with -XX:AOTCacheOutput, stopped with SIGTERM once
# it has answered, then -XX:AOTCache).
# Usage: bash src/test/java/app/goodenough/benchmark/startup.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/../../../../../.."
runs="${1:-5}"
port="${BENCH_PORT:-18080}"
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=$(ls target/good-enough-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/good-enough-*.jar | head -n 1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

time_to_health() {
  local data_dir=$1 start end pid
  shift
  start=$(date +%s%N)
  GOOD_ENOUGH_DATA_DIR="$data_dir" SERVER_PORT="$port" "$java_bin" "$@" -jar "${launch_jar:-$jar}" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; see its log:" >&2; cat "$work/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

first=(); again=()
for i in $(seq "$runs"); do
  first+=("$(time_to_health "$work/data-$i")")
  again+=("$(time_to_health "$work/data-$i")")
done
# the extracted layout, then a training run: the application starts, answers its first pages
# and is stopped as an operator would (SIGTERM); the JDK writes the AOT cache as it exits
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" > /dev/null
launch_jar=$(ls "$work"/extracted/*.jar | head -n 1)
GOOD_ENOUGH_DATA_DIR="$work/data-training" SERVER_PORT="$port" "$java_bin" -XX:AOTCacheOutput="$work/app.aot" \
  -jar "$launch_jar" > "$work/training.log" 2>&1 &
training=$!
until curl -sf "http://localhost:$port/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$training" 2>/dev/null; then cat "$work/training.log" >&2; exit 1; fi
  sleep 0.2
done
curl -sf "http://localhost:$port/" > /dev/null; curl -sf "http://localhost:$port/book" > /dev/null
kill "$training"; wait "$training" 2>/dev/null || true
extracted=(); cached=()
for i in $(seq "$runs"); do
  extracted+=("$(time_to_health "$work/data-$i")")
  cached+=("$(time_to_health "$work/data-$i" -XX:AOTCache="$work/app.aot")")
done
unset launch_jar

echo "jar: $jar ($(du -m "$jar" | cut -f1) MB), $("$java_bin" -version 2>&1 | head -n 1), $(nproc) cores"
echo "first start (empty data folder), ms: ${first[*]}  median $(printf '%s\n' "${first[@]}" | median)"
echo "restart (existing data),         ms: ${again[*]}  median $(printf '%s\n' "${again[@]}" | median)"
echo "restart, extracted jar,          ms: ${extracted[*]}  median $(printf '%s\n' "${extracted[@]}" | median)"
echo "restart, extracted + AOT cache,  ms: ${cached[*]}  median $(printf '%s\n' "${cached[@]}" | median)  (cache $(du -m "$work/app.aot" | cut -f1) MB)"
