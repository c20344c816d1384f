#!/usr/bin/env python3
"""Precision of EDL0003 per setting from labels.tsv (columns: …, label T/F, note, setting, settings).

"strict" counts a T whose note says "evolving toll" as F: two undated articles with a toll that grew over
days are the same quantity with incompatible values (what the rule promises for undated articles), but a desk with
dated articles would call the later one an update. "duc+pk-news" keeps only pairs of those two corpora (dated
from their paths in every setting but "undated"; wikiref220 is never dated)."""
import csv, sys

SETTINGS = ["default", "loose1", "loose7", "loose30", "loose90", "loose3650", "undated"]

def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    current = [r for r in rows if r["settings"]]
    gone = [r for r in rows if not r["settings"]]
    print(f"{len(current)} labelled pairs the rule reports, {sum(r['label'] == 'T' for r in current)} T; "
          f"{len(gone)} labelled pairs it no longer reports, {sum(r['label'] == 'T' for r in gone)} T")
    print("| setting | pairs | T | precision | strict T | strict precision | duc+pk-news pairs | T | precision |")
    print("|---|---|---|---|---|---|---|---|---|")
    for s in SETTINGS:
        rs = [r for r in rows if s in r["settings"].split(",")]
        t = sum(r["label"] == "T" for r in rs)
        strict = sum(r["label"] == "T" and "evolving toll" not in r["note"] for r in rs)
        dated = [r for r in rs if not r["later"].startswith("wikiref220/")]
        dt = sum(r["label"] == "T" for r in dated)
        p = lambda a, b: f"{a / b:.2f}" if b else "–"
        print(f"| {s} | {len(rs)} | {t} | {p(t, len(rs))} | {strict} | {p(strict, len(rs))} | {len(dated)} | {dt} | {p(dt, len(dated))} |")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eval/EDL0003/labels.tsv")
