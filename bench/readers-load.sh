#!/usr/bin/env bash
# Many readers at once (issue 14): CONNECTIONS concurrent readers (wrk) on a mix of public pages and API answers for
# SECONDS, through HAProxy in front of two production instances (-Xmx512m each, one database), while a headless
# Chromium opens the timeline page as one more reader; then the same again with one instance killed (kill -9) a third
# of the way in. Errors are wrk's (connection, read, time-out, status >= 400); requests in flight at the kill are the
# only ones that may fail. Prints Markdown-ready RESULT lines for docs/benchmarks.md.
# Health checks go to each instance's management port (MANAGEMENT_SERVER_PORT), so they never queue behind readers.
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), wrk and haproxy (Debian packages), Debian's chromium + chromium-driver.
# Usage: [WARMUP=seconds, not counted; default 0] bench/readers-load.sh [connections=500] [seconds=60] [browser loads=10]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-500}; SECONDS_RUN=${2:-60}; LOADS=${3:-10}; WARMUP=${WARMUP:-0}; PORT=8095; PORT2=8096; LB=8097; DB=annals_bench_load
source bench/production-app.sh
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
  || ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
MANAGEMENT_PORT=$((PORT + 100)) start_production_app /tmp/annals-load-app1.log
unset MANAGEMENT_SERVER_PORT
ANNALS_PUBLIC_BASE_URL="http://localhost:$LB" \
ANNALS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ANNALS_DB_USERNAME=postgres ANNALS_DB_PASSWORD= PORT=$PORT2 \
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --spring.profiles.active=prod --annals.seed.enabled=false \
  > /tmp/annals-load-app2.log 2>&1 &
APP2=$!
cat > /tmp/annals-haproxy.cfg <<CFG
global
  maxconn 4000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 2
  option redispatch
  retry-on conn-failure empty-response response-timeout
frontend readers
  bind 127.0.0.1:$LB
  default_backend annals
backend annals
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  timeout check 3s
  server a 127.0.0.1:$PORT check port $((PORT + 100)) inter 1s fall 2 rise 2
  server b 127.0.0.1:$PORT2 check port $((PORT2 + 100)) inter 1s fall 2 rise 2
CFG
trap 'kill $APP $APP2 2>/dev/null || true; [ -f /tmp/annals-haproxy.pid ] && kill $(cat /tmp/annals-haproxy.pid) 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$((PORT2 + 100))/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 1; done
haproxy -f /tmp/annals-haproxy.cfg -D -p /tmp/annals-haproxy.pid
for _ in $(seq 1 30); do curl -sf "localhost:$LB/api/v1/timelines" >/dev/null 2>&1 && break; sleep 1; done

E=/timelines/russia-ukraine-war/events
A=/api/v1/timelines/russia-ukraine-war
export WRK_PATHS="/timelines/russia-ukraine-war,$E/2022-04-02-bodies-of-civilians-found-bucha,$E/2025-08-15-trump-putin-summit-anchorage,\
$E/2022-02-24-russia-launches-full-scale-invasion,$A/events,$A/events?limit=20&q=grain,$A/window?from=2022-01-01&to=2025-12-31,\
$A/density?bucket=month,$A/events/2022-04-02-bodies-of-civilians-found-bucha,/embed/russia-ukraine-war,\
/embed/annals-embed.js,/sitemap.xml,/"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$WARMUP" -gt 0 ]; then
  echo "Warm-up (not counted): 50 connections, ${WARMUP}s:"
  wrk -t 2 -c 50 -d "${WARMUP}s" --timeout 10s -s bench/wrk-mixed.lua "http://localhost:$LB" | grep '^RESULT'
  echo "Load average after the warm-up: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo "Both instances up, $CONNECTIONS connections, ${SECONDS_RUN}s:"
"$JAVA_HOME/bin/java" -cp "$(cat target/bench-classpath.txt)" bench/ReaderSample.java "http://localhost:$LB" \
  /timelines/russia-ukraine-war "$LOADS" > /tmp/annals-sample.txt 2>/dev/null &
SAMPLE=$!
wrk -t 2 -c "$CONNECTIONS" -d "${SECONDS_RUN}s" --timeout 10s -s bench/wrk-mixed.lua "http://localhost:$LB" | grep '^RESULT'
wait $SAMPLE || true
grep '^RESULT' /tmp/annals-sample.txt || echo "RESULT browser: no result"
heap() { "$JAVA_HOME/bin/jcmd" "$1" GC.heap_info | grep -o 'committed [0-9]*K, used [0-9]*K' | head -1; }
echo "Heap after the run: a $(heap $APP); b $(heap $APP2)"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "Instance b killed (kill -9) after $(( SECONDS_RUN / 3 ))s of ${SECONDS_RUN}s, $CONNECTIONS connections:"
( sleep $(( SECONDS_RUN / 3 )); kill -9 $APP2; echo "killed b at $(date +%T)" >&2 ) &
wrk -t 2 -c "$CONNECTIONS" -d "${SECONDS_RUN}s" --timeout 10s -s bench/wrk-mixed.lua "http://localhost:$LB" | grep '^RESULT'
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
