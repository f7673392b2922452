#!/usr/bin/env python3
"""Lays out compilation pages of resolutions, at test time: several short
resolutions printed one after another on a page set in two columns, as the
Official Records volumes and yearbooks print them, with their notes at the
foot of the page, under a rule, in smaller type. The texts are this
script's own (invented); the tests (tests/test_compilation_notes.cpp) scan
the PDFs with build/akn-make-scan and check that every note lands in the
resolution whose text holds its mark.

For each VARIANT it writes, into --out (never into the repository):

  VARIANT.fodt           the flat ODF text document
  VARIANT.pdf            LibreOffice's (headless) print of it
  VARIANT.expected.txt   one line per note, in the order of their marks:
                         "RESOLUTION<TAB>TEXT" (the resolution, by its
                         number, whose text holds the note's mark)

Variants: en-2 and ru-2 (two resolutions on one page), en-3 and ru-3
(three), ru-3spaced (ru-3 with each mark set off by a thin space, as older
volumes set them: OCR reads a raised figure and the comma after it as a
word of their own, "3,"), en-2pages (three resolutions over two pages, the second
resolution running on from page
1 to page 2 with a mark on each page: its second note is printed at the
foot of page 2, under the third resolution's column). Note marks are LibreOffice's raised
small figures; in Russian the mark stands before the full stop or comma,
as the Russian volumes print it ("Наций³.").

Usage: scripts/make-compilation-fixtures.py --out DIR [--soffice PATH] [VARIANT...]
Exit status 0 when every output is in place; 2 when soffice is missing.
"""
import argparse
import os
import shutil
import sys
import tempfile
from xml.sax.saxutils import escape

from odf_fixture import flat_document, print_pdfs


# A resolution: number, title, formula, paragraphs (lead in italics, the
# rest, and the note text after the paragraph when it carries one), and
# the adoption's meeting and date. "{n}" in a paragraph is where its mark
# is printed.
EN = [
    ("2801 (XXX)", "Admission of Freedonia to membership in the United Nations", "The General Assembly,", [
        ("Having received", " the recommendation of the Security Council of 12 August 1975 that Freedonia should be admitted to membership in the United Nations{n},",
         "Official Records of the General Assembly, Thirtieth Session, Annexes, agenda item 21, document A/10190."),
        ("Having considered", " the application for membership of Freedonia{n},",
         "A/10188. For the printed text of this document, see Official Records of the Security Council, Thirtieth Year, Supplement for July, August and September 1975, document S/11790."),
        ("Decides", " to admit Freedonia to membership in the United Nations.", None),
    ], "2345th plenary meeting", "16 September 1975"),
    ("2802 (XXX)", "Report of the International Agency for Water Resources", "The General Assembly,", [
        ("Having received", " the report of the International Agency for Water Resources to the General Assembly for the year 1974-1975{n},",
         "International Agency for Water Resources, Annual Report, 1 July 1974 - 30 June 1975 (Geneva, July 1975), transmitted by a note of the Secretary-General (A/10210)."),
        ("Takes note", " of the report of the Agency and of the progress made in its programme of work.", None),
    ], "2351st plenary meeting", "22 September 1975"),
    ("2803 (XXX)", "Cooperation between the United Nations and the Regional Commission", "The General Assembly,", [
        ("Recalling", " its resolution 2650 (XXV) of 30 November 1970 on cooperation with regional organizations{n},",
         "Official Records of the General Assembly, Twenty-fifth Session, Supplement No. 28 (A/8028), p. 61."),
        ("Requests", " the Secretary-General to report to it at its thirty-first session on the cooperation between the two organizations.", None),
    ], "2360th plenary meeting", "1 October 1975"),
]

RU = [
    ("2801 (XXX)", "Прием Фридонии в члены Организации Объединенных Наций", "Генеральная Ассамблея,", [
        ("получив", " рекомендацию Совета Безопасности от 12 августа 1975 года о приеме Фридонии в члены Организации Объединенных Наций{n}.",
         "Официальные отчеты Генеральной Ассамблеи, тридцатая сессия, Приложения, пункт 21 повестки дня, документ A/10190."),
        ("рассмотрев", " заявление Фридонии о приеме в члены Организации{n},",
         "A/10188. Текст этого документа в печатном виде см. в Официальных отчетах Совета Безопасности, тридцатый год, Дополнение за июль, август и сентябрь 1975 года, документ S/11790."),
        ("постановляет", " принять Фридонию в члены Организации Объединенных Наций.", None),
    ], "2345-е пленарное заседание", "16 сентября 1975 года"),
    ("2802 (XXX)", "Доклад Международного агентства по водным ресурсам", "Генеральная Ассамблея,", [
        ("получив", " доклад Международного агентства по водным ресурсам Генеральной Ассамблее за 1974/75 год{n},",
         "Международное агентство по водным ресурсам, Годовой доклад, 1 июля 1974 года - 30 июня 1975 года (Женева, июль 1975 года). Направлен членам Генеральной Ассамблеи запиской Генерального секретаря (A/10210)."),
        ("принимает к сведению", " доклад Агентства и успехи, достигнутые в осуществлении его программы работы.", None),
    ], "2351-е пленарное заседание", "22 сентября 1975 года"),
    ("2803 (XXX)", "Сотрудничество между Организацией Объединенных Наций и Региональной комиссией", "Генеральная Ассамблея,", [
        ("ссылаясь", " на свою резолюцию 2650 (XXV) от 30 ноября 1970 года о сотрудничестве с региональными организациями{n}.",
         "Официальные отчеты Генеральной Ассамблеи, двадцать пятая сессия, Дополнение № 28 (A/8028), стр. 61."),
        ("просит", " Генерального секретаря представить ей на ее тридцать первой сессии доклад о сотрудничестве между двумя организациями.", None),
    ], "2360-е пленарное заседание", "1 октября 1975 года"),
]

