#!/usr/bin/env bash
# An import's drafts submitted and approved as whole lists in the background (BulkReviewJobs), each event through its
# own review step, against one set-based UPDATE of the same rows (the floor). The test JVM's Spring context on its own
# database (annals_bench_review). Needs the PostgreSQL on 127.0.0.1:5432 (as for the tests).
# Usage: bench/bulk-review.sh [events=2000]   — report in target/bench/bulk-review.md
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
bin/setup-node >/dev/null
./mvnw -B -q test -Dtest=BulkReviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dannals.moduleTests.skip=true \
    -Dannals.db.name=annals_bench_review -Dbench.events="${1:-2000}"
cat target/bench/bulk-review.md
