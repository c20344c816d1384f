#!/usr/bin/env python3
"""Score rule EDL0002 (unattributed figure) against the hand-labelled sample.

By default runs the CLI itself, from the repo root, over exactly the files in
labels.tsv (absolute paths under the corpus folder):

    dotnet run --project src/EditorialLint.Cli -c Release -- <files> --format json

or reads that JSON from a file with --json FILE ("-" = stdin).

A finding (id == "EDL0002") matches a labelled mention when it is in the same
file and line and either the label's column lies in [column, endColumn) of the
finding or the two start columns are within 12 of each other. A mention counts
as "flagged" if at least one finding matches it. Positives are `unsourced`.

    precision = TP / (TP + FP)    over labelled mentions only
    recall    = TP / (TP + FN)

Exit codes: 0 whenever scoring ran (even with low scores); 2 if the corpus
folder is missing; 1 if the CLI could not be run or its output not parsed.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_CORPUS = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "corpus"))
RULE_ID = "EDL0002"
COL_SLACK = 12
LABELS = ("unsourced", "sourced", "not-figure")


def load_labels(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["label"] not in LABELS:
            sys.exit(f"bad label {r['label']!r} in {path} for {r['path']}:{r['line']}")
        r["line"] = int(r["line"])
        r["column"] = int(r["column"])
        rows.append(r)
    return rows


def extract_json_array(text):
    """The CLI's JSON array; tolerates build chatter before/after it (dotnet run)."""
    dec = json.JSONDecoder()
    stripped = text.strip()
    try:
        data = json.loads(stripped)
    except ValueError:
        data = None
        for i, ch in enumerate(text):
            if ch in "[{":
                try:
                    data, _ = dec.raw_decode(text, i)
                    break
                except ValueError:
                    continue
        if data is None:
            raise ValueError("no JSON found in CLI output")
    if isinstance(data, dict):  # tolerate {"findings": [...]} style wrappers
        for key in ("findings", "diagnostics", "results"):
            if isinstance(data.get(key), list):
                return data[key]
        raise ValueError("JSON object without a findings array")
    if not isinstance(data, list):
        raise ValueError("CLI JSON is not an array")
    return data


def run_cli(files, dotnet, extra):
    cmd = [dotnet, "run", "--project", "src/EditorialLint.Cli", "-c", "Release", "--"] + files + ["--format", "json"] + extra
    print(f"running: {' '.join(cmd[:7])} <{len(files)} files> --format json {' '.join(extra)}", file=sys.stderr)
    try:
        p = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, encoding="utf-8")
    except OSError as e:
        sys.stderr.write(f"could not run {dotnet}: {e}\n")
        sys.exit(1)
    # a linter may exit non-zero when it reports findings: only fail if no JSON came out
    try:
        return extract_json_array(p.stdout)
    except ValueError as e:
        sys.stderr.write(f"CLI exited {p.returncode}; {e}\n--- stderr ---\n{p.stderr[-4000:]}\n--- stdout ---\n{p.stdout[-2000:]}\n")
        sys.exit(1)


def normalise_path(p, corpus_real, known):
    """Map a finding's path to a corpus-relative path from labels.tsv (or None)."""
    if not p:
        return None
    q = p if os.path.isabs(p) else os.path.join(REPO_ROOT, p)
    rel = os.path.relpath(os.path.realpath(q), corpus_real).replace(os.sep, "/")
    if rel in known:
        return rel
    p2 = p.replace("\\", "/")
    for k in known:  # fall back to suffix match (e.g. paths relative to another cwd)
        if p2.endswith("/" + k) or p2 == k:
            return k
    return None


def matches(label, f):
    if f["line"] != label["line"]:
        return False
    col, end = f["column"], f.get("endColumn")
    end_line = f.get("endLine", f["line"])
    if end is not None:
        if end_line is not None and end_line > f["line"]:
            if label["column"] >= col:
                return True
        elif col <= label["column"] < end:
            return True
    return abs(col - label["column"]) <= COL_SLACK


