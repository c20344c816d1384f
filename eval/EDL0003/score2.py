#!/usr/bin/env python3
"""Score rule EDL0003 ("Conflicting numbers") on the blind pair set drawn by candidates.py.

    python3 eval/EDL0003/score2.py --split dev                  # runs the CLI; numbers, then misses and false alarms
    python3 eval/EDL0003/score2.py --split test                 # numbers only: score the test split ONCE
    python3 eval/EDL0003/score2.py --split all                  # numbers only
    python3 eval/EDL0003/score2.py --split test3                # sample 3 (sample3.tsv, labels3-test.tsv): ONCE
    python3 eval/EDL0003/score2.py --split test3 --list-errors  # consumed splits (test, test3): also misses, false links
    python3 eval/EDL0003/score2.py --split test4                # sample 4 (sample4.tsv, labels4-test.tsv): ONCE
    python3 eval/EDL0003/score2.py --split test5                # sample 5 (sample5.tsv, labels5-test.tsv): consumed
    python3 eval/EDL0003/score2.py --split test6                # sample 6 (sample6.tsv, labels6-test.tsv): ONCE
    python3 eval/EDL0003/score2.py --split test6 --id-prefix t6- --json ...   # one part of sample 6 (t6- / t6f-)
    python3 eval/EDL0003/score2.py --split dev --json f.json    # score CLI JSON saved earlier (one or more files)
    python3 eval/EDL0003/score2.py --save-json /tmp/edl3 ...    # keep the CLI's JSON, one file per corpus
    python3 eval/EDL0003/score2.py --labels a.tsv --labels b.tsv   # several label files (e.g. packet-NN.labels.tsv)

Labels: TSV with a header holding at least id and label (conflict / drift / different), usually note; every other
column (paths, positions, spans, stratum, cluster, split) is taken from the samples by id (sample.tsv,
sample3.tsv and sample4.tsv, or the --sample files) when the labels file lacks it, so the labellers' packet-NN.labels.tsv files score
as they are. A note starting "ambiguous" marks a close call; --no-ambiguous leaves those pairs out. Default labels
file: eval/EDL0003/labels2.tsv; with --split test3, eval/EDL0003/labels3-test.tsv (sample 3, split test3: drawn
from test units only, after the first test split was scored; see README.md); with --split test4,
eval/EDL0003/labels4-test.tsv (sample 4, split test4: test units only, no article of sample.tsv or sample3.tsv).

The CLI (without --json) runs once per corpus the selected pairs come from, from the corpus root, over the whole
corpus (the rule compares articles with each other, so it needs all of them):

    duc:        duc/duc2006/**/*.txt duc/duc2007/main/**/*.txt   (duc2007/update is a copy of main)
    wikiref220: wikiref220/**/*.txt
    pk-news:    pk-news/**/*.txt
    dotnet <repo>/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll <globs> --format json --no-rules
           --date-pattern '(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})'

(CLI=<dll> picks another build; without a built dll, `dotnet run --project src/EditorialLint.Cli -c Release --`.)
Articles are dated from their paths as the previous EDL0003 eval scripts did (duc: the date in the file name;
pk-news: the date folder; wikiref220 has no date in its paths and stays undated).

Matching: a labelled mention is (path, line, column, column + UTF-16 length of its span). A finding's primary
location (line, column..endColumn) matches it when on the same line the ranges overlap or the start columns are
within SLACK; a related location (line, column) matches it when its column lies in [column - SLACK, end + SLACK).
A labelled pair is LINKED when one EDL0003 finding's primary location matches one mention and one of its related
locations matches the other, in either order.

    recall of conflicts  = linked conflict pairs / conflict pairs
    precision            = linked conflict pairs / linked labelled pairs
    drift linked         = linked drift pairs / drift pairs            (updates: traps)
    different linked     = linked different pairs / different pairs    (other quantities or agreeing values: traps)
    traps linked         = (linked drift + linked different) / (drift + different)

95% intervals: percentile bootstrap over split units (the cluster column: pairs of one event move together), seed
fixed. Findings: every EDL0003 finding of the run, per corpus, labelled or not.

Exit codes: 0 scoring ran (whatever the scores); 2 missing corpus, files or labels; 1 the CLI failed or its output
could not be parsed.
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
CORPUS = os.environ.get("EDITORIAL_CORPUS", "/work/shared/corpus")
SAMPLE = os.path.join(HERE, "sample.tsv")
SAMPLE3 = os.path.join(HERE, "sample3.tsv")
SAMPLE4 = os.path.join(HERE, "sample4.tsv")
SAMPLE5 = os.path.join(HERE, "sample5.tsv")
SAMPLE6 = os.path.join(HERE, "sample6.tsv")
DEFAULT_LABELS = os.path.join(HERE, "labels2.tsv")
DEFAULT_LABELS3 = os.path.join(HERE, "labels3-test.tsv")
DEFAULT_LABELS4 = os.path.join(HERE, "labels4-test.tsv")
DEFAULT_LABELS5 = os.path.join(HERE, "labels5-test.tsv")
DEFAULT_LABELS6 = os.path.join(HERE, "labels6-test.tsv")
RULE_ID = "EDL0003"
SLACK = 3
LABELS = ("conflict", "drift", "different")
CORPORA = ("duc", "wikiref220", "pk-news")
INPUTS = {"duc": ["duc/duc2006/**/*.txt", "duc/duc2007/main/**/*.txt"],
          "wikiref220": ["wikiref220/**/*.txt"],
          "pk-news": ["pk-news/**/*.txt"]}
DATE_PATTERN = r"(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})"
BOOTSTRAP = 2000


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def fail(msg, code=2):
    sys.stderr.write(f"error: {msg}\n")
    sys.exit(code)


def load_labels(paths, sample_paths):
    sample = {}
    for sample_path in sample_paths:
        if not os.path.isfile(sample_path):
            continue
        for r in read_tsv(sample_path):
            if r["id"] in sample:
                fail(f"pair id {r['id']} is in two sample files")
            sample[r["id"]] = r
    sample_path = " / ".join(os.path.basename(p) for p in sample_paths)
    rows, seen = [], set()
    for path in paths:
        if not os.path.isfile(path):
            fail(f"no labels file {path}")
        for r in read_tsv(path):
            r = {k: (v or "").strip() for k, v in r.items() if k is not None}
            ref = sample.get(r.get("id", ""))
            for key in ("path_a", "line_a", "col_a", "span_a", "path_b", "line_b", "col_b", "span_b", "stratum",
                        "cluster", "split"):
                if not r.get(key):
                    if ref is None:
                        fail(f"{path}: pair {r.get('id')!r} has no {key} and is not in {sample_path}")
                    r[key] = ref[key]
            if ref is not None and any(r[k] != ref[k] for k in ("path_a", "line_a", "col_a", "path_b", "line_b", "col_b")):
                fail(f"{path}: pair {r['id']} does not sit where sample.tsv puts it")
            label = r.get("label", "").lower()
            if label not in LABELS:
                fail(f"{path}: pair {r.get('id')} has label {r.get('label')!r}, not one of {', '.join(LABELS)}")
            if r["id"] in seen:
                fail(f"{path}: pair {r['id']} labelled twice")
            seen.add(r["id"])
            r["label"] = label
            r["corpus"] = r["path_a"].split("/", 1)[0]
            r["ambiguous"] = r.get("note", "").lower().startswith("ambiguous")
            rows.append(r)
    return rows


def normalise_path(path):
    """A finding's path relative to the corpus root, whatever folder the CLI ran from."""
    p = path.replace("\\", "/")
    root = os.path.abspath(CORPUS).replace("\\", "/").rstrip("/") + "/"
    if p.startswith(root):
        return p[len(root):]
    parts = p.split("/")
    for i, part in enumerate(parts):
        if part in CORPORA:
            return "/".join(parts[i:])
    return p.lstrip("./")


