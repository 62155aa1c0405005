#!/usr/bin/env bash
# Reader API at 200,000 published events: list pages (first and deep), density, search and a full CSV export,
# timed over real HTTP on this machine. Prints a Markdown table for docs/benchmarks.md.
# Needs: the PostgreSQL on 127.0.0.1:5432 (as for the tests), curl, python3. Uses its own database, annals_bench.
# Usage: bench/reader-200k.sh [events=200000] [requests per case=200] [concurrency=8]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200000}; REQUESTS=${2:-200}; CONCURRENCY=${3:-8}; PORT=8091
PSQL=(psql -h 127.0.0.1 -U postgres -qtA)

"${PSQL[@]}" -c "drop database if exists annals_bench with (force)" >/dev/null
ANNALS_DB_NAME=annals_bench ANNALS_PROFILES=default PORT=$PORT bin/annals run -q > /tmp/annals-bench-app.log 2>&1 &
MAVEN=$!
for _ in $(seq 1 180); do curl -sf "localhost:$PORT/api/v1/timelines" >/dev/null 2>&1 && break; sleep 1; done
until grep -q "Seed russia-ukraine-war" /tmp/annals-bench-app.log; do sleep 1; done
APP=$(pgrep -n -f org.annals.Application)
trap 'kill $APP $MAVEN 2>/dev/null || true' EXIT

echo "Generating $N published events..." >&2
start=$(date +%s)
"${PSQL[@]}" -d annals_bench <<SQL
insert into timeline (slug, title, visibility) values ('bench', 'Benchmark: synthetic events', 'PUBLIC');
insert into timeline_event (timeline_id, slug, headline, start_earliest, start_latest, start_precision, start_nominal,
    place_precision, types, tags, confidence, status, created_at, updated_at)
select (select id from timeline where slug = 'bench'), 'bench-' || g,
       'Synthetic event ' || g || ' ' || (array['shelling near Kharkiv','talks in Istanbul','aid convoy','sanctions package','statement on Tomahawks'])[1 + g % 5],
       d, d, 'DAY', d, 'NONE', array[(array['MILITARY','DIPLOMATIC','AID','SANCTIONS','STATEMENT'])[1 + g % 5]], '{}', 'VERIFIED',
       'PUBLISHED', now(), now()
from generate_series(1, $N) g, lateral (select date '2022-02-24' + (g % 1340) as d) x;
insert into published_event (event_id, timeline_id, slug, start_earliest, start_latest, span, types, actor_names, document,
    search, published_at, published_by)
select e.id, e.timeline_id, e.slug, e.start_earliest, e.start_latest, daterange(e.start_earliest, e.start_latest, '[]'),
       e.types, '{russia,ukraine}',
       jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(t.doc, '{id}', to_jsonb(e.id)), '{slug}', to_jsonb(e.slug)),
           '{timelineSlug}', '"bench"'), '{content,headline}', to_jsonb(e.headline)),
           '{content,start}', jsonb_build_object('earliest', e.start_earliest, 'latest', e.start_latest, 'precision', 'DAY',
           'nominal', e.start_earliest)),
       to_tsvector('english', e.headline), now(), 'bench'
from timeline_event e,
     (select document as doc from published_event where slug = '2022-02-24-russia-launches-full-scale-invasion') t
where e.timeline_id = (select id from timeline where slug = 'bench');
analyze published_event;
SQL
echo "Generated in $(( $(date +%s) - start )) s" >&2

time_case() { # name, path
  local name=$1 path=$2
  seq "$REQUESTS" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "localhost:$PORT$path" > /tmp/annals-bench-times
  python3 - "$name" "$path" <<'PY'
import sys
rows = [l.split() for l in open('/tmp/annals-bench-times')]
bad = sum(1 for c, _ in rows if c != '200')
t = sorted(float(x) * 1000 for _, x in rows)
p = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print(f"| {sys.argv[1]} | `{sys.argv[2]}` | {len(t)} | {p(0.5):.0f} | {p(0.95):.0f} | {p(0.99):.0f} | {bad} |")
PY
}

DEEP=$(curl -s "localhost:$PORT/api/v1/timelines/bench/events?limit=500&from=2025-06-01" | python3 -c "import sys,json; print(json.load(sys.stdin)['nextCursor'])")
echo "| case | request | requests | p50 ms | p95 ms | p99 ms | non-200 |"
echo "|---|---|---|---|---|---|---|"
time_case "first page of 100" "/api/v1/timelines/bench/events?limit=100"
time_case "deep page (keyset cursor, mid-2025)" "/api/v1/timelines/bench/events?limit=100&cursor=$DEEP"
time_case "one week window" "/api/v1/timelines/bench/events?from=2023-06-01&to=2023-06-07&limit=500"
time_case "density by month, whole range" "/api/v1/timelines/bench/density?bucket=month"
time_case "density by day, one year" "/api/v1/timelines/bench/density?bucket=day&from=2023-01-01&to=2023-12-31"
time_case "search (prefix)" "/api/v1/timelines/bench/events?q=tomahaw&limit=100"
time_case "type filter" "/api/v1/timelines/bench/events?type=aid&limit=100"

pid=$APP
rss_before=$(ps -o rss= -p "$pid")
s=$(date +%s.%N)
bytes=$(curl -s "localhost:$PORT/api/v1/timelines/bench/export?format=csv" | wc -c)
e=$(date +%s.%N)
rss_after=$(ps -o rss= -p "$pid")
echo
echo "CSV export of all $N events: $bytes bytes in $(python3 -c "print(f'{$e - $s:.1f}')") s; app RSS before ${rss_before} KB, after ${rss_after} KB"
