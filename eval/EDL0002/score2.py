#!/usr/bin/env python3
"""Score rule EDL0002 ("Figure without a source") on the blind sample drawn by sample2.py.

    python3 eval/EDL0002/score2.py --split dev                      # runs the CLI, lists misses and false alarms
    python3 eval/EDL0002/score2.py --split test                     # numbers only: score the test split ONCE
    python3 eval/EDL0002/score2.py --split dev --json findings.json # score CLI JSON saved earlier
    python3 eval/EDL0002/score2.py --labels a.tsv --labels b.tsv    # several label files, concatenated
    python3 eval/EDL0002/score2.py --split test3                    # sample 3 (sample3.tsv, labels3-test.tsv): ONCE
    python3 eval/EDL0002/score2.py --split test4                    # sample 4 (sample4.tsv, labels4-test.tsv): ONCE
    python3 eval/EDL0002/score2.py --split test5                    # sample 5 (sample5.tsv, labels5-test.tsv): ONCE
    python3 eval/EDL0002/score2.py --split test6                    # sample 6 (sample6.tsv, labels6-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test7                    # sample 7 (sample7.tsv, labels7-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test8                    # sample 8 (sample8.tsv, labels8-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test9                    # sample 9 (sample9.tsv, labels9-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test10                   # sample 10 (sample10.tsv, labels10-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test11                   # sample 11 (sample11.tsv, labels11-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test12                   # sample 12 (sample12.tsv, labels12-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test13                   # sample 13 (sample13.tsv, labels13-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test14                   # sample 14 (sample14.tsv, labels14-test.tsv): dev data now
    python3 eval/EDL0002/score2.py --split test15                   # sample 15 (sample15.tsv, labels15-test.tsv): ONCE, sealed
    python3 eval/EDL0002/score2.py --split test15 --act             # ... and how many hits an editor would act on

Labels: TSV with a header holding at least path, line, column, text, label (and usually id, note, corpus, stratum,
split). Rows without corpus/stratum/split take them from sample2.tsv (by id, else by path:line:column), so the
labellers' packet-NN.labels.tsv files can be scored as they are. label is one of unsourced / sourced / not-figure.
From sample 8 on a label file may also have an `act` column (y / n on an unsourced row: would a desk editor act on
the figure; - on every other row); --write-merged keeps it, and --act reports it (see below).

Without --json the CLI runs from the repo root over the selected split's files (absolute paths in the corpus):

    dotnet run --project src/EditorialLint.Cli -c Release -- <files> --format json

Matching (kept from score.py, with its start-column slack cut from 12 to 3 and made symmetric by span overlap,
because a slack of 12 let a finding on the next figure match a labelled year): an EDL0002 finding matches a
labelled mention when it is in the same file, its span [line:column, endLine:endColumn) overlaps the mention's
span [line:column, line:column+len(text)), or the two start columns on the same line are within 3. With
--related, a finding's related locations (path, line, column) also match a mention whose span holds them (for a
rule that reports a run of figures as one finding listing the others). A mention is "flagged" when any finding
matches it. Positives are `unsourced`:

    precision = TP / (TP + FP)  over labelled mentions only;  recall = TP / (TP + FN)

The 95% intervals are percentile bootstraps over articles (mentions of one article move together), seed fixed.

--act (labels with an act column: test8 ... test15): among the labelled mentions the rule's findings hit that are labelled
unsourced (the true positives, counted per mention; with --severity warning only warnings count as hits), how many
have act=y, overall and per corpus; also act=y over every flagged labelled mention (TP + FP: the share of scored hits
an editor would act on) and how many act=y mentions are flagged (recall on them). Numbers only.

Exit codes: 0 when scoring ran (whatever the scores); 2 missing corpus, files or labels; 1 the CLI failed or its
output could not be parsed.
"""
import argparse
import csv
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_CORPUS = next((d for d in ("/work/shared/corpus", os.path.join(REPO_ROOT, "..", "shared", "corpus"))
                       if os.path.isdir(d)), "/work/shared/corpus")