def fmt_ratio(n, d):
    return f"{n / d:.3f} ({n}/{d})" if d else f"n/a (0/0)"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", help="read the CLI's JSON output from this file ('-' = stdin) instead of running it")
    ap.add_argument("--labels", default=os.path.join(HERE, "labels.tsv"))
    ap.add_argument("--corpus", help="corpus folder (default: $EDITORIAL_CORPUS or ../shared/corpus from the repo root)")
    ap.add_argument("--dotnet", default=os.environ.get("DOTNET", "dotnet"))
    ap.add_argument("--save-json", help="also write the CLI's raw findings here (keep it outside the repo)")
    ap.add_argument("--cli-arg", action="append", default=[], help="extra argument passed to the CLI (repeatable)")
    args = ap.parse_args()

    corpus = args.corpus or os.environ.get("EDITORIAL_CORPUS", DEFAULT_CORPUS)
    if not os.path.isdir(corpus):
        sys.stderr.write(f"error: corpus folder not found: {corpus}\n"
                         "Set EDITORIAL_CORPUS (or --corpus) to the folder holding pk-news/, bbc/, duc/, wikiref220/.\n")
        sys.exit(2)
    corpus_real = os.path.realpath(corpus)

    labels = load_labels(args.labels)
    files = sorted({r["path"] for r in labels})
    missing = [f for f in files if not os.path.isfile(os.path.join(corpus, f))]
    if missing:
        sys.stderr.write(f"error: {len(missing)} labelled files are missing under {corpus}, e.g. {missing[0]}\n")
        sys.exit(2)

    if args.json:
        text = sys.stdin.read() if args.json == "-" else open(args.json, encoding="utf-8").read()
        try:
            findings = extract_json_array(text)
        except ValueError as e:
            sys.stderr.write(f"error: {args.json}: {e}\n")
            sys.exit(1)
    else:
        findings = run_cli([os.path.join(corpus_real, f) for f in files], args.dotnet, args.cli_arg)
    if args.save_json:
        with open(args.save_json, "w", encoding="utf-8") as f:
            json.dump(findings, f, indent=1)

    known = set(files)
    by_file = {}
    n_rule = n_unknown = 0
    for f in findings:
        if not isinstance(f, dict) or f.get("id") != RULE_ID:
            continue
        n_rule += 1
        rel = normalise_path(f.get("path"), corpus_real, known)
        if rel is None:
            n_unknown += 1
            continue
        by_file.setdefault(rel, []).append(f)

    table = {lab: {"flagged": 0, "not flagged": 0} for lab in LABELS}
    fp, fn = [], []
    used = set()
    for r in labels:
        hits = [f for f in by_file.get(r["path"], []) if matches(r, f)]
        for h in hits:
            used.add(id(h))
        flagged = bool(hits)
        table[r["label"]]["flagged" if flagged else "not flagged"] += 1
        if flagged and r["label"] != "unsourced":
            fp.append((r, hits[0]))
        if not flagged and r["label"] == "unsourced":
            fn.append(r)

    tp = table["unsourced"]["flagged"]
    n_fp = table["sourced"]["flagged"] + table["not-figure"]["flagged"]
    n_fn = table["unsourced"]["not flagged"]
    unmatched = sum(len(v) for v in by_file.values()) - len(used)

    print(f"EDL0002 evaluation — {len(labels)} labelled mentions in {len(files)} files")
    print(f"{RULE_ID} findings: {n_rule} total, {unmatched} on labelled files but not at a labelled mention (not scored)"
          + (f", {n_unknown} on unknown paths" if n_unknown else ""))
    print()
    print(f"{'label':<12}{'flagged':>9}{'not flagged':>13}{'total':>7}")
    for lab in LABELS:
        t = table[lab]
        print(f"{lab:<12}{t['flagged']:>9}{t['not flagged']:>13}{t['flagged'] + t['not flagged']:>7}")
    print()
    print(f"TP={tp} FP={n_fp} (sourced {table['sourced']['flagged']}, not-figure {table['not-figure']['flagged']}) FN={n_fn}")
    print(f"precision = {fmt_ratio(tp, tp + n_fp)}")
    print(f"recall    = {fmt_ratio(tp, tp + n_fn)}")
    if tp + n_fp and tp + n_fn and tp:
        p, rc = tp / (tp + n_fp), tp / (tp + n_fn)
        print(f"F1        = {2 * p * rc / (p + rc):.3f}")

    def show(r):
        return f"  {r['path']}:{r['line']}:{r['column']}\t{r['text']}\t{r['label']}\t{r['note']}"

    print(f"\nMisses (unsourced, not flagged): {len(fn)}")
    for r in fn:
        print(show(r))
    print(f"\nFalse alarms (flagged, labelled sourced/not-figure): {len(fp)}")
    for r, h in fp:
        print(show(r) + f"\t[finding {h.get('line')}:{h.get('column')}-{h.get('endColumn')}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
