#!/usr/bin/env bash
# Start-up benchmark, side by side: the time from launching a packaged application until its health
# endpoint answers UP, and the CPU its JVM used until then (PostgreSQL's own processes not counted).
# Good Enough restarts on an existing embedded data folder (its first start, on an empty one, is
# printed once). Each application starts in two ways:
#   plain  java -jar app.jar
#   fast   src/ops/start.sh app.jar  (extracted jar + the JDK's AOT cache, trained by a first start
#          through the same script that opened a page or two and was stopped with SIGTERM)
# Compared with:
#   - the floor, a Spring Boot web + actuator application with nothing else (src/test/startup-floor),
#     built from this repository;
#   - Spring PetClinic when PETCLINIC_DIR names a checkout of spring-projects/spring-petclinic
#     (built with its own wrapper when its jar is missing).
# The starts alternate (Good Enough, PetClinic, floor; plain, then fast) so that a busy moment of the
# machine falls on all of them; medians and the ratios are printed at the end.
# Usage: bash src/test/java/app/goodenough/benchmark/startup.sh [starts per way, default 4]
set -euo pipefail
cd "$(dirname "$0")/../../../../../.."
runs="${1:-4}"
port="${BENCH_PORT:-18080}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java_bin="$JAVA_HOME/bin/java"
ticks=$(getconf CLK_TCK)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

jar=$(ls target/good-enough-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/good-enough-*.jar | head -n 1)
fi
floor_jar=target/startup-floor/startup-floor-1.jar
[ -f "$floor_jar" ] || ./mvnw -B -q -f src/test/startup-floor/pom.xml package -DskipTests
apps=(good-enough floor)
petclinic_jar=""
if [ -n "${PETCLINIC_DIR:-}" ]; then
  petclinic_jar=$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$petclinic_jar" ]; then
    (cd "$PETCLINIC_DIR" && ./mvnw -B -q package -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip=true)
    petclinic_jar=$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar | head -n 1)
  fi
  apps=(good-enough petclinic floor)
fi

jar_of() { case $1 in good-enough) echo "$jar" ;; petclinic) echo "$petclinic_jar" ;; floor) echo "$floor_jar" ;; esac; }
health_of() { case $1 in good-enough) echo /health ;; *) echo /actuator/health ;; esac; }
pages_of() { case $1 in good-enough) echo "/ /book /login" ;; petclinic) echo "/ /owners/find /vets.html" ;; floor) echo "/actuator" ;; esac; }

# launches app $1 the way $2 (plain, fast) in the background; sets $pid
launch() {
  local app=$1 way=$2 app_jar
  app_jar=$(jar_of "$app")
  local -a command=("$java_bin" -jar "$app_jar")
  [ "$way" = fast ] && command=(src/ops/start.sh "$app_jar")
  GOOD_ENOUGH_DATA_DIR="$work/data" GOOD_ENOUGH_MANAGEMENT_PORT=$((port + 1)) SERVER_PORT="$port" FAST_START_DIR="$work/fast-$app" \
    "${command[@]}" --server.port="$port" > "$work/$app.log" 2>&1 &
  pid=$!
}

# waits until app $1 answers UP; prints "wall-ms cpu-ms"
until_up() {
  local app=$1 started=$2 cpu
  until curl -sf "http://localhost:$port$(health_of "$app")" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$app stopped; its log:" >&2; cat "$work/$app.log" >&2; exit 1; fi
    sleep 0.02
  done
  local ended
  ended=$(date +%s%N)
  cpu=$(awk -v t="$ticks" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")
  echo "$(( (ended - started) / 1000000 )) $cpu"
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

start_once() {
  local app=$1 way=$2 started result
  started=$(date +%s%N)
  launch "$app" "$way"
  result=$(until_up "$app" "$started")
  stop
  echo "$result"
}

# warm-up: Good Enough's first start makes its data folder; each fast way is trained by a first
# start that opens the pages people open first and is stopped as an operator stops it
first_start=$(start_once good-enough plain)
for app in "${apps[@]}"; do
  [ "$app" = good-enough ] || start_once "$app" plain > /dev/null
  launch "$app" fast
  until_up "$app" "$(date +%s%N)" > /dev/null
  for page in $(pages_of "$app"); do curl -sf -o /dev/null "http://localhost:$port$page" || true; done
  stop
done

declare -A wall cpu
for i in $(seq "$runs"); do
  for way in plain fast; do
    for app in "${apps[@]}"; do
      read -r w c < <(start_once "$app" "$way")
      wall[$app-$way]="${wall[$app-$way]:-} $w"
      cpu[$app-$way]="${cpu[$app-$way]:-} $c"
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
seconds() { awk -v ms="$1" 'BEGIN {printf "%.1f s", ms / 1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "$(date -u +%F), $("$java_bin" -version 2>&1 | head -n 1), $(nproc) cores; $runs starts per way after a warm-up"
echo "Good Enough's first start (empty data folder): $(seconds "${first_start% *}")"
declare -A med
for app in "${apps[@]}"; do
  for way in plain fast; do
    med[$app-$way]=$(median <<< "${wall[$app-$way]}")
    printf '%-12s %-6s wall %7s (%s ms)   JVM CPU %7s\n' "$app" "$way" "$(seconds "${med[$app-$way]}")" \
      "$(echo ${wall[$app-$way]})" "$(seconds "$(median <<< "${cpu[$app-$way]}")")"
  done
done
for other in "${apps[@]}"; do
  [ "$other" = good-enough ] && continue
  echo "Good Enough / $other: plain/plain $(ratio "${med[good-enough-plain]}" "${med[$other-plain]}")," \
    "fast/plain $(ratio "${med[good-enough-fast]}" "${med[$other-plain]}")," \
    "fast/fast $(ratio "${med[good-enough-fast]}" "${med[$other-fast]}")"
done
