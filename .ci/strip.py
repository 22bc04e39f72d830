#!/usr/bin/env python3
"""Writes copies of HTML pages with one kind of help taken out, to show what the parser gets without it.

Usage: strip.py classes OUT_DIR PAGE...    every class and id attribute taken out of the tags
       strip.py metadata OUT_DIR PAGE...   the title metadata taken out: <meta> tags with a name or property (the
                                           charset declarations stay) and JSON-LD scripts
A site the parser has never seen names its containers in its own words, and many pages (old ones, archived ones, small
sites) carry no og:title, publication meta or JSON-LD; these copies show what the parser gets from structure alone
(nesting, position, text and link density, the visible title and dates). .ci/predict parses them, and the gate scores
them with the dev truths.
"""
import os, re, sys

TAG = re.compile(r"<[A-Za-z][^<>]*>")
NAMES = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)
META = re.compile(r"""<meta\b(?=[^<>]*\b(?:name|property|itemprop)\s*=)[^<>]*>""", re.I)
JSON_LD = re.compile(r"""<script\b[^<>]*application/ld\+json[^<>]*>.*?</script\s*>""", re.I | re.S)


def without_classes(html):
    return TAG.sub(lambda m: NAMES.sub("", m.group(0)), html)


def without_metadata(html):
    return JSON_LD.sub("", META.sub("", html))


def main(mode, out, pages):
    strip = {"classes": without_classes, "metadata": without_metadata}[mode]
    os.makedirs(out, exist_ok=True)
    for page in pages:
        with open(page, encoding="utf-8", errors="surrogateescape") as f:
            html = f.read()
        with open(os.path.join(out, os.path.basename(page)), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(strip(html))


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("classes", "metadata"):
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
