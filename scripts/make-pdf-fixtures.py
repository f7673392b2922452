#!/usr/bin/env python3
"""Builds the born-digital PDF fixtures in fixtures/pdf from their sources in
fixtures-src/pdf (kept outside fixtures/, which holds only pipeline inputs).

Each source (a small line-based markup, described below) becomes a flat ODF
text document (.fodt) laid out like a UN print document: a page-1 masthead,
justified body text with first-line indents, real footnotes under a rule in
a smaller font, running headers whose side alternates between even and odd
pages, a footer with the page number ("2/3") and the job number, and on
page 1 the job number, the barcode text and "Please recycle". LibreOffice
(headless) then prints it to PDF. The tests (tests/test_pdf.cpp) read the
same source and check the pipeline's output against it: every paragraph
whole, every note linked, the counts, no furniture; so the truth comes from
the source and not from the tool under test.

Regenerated PDFs carry a new creation date, so their SHA-256 (written into
the AKN) changes: update the golden files afterwards with
AKN_UPDATE_GOLDEN=1 build/tests/akn_tests "[golden]" and review the diff.

It also writes tests/data/encrypted_*.pdf: the S/RES fixture with a
password to open it, and with only a permissions password.

Needs: libreoffice-writer-nogui and fonts-liberation2 (Debian). Only needed
to regenerate the committed PDFs; the test suite does not run it.

Markup: a header of "key: value" lines, then "---", then one line per
paragraph, each starting with a code and a space:
  =  centred bold title line          !  plain line (preface)
  t  number and title, bold           ~  the enacting formula
  p  paragraph, first-line indent     n  numbered paragraph ("1. ...")
  s  sub-paragraph ("(a) ...")        h  heading line (part number or title), bold
  a  annex label: starts a new page   c  conclusion line, right-aligned
  T  a table's header row              r  a table's row
  R  a table's totals row, bold      P  a page holding only a picture
  C  a table's columns: "C 3.0l | 5.2l | 1.4r", widths in cm, aligned
     left or right (without it, the first column wide and left-aligned)
Footnotes are written inline as [[note text]]. Lines starting with # are
comments. A run of T, r and R lines is one table, its cells separated by
" | ": set in 9-point type between the body's margins, the first column
wide and left-aligned, the others narrow and right-aligned, the header in
italics, aligned at the foot of its row (a header cell may wrap over two
lines) and repeated at the top of every page the table runs on, as the UN
prints its tables (A/RES/79/249). A cell with [[...]] is not supported.

Header keys besides the masthead's values: "short-title" (the running
head's title; a "|" in it breaks the head into two lines, as a long title
wraps), "running-head: beside" (the head as the UN prints it: the symbol and
the last line of the title on one baseline, in smaller type than the body,
the symbol on the outer side: left on even pages, right on odd ones; without
it the title and the symbol are stacked lines), "paper: letter" (US Letter
instead of A4), "numbers: tab" (a numbered paragraph's number stands apart
from its text, at a tab stop, as the UN sets it).

A P line is a page that holds only a picture, as the UN prints a map at the
end of a report (S/2015/246, page 19): a page break before and after it,
and on the page, under its running head and above its footer, a drawing
of 14 by 18 cm (a grey map: land, borders, roads) embedded as a PNG, whose
names are pixels, not text. The line's text says what the picture shows;
it is not printed. The tests expect the pipeline to name the page in a
warning (trace_empty_pages).

Usage: scripts/make-pdf-fixtures.py [--soffice PATH] [NAME...]
builds only the named sources (stems of fixtures-src/pdf) when names are
given, so the other PDFs keep their bytes (and their goldens their digests).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import base64
import struct
import zlib
from xml.sax.saxutils import escape

from odf_fixture import EXTRA_NS, NS, flat_document

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "fixtures-src", "pdf")
OUT = os.path.join(ROOT, "fixtures", "pdf")


STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="en" fo:country="US" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:margin-right="2.8cm" fo:text-indent="0.8cm" fo:text-align="justify" fo:line-height="12pt" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Flush" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:text-align="start" fo:line-height="12pt"/>
  </style:style>
  <style:style style:name="Formula" style:family="paragraph" style:parent-style-name="Flush">
    <style:paragraph-properties fo:text-indent="0.8cm" fo:margin-top="0.3cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:text-align="start" fo:line-height="12pt" fo:keep-with-next="always"/>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="HeadingFirst" style:family="paragraph" style:parent-style-name="Heading">
    <style:paragraph-properties fo:margin-top="0.4cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:text-align="start" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
    <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Centre" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>
    <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="AnnexLabel" style:family="paragraph" style:parent-style-name="Heading">
    <style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="PicturePage" style:family="paragraph">
    <style:paragraph-properties fo:break-before="page" fo:break-after="page" fo:text-align="center"/>
  </style:style>
  <style:style style:name="Conclusion" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end" fo:line-height="12pt"/>
  </style:style>
  <style:style style:name="ConclusionFirst" style:family="paragraph" style:parent-style-name="Conclusion">
    <style:paragraph-properties fo:margin-top="0.6cm"/>
  </style:style>
  <style:style style:name="Masthead1" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="@TEXTWIDTH@" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Masthead2" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="11cm"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Masthead3" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="11cm"/>
  </style:style>
  <style:style style:name="Session" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0.2cm"/>
  </style:style>
  <style:style style:name="SessionFirst" style:family="paragraph" style:parent-style-name="Session">
    <style:paragraph-properties fo:margin-top="1.5cm"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:text-indent="-0.5cm" fo:text-align="start"/>
    <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="HeaderText" style:family="paragraph">
    <style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="HeaderLeft" style:family="paragraph" style:parent-style-name="HeaderText">
    <style:paragraph-properties fo:text-align="start"/>
  </style:style>
  <style:style style:name="HeaderRight" style:family="paragraph" style:parent-style-name="HeaderText">
    <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="HeaderTab" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="@TEXTWIDTH@" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="HeaderTabRight" style:family="paragraph" style:parent-style-name="HeaderTab">
    <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="FooterText" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="@TEXTWIDTH@" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="Barcode" style:family="paragraph">
    <style:text-properties fo:font-size="11pt"/>
  </style:style>
  <style:style style:name="TableText" style:family="paragraph">
    <style:paragraph-properties fo:text-align="start" fo:line-height="10.5pt" fo:margin-top="0.07cm" fo:margin-bottom="0.07cm"/>
    <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="TableNum" style:family="paragraph" style:parent-style-name="TableText">
    <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="TableHead" style:family="paragraph" style:parent-style-name="TableText">
    <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="TableHeadNum" style:family="paragraph" style:parent-style-name="TableNum">
    <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="TableTotal" style:family="paragraph" style:parent-style-name="TableText">
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="TableTotalNum" style:family="paragraph" style:parent-style-name="TableNum">
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="@PAGEWIDTH@" fo:page-height="@PAGEHEIGHT@" fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2.5cm">
      <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.2cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
    </style:page-layout-properties>
    <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="FirstPara" style:family="paragraph" style:parent-style-name="Masthead1" style:master-page-name="First"/>
  <style:style style:name="HeadCell" style:family="table-cell">
    <style:table-cell-properties style:vertical-align="bottom" fo:padding-left="0.05cm" fo:padding-right="0.05cm" fo:border="none"/>
  </style:style>
  <style:style style:name="Cell" style:family="table-cell">
    <style:table-cell-properties style:vertical-align="top" fo:padding-left="0.05cm" fo:padding-right="0.05cm" fo:border="none"/>
  </style:style>
@TABLESTYLES@</office:automatic-styles>
"""