def cli_command():
    dll = os.environ.get("CLI") or os.path.join(REPO_ROOT, "src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll")
    if os.path.isfile(dll):
        return ["dotnet", dll]
    return ["dotnet", "run", "--project", os.path.join(REPO_ROOT, "src/EditorialLint.Cli"), "-c", "Release", "--"]


def run_cli(corpus, save_dir):
    if not os.path.isdir(os.path.join(CORPUS, corpus)):
        fail(f"no corpus folder {os.path.join(CORPUS, corpus)}")
    args = cli_command() + INPUTS[corpus] + ["--format", "json", "--no-rules", "--date-pattern", DATE_PATTERN]
    sys.stderr.write(f"running the CLI over {corpus} ...\n")
    done = subprocess.run(args, cwd=CORPUS, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        fail(f"the CLI exited {done.returncode} on {corpus}:\n{done.stderr[-2000:]}", 1)
    if save_dir:
        os.makedirs(save_dir, exist_ok=True)
        with open(os.path.join(save_dir, f"{corpus}.json"), "w", encoding="utf-8") as f:
            f.write(done.stdout)
    return parse_findings(done.stdout, f"CLI output on {corpus}")


def parse_findings(text, what):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        fail(f"{what} is not JSON: {e}", 1)
    return [f for f in data if f.get("id") == RULE_ID]


def mention(r, side):
    col = int(r[f"col_{side}"])
    return r[f"path_{side}"], int(r[f"line_{side}"]), col, col + max(1, utf16_len(r[f"span_{side}"]))


def primary_matches(f, m):
    path, line, col, end = m
    if f["path"] != path or f["line"] != line:
        return False
    fcol = f["column"]
    fend = f.get("endColumn") if f.get("endLine", line) == line else 10 ** 9
    fend = fend if fend and fend > fcol else fcol + 1
    return (fcol < end and col < fend) or abs(fcol - col) <= SLACK


def related_matches(rel, m):
    path, line, col, end = m
    return rel["path"] == path and rel["line"] == line and col - SLACK <= rel["column"] < end + SLACK


def linked_pairs(rows, findings):
    """ids of the labelled pairs some finding links."""
    by_line = {}
    for f in findings:
        by_line.setdefault((f["path"], f["line"]), []).append(f)
    linked = set()
    for r in rows:
        a, b = mention(r, "a"), mention(r, "b")
        for first, second in ((a, b), (b, a)):
            for f in by_line.get((first[0], first[1]), ()):
                if primary_matches(f, first) and any(related_matches(rel, second) for rel in f["related"]):
                    linked.add(r["id"])
                    break
            if r["id"] in linked:
                break
    return linked


def counts(rows, linked):
    c = {lab: sum(r["label"] == lab for r in rows) for lab in LABELS}
    l = {lab: sum(r["label"] == lab and r["id"] in linked for r in rows) for lab in LABELS}
    return c, l


def ratio(a, b):
    return a / b if b else None


def metrics(rows, linked):
    c, l = counts(rows, linked)
    linked_total = sum(l.values())
    return {
        "recall": ratio(l["conflict"], c["conflict"]),
        "precision": ratio(l["conflict"], linked_total),
        "drift": ratio(l["drift"], c["drift"]),
        "different": ratio(l["different"], c["different"]),
        "traps": ratio(l["drift"] + l["different"], c["drift"] + c["different"]),
    }


def bootstrap(rows, linked, key):
    units = {}
    for r in rows:
        units.setdefault(r["cluster"], []).append(r)
    groups = list(units.values())
    if len(groups) < 2:
        return None
    rng = random.Random(3)
    values = []
    for _ in range(BOOTSTRAP):
        draw = [r for _ in groups for r in rng.choice(groups)]
        v = metrics(draw, linked)[key]
        if v is not None:
            values.append(v)
    if len(values) < BOOTSTRAP // 2:
        return None
    values.sort()
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def fmt(v, ci=None):
    if v is None:
        return "–"
    s = f"{v:.2f}"
    return s + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "")


