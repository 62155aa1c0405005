#!/usr/bin/env bash
# The public timeline page with the production frontend bundle: bundle size, largest contentful paint in headless
# Chromium (5 cold loads), and the server heap one reader's UI session costs. Runs the production jar in -Xmx512m
# on its own database. Needs PostgreSQL on 127.0.0.1:5432 (trust), Debian's chromium + chromium-driver.
# Usage: bench/reader-page.sh [readers=20]
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-20}; PORT=8093; DB=annals_bench_page
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PSQL=(psql -h 127.0.0.1 -U postgres -qtA)
JAR=${ANNALS_JAR:-$(ls target/annals-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$JAR" ]; then
  bin/setup-node >/dev/null
  ./mvnw -B -q -Pproduction -DskipTests package
  JAR=$(ls target/annals-*.jar | head -1)
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

"${PSQL[@]}" -c "drop database if exists $DB with (force)" >/dev/null
"${PSQL[@]}" -c "create database $DB" >/dev/null
ANNALS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ANNALS_DB_USERNAME=postgres ANNALS_DB_PASSWORD= PORT=$PORT \
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --spring.profiles.active=prod > /tmp/annals-page-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/api/v1/timelines" >/dev/null 2>&1 && break; sleep 1; done
until grep -q "Seed russia-ukraine-war" /tmp/annals-page-app.log; do kill -0 $APP 2>/dev/null || { tail -20 /tmp/annals-page-app.log >&2; exit 1; }; sleep 1; done

python3 - "$JAR" <<'PY'
import gzip, re, sys, zipfile
jar = zipfile.ZipFile(sys.argv[1])
files = [n for n in jar.namelist() if re.search(r'META-INF/VAADIN/webapp/VAADIN/build/.*\.(js|css)$', n)]
raw = sum(jar.getinfo(n).file_size for n in files)
packed = sum(len(gzip.compress(jar.read(n), 6)) for n in files)
print(f"Production frontend bundle: {len(files)} JavaScript/CSS files, {raw} bytes, {packed} bytes gzip-compressed (level 6).")
PY
"$JAVA_HOME/bin/java" -cp "$(cat target/bench-classpath.txt)" bench/PageMetrics.java "http://localhost:$PORT" "$APP" \
  "/timelines/russia-ukraine-war" "$READERS"
