#!/usr/bin/env bash
# The capture queue under load (issue 17): captures per minute with the app's 2 workers against an origin server on
# this machine, storage per capture, and an editor's save latency with the queue idle and busy (same run, same event).
# Runs the production jar in -Xmx512m on its own database (annals_bench_capture); the origin is the benchmark's own
# loopback server, so the app is started allowing private addresses (never done outside tests and this benchmark).
# Needs PostgreSQL on 127.0.0.1:5432 (trust), Debian's chromium + chromium-driver.
# Usage: bench/capture-queue.sh [pages=500] [page-KB=100] [saves=20]
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-500}; KB=${2:-100}; SAVES=${3:-20}; PORT=8094; DB=annals_bench_capture
export ANNALS_CAPTURE_ALLOWPRIVATEADDRESSES=true ANNALS_CAPTURE_WORKERS=2
export ANNALS_ADMIN_USERNAME=bench-admin ANNALS_ADMIN_PASSWORD=capture-queue-bench-2026
source bench/production-app.sh
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
start_production_app /tmp/annals-capture-app.log
echo "capture-queue: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
"$JAVA_HOME/bin/java" -cp "$(cat target/bench-classpath.txt)" bench/CaptureQueue.java "http://localhost:$PORT" "$DB" \
  "$PAGES" "$KB" "$SAVES" "$ANNALS_ADMIN_USERNAME" "$ANNALS_ADMIN_PASSWORD"
echo "capture-queue: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
