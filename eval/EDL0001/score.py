#!/usr/bin/env python3
"""Score EDL0001 (spell a term one way) against the labelled candidate groups.

Runs the CLI once per corpus (one desk each), from the repo root, with JSON output:

    dotnet run --project src/EditorialLint.Cli -c Release -- <corpus folder(s)> --format json
        --exclude '**/*.md' (--no-rules | --rules rules)

(duc is given as its two folders duc/duc2006 and duc/duc2007/main; duc2007/update repeats main). Default rules
only, unless --house-list (then the shipped rules/ folder, with rules/house-style.yml, is used). Or read JSON
saved earlier: --json-dir DIR with DIR/<corpus>.json.

What a finding links. For each EDL0001 finding the scorer collects the forms it names: the flagged span's text
(read from the article at the finding's line/column, lines broken as the CLI breaks them), its `replacement`
property, a `forms` property if present, and every `'form' ×N` in the message. All forms of one finding are one
term; findings are joined per corpus (union-find), so two forms are *linked* when some chain of findings puts
them in one term. A pair is also linked when the rule links exactly the words in which the two forms differ
(the group `Shehbaz Sharif | Shahbaz Sharif` is linked by a finding joining `Shehbaz`/`Shahbaz`), or links the
two forms inside a longer shared context (`Shehbaz Sharif`/`Shahbaz Sharif` links the group `Shehbaz | Shahbaz`).

Matching of forms is case-sensitive, with one exception for sentence-initial capitals: a lower-case group form
matches a rule form that differs from it only by a capital first letter (`heatwave` ~ `Heatwave`), and such a
match never links a form to itself (a case-only group `internet | Internet` is linked only when the rule joins
two different rule forms). Apostrophes (’ ' ´ ʼ) are unified and a possessive 's is dropped on both sides, as
candidates.py does when it counts forms.

Scores, per class and split:
  recall       variant groups (and the same_forms sets of partial groups) all of whose forms are linked
  false merges trap groups with any two forms linked (partial groups: two forms not in one same_forms set)
  misspelling  trap kind `misspelling` is shown on its own line and counted neither way
  findings     the number of EDL0001 findings per corpus (over the whole corpus, not only the groups)

--split test, test3, test4, ..., test14 and test15 print the numbers only; --list also lists test/test3/.../test14
misses (all scored once: development data now; test14 was scored once, in stop 31 on main 11a9897), never test15
misses (sealed). --split dev (and all) also list the dev misses and false merges by id and forms (no article text);
--split all leaves the sealed test15 out.

Sample 3 (split test3, eval/EDL0001/sample3.tsv) is scored from its own label file, once:

    python3 eval/EDL0001/score.py --labels eval/EDL0001/labels3-test.tsv --split test3

Sample 4 (split test4, eval/EDL0001/sample4.tsv) likewise, once; its label file is the default for --split test4:

    python3 eval/EDL0001/score.py --split test4        # reads eval/EDL0001/labels4-test.tsv

Sample 5 (split test5, eval/EDL0001/sample5.tsv, drawn in stop 22) likewise, once; test4 is development data now:

    python3 eval/EDL0001/score.py --split test5        # reads eval/EDL0001/labels5-test.tsv

Sample 6 (split test6, eval/EDL0001/sample6.tsv, drawn in stop 23) likewise, once; it was scored in stop 23 and is
development data now:

    python3 eval/EDL0001/score.py --split test6        # reads eval/EDL0001/labels6-test.tsv

Sample 7 (split test7, eval/EDL0001/sample7.tsv, drawn in stop 24) likewise, once; it was scored in stop 24 and is
development data now:

    python3 eval/EDL0001/score.py --split test7        # reads eval/EDL0001/labels7-test.tsv

Sample 8 (split test8, eval/EDL0001/sample8.tsv, drawn in stop 25) likewise, once, at the end; it is sealed until
then, so --list lists none of its misses or false merges:

    python3 eval/EDL0001/score.py --split test8        # reads eval/EDL0001/labels8-test.tsv

(test8 was scored once, in stop 25, and is development data now.)

Sample 9 (split test9, eval/EDL0001/sample9.tsv, drawn in stop 26) likewise, once:

    python3 eval/EDL0001/score.py --split test9        # reads eval/EDL0001/labels9-test.tsv

(test9 was scored once, in stop 26 on main 78279a6, and is development data now.)

Sample 10 (split test10, eval/EDL0001/sample10.tsv, drawn in stop 27) likewise, once:

    python3 eval/EDL0001/score.py --split test10       # reads eval/EDL0001/labels10-test.tsv

(test10 was scored once, in stop 27 on main 09c74f8, and is development data now.)

Sample 11 (split test11, eval/EDL0001/sample11.tsv, drawn in stop 28) likewise, once:

    python3 eval/EDL0001/score.py --split test11       # reads eval/EDL0001/labels11-test.tsv

(test11 was scored once, in stop 28 on main cd812df, and is development data now.)

Sample 12 (split test12, eval/EDL0001/sample12.tsv, drawn in stop 29) likewise, once:

    python3 eval/EDL0001/score.py --split test12       # reads eval/EDL0001/labels12-test.tsv

(test12 was scored once, in stop 29 on main f7b1b1f, and is development data now.)

Sample 13 (split test13, eval/EDL0001/sample13.tsv, drawn in stop 30) likewise, once:

    python3 eval/EDL0001/score.py --split test13       # reads eval/EDL0001/labels13-test.tsv

(test13 was scored once, in stop 30 on main f8f84eb, and is development data now.)

Sample 14 (split test14, eval/EDL0001/sample14.tsv, drawn in stop 31) likewise, once:

    python3 eval/EDL0001/score.py --split test14       # reads eval/EDL0001/labels14-test.tsv

(test14 was scored once, in stop 31 on main 11a9897, and is development data now.)

Sample 15 (split test15, eval/EDL0001/sample15.tsv, drawn in stop 32) likewise, once, at the end; it is sealed until
then, so --list lists none of its misses or false merges and --split all leaves it out:

    python3 eval/EDL0001/score.py --split test15       # reads eval/EDL0001/labels15-test.tsv
"""
import argparse
import collections
import csv
import itertools
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import candidates as C  # noqa: E402  (corpus layout, form normalisation)

