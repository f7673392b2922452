#!/usr/bin/env python3
"""Lays out Chinese resolutions of our own text that cite many dated
resolutions, each citation followed by a raised note mark, as UN-looking
PDFs and scans, at test time.

A Chinese resolution cites earlier resolutions by date and symbol
("2011年3月24日第16/18号"): lines made mostly of figures with a few Han
characters between them, and a raised note mark after a citation, after
the enumeration comma ("号、¹ 2012年") or before the text goes on ("号¹ 和").
Read with the English model beside the Chinese one, such a line can come
out as Latin ("6 A 22 A 43/34 5. °"), its marks lost. The documents here
vary what the six-language fixture prints once: the dates and marks fall
on other lines, on one page or two, the mark after "号", after "、" and
after "，".

The layout is scripts/make-language-fixtures.py's (imported: the same
masthead, type, notes and running heads); the text is generated here. For
each NAME it writes into --out:

  NAME.zh.fodt, NAME.zh.pdf, NAME.zh.scan.tif (with --make-scan)
  NAME.zh.known.txt        the true body, one paragraph a line
  NAME.zh.expected.json    symbol, language, counts
  NAME.zh.citations.json   per note number, the symbol of the resolution
                           cited just before its mark ("43/34")

Documents (NAME): ZH_CITE_1 (one page), ZH_CITE_2 (two pages).

Usage: scripts/make-zh-citation-fixtures.py --out DIR [--make-scan PATH]
         [--soffice PATH] [NAME...]
Exit status 2 when soffice is missing (a test skips then).
"""
import argparse
import fcntl
import importlib.util
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_language_fixtures", os.path.join(HERE, "make-language-fixtures.py"))
layout = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(layout)
Run = layout.Run

# What follows a citation inside a list: the enumeration comma, which its
# mark follows ("号、¹"), or nothing, the mark right after 号 and "和"
# after it ("号¹ 和").
SEPARATORS = ["、", "", "、", "、"]


def citation(k):
    """The k-th cited resolution (0-based): a date and a symbol, varied by
    simple arithmetic so that figures of one and two digits alternate."""
    year = 2001 + k % 23
    month = (k * 5) % 12 + 1
    day = (k * 7) % 28 + 1
    session = 40 + k
    number = (k * 13) % 90 + 10
    return f"{year}年{month}月{day}日第{session}/{number}号", f"{session}/{number}"


def note_text(symbol, k):
    session = symbol.split("/")[0]
    return f"见《大会正式记录，第{session}届会议，补编第{53 + k % 3}号》(A/{session}/53)，第{k % 9 + 1}章。"


def citing_paragraph(lead, organ, first, count, cited, mark_after_comma):
    """A preambular paragraph citing `count` resolutions from the `first`-th,
    each followed by its note; appends the cited symbols to `cited`. The
    last citation's mark stands after "决议，" with `mark_after_comma`,
    else right after its 号."""
    runs = [Run(lead, "b"), Run(organ)]
    for k in range(first, first + count):
        text, symbol = citation(k)
        last = k == first + count - 1
        sep = "决议，" if last and mark_after_comma else "" if last else SEPARATORS[k % len(SEPARATORS)]
        runs.append(Run(text + sep))
        runs.append(Run(note=[Run(note_text(symbol, k))]))
        cited.append(symbol)
        # A space after the mark, as the UN's Chinese text has it.
        if not last:
            runs.append(Run(" " if sep else " 和"))
    if not mark_after_comma:
        runs.append(Run("决议，"))
    return runs


def resolution(pages):
    """Our own resolution; `pages`: 1 or 2, how many citations it holds."""
    cited = []
    plain = [
        [Run("重申", "b"), Run("各国有义务依照国际法履行其承诺，保障平等和有效的法律保护，")],
        [Run("注意到", "b"), Run("秘书长关于本项目的报告以及各方提出的意见，")],
    ]
    groups = [(0, 7), (7, 6)] if pages == 1 else [(0, 9), (9, 8), (17, 9), (26, 8)]
    leads = [("回顾", "人权理事会"), ("又回顾", "大会"), ("还回顾", "经济及社会理事会"), ("重申", "大会")]
    preamble = [plain[0]]
    for i, (first, count) in enumerate(groups):
        lead, organ = leads[i % len(leads)]
        preamble.append(citing_paragraph(lead, organ, first, count, cited, i % 2 == 1))
    preamble.append(plain[1])
    body = [
        ("operative", 0, "1.", [Run("请", "b"), Run("秘书长在2099年6月30日前就本决议的执行情况提出报告；")]),
        ("operative", 0, "2.", [Run("决定", "b"), Run("继续审议这个问题。")]),
    ]
    symbol = "A/RES/99/%d" % (900 + pages)
    r = {
        "cover": {
            "symbol": symbol, "publisher": "联合国", "organ": "大会", "distribution": "Distr.: General",
            "date": "2099年1月9日", "session": "第九十九届会议", "agenda": ["议程项目68"],
            "title": "2098年12月18日大会通过的决议", "proponent": "[根据第三委员会的报告(A/99/470，第12段)]",
            "job": "99-0%d123 (C)" % pages,
        },
        "number": "99/%d." % (900 + pages),
        "title": "审议各项决议的执行情况",
        "formula": [Run("大会，")],
        "preamble": preamble,
        "body": body,
        "conclusions": ["2098年12月18日", "第50次全体会议"],
    }
    r["counts"] = {"preamble": len(preamble), "operative": len(body), "points": 0, "notes": len(cited), "annexes": 0}
    return r, cited


DOCUMENTS = {"ZH_CITE_1": 1, "ZH_CITE_2": 2}


def write_sources(out, name):
    r, cited = resolution(DOCUMENTS[name])
    base = os.path.join(out, f"{name}.zh")
    changed = layout.write_if_changed(base + ".fodt", layout.document(r, "zh"))
    layout.write_if_changed(base + ".known.txt", layout.known_text(r))
    layout.write_if_changed(base + ".expected.json",
                            json.dumps(layout.expected(r, "zh"), ensure_ascii=False, indent=1) + "\n")
    marks = {str(k + 1): symbol for k, symbol in enumerate(cited)}
    layout.write_if_changed(base + ".citations.json", json.dumps(marks, ensure_ascii=False, indent=1) + "\n")
    return base, changed or not os.path.exists(base + ".pdf")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--soffice", default=shutil.which("soffice") or "")
    ap.add_argument("--make-scan", default="")
    ap.add_argument("names", nargs="*", default=list(DOCUMENTS))
    args = ap.parse_args()
    if not args.soffice or not os.path.exists(args.soffice):
        print("make-zh-citation-fixtures: soffice (LibreOffice) is not installed", file=sys.stderr)
        return 2
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        bases, to_print = [], []
        for name in args.names:
            if name not in DOCUMENTS:
                sys.exit(f"make-zh-citation-fixtures: unknown document {name}")
            base, stale = write_sources(args.out, name)
            bases.append(base)
            if stale:
                to_print.append(base)
        with tempfile.TemporaryDirectory() as profile:
            layout.print_pdfs(args, to_print, profile)
        for base in bases:
            if args.make_scan and (base in to_print or not os.path.exists(base + ".scan.tif")):
                layout.make_scan(args, base)
            print(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
