#!/usr/bin/env python3
"""Prints a fixed-seed random sample of EDL0003 findings with both figures' text, for a person to judge by eye.

Usage: eval/EDL0003/byeye.py <findings.json> [--n 30] [--seed 21] [--width 300]
The sample is the n findings whose (seed, path, line, column) hash lowest: stable across runs for findings that stay.
The JSON is the CLI's --format json output saved by score2.py --save-json (paths relative to /work/shared/corpus).
Prints to stdout only; article text is never written into the repository.
Findings that touch an article of the sealed sample6.tsv (their own path or a related location's) are never drawn
(--exclude-sample; a finding drawn before sample 6 may so drop out of the sample).
"""
import argparse, csv, hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

ROOT = os.environ.get("EDITORIAL_CORPUS", "/work/shared/corpus")

def context(path, line, col, width):
    with open(os.path.join(ROOT, path), encoding="utf-8", errors="replace") as f:
        text = f.read().split("\n")[line - 1]
    start = max(0, col - 1 - width // 2)
    return text[start:start + width].replace("\t", " ")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--width", type=int, default=300)
    ap.add_argument("--exclude-sample", action="append", default=[os.path.join(HERE, "sample6.tsv")],
                    help="leave out findings touching the articles of this sample (default: the sealed sample6.tsv)")
    a = ap.parse_args()
    sealed = set()
    for s in a.exclude_sample:
        if os.path.isfile(s):
            with open(s, encoding="utf-8", newline="") as f:
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                    sealed.update((r["path_a"], r["path_b"]))
    # paths may be corpus-relative or absolute (whatever folder the CLI ran from): compare corpus-relative ones
    rel_path = lambda p: os.path.relpath(p, ROOT) if os.path.isabs(p) else p.replace("\\", "/")
    touches = lambda f: rel_path(f["path"]) in sealed or any(rel_path(r["path"]) in sealed for r in f.get("related") or [])
    findings = [f for f in json.load(open(a.json)) if f["id"] == "EDL0003" and not touches(f)]
    findings.sort(key=lambda f: (f["path"], f["line"], f["column"]))
    # A finding's place in the sample hangs on its own location and the seed, not on the other findings: a run that adds or
    # drops a few findings keeps the rest of the sample, so two runs are read on the same findings where they agree.
    rank = lambda f: hashlib.sha1(f"{a.seed}|{f['path']}|{f['line']}|{f['column']}".encode()).hexdigest()
    pick = sorted(findings, key=rank)[:a.n]
    pick.sort(key=lambda f: (f["path"], f["line"], f["column"]))
    print(f"# {len(pick)} of {len(findings)} EDL0003 findings (seed {a.seed})\n")
    for n, f in enumerate(pick, 1):
        print(f"#{n} {f['path']}:{f['line']}:{f['column']}")
        print("   MSG    :", f["message"])
        print("   LATER  :", context(f["path"], f["line"], f["column"], a.width))
        for rel in f["related"][:2]:
            print(f"   EARLIER: {rel['path']}:{rel['line']}:{rel['column']}")
            print("           ", context(rel["path"], rel["line"], rel["column"], a.width))
        print()

if __name__ == "__main__":
    main()
