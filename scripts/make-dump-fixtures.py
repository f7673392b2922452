#!/usr/bin/env python3
"""Text dumps of UN resolutions for tests/test_dump_notes.cpp, written at
test time (the UN's texts stay in ../shared; nothing of them is committed).

Two producers are used: pdftotext (poppler 22+) on the unakn PDFs, plain and
-layout, and fold -s at 65 and 80 columns of the plain dump; and a writer of
the UN's own AKN (../shared/unakn/languages) that prints the text as an ODS
export or a hard-wrapped dump prints it: the paragraphs, each note's number
glued to its reference, then the notes under a heading ("Notes") or after a
separator, each opening with its number or mark.
Usage: python3 scripts/make-dump-fixtures.py SHARED_DIR OUT_DIR
"""
import re
import subprocess
import sys
import textwrap
from pathlib import Path

if len(sys.argv) != 3:
    sys.exit("usage: make-dump-fixtures.py SHARED_DIR OUT_DIR")
shared = Path(sys.argv[1])
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)


def pdftotext(pdf, layout):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def fold(text, width):
    return subprocess.run(["fold", "-s", "-w", str(width)], input=text, check=True,
                          capture_output=True, text=True).stdout


def plain(xml):
    xml = re.sub(r"<[^>]+>", "", xml)
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        xml = xml.replace(a, b)
    return " ".join(xml.split())


def akn_blocks(path, mark_style):
    """The heading lines, the paragraphs with their note references and the notes."""
    s = Path(path).read_text(encoding="utf-8")
    notes = []

    def note(m):
        marker = m.group(1)
        notes.append((marker, plain(m.group(2))))
        return "\x00" + marker + "\x01"

    s = re.sub(r'<authorialNote marker="([^"]+)"[^>]*>(.*?)</authorialNote>', note, s, flags=re.S)
    numbers = [plain(x) for x in re.findall(r"<docNumber[^>]*>(.*?)</docNumber>", s, re.S)]
    title = list(re.finditer(r"<docTitle[^>]*>(.*?)</docTitle>", s, re.S))[-1]
    symbol = [n for n in numbers if "/RES/" in n]
    number = [n for n in numbers if "/RES/" not in n]
    blocks = symbol[:1] + [" ".join(number[:1] + [plain(title.group(1))])]
    body = s[s.find("<preamble"):s.find("</mainBody>")]
    for m in re.finditer(r"<(num)>(.*?)</num>|<p(?: [^>]*)?>(.*?)</p>", body, re.S):
        if m.group(1):
            blocks.append(("NUM", plain(m.group(2))))
        else:
            blocks.append(plain(m.group(3)))
    merged = []
    for b in blocks:
        if merged and isinstance(merged[-1], tuple):
            merged[-1] = merged[-1][1] + " " + b
        else:
            merged.append(b)
    conclusions = s[s.find("</mainBody>"):]
    merged += [plain(x) for x in re.findall(r"<p(?: [^>]*)?>(.*?)</p>", conclusions, re.S)][:2]

    def refs(t):
        return re.sub("\x00([^\x01]+)\x01", lambda m: mark_style(m.group(1)), t)

    return [refs(b) for b in merged if b], notes


def wrap(text, width):
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) if width else text


def notes_at_end(path, width, heading, number, glued):
    blocks, notes = akn_blocks(path, (lambda m: m) if glued else (lambda m: " " + m))
    lines = [wrap(b, width) + "\n" for b in blocks]
    lines.append(heading + "\n" if heading else "__________________\n")
    lines += [wrap(number(m) + " " + t, width) for m, t in notes]
    return "\n".join(lines) + "\n"


