#!/usr/bin/env bash
# Live notes across two instances: propagation from a save on instance A to N editors' browsers connected (Push) to
# instance B, and server heap per connected editor. Instance A is the test's Spring context (it saves the notes);
# instance B is the production jar in its own JVM (-Xmx512m), both over one database (annals_bench_live unless
# ANNALS_DB_NAME is set). One headless Chromium with one tab per editor, background tabs not throttled.
# Needs: the PostgreSQL on 127.0.0.1:5432 (as for the tests), chromium + chromedriver.
# Usage: bench/live-propagation.sh [editors=50] [rounds=20] [page=notes|editor]   — report in target/bench/live-propagation.md
# ANNALS_JAR=path uses a prebuilt production jar; otherwise one is built when missing or older than the sources.
# BENCH_TAB_PROFILE=true adds the last tab's script profile (own time per function) to the report.
# BENCH_JFR=file records instance B with Java Flight Recorder (profile settings) into that file.
# BENCH_IN_PROCESS=1 runs instance B as a second context in the test JVM instead (dev mode; the old set-up).
set -euo pipefail
cd "$(dirname "$0")/.."
EDITORS=${1:-50}; ROUNDS=${2:-20}; PAGE=${3:-notes}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export ANNALS_DB_NAME=${ANNALS_DB_NAME:-annals_bench_live}
bin/setup-node >/dev/null
JAR_ARG=()
if [ "${BENCH_IN_PROCESS:-0}" != 1 ]; then
  JAR=${ANNALS_JAR:-}
  if [ -z "$JAR" ]; then
    # its own copy: `./mvnw verify` also leaves a (dev-mode, bundle-less) jar in target/
    JAR=target/bench/annals-production.jar
    if [ ! -f "$JAR" ] || [ -n "$(find src/main pom.xml frontend -newer "$JAR" -type f 2>/dev/null | head -1)" ]; then
      echo "live-propagation: building the production jar (a few minutes)"
      ./mvnw -B -q -Pproduction -DskipTests package
      mkdir -p target/bench
      cp "$(ls target/annals-*.jar | grep -v original | head -1)" "$JAR"
      # the production build marks target/classes as production mode; the test JVM (instance A) stays in dev mode
      rm -f target/classes/META-INF/VAADIN/config/flow-build-info.json
    fi
  fi
  JAR_ARG=(-Dbench.jar="$(realpath "$JAR")")
  echo "live-propagation: instance B runs $JAR"
fi
./mvnw -B -q verify -Dtest=LivePropagationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.editors="$EDITORS" -Dbench.rounds="$ROUNDS" -Dbench.page="$PAGE" -Dbench.jfr="${BENCH_JFR:-}" -Dbench.tabprofile="${BENCH_TAB_PROFILE:-false}" "${JAR_ARG[@]}"
cat target/bench/live-propagation.md
