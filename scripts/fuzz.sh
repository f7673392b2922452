#!/usr/bin/env bash
# Builds the libFuzzer targets (clang 14, ASan+UBSan) in build-fuzz/ and runs
# one of them for SECONDS, starting from seeds made from fixtures/ and from
# the inputs saved in tests/data/fuzz/TARGET (every crash found is saved
# there as a regression test the normal suite replays).
# Usage: scripts/fuzz.sh TARGET [SECONDS (default 1800)]
#   TARGET: text_pipeline, pdf_pipeline, image_pipeline, page_images, akn_writer,
#           report_entry
# Prints libFuzzer's final statistics (executions, coverage); a crash leaves
# its input in build-fuzz/artifacts/TARGET/ and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-1800}
if [ ! -x "build-fuzz/fuzz/fuzz_$target" ]; then
  CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAKN_FUZZ=ON -DAKN_BUILD_TESTS=OFF > /dev/null
  cmake --build build-fuzz --target "fuzz_$target"
fi
corpus=build-fuzz/corpus/$target
artifacts=build-fuzz/artifacts/$target
mkdir -p "$corpus" "$artifacts" "tests/data/fuzz/$target"
if [ -z "$(ls -A "$corpus")" ]; then
  case $target in
    text_pipeline)
      for f in fixtures/text/* fixtures/markdown/* ../shared/seeds/*; do
        { printf '\001'; cat "$f"; } > "$corpus/$(basename "$f")"
      done ;;
    pdf_pipeline) cp fixtures/pdf/*.pdf "$corpus/" ;;
    image_pipeline)
      [ -x build/akn-make-scan ] || cmake --build build --target akn-make-scan
      build/akn-make-scan --dpi 50 --pages 1-1 fixtures/pdf/sc_resolution.pdf "$corpus/page.png"
      build/akn-make-scan --dpi 50 --binary --pages 1-1 fixtures/pdf/ga_parts.pdf "$corpus/page.tif"
      build/akn-make-scan --dpi 50 --quality 30 --pages 1-1 fixtures/pdf/ga_parts.pdf "$corpus/page.jpg" ;;
    page_images)
      for f in fixtures/pdf/*.pdf; do { printf '\000'; cat "$f"; } > "$corpus/$(basename "$f")"; done
      [ -x build/akn-make-scan ] || cmake --build build --target akn-make-scan
      build/akn-make-scan --dpi 50 --pages 1-1 fixtures/pdf/sc_resolution.pdf "$corpus/page.png"
      { printf '\007'; cat "$corpus/page.png"; } > "$corpus/page-turned" && rm "$corpus/page.png" ;;
    akn_writer) printf 'A/RES/1/1\0General Assembly\0001/1\0Title\0The General Assembly,\0001\0A note\0Recalling\0Decides\0' > "$corpus/seed" ;;
    report_entry) cp tests/data/fuzz/report_entry/* "$corpus/" ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
# The same leak suppressions as the test suite (fontconfig's process-wide cache).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export OMP_THREAD_LIMIT=1
"build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -max_len=262144 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "tests/data/fuzz/$target"
