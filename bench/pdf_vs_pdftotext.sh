#!/usr/bin/env bash
# Born-digital PDFs: akn-ingest (ingest + cleanup + structure + AKN + schema
# validation, one process) against pdftotext (one process per file, text
# only) on the same files, in the same session. Prints the median of RUNS
# runs of each, pages per second, and the peak memory of akn-ingest on the
# largest file. Usage: bench/pdf_vs_pdftotext.sh [PDF_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/born_digital}
runs=${2:-5}
bin=build/akn-ingest
[ -x "$bin" ] || { echo "build first: cmake -S . -B build -G Ninja && ninja -C build" >&2; exit 2; }
pages=0
for f in "$dir"/*.pdf; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/{print $2}'))); done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

ref=(); ours=(); ours_nv=()
for _ in $(seq "$runs"); do
  ref+=("$(time_of bash -c 'for f in "$0"/*.pdf; do pdftotext "$f" "$1/x.txt"; done' "$dir" "$tmp")")
  ours+=("$(time_of "$bin" -q -j 1 --force --out "$tmp/out" "$dir")")
  ours_nv+=("$(time_of "$bin" -q -j 1 --force --no-validate --out "$tmp/out2" "$dir")")
done
r=$(printf '%s\n' "${ref[@]}" | median); o=$(printf '%s\n' "${ours[@]}" | median); n=$(printf '%s\n' "${ours_nv[@]}" | median)
largest=$(ls -S "$dir"/*.pdf | head -1)
peak=$( { /usr/bin/time -f '%M' "$bin" -q -j 1 --force --out "$tmp/one" "$largest" > /dev/null; } 2>&1 | tail -1)
peak_ref=$( { /usr/bin/time -f '%M' pdftotext "$largest" "$tmp/y.txt"; } 2>&1 | tail -1)
echo "files: $(ls "$dir"/*.pdf | wc -l), pages: $pages, runs: $runs (median wall time, one core busy)"
printf 'pdftotext, one process per file     : %6.2f s  %7.1f pages/s\n' "$r" "$(echo "$pages / $r" | bc -l)"
printf 'akn-ingest, full pipeline + validate: %6.2f s  %7.1f pages/s  (%.2fx pdftotext time)\n' "$o" "$(echo "$pages / $o" | bc -l)" "$(echo "$o / $r" | bc -l)"
printf 'akn-ingest, --no-validate           : %6.2f s  %7.1f pages/s  (%.2fx pdftotext time)\n' "$n" "$(echo "$pages / $n" | bc -l)" "$(echo "$n / $r" | bc -l)"
echo "peak RSS on the largest file ($(basename "$largest"), $(pdfinfo "$largest" | awk '/^Pages:/{print $2}') pages): akn-ingest ${peak} KB, pdftotext ${peak_ref} KB"
