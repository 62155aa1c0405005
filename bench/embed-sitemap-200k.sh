#!/usr/bin/env bash
# Embeds, pinned views and the sitemap at 200,000 published events (each with its published revision 1, as the
# V0007 backfill writes them): the sitemap index and one 50,000-URL part (time, size, app RSS before/after), the
# live and pinned (asOf) first page of the embed's API call, and whether the embed page opens an HTTP session.
# Needs: the PostgreSQL on 127.0.0.1:5432, curl, python3. Uses its own database, annals_bench_embed.
# Usage: bench/embed-sitemap-200k.sh [events=200000] [requests per case=200] [concurrency=8]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200000}; REQUESTS=${2:-200}; CONCURRENCY=${3:-8}; PORT=8093
PSQL=(psql -h 127.0.0.1 -U postgres -qtA)

"${PSQL[@]}" -c "drop database if exists annals_bench_embed with (force)" >/dev/null
ANNALS_DB_NAME=annals_bench_embed ANNALS_PROFILES=default PORT=$PORT bin/annals run -q > /tmp/annals-bench-embed-app.log 2>&1 &
MAVEN=$!
for _ in $(seq 1 240); do curl -sf "localhost:$PORT/api/v1/timelines" >/dev/null 2>&1 && break; sleep 1; done
until grep -q "Seed russia-ukraine-war" /tmp/annals-bench-embed-app.log; do sleep 1; done
# the app is the process listening on this script's port (never another run's app)
APP=$(ss -ltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
trap 'kill $APP $MAVEN 2>/dev/null || true' EXIT

echo "Generating $N published events with their revisions..." >&2
"${PSQL[@]}" -d annals_bench_embed <<SQL
insert into timeline (slug, title, visibility) values ('bench', 'Benchmark: synthetic events', 'PUBLIC');
insert into timeline_event (timeline_id, slug, headline, start_earliest, start_latest, start_precision, start_nominal,
    place_precision, types, tags, confidence, status, created_at, updated_at)
select (select id from timeline where slug = 'bench'), 'bench-' || g, 'Synthetic event ' || g, d, d, 'DAY', d, 'NONE',
       array[(array['MILITARY','DIPLOMATIC','AID','SANCTIONS','STATEMENT'])[1 + g % 5]], '{}', 'VERIFIED', 'PUBLISHED',
       now(), now()
from generate_series(1, $N) g, lateral (select date '2022-02-24' + (g % 1340) as d) x;
insert into published_event (event_id, timeline_id, slug, start_earliest, start_latest, span, types, actor_names, document,
    search, published_at, published_by)
select e.id, e.timeline_id, e.slug, e.start_earliest, e.start_latest, daterange(e.start_earliest, e.start_latest, '[]'),
       e.types, '{russia,ukraine}',
       jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(t.doc, '{id}', to_jsonb(e.id)), '{slug}', to_jsonb(e.slug)),
           '{timelineSlug}', '"bench"'), '{content,headline}', to_jsonb(e.headline)),
           '{content,start}', jsonb_build_object('earliest', e.start_earliest, 'latest', e.start_latest, 'precision', 'DAY',
           'nominal', e.start_earliest)),
       to_tsvector('english', e.headline), now() - interval '1 day', 'bench'
from timeline_event e,
     (select document as doc from published_event where slug = '2022-02-24-russia-launches-full-scale-invasion') t
where e.timeline_id = (select id from timeline where slug = 'bench');
insert into published_revision (event_id, revision, timeline_id, start_earliest, start_latest, span, types, actor_names,
    document, search, published_at, published_by)
select event_id, 1, timeline_id, start_earliest, start_latest, span, types, actor_names, document, search, published_at,
       published_by
from published_event p where p.timeline_id = (select id from timeline where slug = 'bench');
analyze published_event;
analyze published_revision;
SQL

time_case() { # name, path
  local name=$1 path=$2
  seq "$REQUESTS" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "localhost:$PORT$path" > /tmp/annals-bench-embed-times
  python3 - "$name" "$path" <<'PY'
import sys
rows = [l.split() for l in open('/tmp/annals-bench-embed-times')]
bad = sum(1 for c, _ in rows if c != '200')
t = sorted(float(x) * 1000 for _, x in rows)
p = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print(f"| {sys.argv[1]} | `{sys.argv[2]}` | {len(t)} | {p(0.5):.0f} | {p(0.95):.0f} | {p(0.99):.0f} | {bad} |")
PY
}

AS_OF=$(python3 -c "import datetime; print((datetime.datetime.now(datetime.timezone.utc)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
echo "| case | request | requests | p50 ms | p95 ms | p99 ms | non-200 |"
echo "|---|---|---|---|---|---|---|"
time_case "embed page (HTML)" "/embed/bench"
time_case "embed data, live" "/api/v1/timelines/bench/events?lang=en&limit=50"
time_case "embed data, pinned (asOf)" "/api/v1/timelines/bench/events?lang=en&limit=50&asOf=$AS_OF"
time_case "embed data, pinned, one month" "/api/v1/timelines/bench/events?lang=en&limit=50&from=2023-06-01&to=2023-06-30&asOf=$AS_OF"
time_case "one revision" "/api/v1/timelines/bench/events/bench-100/revisions/1"

echo
cookies=$(curl -s -D - -o /dev/null "localhost:$PORT/embed/bench" | grep -ci '^set-cookie' || true)
echo "Set-Cookie headers on the embed page: $cookies"
for path in /sitemap.xml /sitemaps/bench/1.xml; do
  rss_before=$(ps -o rss= -p "$APP")
  s=$(date +%s.%N)
  stats=$(curl -s "localhost:$PORT$path" | python3 -c "import sys; d=sys.stdin.read(); print(len(d.encode()), d.count('<loc>'))")
  e=$(date +%s.%N)
  rss_after=$(ps -o rss= -p "$APP")
  echo "$path: bytes and <loc> count: $stats in $(python3 -c "print(f'{$e - $s:.2f}')") s; app RSS before ${rss_before} KB, after ${rss_after} KB"
done
