#!/usr/bin/env bash
# Installs the Debian 12 packages akn-ingest needs to build and test, and only
# those that are missing, so running it again is cheap. Needs root (or sudo).
# Nothing else is downloaded: every dependency comes from Debian's archive.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libxml2-dev libxml2-utils          # AKN writer + schema validation (xmllint for checks)
  libicu-dev                         # Unicode normalisation (the UN-AKN agreement harness), spelled-out ordinals (core/spellout)
  libtomlplusplus-dev                # pipeline.toml
  libsqlite3-dev                     # incremental state
  libhunspell-dev hunspell-en-us     # dictionary checks in cleanup
  hunspell-fr hunspell-es hunspell-ru hunspell-ar   # dictionaries of the UN languages Debian has
  libpoppler-cpp-dev poppler-utils   # PDF ingestion (pdftotext is the benchmark reference)
  libpoppler-private-dev             # Poppler's core (same version as poppler-cpp): glyphs as drawn
  libcli11-dev                       # command line parsing
  libssl-dev                         # SHA-256 of inputs (libcrypto)
  libtesseract-dev libleptonica-dev tesseract-ocr-eng   # OCR
  tesseract-ocr-osd                  # page orientation (scans fed in sideways or upside down)
  tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-rus tesseract-ocr-ara tesseract-ocr-chi-sim   # OCR in the six UN languages
  tesseract-ocr                      # the tesseract command line: the OCR benchmark reference
  libpcre2-dev                       # regular expressions (JIT, no recursion blow-ups on long lines)
  nlohmann-json3-dev                 # report.json and edit logs
  catch2                             # tests
  bc time jq                         # bench/ scripts (ratios, peak memory, report.json)
  libbenchmark-dev                   # bench/micro.cpp (Google Benchmark)
  python3                            # scripts/make-corrupt-suite.py, make-language-fixtures.py (run by the tests)
  libreoffice-writer-nogui fonts-dejavu-core fonts-noto-cjk fonts-hosny-amiri   # six-language test documents laid out at test time
  fonts-liberation                   # ... their Latin and Cyrillic type (Times metrics), as in the fixtures/pdf documents
                                     # these fonts (and LibreOffice's OpenSymbol) are the only ones akn-ingest draws a PDF's
                                     # non-embedded fonts with (pin_substitute_fonts, ingest/pdf_core.hpp): keep them here
  chromium                           # the review pages' test (headless); not needed to run akn-ingest
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
