#!/usr/bin/env python3
"""Lays out the UN's own text of resolutions in the six official languages
as UN-looking PDFs of known text and structure, at test time.

The texts are the UN's Akoma Ntoso of the same resolution in English,
French, Spanish, Russian, Arabic and Chinese (../shared/unakn/languages:
LANG/STEM.LANG.akn.xml). They stay there: this script reads them and writes
into an output directory of the build tree or /tmp, never into the
repository. For each STEM and LANG it writes:

  STEM.LANG.fodt           the flat ODF text document (the layout below)
  STEM.LANG.pdf            LibreOffice's (headless) print of it
  STEM.LANG.expected.json  what a conversion must find: symbol, language
                           (BCP 47 and the ISO 639-2/T code AKN writes),
                           and the structure counts of the UN's AKN:
                           preambular and operative paragraphs, sub-points
                           (at any depth), notes, annexes
  STEM.LANG.known.txt      the true text of the body: the number and title,
                           the formula, every paragraph ("1. ...", "(a) ...")
                           and the conclusions, one paragraph a line, without
                           note references: what the clean text must say
  STEM.VARIANT.*           the same four files of a born-digital variant
                           of a language (VARIANTS: the Arabic version
                           numbered in either set of Arabic-Indic digits)
  STEM.LANG.scan.tif       with --make-scan: a scan of the PDF (300 dpi,
                           black and white, CCITT G4, skewed 0.4 degrees,
                           dust specks) made by build/akn-make-scan

The layout is the UN's: a page-1 masthead (the Organization and the symbol
on one line, the organ with "Distr." at 11 cm, the date below it, then the
session, the agenda item and its name), "Resolution adopted by ...", the
bold number and title, the formula, justified paragraphs with first-line
indents, operative paragraphs numbered "1." and sub-points "(a)" followed by
a tab, the lead words of preambular and operative paragraphs in the type
the UN's AKN marks (italic; bold italic in Arabic; bold in Chinese), real
footnotes under a rule in smaller type (numbered "(1)" and set flush right
in Arabic, as the UN sets them), running
heads on pages 2 and after (the symbol and the title, sides alternating),
footers with the job number and "2/7", right-to-left pages in Arabic. Type:
Liberation Serif (Latin, Cyrillic), Amiri (Arabic), Noto Serif CJK SC
(Chinese); Debian fonts-liberation, fonts-hosny-amiri, fonts-noto-cjk.

Reproducible: the same AKN gives the same .fodt byte for byte, and so the
same PDF text (the PDF's own creation date differs from run to run). An
output whose .fodt is unchanged is not printed again.

One output directory can serve several builds and concurrent runs (the
tests of the release and the sanitizer build share one per checkout: making
the fixtures is a minute of LibreOffice and scanning): a lock file in it
lets one run write at a time, and a stamp (.generator) holds the hash of
this script and of akn-make-scan's source; when it differs, every PDF and
scan is made again.

Usage: scripts/make-language-fixtures.py --out DIR [--languages DIR]
         [--stems A_RES_78_214,...] [--langs en,fr,...] [--soffice PATH]
         [--make-scan PATH/akn-make-scan] [--variants ar-indic,ar-eastern]
Exit status 0 when every output is in place; 2 when the source directory or
soffice is missing (a test skips then).
"""
import argparse
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

import odf_fixture
from odf_fixture import flat_document

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"

# BCP 47 -> ISO 639-2/T (as AKN IRIs write languages), the job number's
# letter, the fonts, the writing direction.
LANGUAGES = {
    "en": {"iso": "eng", "rtl": False},
    "fr": {"iso": "fra", "rtl": False},
    "es": {"iso": "spa", "rtl": False},
    "ru": {"iso": "rus", "rtl": False},
    "ar": {"iso": "ara", "rtl": True},
    "zh": {"iso": "zho", "rtl": False},
}
DEFAULT_STEMS = ["A_RES_78_214"]
# Versions of a language printed otherwise, born-digital only (no scan):
# the Arabic version with its paragraphs numbered in Arabic-Indic digits
# ("١ -", U+0660 to U+0669) or in the Eastern set ("۱ -", U+06F0 to U+06F9),
# as older Arabic documents and some producers number them. NAME: (the
# language whose text it is, the zero of the digit set).
VARIANTS = {
    "ar-indic": ("ar", "\u0660"),
    "ar-eastern": ("ar", "\u06F0"),
}
# LibreOffice keeps the left and right margins with the first-line indent as
# one property, and the top and bottom margins as another: a style that sets
# one of a pair sets the other to 0 unless it sets it too.



