#!/usr/bin/env python3
"""Splits the text-scrape predictions of .ci/predict by set, under the HTML pages' names, and measures the text headline.

Usage: textscrapes.py SHARED_DIR PRED_DIR [PREFIX]
Reads PRED_DIR/PREFIX-scrapes.jsonl (PREFIX "text" when not given; "markdown" for the Markdown scrapes) and writes the
files below under that prefix instead of "text".
Writes PRED_DIR/text-articles.jsonl, PRED_DIR/text-trafilatura-eval.jsonl and PRED_DIR/text-dev.jsonl (scored with the
HTML pages' truths), and
PRED_DIR/text-htmldate-eval.jsonl with PRED_DIR/text-htmldate-eval/ (links to the date truths of the trafilatura-eval
pages that htmldate-eval holds too), and
PRED_DIR/text-headlines.json: of the pages whose HTML headline agrees with their og:title (or twitter:title), the share
whose text scrape gives the same headline (compared on letters and digits, case-insensitively).
"""
import html, json, os, re, sys


def norm(s):
    return re.sub(r"\W+", " ", (s or "").lower()).strip()


def meta_title(raw):
    for m in re.finditer(r"<meta\b[^>]*>", raw[:300000], re.I):
        tag = m.group(0)
        if re.search(r"""(property|name)\s*=\s*["']?(og:title|twitter:title)["'\s>]""", tag, re.I):
            c = re.search(r'content\s*=\s*"([^"]*)"', tag) or re.search(r"content\s*=\s*'([^']*)'", tag)
            if c:
                return html.unescape(c.group(1)).strip()
    return None


def main(shared, preds, prefix="text"):
    sets = {"articles": os.path.join(shared, "corpus", "articles"), "trafilatura-eval": os.path.join(preds, "trafilatura-eval")}
    reference = {}
    for name, folder in sets.items():
        path = os.path.join(preds, f"{name}.jsonl")
        if not os.path.isfile(path):
            continue
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            page = os.path.basename(d["source"])
            headline, title = norm(d.get("headline")), norm(meta_title(open(os.path.join(folder, page), encoding="utf-8", errors="replace").read()))
            if headline and title and (headline == title or ((title.startswith(headline) or title.endswith(headline)) and len(headline) >= len(title) / 2)):
                reference[page] = headline
    dev = os.path.join(shared, "corpus", "dev")
    out = {name: open(os.path.join(preds, f"{prefix}-{name}.jsonl"), "w", encoding="utf-8") for name in [*sets, "dev"]}
    same = compared = 0
    for line in open(os.path.join(preds, f"{prefix}-scrapes.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        page = os.path.basename(d["source"]).rsplit(".", 1)[0] + ".html"
        d["source"] = page
        name = ("trafilatura-eval" if os.path.isfile(os.path.join(sets["trafilatura-eval"], page))
                else "dev" if os.path.isfile(os.path.join(dev, page)) else "articles")
        out[name].write(json.dumps(d, ensure_ascii=False) + "\n")
        if page in reference:
            compared += 1
            same += norm(d.get("headline")) == reference[page]
    for f in out.values():
        f.close()
    # The trafilatura-eval pages that htmldate-eval holds too (the same page under the same hash) have a date truth:
    # their text scrapes' predictions go under the htmldate-eval names, beside links to those truths.
    dates = os.path.join(preds, "htmldate-eval")
    twins = os.path.join(preds, f"{prefix}-htmldate-eval")
    os.makedirs(twins, exist_ok=True)
    with open(os.path.join(preds, f"{prefix}-htmldate-eval.jsonl"), "w", encoding="utf-8") as f:
        for line in open(os.path.join(preds, f"{prefix}-trafilatura-eval.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            twin = "hd-" + d["source"][len("tf-"):]
            truth = os.path.join(dates, twin[:-5] + ".truth.json")
            if d["source"].startswith("tf-") and os.path.isfile(truth):
                link = os.path.join(twins, os.path.basename(truth))
                if not os.path.exists(link):  # relative, so that the folder of predictions can be moved
                    if os.path.lexists(link):
                        os.remove(link)
                    os.symlink(os.path.relpath(truth, twins), link)
                d["source"] = twin
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    figures = {"documents": compared, "text_headline_equals_html": same / compared if compared else 0.0}
    json.dump({"summary": figures}, open(os.path.join(preds, f"{prefix}-headlines.json"), "w"))
    print(f"{prefix} scrapes: headline equals the HTML headline on {same} of {compared} pages")


if __name__ == "__main__":
    main(*sys.argv[1:4])
