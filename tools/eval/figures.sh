#!/usr/bin/env bash
# The quality rows of docs/benchmarks.md "Current figures", in one run.
# Usage: tools/eval/figures.sh [SHARED] [OUT]   (from the repository root, after ./setup.sh --build)
#   SHARED: the folder holding data/ and fixtures/ (default ../shared); OUT: where the outputs go (default /tmp/polemos-figures)
#   POLEMOS="dotnet artifacts/bin/Polemos.Cli/release/polemos.dll" runs a development build instead of ./polemos.
# Prints golden slot F1, ACLED dev (C2), GTD (C3), CASE 5-fold CV (T1 --dry-run), acled_more row-weighted, the seed (S1);
# per-row JSON for error analysis is left in OUT/rows (compare two runs with tools/eval/rowdiff.py).
set -euo pipefail
SHARED=${1:-../shared}
OUT=${2:-/tmp/polemos-figures}
P=${POLEMOS:-./polemos}
D=$SHARED/data
mkdir -p "$OUT/rows" "$OUT/seed"
$P eval tests/Polemos.Golden/cases/*/*/gold.json > "$OUT/golden.txt"
$P eval --as acled "$D/acled_2020_middle_east/acled_middle_east_2020-04-27_to_2020-05-09.dev.csv" > "$OUT/acled.txt"
$P eval --as gtd "$D/gtd_iraq/iraq_conflict_data.dev.csv" > "$OUT/gtd.txt"
$P train "$D/case2021/task2_test_set_final_release_with_labels.dev.tsv" --dry-run > "$OUT/case.txt"
$P extract --published 2019-01-24 --format jsonl "$SHARED/fixtures/seed/deir-ezzor-2019.it.txt" > "$OUT/seed/deir-ezzor-2019.it.jsonl"
python3 "$SHARED/tools/score.py" "$SHARED/fixtures/seed/deir-ezzor-2019.gold.json" "$OUT/seed" > "$OUT/seed.txt"
for f in "$D"/acled_more/acled_*.csv "$D"/acled_2020_middle_east/*.csv; do
  b=$(basename "$f" .csv)
  $P eval --as acled "$f" --format json > "$OUT/rows/$b.json"
  case "$f" in */acled_more/*) $P eval --as acled "$f" > "$OUT/more-$b.txt" ;; esac
done
echo "golden: $(grep 'slot' "$OUT/golden.txt" | tail -1)"
echo "ACLED dev (n type sub fatal loc25 adm1 actor1 actor2): $(grep '^(all)' "$OUT/acled.txt")"
grep '^gtd' "$OUT/gtd.txt" | sed 's/^/GTD: /'
echo "CASE 5-fold (rules wF1 acc mF1 | pipeline | model): $(grep '^mean' "$OUT/case.txt")"
echo "seed: $(tail -1 "$OUT/seed.txt")"
grep -h '^(all)' "$OUT"/more-*.txt | python3 -c '
import sys
tot = 0; acc = [0.0] * 7
for line in sys.stdin:
    p = line.split(); n = int(p[1]); tot += n
    acc = [a + n * (0.0 if x == "-" else float(x)) for a, x in zip(acc, p[2:9])]
print("acled_more n=%d type %.4f sub %.4f fatal %.4f loc %.4f adm1 %.4f actor1 %.4f actor2 %.4f (row-weighted; a file without actor2 counts 0)" % (tot, *[a / tot for a in acc]))'