RULE_ID = "EDL0001"
SPLITS = ("dev", "test", C.SAMPLE3_SPLIT, C.SAMPLE4_SPLIT, C.SAMPLE5_SPLIT, C.SAMPLE6_SPLIT,
          C.SAMPLE7_SPLIT, C.SAMPLE8_SPLIT, C.SAMPLE9_SPLIT, C.SAMPLE10_SPLIT,
          C.SAMPLE11_SPLIT, C.SAMPLE12_SPLIT, C.SAMPLE13_SPLIT,
          C.SAMPLE14_SPLIT, C.SAMPLE15_SPLIT)   # test3: sample3.tsv, ..., test15: sample15.tsv
NUMBERS_ONLY = ("test", C.SAMPLE3_SPLIT, C.SAMPLE4_SPLIT, C.SAMPLE5_SPLIT, C.SAMPLE6_SPLIT, C.SAMPLE7_SPLIT,
                C.SAMPLE8_SPLIT, C.SAMPLE9_SPLIT, C.SAMPLE10_SPLIT, C.SAMPLE11_SPLIT, C.SAMPLE12_SPLIT,
                C.SAMPLE13_SPLIT, C.SAMPLE14_SPLIT, C.SAMPLE15_SPLIT)
SEALED = ()   # not scored yet: numbers only even with --list, and left out of --split all (test6 to test15 were each scored once, test15 on main 4dde81f in stop 32: development data)
LABELS4 = os.path.join(HERE, "labels4-test.tsv")   # the default label file of --split test4
LABELS5 = os.path.join(HERE, "labels5-test.tsv")   # the default label file of --split test5
LABELS6 = os.path.join(HERE, "labels6-test.tsv")   # the default label file of --split test6
LABELS7 = os.path.join(HERE, "labels7-test.tsv")   # the default label file of --split test7
LABELS8 = os.path.join(HERE, "labels8-test.tsv")   # the default label file of --split test8
LABELS9 = os.path.join(HERE, "labels9-test.tsv")   # the default label file of --split test9
LABELS10 = os.path.join(HERE, "labels10-test.tsv")   # the default label file of --split test10
LABELS11 = os.path.join(HERE, "labels11-test.tsv")   # the default label file of --split test11
LABELS12 = os.path.join(HERE, "labels12-test.tsv")   # the default label file of --split test12
LABELS13 = os.path.join(HERE, "labels13-test.tsv")   # the default label file of --split test13
LABELS14 = os.path.join(HERE, "labels14-test.tsv")   # the default label file of --split test14
LABELS15 = os.path.join(HERE, "labels15-test.tsv")   # the default label file of --split test15
CLASSES = C.CLASSES
LABELS = C.LABELS
MSG_FORM_RE = re.compile(r"(?:(?<=\()|(?<=, ))'([^\n]+?)' ?[×x] ?\d+")
CLI_BREAKS = re.compile(r"\r\n|[\r\n\u0085\u2028\u2029]")


