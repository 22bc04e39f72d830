#!/usr/bin/env python3
"""Speaker-label variants of the dev transcripts for the corpus gate: the same conversations with their speakers'
labels written in the other ways transcripts write them, so that the gate shows how the parser holds up on a label
style it was not tuned on.

Usage:
  labels.py SHARED_DIR OUT_DIR   write OUT_DIR/<variant>/<id>.txt and the truth file beside it, for each variant

A transcript takes part when it is a text whose turns open with run-in labels ("Jane Roe: …", "**Jane Roe:** …") of
two speakers or more, each three times at least. Each such label is rewritten; every other line is left as it is.
"""
import collections, glob, json, os, re, shutil, sys

LABEL = re.compile(r"^(\*\*)?([A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]+){0,3}):(\*\*)?\s+(\S.*)$")

# variant -> how a label and the words after it are written
VARIANTS = {
    "upper": lambda name, rest: f"{name.upper()}: {rest}",  # names in capitals, as broadcast transcripts print them
    "bold": lambda name, rest: f"**{name}:** {rest}",  # Markdown bold, as podcast sites print them
    "own-line": lambda name, rest: f"{name}:\n{rest}",  # the label alone on its line over the speech
    "full-width": lambda name, rest: f"{name}\uff1a {rest}",  # the full-width colon of CJK typesetting
    "dash": lambda name, rest: f"{name} - {rest}",  # a dash in place of the colon
    "bracketed": lambda name, rest: f"[{name}] {rest}",  # the name in brackets, as subtitles print it
    "time-beside": None,  # "Name  00:01:14" alone over the speech, as transcription tools export turns (see timed)
}
CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def timed(counter):
    """The time-beside writer: each label gets a time 37 seconds after the one before (or keeps its own time)."""
    def write(name, rest):
        if CLOCK.match(rest):
            return f"{name}  {rest}"
        counter[0] += 37
        t = counter[0]
        return f"{name}  {t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}\n{rest}"
    return write


def speakers(lines, truth):
    """The labels that name a speaker of the truth's turns (or initials), used three times at least."""
    counts = collections.Counter(m.group(2) for line in lines if (m := LABEL.match(line)))
    named = {(t.get("speaker") or "").lower() for t in truth.get("turns") or []}

    def names_one(label):
        low = label.lower()
        return len(label) <= 3 or any(low == s or low in s.split() or s.endswith(low) for s in named)

    return {label for label, n in counts.items() if n >= 3 and names_one(label)}


def main(shared, out):
    dev = os.path.join(shared, "corpus", "dev")
    written = 0
    for truth_path in sorted(glob.glob(os.path.join(dev, "*.truth.json"))):
        truth = json.load(open(truth_path, encoding="utf-8"))
        if not truth["input"].endswith(".txt") or not truth.get("turns"):
            continue
        lines = open(os.path.join(dev, truth["input"]), encoding="utf-8", errors="replace").read().split("\n")
        names = speakers(lines, truth)
        if len(names) < 2:
            continue
        written += 1
        for variant, write in VARIANTS.items():
            write = write or timed([0])
            folder = os.path.join(out, variant)
            os.makedirs(folder, exist_ok=True)
            rewritten = [write(m.group(2), m.group(4)) if (m := LABEL.match(line)) and m.group(2) in names else line for line in lines]
            open(os.path.join(folder, truth["input"]), "w", encoding="utf-8").write("\n".join(rewritten))
            shutil.copy(truth_path, folder)
    print(f"labels: {written} transcripts in {len(VARIANTS)} label styles", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
