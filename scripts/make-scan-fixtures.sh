#!/usr/bin/env bash
# Builds the scan fixtures in fixtures/scan from the born-digital fixtures in
# fixtures/pdf, so that their true text is known (the tests compare the OCR
# result with the born-digital conversion, which is itself checked against
# fixtures-src). build/akn-make-scan (tools/make_scan.cpp) renders each page
# with Poppler and degrades it with a seeded, fixed noise generator: the
# same command gives the same pixels on any machine. The image-only PDF
# carries Leptonica's creation date, so regenerating it changes its SHA-256.
#
# Usage: scripts/make-scan-fixtures.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
tool="${1:-build}/akn-make-scan"
[ -x "$tool" ] || { echo "make-scan-fixtures: build $tool first (cmake --build build)" >&2; exit 2; }
mkdir -p fixtures/scan

# The UN retro-scan form: 300 dpi, black and white, CCITT G4, multi-page
# TIFF. Skewed 0.8 degrees, 300 dust specks a page; page 2 (little text)
# upside down, page 3 fed in sideways.
"$tool" --dpi 300 --skew 0.8 --specks 300 --binary --turn 2:180 --turn 3:90 --seed 7 \
  fixtures/pdf/sc_resolution.pdf fixtures/scan/sc_resolution_g4.tif

# A photographed or badly photocopied document as an image-only PDF: 300 dpi
# grey JPEG, skewed -1.5 degrees, lit unevenly (45% darker at the right
# edge), blurred, grainy; page 2 sideways the other way.
"$tool" --dpi 300 --skew -1.5 --shade 0.45 --blur 1 --grain 8 --quality 40 --turn 2:270 --seed 11 \
  fixtures/pdf/ga_parts.pdf fixtures/scan/ga_parts_photo.pdf

# A typewritten page's underlines (in tests/data: not a golden fixture, its
# adoption line is still lost): the S/RES fixture's title, adoption line,
# annex label and heading underlined with typed underscores (one a
# character cell, at the depth of the descenders, uneven), 200 dpi black
# and white, skewed 0.4 degrees, 100 dust specks a page. Read as it is,
# Tesseract drops the title, the adoption line and the formula.
"$tool" --dpi 200 --underline "Resolution 2999|Adopted by|Annex|Ceasefire" --underline-style typed --binary \
  --skew 0.4 --specks 100 --seed 13 fixtures/pdf/sc_resolution.pdf tests/data/sc_resolution_underlined.tif

# A masthead beside the UN emblem (in tests/data): page 1 of the A/RES
# fixture with the emblem of the 1993 scan A/47/892 (tests/data/un_emblem.png,
# cut from its page 1 at 300 dpi) printed left of "United Nations", 300 dpi
# black and white, 100 dust specks. Tesseract reads the emblem's wreath and
# globe as words ("55°", "zt", "——").
"$tool" --dpi 300 --binary --pages 1 --specks 100 --seed 17 --picture tests/data/un_emblem.png@0,28 \
  fixtures/pdf/ga_two_pages.pdf tests/data/ga_emblem.png

# An underlined title Tesseract garbles (in tests/data): page 1 of the A/RES
# fixture, its title and adoption line underlined by a rule that hugs the
# baseline (too close to it for the underline search), black and white,
# skewed 0.5 degrees, at 200 and 300 dpi. Read with its page, the title
# comes out "901 onsi international nizations for wrongful ac" and "LR
# nsibili international or izati f ful" (as A/47/892's underlined "Perman
# 0 rver"); the line is read again alone.
"$tool" --dpi 200 --pages 1 --underline "80/901.|Resolution adopted" --underline-style rule --underline-drop 0.05 \
  --underline-weight 0.06 --binary --skew 0.5 --specks 50 --seed 23 fixtures/pdf/ga_two_pages.pdf tests/data/ga_title_underlined-200.png
"$tool" --dpi 300 --pages 1 --underline "80/901.|Resolution adopted" --underline-style rule --underline-drop 0.03 \
  --underline-weight 0.08 --binary --skew 0.5 --specks 50 --seed 23 fixtures/pdf/ga_two_pages.pdf tests/data/ga_title_underlined-300.png

ls -l fixtures/scan
