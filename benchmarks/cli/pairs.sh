#!/usr/bin/env bash
# Whole-process timings of the CLI as users run it, paired so that drift on a shared machine cancels out:
#   benchmarks/cli/pairs.sh CLI_A CLI_B INPUT [PAIRS] [PARALLEL_A] [PARALLEL_B]
# runs "CLI batch --parallel P INPUT" for A and B alternately (A B A B …) and prints wall and CPU seconds and peak
# memory of each run, then the median ratio B/A of the wall times. CLI_A and CLI_B are paths to interview-parser
# builds (the same build twice to compare worker counts). Inputs used in benchmarks/README.md: a folder of the HTML
# pages of ../shared/corpus (articles, htmldate-eval, trafilatura-eval: 2,092 pages) and a crawl-shaped WARC made
# with make_warc.py.
set -euo pipefail
a=$1 b=$2 input=$3 pairs=${4:-3} pa=${5:-2} pb=${6:-2}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
ratios=()
for i in $(seq 1 "$pairs"); do
  for side in a b; do
    cli=$a; p=$pa
    if [ "$side" = b ]; then cli=$b; p=$pb; fi
    /usr/bin/time -f "%e %U %M" -o "$out/t" "$cli" batch --parallel "$p" "$input" -o "$out/$side.jsonl" 2>/dev/null >/dev/null || true
    # A run that reports a failed record exits 1, and time then writes a note line first: the figures are the last line.
    read -r wall user rss < <(tail -n 1 "$out/t")
    echo "pair $i $side (--parallel $p): wall ${wall}s cpu ${user}s peak ${rss} KB"
    eval "wall_$side=$wall"
  done
  ratios+=("$(python3 -c "print($wall_a / $wall_b)")")
done
python3 -c "import statistics,sys; r=[float(x) for x in sys.argv[1:]]; print(f'A/B wall ratio (how many times faster B is): median {statistics.median(r):.2f} of', ', '.join(f'{x:.2f}' for x in r))" "${ratios[@]}"
