#!/usr/bin/env bash
# Measures queue workers (docs/scaling.md): N articles built from the languages' example sentences are published to a
# fresh JetStream stream, then drained by 1 worker and (on a second stream and database) by 2 workers started together.
# Needs a running nats-server (-js) and PostgreSQL with PostGIS, as .ci/run starts them:
#   PG=postgres://postgres:polemos@127.0.0.1:5432 NATS=nats://127.0.0.1:4222 tools/scaling/measure.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
articles="${1:-400}"
pg="${PG:-postgres://postgres:polemos@127.0.0.1:5432}"
nats="${NATS:-nats://127.0.0.1:4222}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One article = three example sentences of one language, with a distinct first line so each is a new report.
n=0
while [ "$n" -lt "$articles" ]; do
  for tsv in data/lang/*/examples.tsv; do
    [ "$n" -lt "$articles" ] || break
    lang="$(basename "$(dirname "$tsv")")"
    grep -v '^#' "$tsv" | cut -f1 | shuf -n 3 --random-source=<(yes "$n") | tr '\n' ' ' \
      | sed 's/\\/\\\\/g; s/"/\\"/g' \
      | awk -v id="scale-$n" -v lang="$lang" '{ printf "{\"id\":\"%s\",\"language\":\"%s\",\"published\":\"2026-01-15\",\"text\":\"Report %s. %s\"}\n", id, lang, id, $0 }'
    n=$((n + 1))
  done
done > "$work/articles.jsonl"

for workers in 1 2; do
  stream="SCALE$workers$$"
  db="polemos_scale${workers}_$$"
  psql "$pg/postgres" -qc "CREATE DATABASE $db" >/dev/null
  ./polemos ingest --queue "$nats" --stream "$stream" "$work/articles.jsonl" >/dev/null
  start=$(date +%s.%N)
  for w in $(seq "$workers"); do
    ./polemos worker --queue "$nats" --stream "$stream" --db "$pg/$db" --exit-when-idle 2 > "$work/worker-$workers-$w.log" 2>&1 &
  done
  wait
  end=$(date +%s.%N)
  stored=$(psql "$pg/$db" -tAc "SELECT count(*) FROM articles")
  psql "$pg/postgres" -qc "DROP DATABASE $db" >/dev/null
  awk -v w="$workers" -v a="$articles" -v s="$stored" -v t0="$start" -v t1="$end" \
    'BEGIN { t = t1 - t0 - 2; printf "workers %d: %d articles published, %d stored, %.1f s (idle wait excluded), %.1f articles/s\n", w, a, s, t, a / t }'
done
