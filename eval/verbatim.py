#!/usr/bin/env python3
"""verbatim.py [REPO]: lines of tracked files where a run of N (env N, default 8) words also occurs in an article of the
shared corpus (read at run time, /work/shared/corpus or $EDITORIAL_CORPUS), runs across line breaks included. The
corpus is copyrighted: the repo must hold none of its text (comments, docs, tests, eval notes). seeds/ (the given
sample articles) and label/sample tables are left out. Prints FILE:FIRST-LAST and how many corpus files hold the run."""
import os, re, subprocess, sys, collections
N = int(os.environ.get("N", "8")); repo = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.environ.get("EDITORIAL_CORPUS", "/work/shared/corpus")
W = re.compile(r"[A-Za-z0-9]+")
files = subprocess.run(["git", "-C", repo, "ls-files"], capture_output=True, text=True).stdout.split()
skip = re.compile(r"\.(tsv|json|dll|png|jpg|gz|zip)$|^eval/.*/(sample|labels)|Scowl|scowl|wordlist|words\.txt|^seeds/")
grams = {}
for f in files:
    if skip.search(f): continue
    try: text = open(os.path.join(repo, f), encoding="utf-8").read()
    except Exception: continue
    toks = []
    for ln, line in enumerate(text.split("\n"), 1):
        for t in W.findall(line): toks.append((t.lower(), ln))
    for i in range(len(toks) - N + 1):
        grams.setdefault(hash(tuple(t for t, _ in toks[i:i+N])), []).append((f, toks[i][1], toks[i+N-1][1]))
hits = collections.defaultdict(set)
for root, _, fs in os.walk(CORPUS):
    for name in fs:
        try: toks = [t.lower() for t in W.findall(open(os.path.join(root, name), encoding="utf-8", errors="replace").read())]
        except Exception: continue
        for i in range(len(toks) - N + 1):
            h = hash(tuple(toks[i:i+N]))
            if h in grams:
                for loc in grams[h]: hits[loc].add(os.path.relpath(os.path.join(root, name), CORPUS))
seen = set()
for (f, a, b) in sorted(hits):
    if (f, a) in seen: continue
    seen.add((f, a)); print(f"{f}:{a}-{b}\t{len(hits[(f, a, b)])} files")
