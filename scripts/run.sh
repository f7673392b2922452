#!/usr/bin/env bash
# Installs what is missing, builds akn-ingest, and runs it on the bundled
# fixtures, writing to out/. Usage: scripts/run.sh [extra akn-ingest options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAKN_WERROR=ON > /dev/null
cmake --build build --target akn-ingest
./build/akn-ingest --out out "$@" fixtures
