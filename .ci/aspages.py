#!/usr/bin/env python3
"""Gives each prediction the name of the HTML page it was scraped from, so that the page's truth scores it.

Usage: aspages.py IN.jsonl OUT.jsonl   (a source "dir/<page>.txt" or "dir/<page>.md" becomes "<page>.html")
"""
import json, os, sys

if len(sys.argv) != 3:
    print(__doc__)
    sys.exit(2)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        d["source"] = os.path.basename(d["source"]).rsplit(".", 1)[0] + ".html"
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