# ---------------------------------------------------------------------------
# Reading the UN's AKN: paragraphs as runs of (text, style) and notes.

class Run:
    """A piece of a paragraph: text in a style ("", "i", "b", "bi", "sup"),
    or a footnote (note is a list of Runs)."""

    def __init__(self, text="", style="", note=None):
        self.text, self.style, self.note = text, style, note


def span_style(element, inherited):
    cls = element.get("class", "")
    style = set(inherited)
    if "italic" in cls:
        style.add("i")
    if "bold" in cls:
        style.add("b")
    return style


def runs_of(element, inherited=frozenset()):
    """The runs of an element's mixed content, depth first."""
    out = []
    if element.text:
        out.append(Run(element.text, style_name(inherited)))
    for child in element:
        tag = child.tag.replace(AKN, "")
        if tag == "authorialNote":
            note = []
            for p in child.iter(AKN + "p"):
                note += runs_of(p)
            out.append(Run(note=note))
        elif tag == "sup":
            text = "".join(child.itertext())
            # Arabic prints a note's number in brackets: the AKN keeps them as
            # <sup>(</sup> and <sup>)</sup> around the note, which the layout's
            # own note numbering ("(1)") gives.
            if text.strip() not in ("(", ")"):
                out.append(Run(text, "sup"))
        elif tag == "eol":
            out.append(Run(" ", style_name(inherited)))
        elif tag == "span":
            out += runs_of(child, frozenset(span_style(child, inherited)))
        else:
            out += runs_of(child, inherited)
        if child.tail:
            out.append(Run(child.tail, style_name(inherited)))
    return out


def style_name(style):
    return "".join(s for s in ("b", "i") if s in style)


def clean_runs(runs):
    """Tabs and runs of white space as one space; leading and trailing
    white space of the paragraph dropped; a note's leading "()" (Arabic's
    placeholder for its number) dropped."""
    out = []
    for r in runs:
        if r.note is not None:
            out.append(Run(note=clean_runs(r.note)))
            continue
        text = re.sub(r"[\t\n\r ]+", " ", r.text)
        if text:
            out.append(Run(text, r.style))
    # trim the start
    while out and out[0].note is None and not out[0].text.strip():
        out.pop(0)
    if out and out[0].note is None:
        out[0] = Run(out[0].text.lstrip(), out[0].style)
        if out[0].text.startswith("()"):
            out[0] = Run(out[0].text[2:].lstrip(), out[0].style)
    while out and out[-1].note is None and not out[-1].text.strip():
        out.pop()
    if out and out[-1].note is None:
        out[-1] = Run(out[-1].text.rstrip(), out[-1].style)
    return out


def plain(runs):
    """The text of runs without notes, white space collapsed."""
    return re.sub(r"\s+", " ", "".join(r.text for r in runs if r.note is None)).strip()


def text_of(element):
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip() if element is not None else ""


def paragraph_runs(element):
    """The runs of an element's own paragraphs (its notes' paragraphs are
    inside them, as notes)."""
    runs = []
    for p in element.findall(AKN + "p"):
        if runs:
            runs.append(Run(" "))
        runs += runs_of(p)
    return clean_runs(runs)


def own_paragraphs(element):
    """The direct <p> of a content/intro/wrapUp, not those of notes."""
    runs = []
    for p in element.findall(AKN + "p"):
        if runs:
            runs.append(Run(" "))
        runs += runs_of(p)
    return clean_runs(runs)