def norm_form(s):
    s = unicodedata.normalize("NFC", s.strip().translate(C.APOSTROPHES))
    s = re.sub(r"\s+", " ", s)
    if len(s) > 3 and s.endswith("'s"):
        s = s[:-2]
    return s


def split_forms(s):
    return [norm_form(f) for f in s.split(" | ") if f.strip()]


def load_labels(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    rows = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"):
        lab = (r.get("label") or "").strip()
        if lab not in LABELS:
            sys.exit(f"{path}: group {r.get('id')}: label {lab!r} is not one of {', '.join(LABELS)}")
        if r.get("split") not in SPLITS:
            sys.exit(f"{path}: group {r.get('id')}: no split column (merge the labels with candidates.py merge-labels)")
        r["forms_list"] = split_forms(r["forms"])
        cls = (r.get("class") or "").strip()
        r["class"] = cls
        if lab in ("variant", "partial") and cls not in CLASSES:
            sys.exit(f"{path}: group {r['id']}: class {cls!r} is not one of {', '.join(CLASSES)}")
        sets = []
        if lab == "variant":
            sets = [r["forms_list"]]
        elif lab == "partial":
            for part in (r.get("same_forms") or "").split(";"):
                fs = split_forms(part)
                unknown = [f for f in fs if f not in r["forms_list"]]
                if unknown:
                    sys.exit(f"{path}: group {r['id']}: same_forms {unknown} not among its forms")
                if len(fs) >= 2:
                    sets.append(fs)
            if not sets:
                sys.exit(f"{path}: group {r['id']}: partial without two same_forms")
        r["sets"] = sets
        rows.append(r)
    return rows


# ------------------------------------------------------------------------------------------ CLI output ----

def corpus_folders(root, corpus):
    return [os.path.join(root, sub) for sub in C.CORPORA[corpus]]


def extract_json_array(text):
    try:
        data = json.loads(text.strip())
    except ValueError:
        data = None
        dec = json.JSONDecoder()
        for i, ch in enumerate(text):
            if ch == "[":
                try:
                    data, _ = dec.raw_decode(text, i)
                    break
                except ValueError:
                    continue
    if isinstance(data, dict):
        for key in ("findings", "diagnostics", "results"):
            if isinstance(data.get(key), list):
                return data[key]
    if not isinstance(data, list):
        raise ValueError("no JSON array of findings in the CLI output")
    return data


def run_cli(folders, args):
    cmd = [args.dotnet, "run", "--project", "src/EditorialLint.Cli", "-c", "Release", "--"] + folders + \
          ["--format", "json", "--exclude", "**/*.md"] + (["--rules", "rules"] if args.house_list else ["--no-rules"]) + \
          args.cli_arg
    print("running: " + " ".join(cmd), file=sys.stderr)
    try:
        p = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, encoding="utf-8")
    except OSError as e:
        sys.exit(f"could not run {args.dotnet}: {e}")
    try:
        return extract_json_array(p.stdout)
    except ValueError as e:
        sys.stderr.write(f"CLI exited {p.returncode}; {e}\n--- stderr ---\n{p.stderr[-3000:]}\n")
        sys.exit(1)


