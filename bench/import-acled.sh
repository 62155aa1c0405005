#!/usr/bin/env bash
# ACLED imports of growing size through the app's import service (as /admin/import runs them), each against the same
# rows loaded by PostgreSQL's COPY into a plain table (the floor). The test JVM's Spring context on its own database
# (annals_bench_import), in the production heap (-Xmx512m). Needs the PostgreSQL on 127.0.0.1:5432 (as for the tests).
# Usage: bench/import-acled.sh [rows=1000,2000,4000]   — report in target/bench/import-acled.md
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
bin/setup-node >/dev/null
./mvnw -B -q test -Dtest=AcledImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dannals.moduleTests.skip=true \
    -Dannals.db.name=annals_bench_import -Dannals.test.xmx=512m -Dbench.rows="${1:-1000,2000,4000}"
cat target/bench/import-acled.md