def read_points(lst, depth=1):
    """A list's points as (depth, num, runs), its own sub-lists after them."""
    out = []
    for point in lst.findall(AKN + "point"):
        num = text_of(point.find(AKN + "num"))
        content = point.find(AKN + "content")
        inner = point.find(AKN + "list")
        if content is not None:
            out.append(("point", depth, num, own_paragraphs(content)))
        elif inner is not None:
            intro = inner.find(AKN + "intro")
            out.append(("point", depth, num, own_paragraphs(intro) if intro is not None else []))
            out += read_points(inner, depth + 1)
            wrap = inner.find(AKN + "wrapUp")
            if wrap is not None:
                out.append(("wrap", depth, "", own_paragraphs(wrap)))
    return out


def read_council_heading(cover, r):
    """A Security Council resolution has no preface: its cover page holds
    the number ("Resolution 2735 (2024)") and the adoption line as the UN
    prints it, with the meeting and the date it marks ("Adopted by the
    Security Council at its 9650th meeting, on 10 June 2024"; the date and
    the meeting's number are the AKN's own attributes)."""
    c = r["cover"]
    titles = {t.get("refersTo"): t for t in cover.iter(AKN + "docTitle")}
    number, adoption = titles.get("#resolutionNumber"), titles.get("#adoption")
    r["number"] = text_of(number)
    c["title"] = ""
    if adoption is None:
        return
    # The page prints a space before the date, which the English markup
    # leaves out ("on<docDate>"), and none before a comma, which the Arabic
    # markup puts there.
    parts = [adoption.text or ""]
    for child in adoption:
        if child.tag == AKN + "docDate":
            parts.append(" ")
        parts += ["".join(child.itertext()), child.tail or ""]
    line = re.sub(r"\s+", " ", "".join(parts)).strip()
    line = re.sub(r" ([,\u060C])", r"\1", line)
    date = adoption.find(f".//{AKN}docDate")
    meeting = next((i for i in adoption.iter(AKN + "inline") if i.get("name") == "adoptionMeeting"), None)
    r["adoption"] = {
        "line": line,
        "date": date.get("date") if date is not None else "",
        "meeting": re.sub(r"[^0-9]", "", meeting.get("title", "")) if meeting is not None else "",
    }


def read_resolution(path):
    root = ET.parse(path).getroot()
    doc = root[0]
    cover = doc.find(AKN + "coverPage")
    r = {"cover": {}, "preamble": [], "body": [], "conclusions": []}
    c = r["cover"]
    c["symbol"] = text_of(cover.find(f".//{AKN}docNumber"))
    authorities = cover.findall(f".//{AKN}docAuthority")
    c["publisher"] = text_of(authorities[0]) if authorities else ""
    c["organ"] = text_of(authorities[1]) if len(authorities) > 1 else ""
    c["distribution"] = text_of(cover.find(f".//{AKN}docStatus"))
    c["date"] = text_of(cover.find(f".//{AKN}docDate"))
    c["session"] = text_of(cover.find(f".//{AKN}session"))
    c["agenda"] = [text_of(i) for i in cover.iter(AKN + "inline") if i.get("name") in ("agenda item", "agenda item name")]
    c["title"] = text_of(cover.find(f".//{AKN}docTitle"))
    c["proponent"] = text_of(cover.find(f".//{AKN}docProponent"))
    job = root.find(f".//{AKN}docketNumber")
    c["job"] = text_of(job) if job is not None else ""
    preface = doc.find(AKN + "preface")
    r["number"] = text_of(preface.find(f".//{AKN}docNumber")) if preface is not None else ""
    r["title"] = text_of(preface.find(f".//{AKN}docTitle")) if preface is not None else ""
    r["adoption"] = None
    if preface is None:
        read_council_heading(cover, r)
    preamble = doc.find(AKN + "preamble")
    formula = preamble.find(AKN + "formula")
    r["formula"] = paragraph_runs(formula) if formula is not None else []
    for container in preamble.findall(AKN + "container"):
        r["preamble"].append(paragraph_runs(container))
    for para in doc.find(AKN + "mainBody").findall(AKN + "paragraph"):
        num = text_of(para.find(AKN + "num"))
        content = para.find(AKN + "content")
        lst = para.find(AKN + "list")
        if content is not None:
            r["body"].append(("operative", 0, num, own_paragraphs(content)))
        elif lst is not None:
            intro = lst.find(AKN + "intro")
            r["body"].append(("operative", 0, num, own_paragraphs(intro) if intro is not None else []))
            r["body"] += read_points(lst)
            wrap = lst.find(AKN + "wrapUp")
            if wrap is not None:
                r["body"].append(("wrap", 1, "", own_paragraphs(wrap)))
    conclusions = doc.find(AKN + "conclusions")
    if conclusions is not None:
        location = conclusions.find(f".//{AKN}location")
        date = conclusions.find(f".//{AKN}docDate")
        r["conclusions"] = [t for t in (text_of(location), text_of(date)) if t]
    notes = root.findall(f".//{AKN}authorialNote")
    r["counts"] = {
        "preamble": len(r["preamble"]),
        "operative": sum(1 for b in r["body"] if b[0] == "operative"),
        "points": sum(1 for b in r["body"] if b[0] == "point"),
        "notes": len(notes),
        "annexes": len(doc.findall(f".//{AKN}attachment")) + len(doc.findall(f".//{AKN}annex")),
    }
    return r