SAMPLE = os.path.join(HERE, "sample2.tsv")
DEFAULT_LABELS = os.path.join(HERE, "labels2.tsv")
LABELS2_DEV = os.path.join(HERE, "labels2-dev.tsv")     # sample 2, dev split (committed)
LABELS2_TEST = os.path.join(HERE, "labels2-test.tsv")   # sample 2, test split (committed)
SAMPLE3 = os.path.join(HERE, "sample3.tsv")            # --split test3: sample 3, a fresh blind test sample
DEFAULT_LABELS3 = os.path.join(HERE, "labels3-test.tsv")
SAMPLE4 = os.path.join(HERE, "sample4.tsv")            # --split test4: sample 4, a fresh blind test sample
DEFAULT_LABELS4 = os.path.join(HERE, "labels4-test.tsv")
SAMPLE5 = os.path.join(HERE, "sample5.tsv")            # --split test5: sample 5 (stop 22), a fresh blind test sample
DEFAULT_LABELS5 = os.path.join(HERE, "labels5-test.tsv")
SAMPLE6 = os.path.join(HERE, "sample6.tsv")            # --split test6: sample 6 (stop 23), a fresh blind test sample
DEFAULT_LABELS6 = os.path.join(HERE, "labels6-test.tsv")
SAMPLE7 = os.path.join(HERE, "sample7.tsv")            # --split test7: sample 7 (stop 24), a fresh blind test sample
DEFAULT_LABELS7 = os.path.join(HERE, "labels7-test.tsv")
SAMPLE8 = os.path.join(HERE, "sample8.tsv")            # --split test8: sample 8 (stop 25), a fresh blind test sample
DEFAULT_LABELS8 = os.path.join(HERE, "labels8-test.tsv")
SAMPLE9 = os.path.join(HERE, "sample9.tsv")            # --split test9: sample 9 (stop 26), a fresh blind test sample
DEFAULT_LABELS9 = os.path.join(HERE, "labels9-test.tsv")
SAMPLE10 = os.path.join(HERE, "sample10.tsv")          # --split test10: sample 10 (stop 27), a fresh blind test sample
DEFAULT_LABELS10 = os.path.join(HERE, "labels10-test.tsv")
SAMPLE11 = os.path.join(HERE, "sample11.tsv")          # --split test11: sample 11 (stop 28), a fresh blind test sample
DEFAULT_LABELS11 = os.path.join(HERE, "labels11-test.tsv")
SAMPLE12 = os.path.join(HERE, "sample12.tsv")          # --split test12: sample 12 (stop 29), a fresh blind test sample
DEFAULT_LABELS12 = os.path.join(HERE, "labels12-test.tsv")
SAMPLE13 = os.path.join(HERE, "sample13.tsv")          # --split test13: sample 13 (stop 30), a fresh blind test sample
DEFAULT_LABELS13 = os.path.join(HERE, "labels13-test.tsv")
SAMPLE14 = os.path.join(HERE, "sample14.tsv")          # --split test14: sample 14 (stop 31), a fresh blind test sample
DEFAULT_LABELS14 = os.path.join(HERE, "labels14-test.tsv")
SAMPLE15 = os.path.join(HERE, "sample15.tsv")          # --split test15: sample 15 (stop 32), a fresh blind test sample
DEFAULT_LABELS15 = os.path.join(HERE, "labels15-test.tsv")
SPLITS = ("dev", "test", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15")
SEALED = ()     # numbers only, even with --list, and left out of --split all: the blind sample not yet scored (test15 was scored once in stop 32, on main 4dde81f)
CONSUMED = ("test", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15")  # scored once already: development data, --list lists them
ACTS = ("y", "n")
RULE_ID = "EDL0002"
COL_SLACK = 3
LABELS = ("unsourced", "sourced", "not-figure")
CORPORA = ["pk-news", "bbc", "duc", "wikiref220"]
BOOTSTRAP = 2000


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def load_labels(paths, sample_path, skip_unlabelled):
    sample = read_tsv(sample_path) if os.path.isfile(sample_path) else []
    by_id = {r["id"]: r for r in sample}
    by_pos = {(r["path"], r["line"], r["column"]): r for r in sample}
    rows, seen, unlabelled, bad_act = [], set(), 0, []
    for path in paths:
        for r in read_tsv(path):
            r = {k: (v or "").strip() for k, v in r.items() if k is not None}
            ref = by_id.get(r.get("id", "")) or by_pos.get((r.get("path"), r.get("line"), r.get("column")))
            for key in ("id", "corpus", "stratum", "split"):
                if not r.get(key):
                    if ref is None:
                        sys.stderr.write(f"error: {path}: {r.get('path')}:{r.get('line')} has no {key} and is not "
                                         f"in {sample_path}\n")
                        sys.exit(2)
                    r[key] = ref[key]
            if ref is not None and (ref["path"], ref["line"], ref["column"]) != (r["path"], r["line"], r["column"]):
                sys.stderr.write(f"error: {path}: {r['id']} is at {r['path']}:{r['line']}:{r['column']} here but "
                                 f"at {ref['path']}:{ref['line']}:{ref['column']} in the sample\n")
                sys.exit(2)
            if not r.get("label"):
                unlabelled += 1
                continue
            if r["label"] not in LABELS:
                sys.stderr.write(f"error: {path}: bad label {r['label']!r} for {r['id']}\n")
                sys.exit(2)
            if r["split"] not in SPLITS:
                sys.stderr.write(f"error: {path}: bad split {r['split']!r} for {r['id']}\n")
                sys.exit(2)
            key = (r["path"], r["line"], r["column"])
            if key in seen:
                sys.stderr.write(f"error: {r['id']} ({r['path']}:{r['line']}:{r['column']}) is labelled twice\n")
                sys.exit(2)
            seen.add(key)
            r["line"], r["column"] = int(r["line"]), int(r["column"])
            r.setdefault("note", "")
            if "act" in r:
                r["act"] = r["act"].lower()
                if (r["act"] not in ACTS) if r["label"] == "unsourced" else (r["act"] not in ("-", "")):
                    bad_act.append(r["id"])
            rows.append(r)
    if unlabelled:
        msg = f"{unlabelled} rows have no label"
        if not skip_unlabelled:
            sys.stderr.write(f"error: {msg} (finish labelling, or pass --skip-unlabelled)\n")
            sys.exit(2)
        sys.stderr.write(f"warning: {msg}; skipped\n")
    if bad_act:  # a warning only: the label decides the score; --act counts these as act missing
        sys.stderr.write(f"warning: {len(bad_act)} rows have an act value that does not fit their label (y/n on "
                         f"unsourced, - else), e.g. {bad_act[0]}\n")
    return rows


def extract_json_array(text):
    """The CLI's JSON array; tolerates build chatter before or after it (dotnet run)."""
    try:
        data = json.loads(text.strip())
    except ValueError:
        data, dec = None, json.JSONDecoder()
        for i, ch in enumerate(text):
            if ch in "[{":
                try:
                    data, _ = dec.raw_decode(text, i)
                    break
                except ValueError:
                    continue
        if data is None:
            raise ValueError("no JSON found in CLI output")
    if isinstance(data, dict):
        for key in ("findings", "diagnostics", "results"):
            if isinstance(data.get(key), list):
                return data[key]
        raise ValueError("JSON object without a findings array")
    if not isinstance(data, list):
        raise ValueError("CLI JSON is not an array")
    return data


def run_cli(files, dotnet, extra):
    cmd = [dotnet, "run", "--project", "src/EditorialLint.Cli", "-c", "Release", "--"] + files + ["--format", "json"] + extra
    print(f"running: {' '.join(cmd[:7])} -- <{len(files)} files> --format json {' '.join(extra)}", file=sys.stderr)
    try:
        p = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, encoding="utf-8")
    except OSError as e:
        sys.stderr.write(f"could not run {dotnet}: {e}\n")
        sys.exit(1)
    try:  # a linter may exit non-zero when it reports findings: fail only if no JSON came out
        return extract_json_array(p.stdout)
    except ValueError as e:
        sys.stderr.write(f"CLI exited {p.returncode}; {e}\n--- stderr ---\n{p.stderr[-4000:]}\n"
                         f"--- stdout ---\n{p.stdout[-2000:]}\n")
        sys.exit(1)


def normalise_path(p, corpus_real, known):
    """A finding's path as a corpus-relative path of a labelled file, or None."""
    if not p:
        return None
    q = p if os.path.isabs(p) else os.path.join(REPO_ROOT, p)
    rel = os.path.relpath(os.path.realpath(q), corpus_real).replace(os.sep, "/")
    if rel in known:
        return rel
    p2 = p.replace("\\", "/")
    for k in known:  # paths relative to another working folder
        if p2.endswith("/" + k) or p2 == k:
            return k
    return None


def matches(label, f, use_related=False, rel_of=None):
    start = (label["line"], label["column"])
    end = (label["line"], label["column"] + max(1, utf16_len(label["text"])))
    f_line, f_col = f.get("line"), f.get("column")
    if isinstance(f_line, int) and isinstance(f_col, int):
        f_end_line = f.get("endLine") if isinstance(f.get("endLine"), int) else f_line
        f_end_col = f.get("endColumn") if isinstance(f.get("endColumn"), int) else None
        if f_end_col is not None and (f_end_line, f_end_col) > (f_line, f_col):
            if (f_line, f_col) < end and start < (f_end_line, f_end_col):
                return True  # spans overlap
        if f_line == label["line"] and abs(f_col - label["column"]) <= COL_SLACK:
            return True
    if use_related:
        for r in f.get("related") or []:
            if not isinstance(r, dict) or rel_of(r.get("path")) != label["path"]:
                continue
            if r.get("line") == label["line"] and isinstance(r.get("column"), int) and (
                    start[1] - COL_SLACK <= r["column"] < end[1]):
                return True
    return False


def prf(rows):
    tp = sum(1 for r in rows if r["label"] == "unsourced" and r["flagged"])
    fp = sum(1 for r in rows if r["label"] != "unsourced" and r["flagged"])
    fn = sum(1 for r in rows if r["label"] == "unsourced" and not r["flagged"])
    p = tp / (tp + fp) if tp + fp else None
    rc = tp / (tp + fn) if tp + fn else None
    f1 = 2 * p * rc / (p + rc) if p and rc else None
    return tp, fp, fn, p, rc, f1


def bootstrap(rows, seed=20022):
    """Percentile 95% intervals for precision and recall, resampling articles."""
    by_art = {}
    for r in rows:
        by_art.setdefault(r["path"], []).append(r)
    arts = sorted(by_art)
    if len(arts) < 2:
        return None
    rng = random.Random(seed)
    ps, rs = [], []
    for _ in range(BOOTSTRAP):
        pick = [r for _ in arts for r in by_art[arts[rng.randrange(len(arts))]]]
        _, _, _, p, rc, _ = prf(pick)
        if p is not None:
            ps.append(p)
        if rc is not None:
            rs.append(rc)

    def ci(v):
        if len(v) < 20:
            return None
        v.sort()
        return v[int(0.025 * len(v))], v[int(0.975 * len(v)) - 1]
    return ci(ps), ci(rs)


def fmt(x):
    return "  n/a" if x is None else f"{x:.3f}"


def fmt_ci(c):
    return "" if not c else f" [{c[0]:.2f}, {c[1]:.2f}]"


def print_scores(rows, title):
    print(f"== {title}: {len(rows)} labelled mentions in {len({r['path'] for r in rows})} articles")
    print(f"{'label':<12}{'flagged':>9}{'not flagged':>13}{'total':>7}")
    for lab in LABELS:
        f = sum(1 for r in rows if r["label"] == lab and r["flagged"])
        n = sum(1 for r in rows if r["label"] == lab)
        print(f"{lab:<12}{f:>9}{n - f:>13}{n:>7}")
    tp, fp, fn, p, rc, f1 = prf(rows)
    n_fp_src = sum(1 for r in rows if r["label"] == "sourced" and r["flagged"])
    print(f"TP={tp} FP={fp} (sourced {n_fp_src}, not-figure {fp - n_fp_src}) FN={fn}")
    cis = bootstrap(rows)
    print(f"precision = {fmt(p)} ({tp}/{tp + fp}){fmt_ci(cis[0] if cis else None)}")
    print(f"recall    = {fmt(rc)} ({tp}/{tp + fn}){fmt_ci(cis[1] if cis else None)}")
    print(f"F1        = {fmt(f1)}")
    print()
    print(f"{'corpus':<12}{'n':>5}{'unsrc':>7}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}")
    for corpus in CORPORA:
        sub = [r for r in rows if r["corpus"] == corpus]
        if not sub:
            continue
        tp, fp, fn, p, rc, f1 = prf(sub)
        n_pos = sum(1 for r in sub if r["label"] == "unsourced")
        print(f"{corpus:<12}{len(sub):>5}{n_pos:>7}{tp:>5}{fp:>5}{fn:>5}{fmt(p):>8}{fmt(rc):>8}{fmt(f1):>8}")
    print()
    print(f"{'stratum':<14}{'n':>5}{'unsrc':>7}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}")
    for stratum in sorted({r["stratum"] for r in rows}):
        sub = [r for r in rows if r["stratum"] == stratum]
        tp, fp, fn, p, rc, _ = prf(sub)
        n_pos = sum(1 for r in sub if r["label"] == "unsourced")
        print(f"{stratum:<14}{len(sub):>5}{n_pos:>7}{tp:>5}{fp:>5}{fn:>5}{fmt(p):>8}{fmt(rc):>8}")
    print()


def print_act(rows, title):
    """Of the flagged mentions labelled unsourced (true positives), how many an editor would act on (act=y)."""
    print(f"== act ({title}): of the rule's hits on mentions labelled unsourced, how many an editor would act on")
    print(f"{'corpus':<12}{'TP':>5}{'act=y':>7}{'act=n':>7}{'no act':>8}{'y/TP':>8}{'y/(TP+FP)':>11}"
          f"{'unsrc y':>9}{'y flagged':>11}")

    def line(name, sub):
        tp_rows = [r for r in sub if r["label"] == "unsourced" and r["flagged"]]
        flagged = sum(1 for r in sub if r["flagged"])
        y = sum(1 for r in tp_rows if r.get("act") == "y")
        n = sum(1 for r in tp_rows if r.get("act") == "n")
        all_y = [r for r in sub if r["label"] == "unsourced" and r.get("act") == "y"]
        y_flag = sum(1 for r in all_y if r["flagged"])
        print(f"{name:<12}{len(tp_rows):>5}{y:>7}{n:>7}{len(tp_rows) - y - n:>8}"
              f"{fmt(y / len(tp_rows) if tp_rows else None):>8}{fmt(y / flagged if flagged else None):>11}"
              f"{len(all_y):>9}{y_flag:>11}")
        return len(tp_rows), y
    for corpus in CORPORA:
        sub = [r for r in rows if r["corpus"] == corpus]
        if sub:
            line(corpus, sub)
    tp, y = line("all", rows)
    if tp:
        print(f"act share of hits on unsourced mentions = {fmt(y / tp)} ({y}/{tp})")
    print("(TP = flagged mentions labelled unsourced; no act = TP rows without y/n; y/(TP+FP) = act=y over every "
          "flagged labelled mention; unsrc y = unsourced mentions with act=y; y flagged = those the rule flags)")
    if not any("act" in r for r in rows):
        print("(no act column in these labels)")
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS + ("all",), default="dev",
                    help="dev (default): scores plus every miss and false alarm; test, test3 ... test15 and all: "
                         "numbers only (--list lists misses and false alarms of test ... test14, never of the sealed "
                         "test15; all leaves out the sealed test15)")
    ap.add_argument("--labels", action="append", help=f"label file (repeatable; default {DEFAULT_LABELS}, "
                    f"with --split test3 {DEFAULT_LABELS3}, with --split test4 {DEFAULT_LABELS4}, with --split test5 {DEFAULT_LABELS5}, "
                    f"with --split test6 {DEFAULT_LABELS6}, with --split test7 {DEFAULT_LABELS7}, "
                    f"with --split test8 {DEFAULT_LABELS8}, with --split test9 {DEFAULT_LABELS9}, "
                    f"with --split test10 {DEFAULT_LABELS10}, with --split test11 {DEFAULT_LABELS11}, "
                    f"with --split test12 {DEFAULT_LABELS12}, with --split test13 {DEFAULT_LABELS13}, "
                    f"with --split test14 {DEFAULT_LABELS14}, with --split test15 {DEFAULT_LABELS15})")
    ap.add_argument("--sample", help=f"sampler output that fills in corpus/stratum/split (default {SAMPLE}, "
                    f"with --split test3 {SAMPLE3}, with --split test4 {SAMPLE4}, with --split test5 {SAMPLE5}, "
                    f"with --split test6 {SAMPLE6}, with --split test7 {SAMPLE7}, with --split test8 {SAMPLE8}, "
                    f"with --split test9 {SAMPLE9}, with --split test10 {SAMPLE10}, "
                    f"with --split test11 {SAMPLE11}, with --split test12 {SAMPLE12}, "
                    f"with --split test13 {SAMPLE13}, with --split test14 {SAMPLE14}, "
                    f"with --split test15 {SAMPLE15})")
    ap.add_argument("--skip-unlabelled", action="store_true", help="score the labelled rows of partial files")
    ap.add_argument("--json", help="read the CLI's JSON output from this file ('-' = stdin) instead of running it")
    ap.add_argument("--corpus", help="corpus folder (default: $EDITORIAL_CORPUS or /work/shared/corpus)")
    ap.add_argument("--dotnet", default=os.environ.get("DOTNET", "dotnet"))
    ap.add_argument("--save-json", help="also write the CLI's raw findings here (keep it outside the repo)")
    ap.add_argument("--cli-arg", action="append", default=[], help="extra argument for the CLI (repeatable)")
    ap.add_argument("--related", action="store_true", help="a finding's related locations also flag mentions")
    ap.add_argument("--severity", choices=("all", "warning"), default="all",
                    help="which findings count as flagged: all (default, every EDL0002 finding whatever its severity: "
                         "warnings and the routine/background suggestions, as every score so far was computed) or "
                         "warning (warnings only: what a desk sees with suggestions hidden)")
    ap.add_argument("--list", action="store_true",
                    help="also list misses and false alarms for test, test3 ... test14 (consumed splits, now "
                         "development data); never for the sealed test15")
    ap.add_argument("--act", action="store_true",
                    help="also print, for the split (and --severity), how many hits on mentions labelled unsourced "
                         "have act=y (an editor would act on them), overall and per corpus; numbers only")
    ap.add_argument("--write-merged", metavar="FILE",
                    help="write the concatenated labels with all sample columns (e.g. labels2.tsv) and exit")
    args = ap.parse_args()

    sample_of = {"test3": SAMPLE3, "test4": SAMPLE4, "test5": SAMPLE5, "test6": SAMPLE6, "test7": SAMPLE7,
                 "test8": SAMPLE8, "test9": SAMPLE9, "test10": SAMPLE10,
                 "test11": SAMPLE11, "test12": SAMPLE12, "test13": SAMPLE13, "test14": SAMPLE14,
                 "test15": SAMPLE15}
    labels_of = {"test3": DEFAULT_LABELS3, "test4": DEFAULT_LABELS4, "test5": DEFAULT_LABELS5, "test6": DEFAULT_LABELS6,
                 "test7": DEFAULT_LABELS7, "test8": DEFAULT_LABELS8, "test9": DEFAULT_LABELS9,
                 "test10": DEFAULT_LABELS10, "test11": DEFAULT_LABELS11,
                 "test12": DEFAULT_LABELS12, "test13": DEFAULT_LABELS13, "test14": DEFAULT_LABELS14,
                 "test15": DEFAULT_LABELS15}
    args.sample = args.sample or sample_of.get(args.split, SAMPLE)
    label_files = args.labels or [labels_of.get(args.split, DEFAULT_LABELS)]
    if not args.labels and args.split not in labels_of and not os.path.isfile(DEFAULT_LABELS):
        # labels2.tsv is made by --write-merged and not committed; a clean clone has the two committed halves
        label_files = [LABELS2_DEV, LABELS2_TEST]
    for p in label_files:
        if not os.path.isfile(p):
            sys.stderr.write(f"error: label file not found: {p}\n")
            sys.exit(2)
    labels = load_labels(label_files, args.sample, args.skip_unlabelled)

    if args.write_merged:
        cols = ["id", "path", "line", "column", "text", "corpus", "stratum", "split", "label", "note"]
        if any("act" in r for r in labels):  # sample 8 on: keep the act column, after label as in the packets
            cols.insert(cols.index("label") + 1, "act")
        labels.sort(key=lambda r: r["id"])
        with open(args.write_merged, "w", encoding="utf-8", newline="\n") as f:
            f.write("\t".join(cols) + "\n")
            for r in labels:
                f.write("\t".join(str(r.get(c, "")).replace("\t", " ") for c in cols) + "\n")
        print(f"wrote {len(labels)} rows to {args.write_merged}", file=sys.stderr)
        return 0

    rows = ([r for r in labels if r["split"] not in SEALED] if args.split == "all"
            else [r for r in labels if r["split"] == args.split])
    if not rows:
        sys.stderr.write(f"error: no labelled rows in split {args.split}\n")
        sys.exit(2)

    corpus = args.corpus or os.environ.get("EDITORIAL_CORPUS", DEFAULT_CORPUS)
    if not os.path.isdir(corpus):
        sys.stderr.write(f"error: corpus folder not found: {corpus} (set EDITORIAL_CORPUS or --corpus)\n")
        sys.exit(2)
    corpus_real = os.path.realpath(corpus)
    files = sorted({r["path"] for r in rows})
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

    def rel_of(p):
        return normalise_path(p, corpus_real, known)

    by_file, n_rule, n_other = {}, 0, 0
    for f in findings:
        if not isinstance(f, dict) or f.get("id") != RULE_ID:
            continue
        if args.severity == "warning" and str(f.get("severity", "")).lower() not in ("warning", "error"):
            continue
        rel = rel_of(f.get("path"))
        if rel is None:
            n_other += 1  # a file outside this split (e.g. JSON from a run over all files)
            continue
        n_rule += 1
        by_file.setdefault(rel, []).append(f)
    used = set()
    for r in rows:
        hits = [f for f in by_file.get(r["path"], []) if matches(r, f, args.related, rel_of)]
        used.update(id(h) for h in hits)
        r["flagged"] = bool(hits)
        r["hit"] = hits[0] if hits else None

    print(f"EDL0002 on {os.path.splitext(os.path.basename(args.sample))[0]}, split {args.split}; flagged = "
          + ("any EDL0002 finding (warning or suggestion)" if args.severity == "all" else "EDL0002 warnings only"))
    print(f"{RULE_ID} findings on these files: {n_rule}; at no labelled mention (not scored): {n_rule - len(used)}"
          + (f"; on other files (ignored): {n_other}" if n_other else ""))
    print()
    print_scores(rows, f"split {args.split}")
    if args.act:
        print_act(rows, f"split {args.split}, " + ("all severities" if args.severity == "all" else "warnings only"))

    if args.list and args.split in SEALED:
        print(f"\n(--list ignored: {args.split} is sealed, numbers only)")
    if args.split == "dev" or args.list and args.split in CONSUMED and args.split not in SEALED:
        def show(r):
            return f"  {r['id']} {r['path']}:{r['line']}:{r['column']}\t{r['text']}\t{r['label']}\t{r['note']}"
        misses = [r for r in rows if r["label"] == "unsourced" and not r["flagged"]]
        alarms = [r for r in rows if r["label"] != "unsourced" and r["flagged"]]
        print(f"Misses (unsourced, not flagged): {len(misses)}")
        for r in misses:
            print(show(r))
        print(f"\nFalse alarms (flagged, labelled sourced or not-figure): {len(alarms)}")
        for r in alarms:
            h = r["hit"]
            print(show(r) + f"\t[finding {h.get('line')}:{h.get('column')}-{h.get('endLine')}:{h.get('endColumn')}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
