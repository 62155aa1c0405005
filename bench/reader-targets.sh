#!/usr/bin/env bash
# Issue 5's speed targets at 200,000 published events (issue 16: 1,000,000), on this machine: each reader request over HTTP (wrk) against
# the same SQL run directly in PostgreSQL (pgbench with a custom script), one client and 32 clients, plus conditional
# GETs answered 304. The app is the production jar in -Xmx512m. Prints Markdown for docs/benchmarks.md.
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), wrk and pgbench (Debian packages wrk, postgresql-client), python3.
# Usage: bench/reader-targets.sh [events=200000] [seconds per case=10]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200000}; SECONDS_PER_CASE=${2:-10}; PORT=8092; DB=annals_bench
source bench/production-app.sh
start_production_app /tmp/annals-targets-app.log

start=$(date +%s)
if [ -n "${REUSE_DB:-}" ] && [ "$("${PSQL[@]}" -d $DB -c "select count(*) from published_event p join timeline t on t.id = p.timeline_id where t.slug = 'bench'")" = "$N" ]; then
  echo "Reusing the $N events of the last run (REUSE_DB)" >&2
else
  "${PSQL[@]}" -d $DB -v ON_ERROR_STOP=1 -v n="$N" -f bench/generate-events.sql >/dev/null
  echo "Generated $N events in $(( $(date +%s) - start )) s" >&2