# ---------------------------------------------------------------------------
# The flat ODF document.

def fonts(lang):
    latin, asian, complex_ = "Liberation Serif", "Noto Serif CJK SC", "Amiri"
    return latin, asian, complex_


def styles(lang):
    rtl = LANGUAGES[lang]["rtl"]
    mode = ' style:writing-mode="rl-tb"' if rtl else ' style:writing-mode="lr-tb"'
    latin, asian, complex_ = fonts(lang)
    # The language of the text for each script class, so that LibreOffice
    # shapes and breaks it as that language does.
    western = {"en": ("en", "US"), "fr": ("fr", "FR"), "es": ("es", "ES"), "ru": ("ru", "RU")}.get(lang, ("en", "US"))
    size_body = "11pt" if lang == "zh" else "10pt"
    line = "15pt" if lang in ("zh", "ar") else "12pt"
    note_format = ' style:num-prefix="(" style:num-suffix=")"' if rtl else ""
    # The UN sets Arabic notes right to left and flush right, under a
    # separator drawn at the right end of the text ("start" is read as
    # left by LibreOffice whatever the writing mode).
    note_align = "end" if rtl else "start"
    return f"""
<office:font-face-decls>
  <style:font-face style:name="{latin}" svg:font-family="'{latin}'" style:font-family-generic="roman"/>
  <style:font-face style:name="{asian}" svg:font-family="'{asian}'" style:font-family-generic="roman"/>
  <style:font-face style:name="{complex_}" svg:font-family="'{complex_}'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties{mode}/>
    <style:text-properties style:font-name="{latin}" style:font-name-asian="{asian}" style:font-name-complex="{complex_}"
      fo:font-size="{size_body}" style:font-size-asian="{size_body}" style:font-size-complex="12pt"
      fo:language="{western[0]}" fo:country="{western[1]}" style:language-asian="zh" style:country-asian="CN"
      style:language-complex="ar" style:country-complex="EG" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:margin-right="2.2cm" fo:text-indent="0.8cm" fo:text-align="justify" fo:line-height="{line}" fo:margin-bottom="0.2cm">
      <style:tab-stops><style:tab-stop style:position="1.6cm"/><style:tab-stop style:position="2.6cm"/></style:tab-stops>
    </style:paragraph-properties>
  </style:style>
  <style:style style:name="Point" style:family="paragraph" style:parent-style-name="Body">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:margin-right="2.2cm" fo:text-indent="1.6cm">
      <style:tab-stops><style:tab-stop style:position="2.6cm"/></style:tab-stops>
    </style:paragraph-properties>
  </style:style>
  <style:style style:name="Formula" style:family="paragraph" style:parent-style-name="Body">
    <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="0cm" fo:margin-right="2.2cm" fo:text-align="start" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm">
      <style:tab-stops><style:tab-stop style:position="2.2cm"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-size-asian="13pt" style:font-weight-asian="bold" style:font-size-complex="14pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Adopted" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:margin-top="0.6cm" fo:text-align="start"/>
    <style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-size-asian="13pt" style:font-weight-asian="bold" style:font-size-complex="14pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Proponent" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:text-align="start" fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="CouncilAdopted" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:text-align="start" fo:margin-top="0.2cm" fo:margin-bottom="0.6cm"/>
  </style:style>
  <style:style style:name="Conclusion" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end" fo:margin-right="2.2cm"/>
  </style:style>
  <style:style style:name="ConclusionFirst" style:family="paragraph" style:parent-style-name="Conclusion">
    <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Masthead1" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-size-asian="14pt" style:font-weight-asian="bold" style:font-size-complex="16pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Masthead2" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="11cm"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold" style:font-size-complex="18pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="Masthead3" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="{'0cm' if rtl else '11cm'}" fo:margin-right="0cm" style:writing-mode="lr-tb"/>
  </style:style>
  <style:style style:name="Session" style:family="paragraph">
    <style:paragraph-properties fo:margin-right="8cm"/>
  </style:style>
  <style:style style:name="SessionFirst" style:family="paragraph" style:parent-style-name="Session">
    <style:paragraph-properties fo:margin-top="1.5cm" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph">
    <style:paragraph-properties fo:margin-left="2.2cm" fo:margin-right="2.2cm" fo:text-indent="-0.5cm" fo:text-align="{note_align}"{mode}/>
    <style:text-properties fo:font-size="8.5pt" style:font-size-asian="9pt" style:font-size-complex="10pt"/>
  </style:style>
  <style:style style:name="HeaderText" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" style:font-size-asian="9pt" style:font-weight-asian="bold" style:font-size-complex="10pt" style:font-weight-complex="bold"/>
  </style:style>
  <style:style style:name="FooterText" style:family="paragraph">
    <style:paragraph-properties>
      <style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right"/></style:tab-stops>
    </style:paragraph-properties>
    <style:text-properties fo:font-size="8pt" style:font-size-asian="8pt" style:font-size-complex="9pt"/>
  </style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1"{note_format} text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.3cm"{mode}>
      <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.2cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="{'right' if rtl else 'left'}" style:rel-width="25%" style:color="#000000"/>
    </style:page-layout-properties>
    <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="FirstPara" style:family="paragraph" style:parent-style-name="Masthead1" style:master-page-name="First"/>
  <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
  <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="Tbi" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
  <style:style style:name="Tsup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
</office:automatic-styles>
"""


