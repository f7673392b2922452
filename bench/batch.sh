#!/usr/bin/env bash
# The batch runner: (1) a second run over an unchanged batch of N documents
# against the first run; (2) throughput with 1 worker against 2 (or JOBS)
# workers on the same inputs, each from an empty output directory.
# The batch is made of the seed resolutions, each copy made distinct by a
# numbered closing line, so no two inputs share content.
# Usage: bench/batch.sh [N (default 1000)] [PDF_DIR for the scaling run
#        (default ../shared/corpus/born_digital)] [JOBS (default: cores)]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
pdfs=${2:-../shared/corpus/born_digital}
jobs=${3:-$(nproc)}
bin=build/akn-ingest
[ -x "$bin" ] || { echo "build first: cmake -S . -B build -G Ninja && ninja -C build" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seeds=(../shared/seeds/*.txt)
mkdir -p "$tmp/in"
for i in $(seq 0 $((n - 1))); do
  d="$tmp/in/$((i / 100))"; mkdir -p "$d"
  { cat "${seeds[$((i % ${#seeds[@]}))]}"; printf '\nCopy %d of the batch.\n' "$i"; } > "$d/doc$i.txt"
done
secs() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || [ $? -eq 1 ]; e=$(date +%s.%N); echo "$e - $s" | bc; }

first=$(secs "$bin" -q -j "$jobs" --out "$tmp/out" "$tmp/in")
second=$(secs "$bin" -q -j "$jobs" --out "$tmp/out" "$tmp/in")
converted=$(jq '.summary.ok' "$tmp/out/report.json")
unchanged=$(jq '.summary.unchanged' "$tmp/out/report.json")
echo "incremental: $n text documents, $jobs workers"
echo "  first run:  ${first} s"
echo "  second run: ${second} s ($unchanged unchanged, $converted converted)"
echo "  ratio: $(echo "scale=1; $first / $second" | bc)x faster"

one_t=$(secs "$bin" -q -j 1 --out "$tmp/j1" "$tmp/in")
two_t=$(secs "$bin" -q -j "$jobs" --out "$tmp/j2" "$tmp/in")
echo "scaling, the same $n text documents: 1 worker ${one_t} s, $jobs workers ${two_t} s: $(echo "scale=2; $one_t / $two_t" | bc)x"
if [ -d "$pdfs" ]; then
  one_p=$(secs "$bin" -q -j 1 --out "$tmp/p1" "$pdfs")
  two_p=$(secs "$bin" -q -j "$jobs" --out "$tmp/p2" "$pdfs")
  echo "scaling, $(ls "$pdfs" | wc -l) files of $pdfs: 1 worker ${one_p} s, $jobs workers ${two_p} s: $(echo "scale=2; $one_p / $two_p" | bc)x"
fi
