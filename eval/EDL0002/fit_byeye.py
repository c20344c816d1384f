#!/usr/bin/env python3
"""Score EDL0002's warning tier against the by-eye readers' verdicts (right y/n, act y/n on random warnings of stops
27-31) and the act labels of test8 ... test14, held out: today's hand weights against today's weights with one
candidate feature whose weight is chosen on the other folds.

The verdict files stay outside the repository (their reason column may quote articles): this script reads only their
corpus, path:line:column, right and act columns and prints counts. A verdict is matched to today's finding whose head
starts at its path:line:column (else a finding with a figure on that line within 12 columns); a verdict whose finding
is gone (a false alarm fixed since) is left out. The evidence is the eval tool's export (fit_tier.py's docstring), run
over the by-eye articles and the sample articles:

    for f in /tmp/eye-s2[7-9]/EDL0002/verdicts-*.tsv /tmp/eye-s30/EDL0002/verdicts-*.tsv; do
        tail -n +2 $f | cut -f3 | sed 's#^.*/corpus/##; s#:[0-9]*:[0-9]*$##'; done > /tmp/paths.txt
    for n in 8 9 10 11 12 13 14; do cut -f2 eval/EDL0002/labels$n-test.tsv | tail -n +2; done >> /tmp/paths.txt
    # or, from a clean clone (the verdicts of every stop are in eval/EDL0002/byeye-verdicts.tsv):
    #   tail -n +3 eval/EDL0002/byeye-verdicts.tsv | cut -f4 | sed 's#:[0-9]*:[0-9]*$##' > /tmp/paths.txt
    sort -u -o /tmp/paths.txt /tmp/paths.txt
    dotnet eval/EDL0002/Evidence/bin/Release/net10.0/EditorialLint.Eval.Evidence.dll ../shared/corpus /tmp/paths.txt /tmp/ev.tsv
    python3 eval/EDL0002/fit_byeye.py /tmp/ev.tsv /tmp/eye-s27 /tmp/eye-s28 /tmp/eye-s29 /tmp/eye-s30 [--curve]
    python3 eval/EDL0002/fit_byeye.py /tmp/ev.tsv eval/EDL0002/byeye-verdicts.tsv     # the same verdicts, from the repo
    # stop 31's change, held out against the weights before it:
    python3 eval/EDL0002/fit_byeye.py /tmp/ev.tsv /tmp/eye-s2? /tmp/eye-s30 --set measure_or_magnitude=0 \
        --features measure_or_magnitude --detail
    # stop 32's change (a toll in background position, the account's source): the weights chosen held out, then the
    # shipped weights against the weights before them on every fold
    python3 eval/EDL0002/fit_byeye.py /tmp/ev.tsv eval/EDL0002/byeye-verdicts.tsv --set toll_background=0 \
        --set lede_account=0 --features toll_background,lede_account --detail
    python3 eval/EDL0002/fit_byeye.py /tmp/ev.tsv eval/EDL0002/byeye-verdicts.tsv --set toll_background=0 \
        --set lede_account=0 --versus toll_background=-2 --versus lede_account=-4

Folds: one per by-eye stop (leave-one-stop-out) and one per labelled sample (leave-one-sample-out); a candidate's
weight (-6 ... +6) is chosen on all other folds of both kinds (highest pooled act share of warnings keeping the pooled
act=y recall of today's weights there), then scored on the held-out fold. By-eye act share: act=y over the verdicts
still warnings (wrong ones count as not acted on); labelled act share: act=y over unsourced warning hits, as
score2.py --act --severity warning. --curve prints the held-out curve of raising the warning threshold instead.
"""
import argparse
import csv
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_tier as ft  # noqa: E402

LABELLED = ["test8", "test9", "test10", "test11", "test12", "test13", "test14"]