def odf_runs(runs):
    out = []
    for r in runs:
        if r.note is not None:
            out.append('<text:note text:note-class="footnote"><text:note-body><text:p text:style-name="Footnote">'
                       + odf_runs(r.note) + "</text:p></text:note-body></text:note>")
        elif r.style:
            out.append(f'<text:span text:style-name="T{r.style}">{escape(r.text)}</text:span>')
        else:
            out.append(escape(r.text))
    return "".join(out)


def master_pages(r):
    c = r["cover"]
    symbol = escape(c["symbol"])
    job = escape(c["job"].split(" ")[0])
    title = escape(r["title"])
    page = '<text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count>'
    # Running heads as the UN prints them: the title, and the symbol on the
    # outer side of the page.
    odd = f'<text:p text:style-name="HeaderText">{title}<text:tab/>{symbol}</text:p>'
    even = f'<text:p text:style-name="HeaderText">{symbol}<text:tab/>{title}</text:p>'
    return f"""
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
    <style:header>{odd}</style:header>
    <style:header-left>{even}</style:header-left>
    <style:footer><text:p text:style-name="FooterText">{job}<text:tab/>{page}</text:p></style:footer>
    <style:footer-left><text:p text:style-name="FooterText">{page}<text:tab/>{job}</text:p></style:footer-left>
  </style:master-page>
  <style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard">
    <style:footer><text:p text:style-name="FooterText">{escape(c["job"])}</text:p></style:footer>
  </style:master-page>
</office:master-styles>"""


