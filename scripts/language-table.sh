#!/bin/bash
# The table of issue 20's "Done when": for each of the six languages (en fr
# es ru ar zh), the six-language fixture (A/RES/78/214 laid out from the
# UN's AKN of each language by scripts/make-language-fixtures.py)
# born-digital and scanned, its structure counts (preambular paragraphs,
# operative paragraphs, sub-points, notes linked, annexes) and the CER of
# its clean text against the fixture's known text, as the [languages] tests
# of tests/test_language_fixtures.cpp measure and print them (the UN's
# counts of every language: 27/12/12/15/0).
#
# Usage: scripts/language-table.sh [BUILD_DIR]   (default: build)
# Needs build/tests/akn_tests, LibreOffice, Tesseract's six language
# models and ../shared/unakn/languages; about 10 minutes (six scans OCRed).
set -u
build=${1:-build}
tests="$build/tests/akn_tests"
[ -x "$tests" ] || { echo "language-table: no $tests (build the akn_tests target)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build/tests" && ./akn_tests "The six-language fixture born-digital") > "$out/born" 2>&1
for lang in en fr es ru ar zh; do
  (cd "$build/tests" && ./akn_tests "The six-language fixture scanned ($lang)") > "$out/$lang" 2>&1
done
echo "A/RES/78/214, six languages: counts preamble/operative/points/notes/annexes (the UN's: 27/12/12/15/0)"
printf '%-5s %-5s %-17s %-10s %-17s %-10s\n' lang AKN "born-digital" CER scanned CER
for lang in en fr es ru ar zh; do
  born=$(grep -E "^$lang +[a-z]{3} " "$out/born" | head -1)
  scan=$(grep -E "^$lang +[a-z]{3} " "$out/$lang" | head -1)
  [ -n "$born" ] && [ -n "$scan" ] || { echo "language-table: no measure of $lang (see the test's output)" >&2; exit 1; }
  read -r _ akn pre op pts notes annexes cer _ <<< "$born"
  read -r -a s <<< "$scan"
  printf '%-5s %-5s %-17s %-10s %-17s %-10s\n' "$lang" "$akn" "$pre/$op/$pts/$notes/$annexes" "$cer" "${s[10]}" "${s[9]}"
done