def read_labels():
    rows = []
    for n in range(8, 15):
        with open(os.path.join(ft.HERE, f"labels{n}-test.tsv"), encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                r["line"], r["column"] = int(r["line"]), int(r["column"])
                rows.append(r)
    return rows


def read_verdicts(dirs):
    """(stop, corpus-relative path, line, column, right, act) of every verdict; the reason column is not read."""
    out = []
    for d in dirs:
        if os.path.isfile(d):
            # eval/EDL0002/byeye-verdicts.tsv: the same verdicts kept in the repo (stop, corpus, n, position, right, act).
            with open(d, encoding="utf-8") as f:
                rows = [r for r in f if not r.startswith("#")]
            for r in csv.DictReader(rows, delimiter="\t"):
                m = re.match(r"(.*):(\d+):(\d+)$", r["position"])
                out.append({"stop": "eye-s" + r["stop"], "path": m.group(1), "line": int(m.group(2)), "column": int(m.group(3)),
                             "right": r["right"].strip(), "act": r["act"].strip()})
            continue
        stop = os.path.basename(os.path.normpath(d))
        for fn in sorted(glob.glob(os.path.join(d, "EDL0002", "verdicts-*.tsv"))):
            with open(fn, encoding="utf-8") as f:
                for i, row in enumerate(f):
                    cols = row.rstrip("\n").split("\t")
                    if i == 0 or len(cols) < 5:
                        continue
                    m = re.match(r"(.*):(\d+):(\d+)$", cols[2])
                    path = re.sub(r"^.*?/corpus/", "", m.group(1))
                    out.append({"stop": stop, "path": path, "line": int(m.group(2)), "column": int(m.group(3)),
                                "right": cols[3].strip(), "act": cols[4].strip()})
    return out


def verdict_runs(v, by_path):
    """The finding a verdict read: the one whose head starts where the verdict points, else one with a figure there."""
    cands = by_path.get(v["path"], [])
    exact = [k for k, figs in cands if k[1] == v["line"] and k[2] == v["column"]]
    if exact:
        return exact[:1]
    near = [k for k, figs in cands if any(f["line"] == v["line"] and abs(f["col"] - v["column"]) <= ft.COL_SLACK
                                          for f in figs)]
    return near[:1]


def own(v, figs):
    return ft.own_figure({"line": v["line"], "column": v["column"]}, figs)


class Data:
    def __init__(self, evidence, dirs, extras):
        base_extra = ft.extra_features
        ft.extra_features = lambda r: dict(base_extra(r), **{name: fn(r) for name, fn in extras.items()})
        self.runs = ft.read_evidence(evidence, extra=True, extra2=True)
        ft.extra_features = base_extra
        by_path = {}
        for k, figs in self.runs.items():
            by_path.setdefault(k[0], []).append((k, figs))
        self.verdicts = []
        self.lost = 0
        for v in read_verdicts(dirs):
            ks = verdict_runs(v, by_path)
            if not ks:
                self.lost += 1
                continue
            v["run"] = ks[0]
            self.verdicts.append(v)
        self.labels = [r for r in read_labels() if r["split"] in LABELLED]
        self.stops = sorted({v["stop"] for v in self.verdicts})
        self.folds = self.stops + LABELLED
        # Per fold, the items scored: (figures of the findings that hit it, is a by-eye warning or an unsourced hit,
        # act=y). A by-eye item is a warning read; a labelled item is a labelled mention hit by a finding.
        self.items = {f: [] for f in self.folds}
        for v in self.verdicts:
            figs = [f["x"] for f in self.runs[v["run"]] if not f["structural"]]
            self.items[v["stop"]].append((figs, True, v["act"] == "y"))
        for lab in self.labels:
            figs = [f["x"] for k in ft.matched_runs(lab, self.runs) for f in self.runs[k] if not f["structural"]]
            unsourced = lab["label"] == "unsourced"
            self.items[lab["split"]].append((figs, unsourced, unsourced and lab["act"] == "y"))

    def eval_eye(self, stops, w, t):
        n = y = warn = yw = 0
        for v in self.verdicts:
            if v["stop"] not in stops:
                continue
            figs = self.runs[v["run"]]
            wn = ft.is_warning(figs, w, 0, t)
            n += 1
            y += v["act"] == "y"
            warn += wn
            yw += wn and v["act"] == "y"
        return {"warnings": warn, "y": yw, "all_y": y, "n": n}

    def eval_lab(self, samples, w, t):
        paths = {r["path"] for r in self.labels if r["split"] in samples}
        m = ft.evaluate(self.labels, self.runs, paths, w, 0, t)
        return {"warnings": m["tp"], "y": m["y"], "all_y": m["all_y"], "y_hit": m["y_hit"], "w_all": m["warnings"]}

    def eval_fold(self, fold, w, t):
        """warnings: by-eye warnings still warnings / unsourced labelled mentions hit by a warning; y: act=y of them;
        all_y: act=y items; y_hit = y."""
        warn = y = all_y = 0
        for figs, counted, act in self.items[fold]:
            all_y += act
            if counted and any(sum(w.get(k, 0) * v for k, v in x.items()) >= t for x in figs):
                warn += 1
                y += act
        return {"warnings": warn, "y": y, "all_y": all_y, "y_hit": y}

    def pooled(self, folds, w, t):
        tot = {"warnings": 0, "y": 0, "all_y": 0, "y_hit": 0}
        for f in folds:
            m = self.eval_fold(f, w, t)
            for k in tot:
                tot[k] += m[k]
        return tot


def share(m):
    return m["y"] / m["warnings"] if m["warnings"] else 0.0


def cell(m):
    return f"{m['warnings']}, {m['y']}/{m['warnings']} {share(m):.2f}, y {m['y_hit']}/{m['all_y']}"


def one_feature(d, feat, weights=range(-6, 7)):
    """Leave-one-fold-out: the weight chosen on the other folds, scored on the held-out one."""
    rows, wins, losses = [], 0, 0
    for held in d.folds:
        train = [f for f in d.folds if f != held]
        base = d.pooled(train, ft.HAND, ft.HAND_THRESHOLD)
        best = None
        for wt in weights:
            m = d.pooled(train, dict(ft.HAND, **{feat: wt}), ft.HAND_THRESHOLD)
            if m["y_hit"] < base["y_hit"] * 0.95:
                continue
            key = (round(share(m), 6), m["y_hit"], -abs(wt))
            if best is None or key > best[0]:
                best = (key, wt)
        wt = best[1] if best else 0
        hand = d.eval_fold(held, ft.HAND, ft.HAND_THRESHOLD)
        m = d.eval_fold(held, dict(ft.HAND, **{feat: wt}), ft.HAND_THRESHOLD)
        better = share(m) > share(hand) + 1e-9
        worse = share(m) < share(hand) - 1e-9
        wins += better
        losses += worse
        rows.append((held, wt, m, hand, "up" if better else "down" if worse else "same"))
    return rows, wins, losses


def greedy(d, train, names, steps, keep):
    """Forward selection on the training folds: add the (feature, integer weight) that most raises the pooled act share
    while the pooled act=y kept stays at least `keep` of today's; at most `steps` features, each gaining >= .005."""
    w = dict(ft.HAND)
    base = d.pooled(train, ft.HAND, ft.HAND_THRESHOLD)
    cur = share(base)
    chosen = []
    for _ in range(steps):
        best = None
        for feat in names:
            if feat in chosen:
                continue
            for wt in range(-5, 3):
                if wt == 0:
                    continue
                m = d.pooled(train, dict(w, **{feat: wt}), ft.HAND_THRESHOLD)
                if m["y_hit"] < keep * base["y_hit"]:
                    continue
                key = (round(share(m), 6), m["y_hit"], -abs(wt))
                if best is None or key > best[0]:
                    best = (key, feat, wt)
        if best is None or best[0][0] < cur + 0.005:
            break
        cur = best[0][0]
        w[best[1]] = best[2]
        chosen.append(best[1])
    return w, [(f, w[f]) for f in chosen]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("evidence")
    ap.add_argument("dirs", nargs="+", help="by-eye folders (each with EDL0002/verdicts-*.tsv), or eval/EDL0002/byeye-verdicts.tsv")
    ap.add_argument("--features", help="comma-separated candidates (default: all not in today's weights)")
    ap.add_argument("--curve", action="store_true", help="held-out act share and warnings by warning threshold")
    ap.add_argument("--detail", action="store_true", help="per-fold table for each candidate")
    ap.add_argument("--greedy", type=int, default=0, metavar="N",
                    help="forward selection of up to N candidates per fold on the other folds, scored held out")
    ap.add_argument("--keep", type=float, default=0.95, help="--greedy: keep this share of today's act=y on training folds")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=W",
                    help="change today's weights before scoring (measure_or_magnitude=0: main before stop 31; "
                         "toll_background=0 and lede_account=0: main before stop 32)")
    ap.add_argument("--versus", action="append", default=[], metavar="NAME=W",
                    help="score fixed weights (today's with these changed) against today's on every fold, side by side")
    args = ap.parse_args()
    for item in args.set:
        k, v = item.split("=")
        ft.HAND[k] = int(v)

    d = Data(args.evidence, args.dirs, EXTRAS)
    print(f"fit_byeye: {len(d.verdicts)} verdicts matched to today's findings ({d.lost} gone), "
          f"{len(d.labels)} labelled mentions; folds {', '.join(d.folds)}")
    print("\ntoday's hand weights, per fold (warnings among the read / unsourced hits, act y/warnings, act=y kept):")
    for f in d.folds:
        print(f"  {f}: {cell(d.eval_fold(f, ft.HAND, ft.HAND_THRESHOLD))}")

    if args.versus:
        w = dict(ft.HAND)
        for item in args.versus:
            k, v = item.split("=")
            w[k] = int(v)
        print(f"\ntoday's against {', '.join(args.versus)}, per fold (fixed weights, nothing chosen):")
        up = down = 0
        tot = {kind: [dict.fromkeys(("warnings", "y", "all_y", "y_hit"), 0) for _ in range(2)] for kind in ("eye", "lab")}
        for f in d.folds:
            a, b = d.eval_fold(f, ft.HAND, ft.HAND_THRESHOLD), d.eval_fold(f, w, ft.HAND_THRESHOLD)
            verdict = "up" if share(b) > share(a) + 1e-9 else "down" if share(b) < share(a) - 1e-9 else "same"
            up += verdict == "up"
            down += verdict == "down"
            for i, m in enumerate((a, b)):
                for k in m:
                    tot["lab" if f in LABELLED else "eye"][i][k] += m[k]
            print(f"  {f}: {cell(a)} -> {cell(b)} {verdict}")
        print(f"  folds up {up}, down {down}; by eye {cell(tot['eye'][0])} -> {cell(tot['eye'][1])}; "
              f"labelled {cell(tot['lab'][0])} -> {cell(tot['lab'][1])}")
        return

    if args.curve:
        print("\nthreshold curve (today's weights; pooled over by-eye stops | over labelled samples):")
        for t in range(1, 9):
            e = d.pooled(d.stops, ft.HAND, t)
            lab = d.pooled(LABELLED, ft.HAND, t)
            print(f"  threshold {t}: by eye {cell(e)} | labelled {cell(lab)}")
        return

    names = sorted({k for figs in d.runs.values() for f in figs if not f["structural"] for k in f["x"]}
                   - set(ft.HAND))
    if args.features:
        names = args.features.split(",")
    if args.greedy:
        print(f"\nforward selection (up to {args.greedy}), chosen on the other folds, scored held out:")
        print("| held out | chosen | candidate | today's | |")
        print("|---|---|---|---|---|")
        up = down = 0
        pe = {"warnings": 0, "y": 0, "all_y": 0, "y_hit": 0}
        pl = dict(pe)
        for held in d.folds:
            w, chosen = greedy(d, [f for f in d.folds if f != held], names, args.greedy, args.keep)
            m = d.eval_fold(held, w, ft.HAND_THRESHOLD)
            hand = d.eval_fold(held, ft.HAND, ft.HAND_THRESHOLD)
            verdict = "up" if share(m) > share(hand) + 1e-9 else "down" if share(m) < share(hand) - 1e-9 else "same"
            up += verdict == "up"
            down += verdict == "down"
            tgt = pl if held in LABELLED else pe
            for k in tgt:
                tgt[k] += m[k]
            print(f"| {held} | {', '.join(f'{f} {v:+d}' for f, v in chosen)} | {cell(m)} | {cell(hand)} | {verdict} |")
        print(f"| pooled | folds up {up}, down {down} | by eye {cell(pe)}; labelled {cell(pl)} | | |")
        return

    print("\none candidate at a time, its weight chosen on the other folds:")
    print("| candidate | folds up | folds down | pooled by eye (held out) | pooled labelled (held out) |")
    print("|---|---|---|---|---|")
    for feat in names:
        rows, wins, losses = one_feature(d, feat)
        pe = {"warnings": 0, "y": 0, "all_y": 0, "y_hit": 0}
        pl = dict(pe)
        for held, wt, m, hand, _ in rows:
            tgt = pl if held in LABELLED else pe
            for k in tgt:
                tgt[k] += m[k]
        print(f"| {feat} | {wins} | {losses} | {cell(pe)} | {cell(pl)} |")
        if args.detail:
            for held, wt, m, hand, verdict in rows:
                print(f"|   {held} | {wt:+d} | {verdict} | {cell(m)} | hand {cell(hand)} |")
    he = d.pooled(d.stops, ft.HAND, ft.HAND_THRESHOLD)
    hl = d.pooled(LABELLED, ft.HAND, ft.HAND_THRESHOLD)
    print(f"| (today's) | | | {cell(he)} | {cell(hl)} |")


