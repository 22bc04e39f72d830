#!/usr/bin/env python3
"""Writes a crawl-shaped WARC for the whole-process benchmarks: per-record gzip members, each captured page as a
request, a response and a metadata record (the order a Common Crawl file uses), from the HTML files of a folder,
cycled until the wanted number of records is reached.

    python3 make_warc.py PAGES_DIR OUT.warc.gz [RECORDS]   (default 21,130 records)
"""
import gzip
import os
import sys
import uuid
import zlib


def record(kind, uri, content_type, block):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n").encode("ascii")
    c = zlib.compressobj(6, zlib.DEFLATED, 31)  # one gzip member per record
    return c.compress(head + block + b"\r\n\r\n") + c.flush()


def main():
    pages_dir, out = sys.argv[1], sys.argv[2]
    wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 21130
    pages = sorted(os.path.join(pages_dir, f) for f in os.listdir(pages_dir) if f.endswith((".html", ".htm")))
    written = payload = 0
    with open(out, "wb") as f:
        f.write(record("warcinfo", "", "application/warc-fields", b"software: make_warc.py\r\n"))
        written += 1
        i = 0
        while written < wanted:
            body = open(pages[i % len(pages)], "rb").read()
            uri = f"http://example.org/{i}"
            req = f"GET /{i} HTTP/1.1\r\nHost: example.org\r\nUser-Agent: bench\r\n\r\n".encode("ascii")
            resp = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n".encode("ascii") + body
            meta = f"fetchTimeMs: 120\r\ncharset-detected: UTF-8\r\n".encode("ascii")
            for kind, ctype, block in (("request", "application/http; msgtype=request", req),
                                       ("response", "application/http; msgtype=response", resp),
                                       ("metadata", "application/warc-fields", meta)):
                if written >= wanted:
                    break
                f.write(record(kind, uri, ctype, block))
                written += 1
                payload += len(block)
            i += 1
    print(f"{out}: {written} records, {i} pages, {payload / 1e6:.0f} MB payload, {os.path.getsize(out) / 1e6:.0f} MB on disk")


if __name__ == "__main__":
    main()
