#!/usr/bin/env python3
"""Markdown scrapes for the corpus gate: pages converted to Markdown as crawlers save them, and their predictions
scored against the HTML pages' truths.

Usage:
  markdown.py convert OUT_DIR PAGE.html …   write OUT_DIR/<page>.md with html2text (Debian's python3-html2text), unwrapped
  markdown.py convert --width N OUT_DIR …   the same, wrapped at N columns (html2text's own default is 78)
  markdown.py strip IN.jsonl OUT.jsonl       the predictions with their Markdown syntax taken out (links shown by their
                                             text, pictures, emphasis marks, escapes and list marks removed), since the
                                             truths quote the HTML pages' text
"""
import json, os, re, sys

PICTURE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
LIST_MARK = re.compile(r"^\s*[*+-]\s+", re.M)
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def read_page(page):
    """The page's text in the charset its head declares, as a crawler decodes it (UTF-8 where it declares none)."""
    raw = open(page, "rb").read()
    m = CHARSET.search(raw[:4096])
    encoding = m.group(1).decode("ascii").lower() if m else "utf-8"
    if encoding in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        encoding = "cp1252"  # as browsers read these labels (the WHATWG Encoding Standard)
    try:
        return raw.decode(encoding, errors="replace")
    except LookupError:  # a charset Python does not know
        return raw.decode("utf-8", errors="replace")


def plain(s):
    if not isinstance(s, str):
        return s
    for _ in range(2):  # a picture inside a link's text
        s = PICTURE.sub("", s)
    s = LINK.sub(r"\1", s)
    s = ESCAPE.sub(r"\1", s)
    s = STRONG.sub(r"\2", s)
    s = EMPHASIS.sub(r"\1", s)
    s = UNDERSCORE.sub(r"\1", s)
    return LIST_MARK.sub("", s).strip()


def convert(out, pages, width=0):
    import html2text
    os.makedirs(out, exist_ok=True)
    for page in pages:
        converter = html2text.HTML2Text()
        converter.body_width = width
        converter.unicode_snob = True  # keep accented letters (the default spells entities such as &iacute; as plain ASCII)
        try:
            text = converter.handle(read_page(page))
        except Exception as e:  # a page html2text cannot read is left out, and reported
            print(f"markdown: {os.path.basename(page)} not converted: {e}", file=sys.stderr)
            continue
        name = os.path.basename(page).rsplit(".", 1)[0] + ".md"
        open(os.path.join(out, name), "w", encoding="utf-8").write(text)


def strip(src, dst):
    with open(dst, "w", encoding="utf-8") as out:
        for line in open(src, encoding="utf-8"):
            d = json.loads(line)
            for key in ("headline", "lead", "body"):
                d[key] = plain(d.get(key))
            for t in d.get("turns") or []:
                t["text"], t["speaker"] = plain(t["text"]), plain(t.get("speaker"))
            for p in d.get("participants") or []:
                p["name"], p["title"] = plain(p["name"]), plain(p.get("title"))
            out.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1:3] == ["convert", "--width"]:
        convert(sys.argv[4], sys.argv[5:], int(sys.argv[3]))
    elif len(sys.argv) >= 3 and sys.argv[1] == "convert":
        convert(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "strip":
        strip(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
        sys.exit(2)
