#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and
# runs the whole test suite with ctest; then the same suite again in an
# AddressSanitizer + UndefinedBehaviorSanitizer build (skip it with
# AKN_SKIP_SANITIZE=1). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)

echo "== build and test (RelWithDebInfo, -Werror)"
# Line tables only (-g1): the suite needs file:line in a backtrace, not
# variables, and full debug info is a quarter of the compile time
# (test_review.cpp: 30.0 s of CPU at -O2 -g, 21.9 s at -O2 -g1).
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAKN_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" > /dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

if [ "${AKN_SKIP_SANITIZE:-0}" != "1" ]; then
  echo "== build and test (ASan + UBSan)"
  cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAKN_SANITIZE=ON -DAKN_WERROR=ON > /dev/null
  # Only what its tests run (akn_tests builds akn-ingest and akn-make-scan):
  # the benchmarks and the other tools are built, with -Werror, above.
  cmake --build build-sanitize -j "$jobs" --target akn_tests
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure -j "$jobs"
fi
