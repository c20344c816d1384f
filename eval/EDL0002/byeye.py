#!/usr/bin/env python3
"""Draw random EDL0002 findings from a CLI JSON run for a by-eye read.

    editorial-lint <corpus>/bbc --no-rules --format json > /tmp/bbc.json
    python3 eval/EDL0002/byeye.py /tmp/bbc.json --corpus /work/shared/corpus -n 30 --seed s21 > /tmp/bbc-read.txt

Prints, for each drawn finding, the headline, the paragraph before, the finding's paragraph with every listed
figure marked [[...]], and the start of the next paragraph. That output holds article text: keep it out of the
repository. Articles of sample4.tsv ... sample14.tsv and of the sealed sample15.tsv are never drawn (a
finding's path, absolute or relative, is matched on its corpus-relative tail), nor are their copies (files of the
same copy group under sample2.py's copy_groups, read from --corpus; --keep-copies turns that off). Findings in
SOURCE.md/README.md and in duc/duc2007/update (copies of duc2007/main) are left out.
"""
import argparse, hashlib, json, os, random, re, sys


def paragraphs(lines):
    """(first line index, last line index) of each blank-line separated paragraph, 0-based."""
    out, start = [], None
    for i, l in enumerate(lines):
        if l.strip():
            if start is None:
                start = i
        elif start is not None:
            out.append((start, i - 1)); start = None
    if start is not None:
        out.append((start, len(lines) - 1))
    return out


def is_sealed(path, sealed):
    """True when a tail of the finding's path (absolute, or relative to any folder) is a sealed corpus-relative path."""
    parts = path.replace("\\", "/").split("/")
    return any("/".join(parts[i:]) in sealed for i in range(len(parts)))


def copies_of(paths, corpus):
    """Corpus-relative paths in the copy group of any of paths (sample2.py's grouping: same text, or same headline
    and first two paragraphs, after folding case and spaces)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import sample2
    texts = {}
    for c in sample2.CORPORA:
        for rel in sample2.iter_files(corpus, c):
            texts[rel] = sample2.read_text(corpus, rel)
    rep = sample2.copy_groups(texts)
    groups = {rep[p] for p in paths if p in rep}
    return {p for p in texts if rep[p] in groups}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--corpus", default=os.environ.get("EDITORIAL_CORPUS", "/work/shared/corpus"))
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--seed", default="s21")
    ap.add_argument("--severity", default="warning", help="warning | suggestion | all")
    ap.add_argument("--paired", action="store_true",
                    help="draw by a hash of seed and finding position instead of random.sample: a finding keeps its place "
                         "in the order across builds, so two runs share every finding that neither build changed")
    ap.add_argument("--exclude-sample", action="append",
                    default=[os.path.join(os.path.dirname(os.path.abspath(__file__)), n) for n in ("sample4.tsv", "sample5.tsv", "sample6.tsv", "sample7.tsv", "sample8.tsv", "sample9.tsv", "sample10.tsv", "sample11.tsv", "sample12.tsv", "sample13.tsv", "sample14.tsv", "sample15.tsv")],
                    help="leave out the articles of this sample (default: sample4.tsv ... sample14.tsv and the "
                    "sealed sample15.tsv)")
    ap.add_argument("--keep-copies", action="store_true",
                    help="leave out only the sample files themselves, not their copies elsewhere in the corpus")
    args = ap.parse_args()
    sealed = set()
    for s in args.exclude_sample:
        with open(s, encoding="utf-8") as fh:
            sealed.update(row.split("\t")[1] for row in fh.read().splitlines()[1:] if row)
    if not args.keep_copies:
        sealed |= copies_of(sealed, args.corpus)
    found = [f for f in json.load(open(args.json)) if f["id"] == "EDL0002"
             and (args.severity == "all" or f["severity"] == args.severity)
             and not f["path"].endswith((".md",)) and "duc2007/update" not in f["path"]
             and not is_sealed(f["path"], sealed)]
    found.sort(key=lambda f: (f["path"], f["line"], f["column"]))
    if args.paired:
        def rank(f):
            return hashlib.sha1(f"{args.seed}:{f['path']}:{f['line']}:{f['column']}".encode()).hexdigest()
        drawn = sorted(found, key=rank)[:args.n]
    else:
        rng = random.Random(args.seed)
        drawn = rng.sample(found, min(args.n, len(found)))
    print(f"# {len(found)} findings, {len(drawn)} drawn (seed {args.seed})\n")
    for k, f in enumerate(drawn, 1):
        p = f["path"] if os.path.isabs(f["path"]) else os.path.join(args.corpus, f["path"])
        # The same line breaks as the engine's LineMap (and Roslyn): CR LF, LF, CR, NEL, LS, PS; a NEL inside a
        # pk-news article otherwise shifts every later line and the finding lands on no paragraph.
        lines = re.split("\r\n|[\n\r\u0085\u2028\u2029]", open(p, encoding="utf-8", errors="replace").read())
        marks = {}
        for loc in [f] + f.get("related", []):
            marks.setdefault(loc["line"] - 1, []).append(loc["column"] - 1)
        paras = paragraphs(lines)
        pi = next(i for i, (a, b) in enumerate(paras) if a <= f["line"] - 1 <= b)

        def show(i, cut=None):
            a, b = paras[i]
            txt = []
            for li in range(a, b + 1):
                s = lines[li]
                for c in sorted(marks.get(li, []), reverse=True):
                    s = s[:c] + "[[" + s[c:]
                txt.append(s)
            t = " ".join(txt)
            return t if cut is None or len(t) <= cut else t[:cut] + " …"

        print(f"## {k}. {f['path']}:{f['line']}:{f['column']} [{f['severity']}]")
        print("msg:", f["message"].split(" are stated")[0].split(" is stated")[0])
        print("H:", lines[paras[0][0]][:200])
        if pi > 1:
            print("P-1:", show(pi - 1, 400))
        print("P:", show(pi))
        if pi + 1 < len(paras):
            print("P+1:", show(pi + 1, 200))
        print()


if __name__ == "__main__":
    sys.exit(main())