class SpanReader:
    def __init__(self):
        self.cache = {}

    def text(self, path, f):
        p = path if os.path.isabs(path) else os.path.join(REPO_ROOT, path)
        if p not in self.cache:
            if len(self.cache) > 500:
                self.cache.clear()
            try:
                with open(p, encoding="utf-8", errors="replace") as fh:
                    self.cache[p] = CLI_BREAKS.split(fh.read())
            except OSError:
                self.cache[p] = None
        lines = self.cache[p]
        try:
            l1, c1, l2, c2 = f["line"], f["column"], f.get("endLine", f["line"]), f.get("endColumn")
        except KeyError:
            return None
        if lines is None or c2 is None or l1 < 1 or l2 > len(lines):
            return None
        if l1 == l2:
            return utf16_slice(lines[l1 - 1], c1 - 1, c2 - 1)
        parts = [utf16_slice(lines[l1 - 1], c1 - 1, None)] + lines[l1:l2 - 1] + [utf16_slice(lines[l2 - 1], 0, c2 - 1)]
        return " ".join(parts)


def utf16_slice(line, a, b):
    units = line.encode("utf-16-le")
    end = len(units) if b is None else 2 * b
    return units[2 * a:end].decode("utf-16-le", errors="replace")


def finding_forms(f, spans):
    forms = []
    t = spans.text(f.get("path", ""), f)
    if t:
        forms.append(t)
    props = f.get("properties") or {}
    if props.get("replacement"):
        forms.append(props["replacement"])
    pf = props.get("forms")
    if isinstance(pf, list):
        forms += [str(x) for x in pf]
    elif isinstance(pf, str) and pf:
        try:
            v = json.loads(pf)
            forms += [str(x) for x in v] if isinstance(v, list) else [pf]
        except ValueError:
            forms += re.split(r"\s*[|\n\t;]\s*", pf)
    forms += MSG_FORM_RE.findall(f.get("message", ""))
    return {norm_form(x) for x in forms if x and x.strip()}


def word_diff(a, b):
    return C.word_diff(a, b)


def first_case_alts(x):
    """A group form and the rule forms it matches. Only lower-case group forms take a capital: candidates.py
    lowers a sentence-initial capital when the corpus mostly writes the word in lower case, so a capitalised
    group form is a proper name (Labour the party, Research Center), and the rule joining the common words
    labour/labor or centre/center says nothing about it. (Up to 2026-12-06 both directions were matched; run
    with --both-case-directions for that reading.)"""
    if not x:
        return {x}
    if BOTH_CASE_DIRECTIONS or x[0].islower():
        return {x, x[0].swapcase() + x[1:]}
    return {x}


BOTH_CASE_DIRECTIONS = False


class Links:
    """The pairs of forms one corpus's findings link."""

    def __init__(self, findings, spans):
        parent = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for f in findings:
            fs = sorted(finding_forms(f, spans))
            for x in fs:
                find(x)
            for x in fs[1:]:
                parent[find(x)] = find(fs[0])
        comps = collections.defaultdict(list)
        for x in list(parent):
            comps[find(x)].append(x)
        self.nodes = set(parent)
        self.pairs = set()
        for members in comps.values():
            if len(members) > 300:  # a runaway component: still link its members, but do not expand contexts
                print(f"note: one linked component has {len(members)} forms", file=sys.stderr)
            for a, b in itertools.combinations(sorted(members), 2):
                self.pairs.add((a, b))
                self.pairs.add((b, a))
                if len(members) <= 300:
                    da, db = word_diff(a, b)
                    if (da, db) != (a, b):
                        self.pairs.add((da, db))
                        self.pairs.add((db, da))

    def linked(self, a, b):
        for x, y in {(a, b), word_diff(a, b)}:
            for xa in first_case_alts(x):
                for yb in first_case_alts(y):
                    if xa != yb and (xa, yb) in self.pairs:
                        return True
        return False