def main():
    pdfs = shared / "unakn" / "pdf"
    for name in ("A_RES_80_33", "A_RES_80_7"):
        text = pdftotext(pdfs / (name + ".pdf"), False)
        (out / (name + "-pdftotext.txt")).write_text(text, encoding="utf-8")
        (out / (name + "-layout.txt")).write_text(pdftotext(pdfs / (name + ".pdf"), True), encoding="utf-8")
        for width in (65, 80):
            (out / ("%s-fold%d.txt" % (name, width))).write_text(fold(text, width), encoding="utf-8")
    # Plain pdftotext of resolutions whose pages with notes print "N/M"
    # under the separator, over the notes' text (A/RES/78/101: 4 pages,
    # A/RES/78/153: 13 pages).
    for name in ("A_RES_78_101", "A_RES_78_153"):
        (out / (name + "-pdftotext.txt")).write_text(pdftotext(pdfs / (name + ".pdf"), False), encoding="utf-8")
    # Plain pdftotext, and that folded at 65 and 80 columns, of resolutions
    # whose notes' numbers stand apart from their texts: after them
    # (A/RES/79/249, 8 pages: "2" "A/79/69." "1"; "3" over the job number
    # over its text), all before them (A/RES/78/101, 4 pages: "2" "3" "2/4"
    # "Resolution 1514 (XV)."), and a 2-page one (A/RES/78/13).
    for name in ("A_RES_79_249", "A_RES_78_101", "A_RES_78_13"):
        text = pdftotext(pdfs / (name + ".pdf"), False)
        (out / (name + "-plain.txt")).write_text(text, encoding="utf-8")
        for width in (65, 80):
            (out / ("%s-plain-fold%d.txt" % (name, width))).write_text(fold(text, width), encoding="utf-8")
    # Plain pdftotext of resolutions printing one note's text alike at the
    # foot of several pages (A/RES/78/152, 17 pages: "Adopted under the
    # UNFCCC ..." as notes 10, 12, 13, 25 and 26; A/RES/78/229, 18 pages).
    for name in ("A_RES_78_152", "A_RES_78_229"):
        (out / (name + "-plain.txt")).write_text(pdftotext(pdfs / (name + ".pdf"), False), encoding="utf-8")
    # Plain and -layout pdftotext of A/RES/79/227 (41 notes): note 32's text
    # is "Ibid.", short as a paragraph's label ("1.", "(a)").
    text = pdftotext(pdfs / "A_RES_79_227.pdf", False)
    (out / "A_RES_79_227-plain.txt").write_text(text, encoding="utf-8")
    (out / "A_RES_79_227-layout.txt").write_text(pdftotext(pdfs / "A_RES_79_227.pdf", True), encoding="utf-8")
    # Plain pdftotext of A/RES/79/245 folded at 65 columns (22 notes on
    # pages 1 and 2): with its notes taken out, the rest reads as text
    # hard-wrapped at 63 characters.
    (out / "A_RES_79_245-plain-fold65.txt").write_text(
        fold(pdftotext(pdfs / "A_RES_79_245.pdf", False), 65), encoding="utf-8")
    # pdftotext -layout of A/RES/79/145 (50 notes): three references in a
    # row are set apart with no punctuation before them (notes 16-18).
    (out / "A_RES_79_145-layout.txt").write_text(pdftotext(pdfs / "A_RES_79_145.pdf", True), encoding="utf-8")
    langs = shared / "unakn" / "languages"
    # French A/RES/78/214 wrapped at 72 under "Notes": notes whose reference
    # breaks after "chap." ("chap." over "III, sect. A.").
    akn = langs / "fr" / "A_RES_78_214.fr.akn.xml"
    (out / "A_RES_78_214-notes72.fr.txt").write_text(notes_at_end(akn, 72, "Notes", str, True), encoding="utf-8")
    en = shared / "unakn" / "akn" / "A_RES_80_33.akn.xml"
    (out / "A_RES_80_33-notes80.txt").write_text(notes_at_end(en, 80, "Notes", str, True), encoding="utf-8")
    (out / "A_RES_80_33-notes65.txt").write_text(notes_at_end(en, 65, None, str, False), encoding="utf-8")
    for lang, heading in (("fr", "Notes"), ("es", "Notas")):
        akn = langs / lang / ("A_RES_80_7.%s.akn.xml" % lang)
        (out / ("A_RES_80_7-notes80.%s.txt" % lang)).write_text(notes_at_end(akn, 80, heading, str, True), encoding="utf-8")
        akn = langs / lang / ("A_RES_79_100.%s.akn.xml" % lang)
        (out / ("A_RES_79_100-notes65.%s.txt" % lang)).write_text(notes_at_end(akn, 65, None, str, True), encoding="utf-8")


main()
