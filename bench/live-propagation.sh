#!/usr/bin/env bash
# Live notes across two instances: propagation from a save on instance A to N editors' browsers connected (Push) to
# instance B, and server heap per connected editor. Starts both instances in one JVM over one database (its own,
# annals_bench_live unless ANNALS_DB_NAME is set), drives one headless Chromium with one tab per editor.
# Needs: the PostgreSQL on 127.0.0.1:5432 (as for the tests), chromium + chromedriver.
# Usage: bench/live-propagation.sh [editors=50] [rounds=20]   — report in target/bench/live-propagation.md
set -euo pipefail
cd "$(dirname "$0")/.."
EDITORS=${1:-50}; ROUNDS=${2:-20}
export ANNALS_DB_NAME=${ANNALS_DB_NAME:-annals_bench_live}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -B -q verify -Dtest=LivePropagationBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.editors="$EDITORS" -Dbench.rounds="$ROUNDS"
cat target/bench/live-propagation.md
