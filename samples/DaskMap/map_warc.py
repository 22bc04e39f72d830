#!/usr/bin/env python3
"""InterviewParser as the map step of a Dask job.

A Dask bag over WARC files is cut into partitions; a LocalCluster of worker processes runs the interview-parser CLI
once per partition (`batch` over the partition's files), which writes a JSON Lines part and a Parquet part file. The
JSON Lines come back to the client and are gathered into one file; the Parquet parts form one data set that Spark or
DuckDB read as a folder. Finally the gathered records are checked against a plain `batch` over the same files.

    python3 samples/DaskMap/map_warc.py --cli path/to/interview-parser --out out/ crawl/*.warc.gz
"""
import argparse
import json
import os
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def run_partition(job):
    """One partition: the CLI over its files, a JSON Lines part and a Parquet part; returns the JSON lines."""
    index, files, cli, out = job
    jsonl = os.path.join(out, f"part-{index:05d}.jsonl")
    parquet = os.path.join(out, "parquet", f"part-{index:05d}.parquet")
    subprocess.run([cli, "batch", *files, "-o", jsonl, "--ordered", "--parallel", "1"], stderr=subprocess.DEVNULL, check=False)
    subprocess.run([cli, "batch", *files, "-o", parquet, "--format", "parquet", "--parallel", "1"], stderr=subprocess.DEVNULL, check=False)
    with open(jsonl, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def by_source(lines):
    return {json.loads(line)["source"]: line for line in lines}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", required=True, help="the interview-parser executable")
    ap.add_argument("--out", required=True, help="folder for the part files and the gathered results")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("files", nargs="+", help="WARC files (or anything batch reads)")
    args = ap.parse_args(argv)
    cli, out = os.path.abspath(args.cli), os.path.abspath(args.out)
    os.makedirs(os.path.join(out, "parquet"), exist_ok=True)
    files = sorted(os.path.abspath(f) for f in args.files)
    n = max(1, min(args.partitions, len(files)))
    jobs = [(i, files[i::n], cli, out) for i in range(n)]

    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
        lines = db.from_sequence(jobs, npartitions=n).map(run_partition).flatten().compute()

    gathered = os.path.join(out, "results.jsonl")
    with open(gathered, "w", encoding="utf-8") as f:
        for line in sorted(lines, key=lambda l: json.loads(l)["source"]):
            f.write(line + "\n")

    # The same files through one plain batch run: the map step must give the same records, one for one.
    reference = subprocess.run([cli, "batch", *files, "--ordered"], capture_output=True, text=True, check=False).stdout.splitlines()
    mine, theirs = by_source(lines), by_source(reference)
    differ = [s for s in theirs if mine.get(s) != theirs[s]] + [s for s in mine if s not in theirs]
    parts = sorted(os.listdir(os.path.join(out, "parquet")))
    print(f"dask: {len(jobs)} partitions on {args.workers} workers, {len(mine)} records gathered in {gathered}, "
          f"{len(parts)} Parquet part files; plain batch: {len(theirs)} records; {len(differ)} differ")
    return 0 if not differ and len(mine) == len(theirs) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
