# Sourced by the reader benchmarks: the production jar (built here, or ANNALS_JAR if set) started in -Xmx512m on a fresh
# database $DB and port $PORT, seeded, stopped when the script exits. Sets JAR, APP (its pid) and PSQL.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PSQL=(psql -h 127.0.0.1 -U postgres -qtA)
JAR=${ANNALS_JAR:-}
if [ -z "$JAR" ]; then  # never a jar left by `verify`: that one carries the development frontend
  bin/setup-node >/dev/null
  ./mvnw -B -q -Pproduction -DskipTests -Dannals.moduleTests.skip=true package
  JAR=$(ls target/annals-*.jar | head -1)
fi

start_production_app() { # log file
  local log=$1
  # REUSE_DB=1 keeps the database of the last run (generating and filling 1,000,000 events takes most of an hour)
  if [ -z "${REUSE_DB:-}" ]; then
    "${PSQL[@]}" -c "drop database if exists $DB with (force)" >/dev/null
    "${PSQL[@]}" -c "create database $DB" >/dev/null
  fi
  # MANAGEMENT_PORT, if set: health and metrics on a port of their own
  [ -n "${MANAGEMENT_PORT:-}" ] && export MANAGEMENT_SERVER_PORT=$MANAGEMENT_PORT
  # on a reused database the seed is there already (and checking it against a million events takes minutes)
  [ -n "${REUSE_DB:-}" ] && export ANNALS_SEED_ENABLED=false
  # the seed's links are not fetched while the benchmark measures
  ANNALS_CAPTURE_ON_CITATION=false ANNALS_LINK_CHECK_EVERY=0s ANNALS_PUBLIC_BASE_URL="http://localhost:$PORT" \
  ANNALS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ANNALS_DB_USERNAME=postgres ANNALS_DB_PASSWORD= PORT=$PORT \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --spring.profiles.active=prod > "$log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf "localhost:$PORT/api/v1/timelines" >/dev/null 2>&1 && break; sleep 1; done
  until [ -n "${REUSE_DB:-}" ] || grep -q "Seed russia-ukraine-war" "$log"; do
    kill -0 $APP 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
    sleep 1
  done
}