# Candidate features, computed from the exported evidence and the article (vocabularies as data here, so the same
# definitions can be refit). Each takes a figure row (its 'x' items and the row's own fields).
def _words(r):
    return set(re.findall(r"[a-z]+", r["sentence_text"]))


MAGNITUDE = re.compile(r"\b(dozens|scores|hundreds|thousands|tens of thousands|millions|billions|trillions)\b")

DOCUMENTS = {"report", "survey", "study", "data", "figures", "statement", "poll", "plan", "budget", "census", "release",
             "statistics", "research", "findings", "index"}
_LEDES = {}


def lede_facts(path):
    """Whether the first three paragraphs (headline, deck or lede) hold a cue, and a cue with a document noun."""
    if path not in _LEDES:
        try:
            text = open(os.path.join(ft.CORPUS, path), encoding="utf-8", errors="replace").read().lower()
        except OSError:
            text = ""
        paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()][:3]
        cue = doc = False
        for p in paras:
            for sentence in re.split(r"(?<=[.!?])\s+", p):
                ws = set(re.findall(r"[a-z]+", sentence))
                if ws & ft.CUES:
                    cue = True
                    doc = doc or bool(ws & DOCUMENTS)
        _LEDES[path] = (cue, doc)
    return _LEDES[path]


EXTRAS = {
    # the other background kinds (a few things, a count in a match report), apart from a measure or an order of
    # magnitude (the rule's own item measure_or_magnitude since stop 31)
    "bk_other": lambda r: 1 if r["background_kind"] == "1" and r.get("measure_or_magnitude", "0") != "1" else 0,
    "lede_cue": lambda r: 1 if lede_facts(r["path"])[0] and int(r["block"]) >= 3 else 0,
    "lede_doc": lambda r: 1 if lede_facts(r["path"])[1] and int(r["block"]) >= 3 else 0,
    "deep_casualty": lambda r: 1 if int(r["block"]) >= 3 and _words(r) & ft.CASUALTY else 0,
    "magnitude_claim": lambda r: 1 if MAGNITUDE.search(r["text"].lower()) and r["claim"] == "1" else 0,
    "small_plain": lambda r: 1 if r["unit"] == "Count" and float(r["value"] or 0) < 10 and not _words(r) & ft.CASUALTY else 0,
    "deep3": lambda r: 1 if int(r["block"]) >= 3 else 0,
    "deep5": lambda r: 1 if int(r["block"]) >= 5 else 0,
    "deep8": lambda r: 1 if int(r["block"]) >= 8 else 0,
    "deep_claim5": lambda r: 1 if int(r["block"]) >= 5 and r["claim"] == "1" else 0,
    "magnitude": lambda r: 1 if MAGNITUDE.search(r["text"].lower()) else 0,
}

if __name__ == "__main__":
    sys.exit(main())