def parse(path):
    head, body, in_body = {}, [], False
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line == "---":
                in_body = True
                continue
            if not in_body:
                key, _, value = line.partition(":")
                head[key.strip()] = value.strip()
            else:
                code, _, text = line.partition(" ")
                body.append((code, text))
    return head, body


def inline(text):
    """Text with [[note]] footnotes as ODF notes."""
    out, at = [], 0
    for m in re.finditer(r"\[\[(.+?)\]\]", text):
        out.append(escape(text[at:m.start()]))
        out.append('<text:note text:note-class="footnote"><text:note-body>'
                   '<text:p text:style-name="Footnote">' + escape(m.group(1)) + "</text:p></text:note-body></text:note>")
        at = m.end()
    out.append(escape(text[at:]))
    return "".join(out)


# Paper sizes: (width, height, text width between the margins of pm1).
PAPER = {"a4": ("21cm", "29.7cm", "16.5cm"), "letter": ("21.59cm", "27.94cm", "17.09cm")}


# A table stands between the body's margins (Body: 2.2 cm left, 2.8 cm right).
TABLE_INDENT_CM = 2.2
TABLE_MARGIN_RIGHT_CM = 2.8


def table_columns(head, columns):
    """The widths (cm) of a table's columns: the first takes what the
    others, narrow ones for figures, leave; or those a C line gives."""
    if isinstance(columns, list):
        return [w for w, _ in columns]
    text = float(PAPER[head.get("paper", "a4")][2][:-2])
    width = text - TABLE_INDENT_CM - TABLE_MARGIN_RIGHT_CM
    narrow = min(2.2, 6.8 / max(1, columns - 1))
    return [round(width - narrow * (columns - 1), 2)] + [narrow] * (columns - 1)


