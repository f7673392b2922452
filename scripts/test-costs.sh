#!/usr/bin/env bash
# Writes tests/test_costs.cmake from the output of a ctest run (the
# sanitizer build's, the longer one): the COST of every test that took
# MIN_SECONDS or more, which ctest -j starts in descending order. CTest 3.25
# keeps no cost data of its own for names with spaces (CTestCostData.txt is
# read by splitting at spaces), and a clean checkout has none: without these
# the longest tests start wherever they were declared, often last, and run
# alone at the end. A test missing from the table only starts later; a name
# no test has any more is ignored. Given several logs (the sanitizer and the
# release run), a test takes its longest time among them. Usage:
#   MIN_SECONDS=2 bash scripts/test-costs.sh ctest-output.log... > tests/test_costs.cmake
set -euo pipefail
min=${MIN_SECONDS:-2}
cat <<HEADER
# The cost of each long test, its seconds in a ctest run of the sanitizer
# build: ctest -j starts the costliest first. Written by scripts/test-costs.sh
# (read it for why); regenerate when tests are added or change much.
HEADER
sed -nE 's/^ *[0-9]+\/[0-9]+ Test +#[0-9]+: (.*[^ .]) \.+ +Passed +([0-9.]+) sec$/\2\t\1/p' "$@" |
  awk -F'\t' -v min="$min" '$1 >= min && $1 > best[$2] { best[$2] = $1 } END { for (n in best) print best[n] "\t" n }' |
  sort -t$'\t' -k1,1 -rn |
  awk -F'\t' '{ printf "set_tests_properties([==[%s]==] PROPERTIES COST %s)\n", $2, $1 }'