def document(r, lang):
    c = r["cover"]
    parts = []
    p = parts.append
    p(f'<text:p text:style-name="FirstPara">{escape(c["publisher"])}<text:tab/>{escape(c["symbol"])}</text:p>')
    p(f'<text:p text:style-name="Masthead2">{escape(c["organ"])}<text:tab/>'
      f'<text:span>{escape(c["distribution"])}</text:span></text:p>')
    p(f'<text:p text:style-name="Masthead3">{escape(c["date"])}</text:p>')
    p(f'<text:p text:style-name="SessionFirst">{escape(c["session"])}</text:p>')
    for line in c["agenda"]:
        p(f'<text:p text:style-name="Session">{escape(line)}</text:p>')
    if r.get("adoption"):
        # The Security Council's heading: the number in bold, the adoption
        # line under it in roman type.
        p(f'<text:p text:style-name="Title">{escape(r["number"])}</text:p>')
        p(f'<text:p text:style-name="CouncilAdopted">{escape(r["adoption"]["line"])}</text:p>')
    else:
        p(f'<text:p text:style-name="Adopted">{escape(c["title"])}</text:p>')
        p(f'<text:p text:style-name="Proponent">{escape(c["proponent"])}</text:p>')
        p(f'<text:p text:style-name="Title">{escape(r["number"])}<text:tab/>{escape(r["title"])}</text:p>')
    p(f'<text:p text:style-name="Formula">{odf_runs(r["formula"])}</text:p>')
    for runs in r["preamble"]:
        p(f'<text:p text:style-name="Body">{odf_runs(runs)}</text:p>')
    for kind, depth, num, runs in r["body"]:
        style = "Body" if kind == "operative" else "Point"
        lead = f"{escape(num)}<text:tab/>" if num else ""
        p(f'<text:p text:style-name="{style}">{lead}{odf_runs(runs)}</text:p>')
    for k, line in enumerate(r["conclusions"]):
        p(f'<text:p text:style-name="{"ConclusionFirst" if k == 0 else "Conclusion"}">{escape(line)}</text:p>')
    return flat_document(styles(lang) + master_pages(r), "\n".join(parts))


def known_text(r):
    """The true body, one paragraph a line."""
    lines = [f'{r["number"]} {r["title"]}'.strip()]
    if r.get("adoption"):
        lines.append(r["adoption"]["line"])
    lines.append(plain(r["formula"]))
    lines += [plain(runs) for runs in r["preamble"]]
    for kind, depth, num, runs in r["body"]:
        lines.append(f"{num} {plain(runs)}".strip())
    lines += r["conclusions"]
    return "\n".join(l for l in lines if l) + "\n"


def expected(r, lang):
    out = {
        "symbol": r["cover"]["symbol"],
        "language": lang,
        "akn_language": LANGUAGES[lang]["iso"],
        "counts": r["counts"],
    }
    if r.get("adoption"):
        out["adoption"] = r["adoption"]  # the line, its date (ISO) and meeting number
    return out


# ---------------------------------------------------------------------------

def write_if_changed(path, content):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == content:
                return False
    except OSError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)
    return True


def with_digits(text, zero):
    """`text` with its Western digits in the digit set whose zero is `zero`."""
    return "".join(chr(ord(zero) + ord(ch) - ord("0")) if "0" <= ch <= "9" else ch for ch in text)


def number_in_digits(r, zero):
    """The operative paragraphs of `r` numbered in another digit set ("1 -"
    becomes "١ -"); the rest of the text as the UN prints it."""
    r["body"] = [(kind, depth, with_digits(num, zero) if kind == "operative" else num, runs)
                 for kind, depth, num, runs in r["body"]]