def table_styles(head, tables):
    """Automatic styles of each table (its width and its columns')."""
    out = []
    for k, columns in enumerate(tables, 1):
        widths = table_columns(head, columns)
        out.append(f'<style:style style:name="Tbl{k}" style:family="table"><style:table-properties '
                   f'style:width="{sum(widths):.2f}cm" fo:margin-left="{TABLE_INDENT_CM}cm" table:align="left"/></style:style>')
        for c, w in enumerate(widths):
            out.append(f'<style:style style:name="Tbl{k}.{c}" style:family="table-column">'
                       f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
    return "\n".join(out) + "\n"


def styles(head, tables=()):
    width, height, text = PAPER[head.get("paper", "a4")]
    return (STYLES.replace("@PAGEWIDTH@", width).replace("@PAGEHEIGHT@", height).replace("@TEXTWIDTH@", text)
            .replace("@TABLESTYLES@", table_styles(head, tables)))


# The picture of a P line: a grey map of PICTURE_PX pixels, at 150 dpi
# (S/2015/246's map) as large on the page as PICTURE_CM.
PICTURE_PX = (827, 1063)
PICTURE_CM = ("14cm", "18cm")


def map_png():
    """A PNG (8-bit grey) of a map: sea, a coast, borders and roads, drawn
    pixel by pixel (no imaging library needed); the same bytes each run."""
    w, h = PICTURE_PX
    rows = []
    for y in range(h):
        row = bytearray(w)
        coast = w // 3 + (y * 7 // 11) % 40
        for x in range(w):
            v = 235 if x < coast else 200  # sea, land
            if abs(x - coast) < 3 or abs(y - h // 2) < 2 and x > coast or abs(x - (w * 2 // 3)) < 2 and y > h // 3:
                v = 60  # the coast and two borders
            if (x + 2 * y) % 157 < 3 and x > coast:
                v = 120  # roads
            row[x] = v
        rows.append(b"\0" + bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"pHYs", struct.pack(">IIB", 5906, 5906, 1)) +  # 150 dpi
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def picture_page(k, text):
    """A page holding only a picture: a page break before and after it."""
    data = base64.b64encode(map_png()).decode("ascii")
    return (f'<text:p text:style-name="PicturePage"><draw:frame draw:name="Picture{k}" text:anchor-type="as-char" '
            f'svg:width="{PICTURE_CM[0]}" svg:height="{PICTURE_CM[1]}"><draw:image>'
            f'<office:binary-data>{data}</office:binary-data></draw:image></draw:frame></text:p>')


def cells(text):
    return [c.strip() for c in text.split(" | ")]


def column_spec(rows):
    """The columns a table's C line gives ("C 3.0l | 5.2l | 1.4r": widths
    in cm, each aligned left or right), or None."""
    spec = [r[1] for r in rows if r[0] == "C"]
    return [(float(c[:-1]), c[-1]) for c in cells(spec[0])] if spec else None


def table(k, rows):
    """A table of (code, text) rows: T header rows (repeated on each page),
    r rows, R totals rows."""
    spec = column_spec(rows)
    rows = [r for r in rows if r[0] != "C"]
    columns = len(cells(rows[0][1]))
    right = [a == "r" for _, a in spec] if spec else [c > 0 for c in range(columns)]
    out = [f'<table:table table:name="Table{k}" table:style-name="Tbl{k}">']
    out += [f'<table:table-column table:style-name="Tbl{k}.{c}"/>' for c in range(columns)]

    def row(code, text):
        styles = {"T": ("TableHead", "TableHeadNum"), "r": ("TableText", "TableNum"), "R": ("TableTotal", "TableTotalNum")}[code]
        cell_style = "HeadCell" if code == "T" else "Cell"
        got = cells(text)
        if len(got) != columns:
            sys.exit(f"a table row of {len(got)} cells in a table of {columns}: {text}")
        return "<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">'
            f'<text:p text:style-name="{styles[1] if right[c] else styles[0]}">{escape(t)}</text:p></table:table-cell>'
            for c, t in enumerate(got)) + "</table:table-row>"

    heads = [r for r in rows if r[0] == "T"]
    if heads:
        out.append("<table:table-header-rows>" + "".join(row(*r) for r in heads) + "</table:table-header-rows>")
    out += [row(*r) for r in rows if r[0] != "T"]
    out.append("</table:table>")
    return "".join(out)


def running_heads(head):
    """The odd and even pages' header paragraphs."""
    symbol = escape(head["symbol"])
    lines = [escape(part) for part in head.get("short-title", "").split("|") if part]
    if head.get("running-head") == "beside":
        # As the UN prints them: the title's last line and the symbol share a
        # baseline, the symbol on the outer side of the page.
        first = "".join(f'<text:p text:style-name="HeaderTabRight">{t}</text:p>' for t in lines[:-1])
        last = lines[-1] if lines else ""
        even = first + f'<text:p text:style-name="HeaderTab">{symbol}<text:tab/>{last}</text:p>'
        odd = "".join(f'<text:p text:style-name="HeaderTab">{t}</text:p>' for t in lines[:-1]) + \
            f'<text:p text:style-name="HeaderTab">{last}<text:tab/>{symbol}</text:p>'
        return odd, even
    short = " ".join(lines)
    odd = (f'<text:p text:style-name="HeaderRight">{short}</text:p>' if short else "") + \
        f'<text:p text:style-name="HeaderRight">{symbol}</text:p>'
    even = f'<text:p text:style-name="HeaderLeft">{symbol}</text:p>' + \
        (f'<text:p text:style-name="HeaderLeft">{short}</text:p>' if short else "")
    return odd, even


def master_pages(head):
    job = escape(head["job"].split(" ")[0])
    page = '<text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count>'
    recycle = '<text:tab/>Please recycle' if head.get("recycle") == "yes" else ""
    odd_head, even_head = running_heads(head)
    return f"""
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
    <style:header>{odd_head}</style:header>
    <style:header-left>{even_head}</style:header-left>
    <style:footer><text:p text:style-name="FooterText">{job}<text:tab/>{page}</text:p></style:footer>
    <style:footer-left><text:p text:style-name="FooterText">{page}<text:tab/>{job}</text:p></style:footer-left>
  </style:master-page>
  <style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard">
    <style:footer>
      <text:p text:style-name="FooterText">{escape(head["job"])}{recycle}</text:p>
      <text:p text:style-name="Barcode">{escape(head["barcode"])}</text:p>
    </style:footer>
  </style:master-page>
</office:master-styles>"""


def document(head, body):
    parts = []
    p = parts.append
    p(f'<text:p text:style-name="FirstPara">United Nations<text:tab/>{escape(head["symbol"])}</text:p>')
    p(f'<text:p text:style-name="Masthead2">{escape(head["body"])}<text:tab/>'
      f'<text:span>Distr.: {escape(head.get("distribution", "General"))}</text:span></text:p>')
    p(f'<text:p text:style-name="Masthead3">{escape(head["date"])}</text:p>')
    first = True
    for key in ("session", "agenda", "agenda-title"):
        if key in head:
            p(f'<text:p text:style-name="{"SessionFirst" if first else "Standard"}">{escape(head[key])}</text:p>')
            first = False
    if first:
        p('<text:p text:style-name="SessionFirst"/>')
    prev = None
    tables = []
    rows = []
    for code, text in body + [("", "")]:
        if code in ("T", "r", "R", "C"):
            rows.append((code, text))
            prev = code
            continue
        if rows:
            tables.append(column_spec(rows) or len(cells(rows[0][1])))
            p(table(len(tables), rows))
            rows = []
        if not code:
            break
        if code == "P":
            p(picture_page(len(parts), text))
            prev = code
            continue
        style = {"=": "Centre", "!": "Flush", "t": "Title", "~": "Formula", "p": "Body", "n": "Body", "s": "Body",
                 "h": "Heading", "a": "AnnexLabel", "c": "Conclusion"}[code]
        if code == "h" and prev != "h":
            style = "HeadingFirst"
        if code == "c" and prev != "c":
            style = "ConclusionFirst"
        if code == "n" and head.get("numbers") == "tab" and " " in text:
            # The number apart from its text, at a tab stop, as the UN sets it.
            num, rest = text.split(" ", 1)
            p(f'<text:p text:style-name="{style}">{escape(num)}<text:tab/>{inline(rest)}</text:p>')
        else:
            p(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')
        prev = code
    return flat_document(styles(head, tables) + master_pages(head), "".join(parts), NS + EXTRA_NS)


# Test inputs that must not convert as they are: a PDF that needs a password
# to open, and one with only an owner (permissions) password, which opens.
ENCRYPTED = {
    "encrypted_user_password": '{"EncryptFile":{"type":"boolean","value":"true"},'
                               '"DocumentOpenPassword":{"type":"string","value":"secret"}}',
    "encrypted_owner_password": '{"RestrictPermissions":{"type":"boolean","value":"true"},'
                                '"PermissionPassword":{"type":"string","value":"secret"},'
                                '"Printing":{"type":"long","value":"0"}}',
}


def encrypted_pdfs(soffice, tmp):
    out_dir = os.path.join(ROOT, "tests", "data")
    os.makedirs(out_dir, exist_ok=True)
    head, body = parse(os.path.join(SRC, "sc_resolution.txt"))
    for stem, options in ENCRYPTED.items():
        fodt = os.path.join(tmp, stem + ".fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(document(head, body))
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf:writer_pdf_Export:" + options, "--outdir", tmp, fodt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, stem + ".pdf"), os.path.join(out_dir, stem + ".pdf"))
        print(os.path.relpath(os.path.join(out_dir, stem + ".pdf"), ROOT))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    ap.add_argument("names", nargs="*", help="stems of the sources to build (default: all, and the encrypted PDFs)")
    args = ap.parse_args()
    sources = sorted(f for f in os.listdir(SRC) if f.endswith(".txt") and (not args.names or f[:-4] in args.names))
    missing = set(args.names) - {f[:-4] for f in sources}
    if missing:
        sys.exit("no source for " + ", ".join(sorted(missing)))
    with tempfile.TemporaryDirectory() as tmp:
        for name in sources:
            stem = name[:-4]
            head, body = parse(os.path.join(SRC, name))
            fodt = os.path.join(tmp, stem + ".fodt")
            with open(fodt, "w", encoding="utf-8") as f:
                f.write(document(head, body))
            # A private profile: no user settings leak into the layout.
            subprocess.run([args.soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, fodt],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.makedirs(OUT, exist_ok=True)
            shutil.copyfile(os.path.join(tmp, stem + ".pdf"), os.path.join(OUT, stem + ".pdf"))
            print(os.path.relpath(os.path.join(OUT, stem + ".pdf"), ROOT))
        if not args.names:
            encrypted_pdfs(args.soffice, tmp)


if __name__ == "__main__":
    sys.exit(main())
