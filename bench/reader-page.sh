#!/usr/bin/env bash
# The public timeline page with the production frontend bundle: bundle size, largest contentful paint in headless
# Chromium (5 cold loads), and the server heap one reader's UI session costs. Runs the production jar in -Xmx512m
# on its own database. Needs PostgreSQL on 127.0.0.1:5432 (trust), Debian's chromium + chromium-driver.
# Usage: bench/reader-page.sh [readers=20]
# Over the 1,000,000 events bench/reader-targets.sh leaves: REUSE_DB=1 PAGE_DB=annals_bench TIMELINE=bench bench/reader-page.sh
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-20}; PORT=8093; DB=${PAGE_DB:-annals_bench_page}; TIMELINE=${TIMELINE:-russia-ukraine-war}
source bench/production-app.sh
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
start_production_app /tmp/annals-page-app.log

python3 - "$JAR" <<'PY'
import gzip, re, sys, zipfile
jar = zipfile.ZipFile(sys.argv[1])
files = [n for n in jar.namelist() if re.search(r'META-INF/VAADIN/webapp/VAADIN/build/.*\.(js|css)$', n)]
raw = sum(jar.getinfo(n).file_size for n in files)
packed = sum(len(gzip.compress(jar.read(n), 6)) for n in files)
print(f"Production frontend bundle: {len(files)} JavaScript/CSS files, {raw} bytes, {packed} bytes gzip-compressed (level 6).")
PY
"$JAVA_HOME/bin/java" -cp "$(cat target/bench-classpath.txt)" bench/PageMetrics.java "http://localhost:$PORT" "$APP" \
  "/timelines/$TIMELINE" "$READERS"
