#!/usr/bin/env python3
"""Writes copies of HTML pages with every class and id attribute taken out of their tags.

Usage: noclass.py OUT_DIR PAGE...
A site the parser has never seen names its containers in its own words; these copies show what the parser gets from
structure alone (nesting, position, text and link density), with no class or id vocabulary to lean on. .ci/predict
parses them, and the gate scores them with the dev truths.
"""
import os, re, sys

TAG = re.compile(r"<[A-Za-z][^<>]*>")
NAMES = re.compile(r"""\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)


def main(out, pages):
    os.makedirs(out, exist_ok=True)
    for page in pages:
        with open(page, encoding="utf-8", errors="surrogateescape") as f:
            html = f.read()
        stripped = TAG.sub(lambda m: NAMES.sub("", m.group(0)), html)
        with open(os.path.join(out, os.path.basename(page)), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(stripped)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
