"""What the fixture generators share: the flat ODF text document's frame
and LibreOffice's headless print of it to PDF.

Imported by scripts/make-*-fixtures.py (they run from this directory, so
Python finds this module next to them).
"""
import os
import subprocess
import sys

# The namespaces every generator's documents use; a generator that also
# draws tables or pictures adds table: and draw: (EXTRA_NS).
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)
EXTRA_NS = (
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)


def flat_document(head, body, ns=NS):
    """A flat ODF text document: HEAD (font faces, styles, automatic styles,
    master pages) and BODY (the office:text content)."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {ns} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">'
            + head + "<office:body><office:text>" + body + "</office:text></office:body></office:document>\n")


def print_pdfs(soffice, profile, outdir, fodts, tool, export="pdf"):
    """Prints FODTS to PDFs in OUTDIR with one LibreOffice (starting it is
    most of the time), in the private PROFILE directory so that no user
    settings leak into the layout. Exits naming TOOL and the file when a
    PDF is not printed."""
    if not fodts:
        return
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", export, "--outdir", outdir] + list(fodts),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for fodt in fodts:
        pdf = os.path.join(outdir, os.path.splitext(os.path.basename(fodt))[0] + ".pdf")
        if not os.path.exists(pdf):
            sys.exit(f"{tool}: LibreOffice did not print {pdf}")
