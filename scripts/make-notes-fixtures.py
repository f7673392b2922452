#!/usr/bin/env python3
"""Builds the fixtures of notes set by producers other than Word, in
fixtures/notes, from their sources in fixtures-src/notes.

Word prints the footnote separator as text (a line of underscores); LaTeX,
LibreOffice, InDesign and many converters draw it as a vector line, which a
PDF's text layer does not hold. Each source (the markup of
scripts/make-pdf-fixtures.py: a header of "key: value" lines, "---", one line
per paragraph, notes inline as [[note text]]) is laid out twice:

  NAME-latex.pdf   by pdfLaTeX (article class, 10 pt Computer Modern, notes
                   in \\footnotesize, 8 pt, under LaTeX's drawn rule), with
                   a UN-style masthead, running heads and footers;
  NAME-writer.pdf  by LibreOffice, as scripts/make-pdf-fixtures.py lays out
                   its fixtures (a drawn separator over the notes).

The tests (tests/test_footnotes.cpp) read the same sources and check the
pipeline's output against them: every note collected whole and linked, no
note text in the body, no body text in the notes.

The LaTeX PDFs are reproducible byte for byte (SOURCE_DATE_EPOCH, no trailer
id); the LibreOffice ones carry their creation date, so their SHA-256 (in
the AKN) changes when they are made again: update the golden files with
AKN_UPDATE_GOLDEN=1 build/tests/akn_tests "[golden]" and review the diff.

Needs, only to regenerate the committed PDFs (the tests do not run it):
  Debian texlive-latex-base (pdflatex, article, geometry, fancyhdr), and
  libreoffice-writer-nogui and fonts-liberation2 for the LibreOffice ones.

Usage: scripts/make-notes-fixtures.py [--soffice PATH] [--pdflatex PATH] [NAME...]
"""
import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, "fixtures-src", "notes")
OUT = os.path.join(ROOT, "fixtures", "notes")

# The LibreOffice layout and the markup parser are those of the PDF fixtures.
_spec = importlib.util.spec_from_file_location("make_pdf_fixtures", os.path.join(HERE, "make-pdf-fixtures.py"))
writer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(writer)

# 1 December 2025, 00:00 UTC: the date pdfTeX writes into the PDF.
SOURCE_DATE_EPOCH = "1764547200"


def tex_escape(text):
    """Plain text as LaTeX source: specials escaped, straight double quotes
    as opening and closing quotes."""
    out = []
    for ch in text:
        out.append({"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
                    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}.get(ch, ch))
    text = "".join(out)
    # "Sustainable development": opening quote after a space or bracket.
    text = re.sub(r'(^|[\s(\[])"', r"\1``", text)
    return text.replace('"', "''")


def tex_inline(text):
    """Text with [[note]] footnotes as \\footnote."""
    out, at = [], 0
    for m in re.finditer(r"\[\[(.+?)\]\]", text):
        out.append(tex_escape(text[at:m.start()]))
        out.append(r"\footnote{" + tex_escape(m.group(1)) + "}")
        at = m.end()
    out.append(tex_escape(text[at:]))
    return "".join(out)


PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[left=3.6cm,right=3.4cm,top=2.2cm,bottom=2.4cm,headsep=0.8cm,footskip=1cm]{geometry}
\usepackage{fancyhdr}
\pdftrailerid{}
\pdfinfoomitdate=1
% No hyphenation, as in UN documents (Word does not hyphenate): words stay
% whole at line ends, and justified lines stretch instead.
\lefthyphenmin=62
\emergencystretch=3em
% Full pages, as in a two-sided document: a long note is split over a page
% break rather than leaving a page short.
\flushbottom
\setlength{\parindent}{0.8cm}
\setlength{\parskip}{0pt}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyhead[L]{\footnotesize\bfseries @SYMBOL@\quad @SHORT@}
\fancyfoot[L]{\footnotesize @JOBSHORT@}
\fancyfoot[R]{\footnotesize \thepage/\pageref{lastpage}}
\fancypagestyle{first}{\fancyhf{}\fancyfoot[L]{\footnotesize @JOB@\\[2pt]\normalsize @BARCODE@}}
\begin{document}
\thispagestyle{first}
"""


def latex(head, body):
    """The LaTeX source of one fixture."""
    job_short = head["job"].split(" ")[0]
    preamble = (PREAMBLE.replace("@SYMBOL@", tex_escape(head["symbol"]))
                .replace("@SHORT@", tex_escape(head.get("short-title", "").replace("|", " ")))
                .replace("@JOBSHORT@", tex_escape(job_short)).replace("@JOB@", tex_escape(head["job"]))
                .replace("@BARCODE@", tex_escape(head["barcode"])))
    parts = [preamble]
    p = parts.append
    p(r"\noindent{\large\bfseries United Nations\hfill " + tex_escape(head["symbol"]) + r"}\par")
    p(r"\noindent\rule{\textwidth}{0.6pt}\par\vspace{2pt}")
    p(r"\noindent{\Large\bfseries " + tex_escape(head["body"]) + r"}\hfill Distr.: "
      + tex_escape(head.get("distribution", "General")) + r"\par")
    p(r"\noindent\hspace*{10.4cm}" + tex_escape(head["date"]) + r"\par")
    p(r"\noindent\rule{\textwidth}{1.2pt}\par\vspace{0.8cm}")
    for key in ("session", "agenda", "agenda-title"):
        if key in head:
            p(r"\noindent " + tex_escape(head[key]) + r"\par")
    p(r"\vspace{0.6cm}")
    prev = None
    for code, text in body:
        t = tex_inline(text)
        if code == "=":
            p(r"\begin{center}\large\bfseries " + t + r"\end{center}")
        elif code == "!":
            p(r"\noindent " + t + r"\par")
        elif code == "t":
            p(r"\vspace{0.4cm}\noindent{\large\bfseries " + t + r"}\par\vspace{0.4cm}")
        elif code == "~":
            p(r"\vspace{0.2cm}" + t + r"\par")
        elif code in "pns":
            p(t + r"\par")
        elif code == "h":
            p((r"\vspace{0.3cm}" if prev != "h" else "") + r"\noindent\textbf{" + t + r"}\par")
        elif code == "a":
            p(r"\newpage\noindent\textbf{" + t + r"}\par\vspace{0.3cm}")
        elif code == "c":
            # Consecutive conclusion lines share one right-aligned block.
            if prev == "c":
                parts[-1] = parts[-1].replace(r"\end{flushright}", r"\\" + t + r"\end{flushright}")
            else:
                p(r"\vspace{0.3cm}\begin{flushright}" + t + r"\end{flushright}")
        else:
            sys.exit(f"unknown paragraph code {code!r}")
        prev = code
    p(r"\label{lastpage}\end{document}")
    return "\n".join(parts) + "\n"


def make_latex(pdflatex, tmp, stem, head, body):
    tex = os.path.join(tmp, stem + ".tex")
    with open(tex, "w", encoding="utf-8") as f:
        f.write(latex(head, body))
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, FORCE_SOURCE_DATE="1")
    for _ in range(2):  # the second run knows the page count
        subprocess.run([pdflatex, "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=tmp)
    return os.path.join(tmp, stem + ".pdf")


def make_writer(soffice, tmp, stem, head, body):
    fodt = os.path.join(tmp, stem + ".fodt")
    with open(fodt, "w", encoding="utf-8") as f:
        f.write(writer.document(head, body))
    # A private profile: no user settings leak into the layout.
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, fodt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(tmp, stem + ".pdf")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    ap.add_argument("--pdflatex", default=shutil.which("pdflatex") or "pdflatex")
    ap.add_argument("names", nargs="*", help="stems of the sources to build (default: all)")
    args = ap.parse_args()
    sources = sorted(f for f in os.listdir(SRC) if f.endswith(".txt") and (not args.names or f[:-4] in args.names))
    missing = set(args.names) - {f[:-4] for f in sources}
    if missing:
        sys.exit("no source for " + ", ".join(sorted(missing)))
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in sources:
            stem = name[:-4]
            head, body = writer.parse(os.path.join(SRC, name))
            for suffix, make, tool in (("latex", make_latex, args.pdflatex), ("writer", make_writer, args.soffice)):
                made = make(tool, tmp, f"{stem}-{suffix}", head, body)
                target = os.path.join(OUT, f"{stem}-{suffix}.pdf")
                shutil.copyfile(made, target)
                print(os.path.relpath(target, ROOT))


if __name__ == "__main__":
    sys.exit(main())
