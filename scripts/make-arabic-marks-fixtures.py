#!/usr/bin/env python3
"""Lays out Arabic paragraphs with harakat and figures as PDFs whose text
layer is in visual order (LibreOffice prints Arabic so), at test time.

The text is this script's own: each paragraph opens with a lead phrase,
goes on with words that carry combining marks over their letters (shadda
with fatha or kasra, damma, tanwin: "تسبَّب", "مكَّن", "بحرِّية",
"إقليماً") and ends with a year and the Arabic comma ("في عام 2021،").
The paragraphs grow by one word each, so that in some of them the year and
its comma wrap onto a last line of their own, a line with no letter.
Paragraphs are justified, set right to left in Amiri 12 pt (Debian
fonts-hosny-amiri), their first line indented from the right.

For each VARIANT it writes into --out:
  VARIANT.fodt       the flat ODF text document
  VARIANT.pdf        LibreOffice's (headless) print of it
  VARIANT.known.txt  the true text, one paragraph a line, in reading order

Variants: one-page (the paragraphs on one page), two-pages (the same
paragraphs with a page break after the first half).

Usage: scripts/make-arabic-marks-fixtures.py --out DIR [VARIANT...]
Exit status 0 when every output is in place; 2 when soffice is missing.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)

LEADS = ["وإذ تشير", "وإذ تلاحظ", "وإذ تسلّم", "وإدراكا منها", "وإذ ترحب", "واقتناعا منها"]
# Words with marks over their letters, and plain words to fill lines.
MARKED = ["تسبَّب", "مكَّن", "تطَّلع", "بحرِّية", "إقليماً", "المبيَّنة", "عُرض", "تقرُّ", "هاماً", "يُرتكب"]
PLAIN = ["الأقاليم", "غير", "المتمتعة", "بالحكم", "الذاتي", "بشأن", "المشاورات", "العامة", "الدستورية",
         "والتعاون", "الإقليمي", "مع", "اللجنة", "الخاصة", "في", "هذا", "الصدد"]
PARAGRAPHS = 12
FIRST_WORDS = 14


def paragraphs():
    out = []
    for k in range(PARAGRAPHS):
        words = [LEADS[k % len(LEADS)]]
        for i in range(FIRST_WORDS + k):
            words.append(MARKED[(k + i) % len(MARKED)] if i % 3 == 1 else PLAIN[(k * 5 + i) % len(PLAIN)])
        words.append(f"بمشاركة {k + 3} من الممثلين في عام {2011 + k}،")
        out.append(" ".join(words))
    return out


STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Amiri" svg:font-family="'Amiri'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties style:writing-mode="rl-tb"/>
    <style:text-properties style:font-name="Liberation Serif" style:font-name-complex="Amiri" fo:font-size="10pt"
      style:font-size-complex="12pt" fo:language="en" fo:country="US" style:language-complex="ar" style:country-complex="EG"
      fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:margin-right="2.2cm" fo:text-indent="0.8cm" fo:text-align="justify"
      fo:line-height="15pt" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="BodyNewPage" style:family="paragraph" style:parent-style-name="Body">
    <style:paragraph-properties fo:break-before="page"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm"
      fo:margin-left="2.2cm" fo:margin-right="2.3cm" style:writing-mode="rl-tb"/>
  </style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
"""


def document(paras, break_at):
    body = []
    for k, text in enumerate(paras):
        style = "BodyNewPage" if k == break_at else "Body"
        body.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
            + STYLES + "<office:body><office:text>" + "\n".join(body) + "</office:text></office:body></office:document>\n")


VARIANTS = {"one-page": None, "two-pages": PARAGRAPHS // 2}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--soffice", default=shutil.which("soffice") or "")
    ap.add_argument("variants", nargs="*", default=list(VARIANTS))
    args = ap.parse_args()
    if not args.soffice:
        print("make-arabic-marks-fixtures: soffice (LibreOffice) is not installed", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    paras = paragraphs()
    bases = []
    for v in args.variants:
        if v not in VARIANTS:
            sys.exit(f"make-arabic-marks-fixtures: no variant {v}")
        base = os.path.join(args.out, v)
        with open(base + ".fodt", "w", encoding="utf-8") as f:
            f.write(document(paras, VARIANTS[v]))
        with open(base + ".known.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(paras) + "\n")
        bases.append(base)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([args.soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", args.out] + [b + ".fodt" for b in bases],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for b in bases:
        if not os.path.exists(b + ".pdf"):
            sys.exit(f"make-arabic-marks-fixtures: LibreOffice did not print {b}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