# Filler paragraphs that make a resolution run on over a page break (the
# two-page variant): long operative paragraphs, without notes.
EN_LONG = ("Invites", " all Member States, the specialized agencies and the other organizations of the United Nations system "
           "to continue to cooperate with the Agency in the fulfilment of its objectives, to share with it the "
           "information at their disposal on the management of shared water resources, and to take into account its "
           "findings in the planning and execution of their own programmes of work in this field.", None)
EN_LONG_NOTED = ("Welcomes", " the cooperation of the Agency with the regional commissions in the assessment of the water "
                 "resources of the developing countries and in the training of their specialists{n},",
                 "See Official Records of the Economic and Social Council, Fifty-ninth Session, Supplement No. 4 (E/5650).")

STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="{lang}" fo:country="{country}" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:text-indent="0.5cm" fo:text-align="justify" fo:margin-bottom="0.15cm"/>
  </style:style>
  <style:style style:name="Formula" style:family="paragraph" style:parent-style-name="Body">
    <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Meeting" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end" fo:margin-top="0.1cm"/>
    <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph">
    <style:paragraph-properties fo:text-align="justify" fo:margin-left="0.3cm" fo:text-indent="-0.3cm"/>
    <style:text-properties fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="Lead" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" {start}text:footnotes-position="page" text:start-numbering-at="{restart}" text:default-style-name="Footnote"/>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="{height}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm"
      fo:margin-left="2cm" fo:margin-right="2cm">
      <style:footnote-sep style:width="0.02cm" style:rel-width="20%" style:color="#000000" style:line-style="solid"
        style:adjustment="left" style:distance-before-sep="0.2cm" style:distance-after-sep="0.15cm"/>
    </style:page-layout-properties>
  </style:page-layout>
  <style:style style:name="Cols" style:family="section">
    <style:section-properties text:dont-balance-text-columns="{unbalanced}"><style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties>
  </style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
"""


def variant(name):
    """(resolutions, language, page height, numbering restart, long run-on,
    columns filled one after the other rather than balanced)."""
    lang, _, kind = name.partition("-")
    texts = EN if lang == "en" else RU
    if kind == "2":
        # English balanced (the second resolution opens the right column),
        # Russian filled (it starts under the first and runs on into it).
        return texts[:2], lang, "16cm", "document", False, lang == "ru"
    if kind in ("3", "3spaced"):
        return texts[:3], lang, "24cm", "document", False, False
    if kind == "2pages":
        return texts[:3], lang, "15cm", "document", True, True
    raise SystemExit(f"make-compilation-fixtures: unknown variant {name}")


def document(name):
    resolutions, lang, height, restart, long_, unbalanced = variant(name)
    parts, notes = [], []
    for number, title, formula, paragraphs, meeting, date in resolutions:
        parts.append(f'<text:p text:style-name="Title">{escape(number)}. {escape(title)}</text:p>')
        parts.append(f'<text:p text:style-name="Formula">{escape(formula)}</text:p>')
        body = list(paragraphs)
        if long_ and number.startswith("2802"):
            body[1:1] = [EN_LONG, EN_LONG, EN_LONG_NOTED]
        for lead, rest, note in body:
            text = escape(rest)
            if note:
                # Older volumes set the mark off by a thin space.
                spaced = "\u2009" if name.endswith("spaced") else ""
                citation = spaced + '<text:note text:note-class="footnote"><text:note-citation>0</text:note-citation>' \
                           f'<text:note-body><text:p text:style-name="Footnote">{escape(note)}</text:p></text:note-body></text:note>'
                text = text.replace("{n}", citation)
                notes.append((number, note))
            parts.append(f'<text:p text:style-name="Body"><text:span text:style-name="Lead">{escape(lead)}</text:span>{text}</text:p>')
        parts.append(f'<text:p text:style-name="Meeting">{escape(meeting)}<text:line-break/>{escape(date)}</text:p>')
    country = "US" if lang == "en" else "RU"
    body = '<text:section text:style-name="Cols" text:name="Columns">' + "\n".join(parts) + "</text:section>"
    xml = flat_document(STYLES.format(lang=lang, country=country, height=height, restart=restart, unbalanced="true" if unbalanced else "false",
                           start='text:start-value="0" ' if restart == "document" else ""), body)
    return xml, notes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--soffice", default=shutil.which("soffice") or "")
    ap.add_argument("variants", nargs="*", default=["en-2", "ru-2", "en-3", "ru-3", "ru-3spaced", "en-2pages"])
    args = ap.parse_args()
    if not args.soffice or not os.path.exists(args.soffice):
        print("make-compilation-fixtures: soffice (LibreOffice) is not installed", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    bases = []
    for name in args.variants:
        xml, notes = document(name)
        base = os.path.join(args.out, name)
        with open(base + ".fodt", "w", encoding="utf-8") as f:
            f.write(xml)
        with open(base + ".expected.txt", "w", encoding="utf-8") as f:
            for number, note in notes:
                f.write(f"{number}\t{note}\n")
        bases.append(base)
    with tempfile.TemporaryDirectory() as profile:
        print_pdfs(args.soffice, profile, args.out, [b + ".fodt" for b in bases], "make-compilation-fixtures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