def report(rows, linked, findings_per_corpus, split, left_out=0):
    print(f"EDL0003 on the blind pair set, split {split}: {len(rows)} labelled pairs "
          f"({sum(r['ambiguous'] for r in rows)} marked ambiguous"
          + (f"; {left_out} ambiguous pairs left out" if left_out else "") + ")\n")
    print("| corpus | pairs | conflict | drift | different | linked | recall | precision | drift linked | "
          "different linked | traps linked | findings |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    groups = [(c, [r for r in rows if r["corpus"] == c]) for c in CORPORA] + [("all", rows)]
    for name, rs in groups:
        if not rs and name != "all":
            continue
        c, l = counts(rs, linked)
        m = metrics(rs, linked)
        big = name == "all"
        found = findings_per_corpus.get(name) if name != "all" else (
            sum(findings_per_corpus.values()) if findings_per_corpus else None)
        print(f"| {name} | {len(rs)} | {c['conflict']} | {c['drift']} | {c['different']} | {sum(l.values())} | "
              f"{fmt(m['recall'], bootstrap(rs, linked, 'recall') if big else None)} | "
              f"{fmt(m['precision'], bootstrap(rs, linked, 'precision') if big else None)} | "
              f"{fmt(m['drift'])} | {fmt(m['different'])} | "
              f"{fmt(m['traps'], bootstrap(rs, linked, 'traps') if big else None)} | "
              f"{found if found is not None else '–'} |")
    print()
    print("| stratum | pairs | conflict | linked conflicts | linked traps |")
    print("|---|---|---|---|---|")
    for stratum in sorted({r["stratum"] for r in rows}):
        rs = [r for r in rows if r["stratum"] == stratum]
        c, l = counts(rs, linked)
        print(f"| {stratum} | {len(rs)} | {c['conflict']} | {l['conflict']} | {l['drift'] + l['different']} |")


def list_errors(rows, linked):
    def line(r):
        return (f"  {r['id']} [{r['stratum']}] {r['path_a']}:{r['line_a']}:{r['col_a']} '{r['span_a']}'  ~  "
                f"{r['path_b']}:{r['line_b']}:{r['col_b']} '{r['span_b']}'" + (f"  ({r['note']})" if r.get("note") else ""))
    misses = [r for r in rows if r["label"] == "conflict" and r["id"] not in linked]
    alarms = [r for r in rows if r["label"] != "conflict" and r["id"] in linked]
    print(f"\nMissed conflicts ({len(misses)}):")
    for r in misses:
        print(line(r))
    print(f"\nFalse alarms: linked pairs labelled drift or different ({len(alarms)}):")
    for r in alarms:
        print(f"  [{r['label']}]" + line(r)[1:])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "test3", "test4", "test5", "test6", "all"), default="dev")
    ap.add_argument("--labels", action="append",
                    help="labels TSV (repeatable; default labels2.tsv, with --split test3 labels3-test.tsv, "
                         "with --split test4 labels4-test.tsv, with --split test5 labels5-test.tsv, "
                         "with --split test6 labels6-test.tsv)")
    ap.add_argument("--sample", action="append",
                    help="sample TSV the labels' ids refer to (repeatable; default sample.tsv, sample3.tsv, sample4.tsv, sample5.tsv, sample6.tsv)")
    ap.add_argument("--id-prefix", help="score only the pairs whose id starts so (sample 6: t6- test units, t6f- the "
                    "fresh part from any unit)")
    ap.add_argument("--json", action="append", help="CLI JSON saved earlier (repeatable) instead of running the CLI")
    ap.add_argument("--save-json", help="folder to keep the CLI's JSON in, one file per corpus")
    ap.add_argument("--no-ambiguous", action="store_true", help="leave out pairs whose note starts 'ambiguous'")
    ap.add_argument("--list-errors", action="store_true",
                    help="also list misses and false links for the consumed test and test3 splits (dev lists them always)")
    args = ap.parse_args(argv)

    default_labels = {"test3": DEFAULT_LABELS3, "test4": DEFAULT_LABELS4, "test5": DEFAULT_LABELS5,
                      "test6": DEFAULT_LABELS6}.get(args.split, DEFAULT_LABELS)
    rows = load_labels(args.labels or [default_labels], args.sample or [SAMPLE, SAMPLE3, SAMPLE4, SAMPLE5, SAMPLE6])
    if args.split != "all":
        rows = [r for r in rows if r["split"] == args.split]
    if args.id_prefix:
        rows = [r for r in rows if r["id"].startswith(args.id_prefix)]
    left_out = 0
    if args.no_ambiguous:
        left_out = sum(r["ambiguous"] for r in rows)
        rows = [r for r in rows if not r["ambiguous"]]
    if not rows:
        fail(f"no labelled pairs in split {args.split}")
    needed = [c for c in CORPORA if any(r["corpus"] == c for r in rows)]

    findings, per_corpus = [], {}
    if args.json:
        for path in args.json:
            if not os.path.isfile(path):
                fail(f"no JSON file {path}")
            with open(path, encoding="utf-8") as f:
                got = parse_findings(f.read(), path)
            for fnd in got:
                fnd["path"] = normalise_path(fnd["path"])
                corpus = fnd["path"].split("/", 1)[0]
                per_corpus[corpus] = per_corpus.get(corpus, 0) + 1
            findings += got
    else:
        for corpus in needed:
            got = run_cli(corpus, args.save_json)
            for fnd in got:
                fnd["path"] = normalise_path(fnd["path"])
            per_corpus[corpus] = len(got)
            findings += got
    for fnd in findings:
        for rel in fnd.get("related") or []:
            rel["path"] = normalise_path(rel["path"])
        fnd.setdefault("related", [])

    linked = linked_pairs(rows, findings)
    report(rows, linked, per_corpus, args.split + (f", ids {args.id_prefix}*" if args.id_prefix else ""), left_out)
    # The consumed splits (test, test3) are development data now; a fresh blind split is never listed.
    if args.split == "dev" or args.list_errors and args.split in ("test", "test3", "test4", "test5", "test6"):
        list_errors(rows, linked)
    return 0


if __name__ == "__main__":
    sys.exit(main())
