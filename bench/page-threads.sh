#!/usr/bin/env bash
# Parallel page OCR of one document (issue 19, "Speed of long scans"): the
# wall time of `akn-ingest -j 2` on one scan whose pages are all read by OCR
# (a PDF with --ocr always, or a multi-page TIFF), with the pages read in
# turn (ocr.page_threads = 1) and in parallel (page_threads = 0: the jobs no
# other document uses), against the tesseract command line on each page at
# 300 dpi (OMP_THREAD_LIMIT=1, as the brief measures it), in the same
# session. akn-ingest runs in the environment a user's job has (no
# OMP_THREAD_LIMIT): it must keep Tesseract's OpenMP serial on every thread
# itself. Its CPU time in user and kernel mode is printed too: threads that
# fight (OpenMP teams, TLB flushes) show there first.
#
# Usage: bench/page-threads.sh [SCAN (.pdf or .tif; default ../shared/corpus/scan_ocr/A_45_189-EN.pdf)]
set -euo pipefail
cd "$(dirname "$0")/.."
scan=${1:-../shared/corpus/scan_ocr/A_45_189-EN.pdf}
bin=build/akn-ingest
[ -x "$bin" ] || { echo "build first" >&2; exit 2; }
[ -f "$scan" ] || { echo "page-threads: no $scan" >&2; exit 2; }
unset OMP_THREAD_LIMIT
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
cp "$scan" "$tmp/in/"
case "$scan" in
  *.pdf | *.PDF) ocr=(--ocr always) ;;
  *) ocr=() ;;
esac
# "wall user system" seconds of a command (exit 1, some documents failed,
# is not an error of the measurement).
times_of() {
  /usr/bin/time -o "$tmp/time" -f '%e %U %S' "$@" > /dev/null 2>&1 || [ $? -eq 1 ] || { echo "failed: $*" >&2; exit 1; }
  tail -1 "$tmp/time"
}
pages=0
for threads in 1 0; do
  sed "s/^page_threads = .*/page_threads = $threads/" pipeline.toml > "$tmp/p$threads.toml"
  read -r wall user sys <<< "$(times_of "$bin" -q -j 2 "${ocr[@]}" --config "$tmp/p$threads.toml" --out "$tmp/out$threads" "$tmp/in")"
  pages=$(jq '.summary.pagesOcr' "$tmp/out$threads/report.json")
  printf 'akn-ingest -j 2, page_threads = %s: %s s for %s pages (%s s a page; CPU %s s user, %s s system)\n' \
    "$threads" "$wall" "$pages" "$(echo "scale=2; $wall / $pages" | bc)" "$user" "$sys"
done
cmp -s "$tmp/out1/"*.txt "$tmp/out0/"*.txt && echo "texts identical" || echo "TEXTS DIFFER"
case "$scan" in
  *.pdf | *.PDF)
    pdftoppm -r 300 -gray "$scan" "$tmp/page"
    images=("$tmp"/page*.pgm) ;;
  *) images=("$scan") ;;  # tesseract reads every page of a TIFF
esac
total=0
for image in "${images[@]}"; do
  read -r t _ <<< "$(OMP_THREAD_LIMIT=1 times_of tesseract "$image" "$tmp/t")"
  total=$(echo "$total + $t" | bc)
done
printf 'tesseract command line (OMP_THREAD_LIMIT=1), one page after another: %s s (%s s a page)\n' "$total" "$(echo "scale=2; $total / $pages" | bc)"
