#!/usr/bin/env python3
"""Writes the corrupt-file suite into OUT_DIR: the damaged, hostile and
mislabelled files an archive dump contains, beside good files, and
OUT_DIR/expected.json saying for each bad file what the report must say
(a phrase of its reason), for each file converted at best what its warnings
must say, and for each good file that it converts.

Usage: scripts/make-corrupt-suite.py OUT_DIR
Small by design (under 1 MB in all); deterministic (no randomness).
"""
import json
import os
import shutil
import struct
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "..", "shared", "seeds")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, rows=None):
    """An 8-bit grey PNG; rows default to all white, compressed."""
    raw = rows if rows is not None else b"".join(b"\0" + b"\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))


def tiff(pages):
    """An uncompressed 8-bit grey little-endian TIFF; pages: (width, height, pixels)."""
    out = bytearray(b"II*\0\0\0\0\0")
    previous_link = 4  # where the offset of the next IFD goes
    for width, height, pixels in pages:
        data_at = len(out)
        out += pixels
        if len(out) % 2:
            out += b"\0"
        ifd_at = len(out)
        struct.pack_into("<I", out, previous_link, ifd_at)
        entries = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, data_at),
                   (277, 3, 1), (278, 4, height), (279, 4, width * height)]
        out += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            out += struct.pack("<HHII", tag, kind, 1, value) if kind == 4 else struct.pack("<HHIHH", tag, kind, 1, value, 0)
        previous_link = len(out)
        out += b"\0\0\0\0"
    return bytes(out)


def pdf(objects):
    """A PDF from object bodies (1-based), with a correct xref table."""
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def text_pdf(content_stream, filters=b""):
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                b"<< /Length %d %s>>\nstream\n" % (len(content_stream), filters) + content_stream + b"\nendstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "good"))
    os.makedirs(os.path.join(out, "bad"))
    bad = {}

    def put(name, data, reason=None):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        if reason is not None:
            bad[name] = reason

    seed = read(os.path.join(SEEDS, "000_66e8b75daa607f5e.txt"))
    sc_pdf = read(os.path.join(ROOT, "fixtures", "pdf", "sc_resolution.pdf"))
    # Good files: converted exactly as when run alone.
    put("good/seed.txt", seed)
    put("good/hre.md", read(os.path.join(ROOT, "fixtures", "markdown", "human_rights_education.md")))
    put("good/sc_resolution.pdf", sc_pdf)
    # Text with characters XML cannot carry: removed, logged, output valid.
    put("good/control_chars.txt", seed.replace(b"General Assembly", b"General\x01 \x0bAssembly\x1f", 2)
        + "\n\ufffe\uffff".encode("utf-8") + b"\n")

    # Empty files of every kind.
    for ext in ("pdf", "txt", "png", "tif", "md"):
        put("bad/empty.%s" % ext, b"", "empty file")
    # Truncated downloads.
    put("bad/truncated.pdf", sc_pdf[: len(sc_pdf) * 2 // 5], "damaged PDF")
    put("bad/truncated.png", png(200, 100)[:60], "not an image")
    put("bad/tiff_header_only.tif", b"II*\0\x08\0\0\0", "damaged TIFF")
    # A two-page TIFF whose second page declares 20,000 x 20,000 pixels.
    put("bad/bomb_page2.tif", tiff([(10, 10, b"\xff" * 100), (20000, 20000, b"")]), "exceeds the limit")
    # A PDF whose cross-reference table points nowhere and whose objects are
    # garbage: Poppler cannot find a page.
    put("bad/no_pages.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \n"
        b"trailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n", "damaged PDF")
    # Encrypted with a user password.
    put("bad/encrypted.pdf", read(os.path.join(ROOT, "tests", "data", "encrypted_user_password.pdf")), "encrypted PDF")
    # A decompression bomb: 45 bytes declaring 20,000 x 20,000 pixels.
    put("bad/bomb_header.png", b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0)) + png_chunk(b"IEND", b""),
        "exceeds the limit")
    # A real one: 12,500 x 12,500 white pixels compress to about 150 KB.
    put("bad/bomb.png", png(12500, 12500), "exceeds the limit")
    # Files that are not what their extension says.
    put("bad/zip_named.pdf", b"PK\x03\x04" + b"\0" * 60, "not a PDF")
    put("bad/binary_named.txt", bytes(range(256)) * 4, "NUL")
    put("bad/pdf_named.png", sc_pdf[:400], "damaged PDF")
    # Text that is not text: NUL bytes throughout (UTF-16 without a BOM is
    # read as UTF-16 by the text reader and is not in this list).
    put("bad/nul_bytes.txt", b"General Assembly\0\0\0resolution\0" * 50, "NUL")

    # Converted at best, with a warning: a page whose 204 KB content stream
    # inflates to 200 MB of spaces (read as a stream, not held in memory).
    os.makedirs(os.path.join(out, "warn"))
    warn = {"warn/flate_bomb.pdf": "OCR found no text"}
    put("warn/flate_bomb.pdf", text_pdf(zlib.compress(b" " * (200 << 20), 9), b"/Filter /FlateDecode "))

    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump({"bad": bad, "warn": warn,
                   "good": sorted("good/" + n for n in os.listdir(os.path.join(out, "good")))}, f, indent=1,
                  sort_keys=True)


if __name__ == "__main__":
    main()
