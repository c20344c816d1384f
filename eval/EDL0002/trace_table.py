#!/usr/bin/env python3
"""Tabulate EDL0002's decision trace (tests/EditorialLint.Tests/Eval/EDL0002DecisionTrace.cs) per mechanism.

    EDITORIAL_CORPUS=/work/shared/corpus EDL0002_TRACE=/tmp/trace.tsv \
        dotnet test tests/EditorialLint.Tests -c Release --filter EDL0002DecisionTrace
    python3 eval/EDL0002/trace_table.py /tmp/trace.tsv [--by-split] [--mechanism NAME]

For every mechanism (a not-a-figure class, an attribution path, "flagged", "not-extracted"): how many labelled
mentions it decided and their labels. A suppressing mechanism (not-figure class or attribution path) loses when its
mentions are mostly `unsourced` (each is a miss); the "flagged" row's sourced/not-figure are the false alarms.
Counts and paths only: no article text.
"""
import argparse, collections, csv, sys

LABELS = ("unsourced", "sourced", "not-figure")


def family(decision):
    if decision.startswith("sourced:in-sentence:"):
        return ":".join(decision.split(":")[:3])
    return decision


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("trace")
    ap.add_argument("--by-split", action="store_true", help="per mechanism, unsourced/total per split")
    ap.add_argument("--mechanism", help="list the mentions (id, path:line:col, label, note class) one mechanism decided")
    ap.add_argument("--cue-words", action="store_true", help="in-sentence rows per cue word too")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.trace, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    if a.mechanism:
        for r in rows:
            if family(r["decision"]) == a.mechanism or r["decision"] == a.mechanism:
                print(f'{r["id"]}\t{r["path"]}:{r["line"]}:{r["column"]}\t{r["label"]}\t{r["note_class"]}\t{r["decision"]}')
        return
    key = (lambda r: r["decision"]) if a.cue_words else (lambda r: family(r["decision"]))
    table = collections.defaultdict(collections.Counter)
    splits = sorted({r["split"] for r in rows}, key=lambda s: (s != "dev", len(s), s))
    per_split = collections.defaultdict(collections.Counter)
    for r in rows:
        k = key(r)
        table[k][r["label"]] += 1
        per_split[k][(r["split"], r["label"])] += 1
    side = lambda k: 0 if k == "flagged" else 2 if k.startswith("sourced:") else 3 if k == "not-extracted" else 1
    print(f"{len(rows)} labelled mentions; {sum(1 for r in rows if r['label'] == 'unsourced')} unsourced\n")
    head = "| decided by | n | unsourced | sourced | not-figure | share unsourced |"
    if a.by_split:
        head += " " + " | ".join(splits) + " |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for k in sorted(table, key=lambda k: (side(k), -sum(table[k].values()), k)):
        c = table[k]
        n = sum(c.values())
        line = f"| {k} | {n} | {c['unsourced']} | {c['sourced']} | {c['not-figure']} | {c['unsourced'] / n:.2f} |"
        if a.by_split:
            line += " " + " | ".join(f"{per_split[k][(s, 'unsourced')]}/{sum(per_split[k][(s, l)] for l in LABELS)}" for s in splits) + " |"
        print(line)


if __name__ == "__main__":
    main()