fi
T=$("${PSQL[@]}" -d $DB -c "select id from timeline where slug = 'bench'")
SPAN=$("${PSQL[@]}" -d $DB -c "select max(upper(span) - start_earliest) from published_event where timeline_id = $T")
# the longest window that holds at most 1,000 events (every event that may overlap it counted once), starting on the
# first day from 1 March 2024 that holds at most 1,000 on its own (at 1,000,000 events a busy day holds more)
read -r WFROM WTO WCOUNT < <("${PSQL[@]}" -F ' ' -d $DB -c "
  with starts as (select s::date as first from generate_series(date '2024-03-01', date '2024-12-31', interval '1 day') s
       where (select count(*) from published_event p where p.timeline_id = $T and not p.retracted
              and p.span && daterange(s::date, s::date, '[]')) <= 1000 limit 1),
  windows as (select st.first, d::date as day, (select count(*) from published_event p where p.timeline_id = $T
       and not p.retracted and p.span && daterange(st.first, d::date, '[]')) as n
       from starts st, generate_series(st.first, st.first + 60, interval '1 day') d)
  select min(first), max(day), max(n) from windows where n <= 1000")
DENSE=
if [ -z "$WFROM" ]; then
  # at 1,000,000 events the events known only to their month overlap every day by more than 1,000: any window is
  # answered with counts per day, so the case is a week answered so, and its floor is both statements the app runs
  # (the capped list that finds more than 1,000, then the day counts)
  DENSE=1; WFROM=2024-03-01; WTO=2024-03-07
  WCOUNT=$("${PSQL[@]}" -d $DB -c "select count(*) from published_event p where p.timeline_id = $T and not p.retracted
    and p.span && daterange('$WFROM', '$WTO', '[]')")
  echo "No window from 1 March 2024 holds at most 1,000 events: the window case is $WFROM..$WTO, answered with day counts" >&2
fi
LOWEST=$(python3 -c "import datetime as d; print(d.date.fromisoformat('$WFROM') - d.timedelta(days=$SPAN))")
WHERE="p.timeline_id = $T and not p.retracted"
declare -A PATHS SQLS WINDOWS WORDS
PATHS[window]="/api/v1/timelines/bench/window?from=$WFROM&to=$WTO"
# the app's statement: PostgreSQL concatenates the stored items with label and permalink (PublishedEvents.windowJson)
SQLS[window]="select count(*), count(p.window_item), '[' || coalesce(string_agg('{\"display\":' || to_json(p.label_en)::text || ',\"permalink\":' || to_json('http://localhost:$PORT/timelines/bench/events/' || p.slug)::text || ',' || substr(p.window_item, 2), ',' order by p.start_earliest, p.start_latest, p.event_id), '') || ']' from (select p.event_id, p.slug, p.start_earliest, p.start_latest, p.window_item, p.label_en from published_event p where $WHERE and p.span && daterange('$WFROM', '$WTO', '[]') and p.start_earliest <= '$WTO' and p.start_earliest >= '$LOWEST' order by p.start_earliest, p.start_latest, p.event_id limit 1001) p;"
if [ -n "$DENSE" ]; then
  # a window without other filters is counted first from the span counts (V0040); more than 1,000 events overlap this
  # one, so that statement is all the app runs for it
  SQLS[window]="select date_trunc('day', s.first_day)::date, sum(s.events)::int from published_span_count s where s.timeline_id = $T and s.first_day <= '$WTO' and s.last_day >= '$WFROM' and s.first_day >= '$LOWEST' group by 1 having sum(s.events) > 0 order by 1;"
fi
PATHS[density]="/api/v1/timelines/bench/density?bucket=week&from=2023-01-01&to=2024-12-31"
# the app's statement when its cache does not answer: the span counts (V0040)
SQLS[density]="select date_trunc('week', s.first_day)::date, sum(s.events)::int from published_span_count s where s.timeline_id = $T and s.first_day <= '2024-12-31' and s.last_day >= '2023-01-01' and s.first_day >= '2023-01-01'::date - $SPAN group by 1 having sum(s.events) > 0 order by 1;"
# density for a new two-year window each request (shifted 0-600 days, 600-729 days long): never from the cache. The
# app's statement for a window without other filters: the span counts kept by PostgreSQL (V0040)
PATHS[density-new]="/api/v1/timelines/bench/density?bucket=week&from=FROM&to=TO"
WINDOWS[density-new]="2022-06-01,600,600,729"
NEW_FROM="(date '2022-06-01' + :r)"; NEW_TO="(date '2022-06-01' + :r + :l)"
SQLS[density-new]="\\set r random(0, 600)
\\set l random(600, 729)
select date_trunc('week', s.first_day)::date, sum(s.events)::int from published_span_count s where s.timeline_id = $T and s.first_day <= $NEW_TO and s.last_day >= $NEW_FROM and s.first_day >= $NEW_FROM - $SPAN group by 1 having sum(s.events) > 0 order by 1;"
PATHS[search]="/api/v1/timelines/bench/events?q=bucha&limit=20"
SQLS[search]="select p.event_id, p.start_nominal, p.start_latest, '{\"permalink\":' || to_json('http://localhost:$PORT/timelines/bench/events/' || p.slug)::text || ',' || substr(p.list_item_en, 2) from published_event p where $WHERE and p.search @@ to_tsquery('english', 'bucha:*') order by p.start_nominal, p.start_latest, p.event_id limit 21;"
# a search for another word each time, from place names to common words, with a last day beyond every event drawn
# anew (the same events, but never a kept answer): what readers typing different things cost; SQL: the same statement
SEARCH_WORDS="bucha,kherson,kharkiv,mariupol,istanbul,anchorage,grain,prisoner,ceasefire,sanctions,evacuation,talks"
PATHS[search-new]="/api/v1/timelines/bench/events?q=WORD&to=TO&limit=20"
WINDOWS[search-new]="2026-01-01,20000,0,0"
WORDS[search-new]="$SEARCH_WORDS"
SEARCH_TO="(date '2026-01-01' + :r)"
SQLS[search-new]="\\set w random(1, 12)
\\set r random(0, 20000)
select p.event_id, p.start_nominal, p.start_latest, '{\"permalink\":' || to_json('http://localhost:$PORT/timelines/bench/events/' || p.slug)::text || ',' || substr(p.list_item_en, 2) from published_event p where $WHERE and p.span && daterange(null::date, $SEARCH_TO, '[]') and p.start_earliest <= $SEARCH_TO and p.search @@ to_tsquery('english', (string_to_array('$SEARCH_WORDS', ','))[:w] || ':*') order by p.start_nominal, p.start_latest, p.event_id limit 21;"

run_wrk() { # clients case [wrk options]
  WRK_WINDOW="${WINDOWS[$2]:-}" WRK_WORDS="${WORDS[$2]:-}" wrk -t "$(( $1 < 2 ? 1 : 2 ))" -c "$1" -d "${SECONDS_PER_CASE}s" -s bench/wrk-report.lua "${@:3}" \
    "http://localhost:$PORT${PATHS[$2]}" | grep '^RESULT'
}
run_pgbench() { # clients sql
  echo "$2" > /tmp/annals-case.sql
  rm -f /tmp/annals-pgbench.[0-9]*
  local tps
  tps=$(cd /tmp && pgbench -h 127.0.0.1 -U postgres -n -f /tmp/annals-case.sql -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" \
        -T "$SECONDS_PER_CASE" -l --log-prefix=annals-pgbench $DB 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  cat /tmp/annals-pgbench.[0-9]* | python3 -c "
import sys
t = sorted(int(l.split()[2]) / 1000 for l in sys.stdin)
p = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print(f'RESULT requests={len(t)} errors=0 rps=$tps p50={p(.5):.2f} p95={p(.95):.2f} p99={p(.99):.2f}')"
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"; }

for case in window density search; do curl -s -o /dev/null "localhost:$PORT${PATHS[$case]}"; done  # warm caches
# rows written by SQL lack the stored window items: the first window request set the app filling them; wait for it
until [ "$("${PSQL[@]}" -d $DB -c "select count(*) from published_event where window_item is null or list_item_en is null")" = 0 ]; do
  curl -s -o /dev/null "localhost:$PORT${PATHS[search]}"; sleep 2  # a page meeting unfilled rows restarts the fill if it stopped
done
echo "Window items filled by the app $(( $(date +%s) - start )) s after generation began" >&2
"${PSQL[@]}" -d $DB -c "vacuum analyze published_event" >/dev/null  # the table at rest, as after autovacuum
echo "Data: $N synthetic published events; window $WFROM..$WTO holds $WCOUNT events${DENSE:+ (answered with counts per day)}; longest span $SPAN days."
echo
echo "| case | clients | HTTP p50 ms | HTTP p95 ms | SQL p50 ms | SQL p95 ms | p95 ratio HTTP/SQL | HTTP req/s | SQL tx/s | throughput HTTP/SQL | HTTP errors |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for clients in 1 32; do
  for case in window density density-new search search-new; do
    http=$(run_wrk "$clients" "$case")
    sql=$(run_pgbench "$clients" "${SQLS[$case]}")
    python3 - "$case" "$clients" "$http" "$sql" <<'PY'
import sys, re
case, clients, http, sql = sys.argv[1:]
f = lambda s, k: float(re.search(k + r'=([0-9.]+)', s).group(1))
print(f"| {case} | {clients} | {f(http,'p50'):.1f} | {f(http,'p95'):.1f} | {f(sql,'p50'):.1f} | {f(sql,'p95'):.1f} | "
      f"{f(http,'p95') / max(f(sql,'p95'), 0.001):.1f}× | {f(http,'rps'):.0f} | {f(sql,'rps'):.0f} | "
      f"{100 * f(http,'rps') / max(f(sql,'rps'), 0.001):.0f}% | {int(f(http,'errors'))} |")
PY
  done
done
ETAG=$(curl -s -D - -o /dev/null "localhost:$PORT${PATHS[window]}" | sed -n 's/^[Ee][Tt]ag: \(.*\)\r$/\1/p')
r304=$(run_wrk 32 window -H "If-None-Match: $ETAG")
echo
echo "Conditional GET matching its ETag (304), 32 clients: $(field rps "$r304") requests/s, p95 $(field p95 "$r304") ms, errors $(field errors "$r304")."
echo "App: production jar, java -Xmx512m; heap after the run and a full GC: $("$JAVA_HOME/bin/jcmd" $APP GC.run >/dev/null; "$JAVA_HOME/bin/jcmd" $APP GC.heap_info | grep -oE "committed [0-9]+K, used [0-9]+K" | head -1)."