def all_linked(links, forms):
    parent = {f: f for f in forms}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x
    for a, b in itertools.combinations(forms, 2):
        if links.linked(a, b):
            parent[find(a)] = find(b)
    return len({find(f) for f in forms}) == 1


def score_group(r, links):
    """(recall items [(class, hit)], merge item (kind, merged) or None)"""
    rec = []
    if r["label"] in ("variant", "partial"):
        for s in r["sets"]:
            rec.append((r["class"], all_linked(links, s)))
    merge = None
    if r["label"] == "trap":
        kind = r["class"] or "unspecified"
        merged = any(links.linked(a, b) for a, b in itertools.combinations(r["forms_list"], 2))
        merge = (kind, merged)
    elif r["label"] == "partial":
        same = [set(s) for s in r["sets"]]
        cross = [(a, b) for a, b in itertools.combinations(r["forms_list"], 2)
                 if not any(a in s and b in s for s in same)]
        if cross:
            merge = ("partial-rest", any(links.linked(a, b) for a, b in cross))
    return rec, merge


def ratio(n, d):
    return f"{n / d:.2f} ({n}/{d})" if d else "n/a (0/0)"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", help="label file (default labels.tsv; labels4-test.tsv with --split test4)")
    ap.add_argument("--split", choices=SPLITS + ("all",), default="dev")
    ap.add_argument("--corpus", help="corpus folder (default $EDITORIAL_CORPUS or ../shared/corpus)")
    ap.add_argument("--house-list", action="store_true", help="lint with the shipped rules/ folder (house-style.yml)")
    ap.add_argument("--json-dir", help="read <corpus>.json from this folder instead of running the CLI")
    ap.add_argument("--save-json-dir", help="write each corpus's raw findings to <dir>/<corpus>.json (outside the repo)")
    ap.add_argument("--dotnet", default=os.environ.get("DOTNET", "dotnet"))
    ap.add_argument("--cli-arg", action="append", default=[], help="extra CLI argument (repeatable)")
    ap.add_argument("--list", action="store_true",
                    help="also list misses and false merges for test/test3/test4 (consumed splits, development data now, test5 to test14 included after their one score; "
                         "never for the sealed test15)")
    ap.add_argument("--both-case-directions", action="store_true",
                    help="the scoring before 2026-12-06: a capitalised group form also matches the rule's lower-case form")
    args = ap.parse_args()
    global BOTH_CASE_DIRECTIONS
    BOTH_CASE_DIRECTIONS = args.both_case_directions

    root = args.corpus or os.environ.get("EDITORIAL_CORPUS", C.DEFAULT_CORPUS)
    if not os.path.isdir(root):
        sys.exit(f"error: corpus folder not found: {root}")
    if args.labels is None:
        args.labels = {C.SAMPLE4_SPLIT: LABELS4, C.SAMPLE5_SPLIT: LABELS5, C.SAMPLE6_SPLIT: LABELS6,
                       C.SAMPLE7_SPLIT: LABELS7, C.SAMPLE8_SPLIT: LABELS8, C.SAMPLE9_SPLIT: LABELS9,
                       C.SAMPLE10_SPLIT: LABELS10, C.SAMPLE11_SPLIT: LABELS11,
                       C.SAMPLE12_SPLIT: LABELS12, C.SAMPLE13_SPLIT: LABELS13,
                       C.SAMPLE14_SPLIT: LABELS14, C.SAMPLE15_SPLIT: LABELS15}.get(args.split, os.path.join(HERE, "labels.tsv"))
    if not os.path.isfile(args.labels):
        sys.exit(f"error: label file not found: {args.labels} (merge the labels first: candidates.py merge-labels)")
    rows = load_labels(args.labels)
    if not any(args.split == "all" or r["split"] == args.split for r in rows):
        sys.exit(f"{args.labels}: no labelled groups of split {args.split}")
    corpora = [c for c in C.CORPORA if any(r["corpus"] == c for r in rows)]
    spans = SpanReader()
    links, n_findings = {}, {}
    for c in corpora:
        if args.json_dir:
            with open(os.path.join(args.json_dir, f"{c}.json"), encoding="utf-8") as f:
                findings = extract_json_array(f.read())
        else:
            findings = run_cli(corpus_folders(os.path.abspath(root), c), args)
            if args.save_json_dir:
                os.makedirs(args.save_json_dir, exist_ok=True)
                with open(os.path.join(args.save_json_dir, f"{c}.json"), "w", encoding="utf-8") as f:
                    json.dump(findings, f, ensure_ascii=False)
        findings = [f for f in findings if f.get("id") == RULE_ID]
        n_findings[c] = len(findings)
        links[c] = Links(findings, spans)

    # --split all: every split of the label file but the sealed ones (a sealed split is scored only by its own name)
    chosen = [r for r in rows if (args.split == "all" and r["split"] not in SEALED) or r["split"] == args.split]
    recall = collections.defaultdict(lambda: [0, 0])
    recall_corpus = collections.defaultdict(lambda: [0, 0])
    merges = collections.defaultdict(lambda: [0, 0])
    misses, false_merges = [], []
    for r in chosen:
        rec, merge = score_group(r, links[r["corpus"]])
        for cls, hit in rec:
            recall[cls][1] += 1
            recall[cls][0] += hit
            recall_corpus[r["corpus"]][1] += 1
            recall_corpus[r["corpus"]][0] += hit
            if not hit:
                misses.append((r, cls))
        if merge:
            kind, merged = merge
            merges[kind][1] += 1
            merges[kind][0] += merged
            if merged and kind != "misspelling":
                false_merges.append((r, kind))

    print(f"EDL0001 on {args.split} ({len(chosen)} labelled groups; {'house list' if args.house_list else 'default rules'})")
    print("findings: " + ", ".join(f"{c} {n_findings[c]}" for c in corpora))
    tot_hit = sum(v[0] for v in recall.values())
    tot = sum(v[1] for v in recall.values())
    print(f"\nrecall (variant groups whose forms are all linked): {ratio(tot_hit, tot)}")
    for cls in CLASSES:
        print(f"  {cls:<17} {ratio(*recall[cls])}")
    for c in corpora:
        print(f"  [{c}] {ratio(*recall_corpus[c])}")
    fm = sum(v[0] for k, v in merges.items() if k != "misspelling")
    ft = sum(v[1] for k, v in merges.items() if k != "misspelling")
    print(f"\nfalse merges (trap groups with two forms linked, incl. the rest of partial groups): {ratio(fm, ft)}")
    for kind in sorted(merges):
        if kind != "misspelling":
            print(f"  {kind:<17} {ratio(*merges[kind])}")
    if "misspelling" in merges:
        print(f"misspellings linked (neither recall nor false merge): {ratio(*merges['misspelling'])}")

    # every test split up to test14 has been scored once (test14 on main 11a9897) and is development data
    # now: --list lists its misses; test15 is sealed until its one score, so never
    if args.split not in NUMBERS_ONLY or (args.list and args.split not in SEALED):
        shown = args.split if args.split in NUMBERS_ONLY else "dev"
        dev_miss = [(r, c) for r, c in misses if r["split"] == shown]
        dev_fm = [(r, k) for r, k in false_merges if r["split"] == shown]
        print(f"\n{shown} misses ({len(dev_miss)}):")
        for r, cls in dev_miss:
            forms = " | ".join(r["sets"][0]) if r["label"] == "partial" else r["forms"]
            print(f"  {r['id']}  {r['corpus']:<10} {cls:<16} {forms}")
        print(f"\n{shown} false merges ({len(dev_fm)}):")
        for r, kind in dev_fm:
            print(f"  {r['id']}  {r['corpus']:<10} {kind:<16} {r['forms']}")


if __name__ == "__main__":
    main()
