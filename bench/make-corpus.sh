#!/usr/bin/env bash
# The benchmark corpus, made the same way on any machine from what the
# repository and ../shared hold (nothing is downloaded):
#   DIR/pdf/       born-digital PDFs of 20, 100 and 500 pages: the real UN
#                  PDFs of ../shared/corpus/born_digital joined in name order
#                  (pdfunite), round after round, until the page count is reached
#   DIR/real/      the real born-digital PDFs themselves (copies: akn-ingest
#                  does not follow links out of an input directory)
#   DIR/batch/     50 distinct born-digital PDFs: the real ones joined two by
#                  two (pairs in name order): a batch for scaling and reruns
#   DIR/scan/      300-dpi scans of the two PDF fixtures (akn-make-scan, a
#                  0.4-degree skew and dust, fixed seed): one PNG per page
#   DIR/scanpdf/   the same pages as image-only PDFs (for ocrmypdf)
#   DIR/text/      N text dumps (default 1000): the seed resolutions, each copy
#                  made distinct by a numbered closing line
# Usage: bench/make-corpus.sh DIR [N]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench/make-corpus.sh DIR [N]}
n=${2:-1000}
shared=${AKN_SHARED_DIR:-../shared}
tool=build/akn-make-scan
[ -x "$tool" ] || { echo "build first: cmake -S . -B build -G Ninja && ninja -C build" >&2; exit 2; }
mkdir -p "$out"/{pdf,real,batch,scan,scanpdf,text}

real=("$shared"/corpus/born_digital/*.pdf)
for f in "${real[@]}"; do
  [ -L "$out/real/$(basename "$f")" ] && rm "$out/real/$(basename "$f")"
  cmp -s "$f" "$out/real/$(basename "$f")" || cp "$f" "$out/real/"
done

pages_of() { pdfinfo "$1" | awk '/^Pages:/{print $2}'; }
for want in 20 100 500; do
  target="$out/pdf/joined-$want.pdf"
  [ -f "$target" ] && continue
  parts=(); have=0; i=0
  while [ "$have" -lt "$want" ]; do
    f=${real[$((i % ${#real[@]}))]}
    parts+=("$f"); have=$((have + $(pages_of "$f"))); i=$((i + 1))
  done
  pdfunite "${parts[@]}" "$target" 2>/dev/null
done

if [ "$(ls "$out/batch" 2>/dev/null | wc -l)" -ne 50 ]; then
  rm -rf "$out/batch"; mkdir -p "$out/batch"
  k=0
  for ((i = 0; i < ${#real[@]} && k < 50; i++)); do
    for ((j = i + 1; j < ${#real[@]} && k < 50; j++)); do
      pdfunite "${real[$i]}" "${real[$j]}" "$out/batch/pair-$(printf %02d "$k").pdf" 2>/dev/null
      k=$((k + 1))
    done
  done
fi

for pdf in fixtures/pdf/sc_resolution.pdf fixtures/pdf/ga_parts.pdf; do
  name=$(basename "$pdf" .pdf)
  [ -f "$out/scanpdf/$name.pdf" ] && continue
  "$tool" --dpi 300 --skew 0.4 --specks 40 --seed 3 "$pdf" "$out/scan/$name.png"
  "$tool" --dpi 300 --skew 0.4 --specks 40 --seed 3 --quality 90 "$pdf" "$out/scanpdf/$name.pdf"
done

# The dumps lie in folders of 100 (text/0/doc0.txt ...): count the files, not
# the folders, or the corpus is remade (and a rerun benchmark made
# meaningless) on every call.
if [ "$(find "$out/text" -type f -name 'doc*.txt' | wc -l)" -ne "$n" ]; then
  rm -rf "$out/text"; mkdir -p "$out/text"
  seeds=("$shared"/seeds/*.txt)
  for i in $(seq 0 $((n - 1))); do
    d="$out/text/$((i / 100))"; mkdir -p "$d"
    { cat "${seeds[$((i % ${#seeds[@]}))]}"; printf '\nCopy %d of the batch.\n' "$i"; } > "$d/doc$i.txt"
  done
fi
for f in "$out"/pdf/*.pdf; do echo "$(basename "$f"): $(pages_of "$f") pages"; done
echo "real PDFs: ${#real[@]}; batch PDFs: $(ls "$out"/batch/*.pdf | wc -l); scan pages: $(ls "$out"/scan/*.png | wc -l); text dumps: $n"
