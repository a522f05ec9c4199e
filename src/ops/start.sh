#!/usr/bin/env bash
# Starts a packaged Spring Boot jar the fast way, in one command: extracted once by Spring Boot's
# jar tools, and with the JDK's AOT cache of loaded and linked classes (JDK 25+). The first start
# after a new jar or JDK trains the cache while it runs and writes it when the application is
# stopped (Ctrl-C or SIGTERM; writing takes a few seconds more); every later start uses it.
# On JDK 21-24 the extracted jar starts without a cache.
#
# Usage: src/ops/start.sh [jar] [application arguments...]
#   jar: default target/good-enough-*.jar, built when missing
#   FAST_START_DIR: where the extracted jar and the cache are kept (default: fast-start/ beside the jar)
#   JAVA_HOME, JAVA_OPTS: the JDK and any further JVM options
set -euo pipefail
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java_bin" ] || java_bin=java
if [ $# -gt 0 ] && [[ "$1" == *.jar ]]; then
  jar="$1"; shift
else
  cd "$(dirname "$0")/../.."
  jar=$(ls target/good-enough-*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -B -q package -DskipTests
    jar=$(ls target/good-enough-*.jar | head -n 1)
  fi
fi
[ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 1; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")

java_version=$("$java_bin" -version 2>&1 | head -n 1)
major=$(sed -E 's/.*version "([0-9]+).*/\1/' <<< "$java_version")
# one folder per jar (its size and time) and JDK: a new build or JDK extracts and trains afresh
key=$(printf '%s %s' "$(stat -c '%s-%Y' "$jar")" "$java_version" | cksum | cut -d ' ' -f 1)
home="${FAST_START_DIR:-$(dirname "$jar")/fast-start}/$key"
app="$home/app/$(basename "$jar")"
if [ ! -f "$app" ]; then
  mkdir -p "$home"
  staging=$(mktemp -d "$home/extracting.XXXXXX")
  "$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$staging/app" > /dev/null
  mv -T "$staging/app" "$home/app" 2>/dev/null || true   # unless another start finished first
  rm -rf "$staging"
fi

# shellcheck disable=SC2086
if [ "$major" -lt 25 ]; then
  exec "$java_bin" ${JAVA_OPTS:-} -jar "$app" "$@"
elif [ -s "$home/app.aot" ] && [ ! -e "$home/app.aot.config" ]; then
  # (while the JDK writes a cache, app.aot is empty and app.aot.config exists; a write that was cut short trains again)
  exec "$java_bin" -XX:AOTCache="$home/app.aot" ${JAVA_OPTS:-} -jar "$app" "$@"
else
  echo "First start of this jar on this JDK: the AOT cache is trained now and written to $home/app.aot when it stops" >&2
  exec "$java_bin" -XX:AOTCacheOutput="$home/app.aot" ${JAVA_OPTS:-} -jar "$app" "$@"
fi