def write_sources(args, stem, name):
    """Writes the .fodt, .known.txt and .expected.json of one language
    version (or variant); returns its base path and whether its PDF must be
    printed."""
    lang, zero = VARIANTS.get(name, (name, None))
    source = os.path.join(args.languages, lang, f"{stem}.{lang}.akn.xml")
    r = read_resolution(source)
    if zero:
        number_in_digits(r, zero)
    base = os.path.join(args.out, f"{stem}.{name}")
    changed = write_if_changed(base + ".fodt", document(r, lang))
    write_if_changed(base + ".known.txt", known_text(r))
    write_if_changed(base + ".expected.json", json.dumps(expected(r, lang), ensure_ascii=False, indent=1) + "\n")
    return base, changed or not os.path.exists(base + ".pdf")


def print_pdfs(args, bases, profile):
    """One LibreOffice for all the documents: starting it is most of the time."""
    odf_fixture.print_pdfs(args.soffice, profile, args.out, [b + ".fodt" for b in bases], "make-language-fixtures")


def make_scan(args, base):
    # A clean office scan: 300 dpi, black and white, G4, slightly skewed.
    subprocess.run([args.make_scan, "--dpi", "300", "--skew", "0.4", "--specks", "100", "--binary",
                    "--seed", "20", base + ".pdf", base + ".scan.tif"], check=True, stdout=subprocess.DEVNULL)


def generator_key():
    """The hash of what makes the outputs: this script, the ODF frame it
    shares (odf_fixture.py) and akn-make-scan's source (tools/make_scan.cpp
    and the header it includes)."""
    h = hashlib.sha256()
    for path in (os.path.abspath(__file__), odf_fixture.__file__, os.path.join(ROOT, "tools", "make_scan.cpp"),
                 os.path.join(ROOT, "ingest", "leptonica_ptr.hpp")):
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def forget_stale_outputs(out):
    """Removes every PDF and scan made by another version of the generator
    (its stamp differs); returns the new stamp's path and content."""
    stamp, key = os.path.join(out, ".generator"), generator_key()
    try:
        with open(stamp, encoding="utf-8") as f:
            if f.read() == key:
                return stamp, key
    except OSError:
        pass
    for name in os.listdir(out):
        if name.endswith((".pdf", ".scan.tif")):
            os.remove(os.path.join(out, name))
    return stamp, key


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--languages", default=os.path.join(os.path.dirname(ROOT), "shared", "unakn", "languages"))
    ap.add_argument("--stems", default=",".join(DEFAULT_STEMS))
    ap.add_argument("--langs", default=",".join(LANGUAGES))
    ap.add_argument("--soffice", default=shutil.which("soffice") or "")
    ap.add_argument("--make-scan", default="", help="build/akn-make-scan: also make STEM.LANG.scan.tif")
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help="born-digital variants of the languages in --langs (empty: none)")
    args = ap.parse_args()
    if not os.path.isdir(args.languages):
        print(f"make-language-fixtures: no source texts at {args.languages}", file=sys.stderr)
        return 2
    if not args.soffice or not os.path.exists(args.soffice):
        print("make-language-fixtures: soffice (LibreOffice) is not installed", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        return make_all(args)


def make_all(args):
    stamp, key = forget_stale_outputs(args.out)
    versions, variants, to_print = [], [], []
    for stem in args.stems.split(","):
        for lang in args.langs.split(","):
            if lang not in LANGUAGES:
                sys.exit(f"make-language-fixtures: unknown language {lang}")
            base, stale = write_sources(args, stem, lang)
            versions.append(base)
            if stale:
                to_print.append(base)
        for name in filter(None, args.variants.split(",")):
            if name not in VARIANTS:
                sys.exit(f"make-language-fixtures: unknown variant {name}")
            if VARIANTS[name][0] in args.langs.split(","):
                base, stale = write_sources(args, stem, name)
                variants.append(base)
                if stale:
                    to_print.append(base)
    with tempfile.TemporaryDirectory() as profile:
        print_pdfs(args, to_print, profile)
    for base in versions:
        if args.make_scan and (base in to_print or not os.path.exists(base + ".scan.tif")):
            make_scan(args, base)
        print(base)
    for base in variants:
        print(base)
    with open(stamp, "w", encoding="utf-8") as f:
        f.write(key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
