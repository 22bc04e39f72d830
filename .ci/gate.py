#!/usr/bin/env python3
"""Corpus gate: score the parser's predictions on each evaluation set and compare with the committed baseline.

Usage:
  gate.py SHARED_DIR PRED_DIR            check every set against .ci/baseline.json
  gate.py SHARED_DIR PRED_DIR --update   rewrite .ci/baseline.json with today's figures (raise it as figures improve)

PRED_DIR holds <set>.jsonl files written by .ci/predict (dev, articles, trafilatura-eval, htmldate-eval, and the text
scrapes of the article and trafilatura-eval pages with text-headlines.json and the date twins, the same as Markdown
scrapes, the dev HTML pages without class names or metadata, hard-wrapped text and Markdown scrapes of them, and the dev
transcripts with their labels in other styles) and, for the two packed benchmarks and the label styles, the corpus
folder in <set>/. A gate fails when any metric of any set falls more than
TOLERANCE below its baseline. Metrics and sets missing from the baseline are reported, not gated.
"""
import json, os, subprocess, sys

TOLERANCE = 0.01
HERE = os.path.dirname(os.path.abspath(__file__))
BASELINE = os.path.join(HERE, "baseline.json")

# (name, corpus folder relative to SHARED_DIR or PRED_DIR, predictions file, score.py --only filters)
SETS = [
    ("dev", "corpus/dev", "dev.jsonl", []),
    ("dev news Q&A", "corpus/dev", "dev.jsonl", ["style=qa-unlabelled,mixed"]),
    ("dev transcripts", "corpus/dev", "dev.jsonl", ["style=qa-labelled,speaker-names,timestamped,em-dash"]),
    ("dev captions", "corpus/dev", "dev.jsonl", ["format=vtt,srt"]),
    ("articles", "corpus/articles", "articles.jsonl", []),
    ("trafilatura-eval", "@trafilatura-eval", "trafilatura-eval.jsonl", []),
    ("htmldate-eval", "@htmldate-eval", "htmldate-eval.jsonl", []),
    # The same unseen pages as text scrapes (written by .ci/predict when lynx is installed).
    ("text scrapes: articles", "corpus/articles", "text-articles.jsonl", []),
    ("text scrapes: trafilatura-eval", "@trafilatura-eval", "text-trafilatura-eval.jsonl", []),
    ("text scrapes: headlines", None, "text-headlines.json", []),
    ("text scrapes: dates", "@text-htmldate-eval", "text-htmldate-eval.jsonl", []),
    ("text scrapes: dev HTML pages", "corpus/dev", "text-dev.jsonl", ["format=html"]),
    # And as w3m prints them (written by .ci/predict when w3m is installed).
    ("w3m scrapes: articles", "corpus/articles", "w3m-articles.jsonl", []),
    ("w3m scrapes: trafilatura-eval", "@trafilatura-eval", "w3m-trafilatura-eval.jsonl", []),
    ("w3m scrapes: headlines", None, "w3m-headlines.json", []),
    ("w3m scrapes: dates", "@w3m-htmldate-eval", "w3m-htmldate-eval.jsonl", []),
    ("w3m scrapes: dev HTML pages", "corpus/dev", "w3m-dev.jsonl", ["format=html"]),
    # And as Markdown (written by .ci/predict when python3-html2text is installed), scored without the Markdown syntax.
    ("markdown: articles", "corpus/articles", "markdown-articles.jsonl", []),
    ("markdown: trafilatura-eval", "@trafilatura-eval", "markdown-trafilatura-eval.jsonl", []),
    ("markdown: headlines", None, "markdown-headlines.json", []),
    ("markdown: dates", "@markdown-htmldate-eval", "markdown-htmldate-eval.jsonl", []),
    ("markdown: dev HTML pages", "corpus/dev", "markdown-dev.jsonl", ["format=html"]),
    # The dev HTML pages without class and id attributes (written by .ci/predict): structure alone.
    ("no class names: dev HTML pages", "corpus/dev", "noclass-dev.jsonl", ["format=html"]),
    # The same without named <meta> tags and JSON-LD: the visible title, dates and names alone.
    ("no metadata: dev HTML pages", "corpus/dev", "nometa-dev.jsonl", ["format=html"]),
    # The dev HTML pages as hard-wrapped scrapes (lynx at 80 columns, html2text Markdown at 78): lines joined again.
    ("wrapped text: dev HTML pages", "corpus/dev", "wrapped-text-dev.jsonl", ["format=html"]),
    ("wrapped markdown: dev HTML pages", "corpus/dev", "wrapped-markdown-dev.jsonl", ["format=html"]),
    # The dev transcripts with run-in labels, each label written in another style (written by .ci/labels.py).
] + [(f"label style {v}: dev transcripts", f"@labels/{v}", f"labels-{v}.jsonl", [])
     for v in ("upper", "bold", "own-line", "full-width", "dash", "bracketed", "time-beside")]
# Counts and sub-figures that are not quality figures of their own.
NOT_GATED = {"documents", "missing_predictions", "turn_count_exact"}


def score(shared, preds, corpus, pred_file, only):
    if corpus is None:  # figures measured by .ci/textscrapes.py
        path = os.path.join(preds, pred_file)
        return json.load(open(path, encoding="utf-8"))["summary"] if os.path.isfile(path) else None
    root = os.path.join(preds, corpus[1:]) if corpus.startswith("@") else os.path.join(shared, corpus)
    pred = os.path.join(preds, pred_file)
    if not os.path.isdir(root) or not os.path.isfile(pred):
        return None
    cmd = [sys.executable, os.path.join(shared, "eval", "score.py"), root, pred, "--json"]
    for o in only:
        cmd += ["--only", o]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out)["summary"]


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    shared, preds, update = argv[1], argv[2], "--update" in argv
    baseline = json.load(open(BASELINE, encoding="utf-8")) if os.path.isfile(BASELINE) else {}
    failed, measured = [], {}
    for name, corpus, pred_file, only in SETS:
        summary = score(shared, preds, corpus, pred_file, only)
        if summary is None:
            print(f"[{name}] not scored: corpus or predictions missing")
            continue
        figures = {k: round(v, 3) for k, v in summary.items() if k not in NOT_GATED and isinstance(v, (int, float))}
        measured[name] = figures
        base = baseline.get(name, {})
        print(f"[{name}] {summary.get('documents', '?')} documents")
        for metric, value in sorted(figures.items()):
            ref = base.get(metric)
            if ref is None:
                mark = "new"
            elif value < ref - TOLERANCE:
                mark = f"FAIL (baseline {ref:.3f})"
                failed.append(f"{name} {metric} {value:.3f} < {ref:.3f} - {TOLERANCE}")
            else:
                mark = f"ok (baseline {ref:.3f}{', raise it' if value > ref + TOLERANCE else ''})"
            print(f"  {metric:<28}{value:.3f}  {mark}")
    if update:
        with open(BASELINE, "w", encoding="utf-8") as f:
            json.dump(measured, f, indent=1, sort_keys=True)
            f.write("\n")
        print(f"baseline written: {BASELINE}")
        return 0
    if failed:
        print("corpus gate FAILED:\n  " + "\n  ".join(failed))
        return 1
    print("corpus gate: every figure within 0.01 of its baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
