#!/usr/bin/env python3
"""Fit EDL0002's warning tier (the claim model's weights and threshold) to the act labels, leave-one-sample-out.

Reads the evidence the rule computes for every figure of every finding (written by the eval tool
eval/EDL0002/Evidence, which runs the rule with the embedded vocabularies only, as the CLI with --no-rules) and the
labels of the samples with an act column (test8 ... test12). A labelled mention is matched to a finding as
score2.py --related matches it (same line; the head's span overlaps it or starts within 12 columns; or a related
figure starts in it). The target is act=y (a mention labelled unsourced that a desk editor would act on); act=n and
false alarms (sourced, not-figure) are 0. The model is a logistic regression on the mention's own figure, fitted by
gradient descent with an L2 penalty (plain Python); a finding is a warning when any of its figures scores at least
the threshold, as in the rule. Teasers, restated display lines and parts of a routine count ("structural") are never
warnings.

For each held-out sample (train on the others) it prints, for today's hand weights and for the fitted ones: the
warnings on the sample's articles, the warning hits on labelled mentions, the act share of warning hits on unsourced
mentions (y / TP, as score2.py --act --severity warning), y over every warning hit (false alarms count as not acted
on), and the recall of act=y mentions. Numbers only: no article text.

    dotnet build -c Release eval/EDL0002/Evidence
    for n in 8 9 10 11 12; do cut -f2 eval/EDL0002/labels$n-test.tsv | tail -n +2; done | sort -u > /tmp/edl2-paths.txt
    dotnet eval/EDL0002/Evidence/bin/Release/net10.0/EditorialLint.Eval.Evidence.dll ../shared/corpus /tmp/edl2-paths.txt /tmp/edl2-evidence.tsv
    python3 eval/EDL0002/fit_tier.py /tmp/edl2-evidence.tsv [--extra] [--l2 0.1] [--keep-recall 1.0] [--set projection=0] [--weights]

--extra adds features the labels' notes suggest the tier lacks (kind of quantity, casualty and court words, money
size, the lede, a person count); --extra2 the article-level and register features the act notes of test12 point to
(the story names a source for the account elsewhere, the article's attribution density, market-data and public-record
registers, numbers with decimals, a sentence dense with numbers, background vs news time; reads the articles from the
corpus); --one scores today's weights plus one extra feature at a time, its weight chosen on the training samples of
each fold; --weights prints the weights fitted on all samples, scaled to integers. Today's weights (HAND) include the
court's record (courtWords, -4) since stop 30: --set court_record=0 scores the weights before it; a measure or an
order of magnitude weighs -4 in all (background_kind -3 and measure_or_magnitude -1) since stop 31:
--set measure_or_magnitude=0 scores the weights before it; a toll in background position (toll_background, -2) and the
account's source (lede_account, -4) since stop 32: --set toll_background=0 --set lede_account=0 scores the weights
before them. eval/EDL0002/fit_byeye.py scores the same weights against the by-eye verdicts too.
"""
import argparse
import csv
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = next((c for c in (os.path.join(HERE, *[".."] * n, "shared", "corpus") for n in (3, 4)) if os.path.isdir(c)),
              "/work/shared/corpus")
SAMPLES = ["test8", "test9", "test10", "test11", "test12"]
COL_SLACK = 12

TIER = ["percent", "projection", "claim", "hedge", "statistic", "routine", "public_record", "court_record", "profile",
        "background_kind", "measure_or_magnitude", "settled", "restated", "source_nearby", "source_named", "named_event", "toll_background", "lede_account"]
# Today's hand weights (FigureVocabulary; projection 0 since stop 29, +1 before), threshold WarningScore = 1.
HAND = {"percent": 1, "projection": 0, "claim": 4, "hedge": 2, "statistic": 3, "routine": -2, "public_record": -3, "court_record": -4,
        "profile": -3, "background_kind": -3, "measure_or_magnitude": -1, "settled": -5, "restated": -5, "source_nearby": -2, "source_named": -5,
        "named_event": -5, "toll_background": -2, "lede_account": -4}
HAND_THRESHOLD = 1

CASUALTY = {"killed", "kill", "kills", "killing", "dead", "died", "death", "deaths", "injured", "injuring", "wounded",
            "martyred", "toll", "casualties", "drowned", "missing", "hurt", "shot", "displaced"}
COURT = {"court", "sentenced", "convicted", "jailed", "fined", "remanded", "indicted", "verdict", "ruling", "ruled",
         "bail", "judge", "jury", "acquitted", "prison", "imprisonment", "plea", "pleaded", "trial", "charged"}


def yml_list(name):
    text = open(os.path.join(HERE, "..", "..", "src", "EditorialLint.Core", "BuiltIn", "Data", "figures.yml"),
                encoding="utf-8").read()
    m = re.search(r"^" + name + r":\s*\[(.*?)\]", text, re.S | re.M)
    return {w.strip().strip("'\"").lower() for w in m.group(1).split(",") if w.strip()} if m else set()


PERSON = yml_list("personNouns")


def extra_features(r):
    unit = r["unit"]
    words = set(re.findall(r"[a-z]+", r["sentence_text"]))
    value = float(r["value"]) if r["value"] not in ("", "NaN") else 0.0
    return {
        "count": 1 if unit == "Count" else 0,
        "money": 1 if unit == "Currency" else 0,
        "measure": 1 if unit == "Measure" else 0,
        "person_count": 1 if unit == "Count" and r["noun"].lower() in PERSON else 0,
        "casualty": 1 if words & CASUALTY else 0,
        "court": 1 if words & COURT else 0,
        "big_money": 1 if unit == "Currency" and value >= 1e9 else 0,
        "lede": 1 if int(r["block"]) <= 1 else 0,
        "small": 1 if unit == "Count" and value < 10 else 0,
    }


def yml_block(name, file="attribution.yml"):
    """The words of a block list (`name:` then `  - word forms` lines) of a built-in data file."""
    text = open(os.path.join(HERE, "..", "..", "src", "EditorialLint.Core", "BuiltIn", "Data", file), encoding="utf-8").read()
    m = re.search(r"^" + name + r":\s*\n((?:\s+(?:-.*|#.*)\n)+)", text, re.M)
    words = set()
    for line in (m.group(1).splitlines() if m else []):
        line = line.strip()
        if line.startswith("-"):
            for w in line[1:].split("#")[0].split():
                w = w.strip().strip("'\"").lower()
                words |= {w, w + "s", w + "d", w + "ed", w + "ing"}
    return words


# Registers the act labels' notes name, as data (vocabularies a desk could extend; not tuned to any one sentence).
CUES = yml_block("cueVerbs") | yml_block("evidenceVerbs") | {"according"}
CUES -= {"add", "adds", "added", "post", "posted", "note", "notes", "report", "reports", "state", "states"}  # everyday senses
MARKET = {"index", "points", "shares", "traded", "trading", "session", "closed", "closing", "bourse", "kse", "psx",
          "benchmark", "stocks", "interbank", "futures", "bullion", "tola", "crude", "brent", "dow", "nasdaq", "ftse",
          "nikkei", "sensex", "volume", "volumes", "rupee", "greenback", "exchange", "market", "investors", "scrips"}
PUBLIC = {"notification", "notified", "gazette", "election", "elections", "elected", "seats", "votes", "cabinet",
          "approved", "approval", "sanctioned", "allocated", "allocation", "budget", "tariff", "ordinance", "bill",
          "act", "law", "statutory", "order", "ordered", "fine", "fined"}  # court words: the rule's courtWords evidence
BACKGROUND = re.compile(r"\b(has|have|had) long\b|\bfor (years|decades|centuries)\b|\bsince (19|20)\d\d\b|"
                        r"\bin (19\d\d|200\d|201[0-9])\b|\bhistoric(al|ally)?\b|\bonce\b|\bformer(ly)?\b|\bearlier\b")
NEWS_TIME = re.compile(r"\b(today|yesterday|tonight|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
STOP = set("the a an of in on at to for and or but by with from as is are was were be been has have had it its this that "
           "these those their his her he she they we i you said says told also after over more than about into up out "
           "not no per cent percent rs mr ms dr".split())

_ARTICLES = {}


def article_facts(path):
    """Article-level facts: its sentences (lower case, roughly split), which of them hold a cue, the cue sentences' words."""
    if path not in _ARTICLES:
        try:
            text = open(os.path.join(CORPUS, path), encoding="utf-8", errors="replace").read().lower()
        except OSError:
            text = ""
        sentences = [x for x in re.split(r"(?<=[.!?\"”])\s+|\n+", text) if re.search(r"[a-z]", x)]
        cue = [bool(set(re.findall(r"[a-z]+", x)) & CUES) for x in sentences]
        words = [set(re.findall(r"[a-z]{3,}", x)) - STOP for x in sentences]
        _ARTICLES[path] = (sentences, cue, words)
    return _ARTICLES[path]


def extra2_features(r):
    """Features the act labels' notes point to that the rule's evidence lacks: the story names its source for this
    account (an attribution sentence anywhere in the article sharing the figure's noun and a word, or three words, with
    its sentence), the article's attribution density, market-data and public-record registers, routine structured data
    (numbers with decimals, a sentence dense with numbers), background (has long, for years, an old year) vs news time."""
    sentence = r["sentence_text"]
    words = set(re.findall(r"[a-z]+", sentence))
    content = set(re.findall(r"[a-z]{3,}", sentence)) - STOP
    sentences, cue, cue_words = article_facts(r["path"])
    noun = r["noun"].lower() if r["noun"] != "-" else None
    story_source = 0
    for i, ws in enumerate(cue_words):
        if not cue[i] or sentence[:40] in sentences[i]:
            continue
        shared = ws & content
        if noun and noun in ws and len(shared) >= 2 or len(shared) >= 3:
            story_source = 1
            break
    density = sum(cue) / len(cue) if cue else 0
    digits = len(re.findall(r"\d[\d,.]*", sentence))
    return {
        "story_source": story_source,
        "attr_dense": 1 if density >= 0.3 else 0,
        "attr_sparse": 1 if density < 0.1 else 0,
        "market": 1 if len(words & MARKET) >= 2 else 0,
        "public": 1 if words & PUBLIC else 0,
        "decimal": 1 if re.search(r"\d\.\d\d", r["text"]) and r["unit"] != "Percent" else 0,
        "dense": 1 if digits >= 4 else 0,
        "background": 1 if BACKGROUND.search(sentence) else 0,
        "news_time": 1 if NEWS_TIME.search(sentence) else 0,
    }


def read_labels():
    rows = []
    for n in (8, 9, 10, 11, 12):
        with open(os.path.join(HERE, f"labels{n}-test.tsv"), encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                r["line"], r["column"] = int(r["line"]), int(r["column"])
                rows.append(r)
    return rows


def read_evidence(path, extra, extra2=False):
    runs = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (r["path"], int(r["head_line"]), int(r["head_col"]))
            fig = {"line": int(r["line"]), "col": int(r["col"]), "end": int(r["end_col"]),
                   "structural": r["structural"] == "1"}
            if not fig["structural"]:
                x = {k: int(r[k]) for k in TIER}
                if extra:
                    x.update(extra_features(r))
                if extra2:
                    x.update(extra2_features(r))
                fig["x"] = x
            runs.setdefault(key, []).append(fig)
    return runs


def match(label, key, figs):
    """score2.py --related: the head's span overlaps the mention or starts within 12 columns; a related figure starts in it."""
    start, end = label["column"], label["column"] + max(1, len(label["text"].encode("utf-16-le")) // 2)
    head = figs[0]
    if head["line"] == label["line"]:
        if head["col"] < end and start < head["end"] or abs(head["col"] - start) <= COL_SLACK:
            return head
    for fig in figs[1:]:
        if fig["line"] == label["line"] and start - COL_SLACK <= fig["col"] < end:
            return fig
    return None


def own_figure(label, figs):
    """The figure of the run the mention is: the one whose span holds its start, else the nearest on its line."""
    best = None
    for fig in figs:
        if fig["line"] != label["line"]:
            continue
        d = 0 if fig["col"] <= label["column"] < fig["end"] else abs(fig["col"] - label["column"])
        if best is None or d < best[0]:
            best = (d, fig)
    return best[1] if best else figs[0]


def score(x, w, b):
    return b + sum(w.get(k, 0) * v for k, v in x.items())


def is_warning(figs, w, b, threshold):
    return any(not f["structural"] and score(f["x"], w, b) >= threshold for f in figs)


def fit(examples, names, l2, epochs=3000, rate=0.5):
    w = {k: 0.0 for k in names}
    b = 0.0
    n = len(examples)
    for _ in range(epochs):
        gw = {k: 0.0 for k in names}
        gb = 0.0
        for x, y in examples:
            z = b + sum(w[k] * v for k, v in x.items())
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            d = p - y
            gb += d
            for k, v in x.items():
                if v:
                    gw[k] += d * v
        for k in names:
            w[k] -= rate * (gw[k] / n + l2 * w[k])
        b -= rate * gb / n
    return w, b


def evaluate(labels, runs, paths, w, b, threshold):
    warn = {k: is_warning(figs, w, b, threshold) for k, figs in runs.items() if k[0] in paths}
    tp = y = hits = 0
    all_y = y_hit = 0
    for lab in labels:
        if lab["path"] not in paths:
            continue
        hit = any(warn[k] for k in matched_runs(lab, runs))
        if lab["label"] == "unsourced" and lab["act"] == "y":
            all_y += 1
            y_hit += hit
        if hit:
            hits += 1
            if lab["label"] == "unsourced":
                tp += 1
                y += lab["act"] == "y"
    return {"warnings": sum(warn.values()), "hits": hits, "tp": tp, "y": y, "share": y / tp if tp else 0,
            "y_all": y / hits if hits else 0, "recall": y_hit / all_y if all_y else 0, "all_y": all_y, "y_hit": y_hit}


_MATCHED = {}


def matched_runs(label, runs):
    """The findings that hit a labelled mention (cached: the evidence file does not change within a run)."""
    key = label["id"]
    if key not in _MATCHED:
        if not _MATCHED:
            for k, figs in runs.items():
                _MATCHED.setdefault(("path", k[0]), []).append(k)
        _MATCHED[key] = [k for k in _MATCHED.get(("path", label["path"]), []) if match(label, k, runs[k])]
    return _MATCHED[key]


def training_examples(labels, runs, paths):
    """(features of the mention's own figure, act=y) for every flagged labelled mention in the given articles."""
    out = []
    by_path = {}
    for k, figs in runs.items():
        by_path.setdefault(k[0], []).append(figs)
    for lab in labels:
        if lab["path"] not in paths:
            continue
        for figs in by_path.get(lab["path"], []):
            if match(lab, None, figs):
                fig = own_figure(lab, figs)
                if not fig["structural"]:
                    out.append((fig["x"], 1 if lab["label"] == "unsourced" and lab["act"] == "y" else 0))
                break
    return out


def pick_threshold(labels, runs, paths, w, b, min_recall):
    """The threshold on the training samples: the highest act share of warning hits whose act=y recall stays at least
    min_recall of today's on the same samples."""
    best = None
    for t10 in range(-40, 41):
        t = t10 / 10
        m = evaluate(labels, runs, paths, w, b, t)
        if m["recall"] + 1e-9 < min_recall:
            continue
        key = (m["share"], m["recall"])
        if best is None or key > best[0]:
            best = (key, t)
    return best[1] if best else 0.0


def one_at_a_time(labels, runs, paths_of, extras, keep_recall):
    """Today's weights and one extra feature, its weight (-5 ... +5) chosen on the training samples of each fold."""
    print("\ntoday's weights plus one feature, its weight chosen on the other samples (held-out: warnings, act share "
          "y/TP, act=y recall; hand in brackets):")
    print("| feature | " + " | ".join(SAMPLES) + " | pooled | folds won |")
    print("|---|" + "---|" * (len(SAMPLES) + 2))
    for feat in extras:
        cells, wins = [], 0
        pooled = [0, 0, 0, 0, 0, 0]
        for held in SAMPLES:
            train = set().union(*(paths_of[s] for s in SAMPLES if s != held))
            base = evaluate(labels, runs, train, HAND, 0, HAND_THRESHOLD)
            best = None
            for wt in range(-5, 6):
                m = evaluate(labels, runs, train, dict(HAND, **{feat: wt}), 0, HAND_THRESHOLD)
                if m["recall"] + 1e-9 < keep_recall * base["recall"]:
                    continue
                key = (round(m["share"], 6), m["recall"], -abs(wt))
                if best is None or key > best[0]:
                    best = (key, wt)
            wt = best[1] if best else 0
            hand = evaluate(labels, runs, paths_of[held], HAND, 0, HAND_THRESHOLD)
            m = evaluate(labels, runs, paths_of[held], dict(HAND, **{feat: wt}), 0, HAND_THRESHOLD)
            won = m["share"] > hand["share"] + 1e-9 and m["y_hit"] >= hand["y_hit"] - 1
            wins += won
            cells.append(f"{wt:+d}: {m['warnings']}, {m['y']}/{m['tp']}, {m['y_hit']}/{m['all_y']} "
                         f"[{hand['warnings']}, {hand['y']}/{hand['tp']}, {hand['y_hit']}]{' W' if won else ''}")
            for i, k in enumerate(("warnings", "tp", "y", "y_hit")):
                pooled[i] += m[k]
            pooled[4] += hand["tp"]
            pooled[5] += hand["y"]
        print(f"| {feat} | " + " | ".join(cells) + f" | {pooled[2]}/{pooled[1]} (hand {pooled[5]}/{pooled[4]}), "
              f"y hit {pooled[3]} | {wins} of {len(SAMPLES)} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("evidence")
    ap.add_argument("--extra", action="store_true")
    ap.add_argument("--extra2", action="store_true",
                    help="also the article-level and register features (reads the articles from the corpus)")
    ap.add_argument("--corpus", help="corpus root for --extra2 (default: ../shared/corpus beside the repository)")
    ap.add_argument("--one", action="store_true",
                    help="today's weights plus one extra feature at a time, its integer weight chosen on the training "
                         "samples of each fold (highest act share keeping today's act=y recall), scored on the held-out one")
    ap.add_argument("--l2", type=float, default=0.1)
    ap.add_argument("--keep-recall", type=float, default=1.0,
                    help="threshold: keep at least this share of today's act=y recall on the training samples")
    ap.add_argument("--weights", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=W",
                    help="also score today's weights with one changed (e.g. projection=0) on every sample, no fit")
    args = ap.parse_args()

    labels = [r for r in read_labels() if r["split"] in SAMPLES]
    global CORPUS
    if args.corpus:
        CORPUS = args.corpus
    runs = read_evidence(args.evidence, args.extra, args.extra2)
    names = sorted({k for figs in runs.values() for f in figs if not f["structural"] for k in f["x"]})
    paths_of = {s: {r["path"] for r in labels if r["split"] == s} for s in SAMPLES}

    print(f"fit_tier: {len(labels)} labelled mentions, {len(runs)} findings; features: {', '.join(names)}; "
          f"l2 {args.l2}; threshold keeps >= {args.keep_recall} of today's act=y recall on the training samples")
    print()
    print("| held out | tier | warnings | warning hits | TP | act=y | act share y/TP | y/hits | act=y recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    wins = 0
    totals = {"hand": [0, 0, 0, 0, 0], "fit": [0, 0, 0, 0, 0]}
    for held in SAMPLES:
        train_paths = set().union(*(paths_of[s] for s in SAMPLES if s != held))
        examples = training_examples(labels, runs, train_paths)
        w, b = fit(examples, names, args.l2)
        hand_train = evaluate(labels, runs, train_paths, HAND, 0, HAND_THRESHOLD)
        t = pick_threshold(labels, runs, train_paths, w, b, args.keep_recall * hand_train["recall"])
        hand = evaluate(labels, runs, paths_of[held], HAND, 0, HAND_THRESHOLD)
        fitted = evaluate(labels, runs, paths_of[held], w, b, t)
        for name, m in (("hand", hand), ("fit", fitted)):
            print(f"| {held} | {name} | {m['warnings']} | {m['hits']} | {m['tp']} | {m['y']} | {m['share']:.3f} | "
                  f"{m['y_all']:.3f} | {m['recall']:.3f} ({m['y_hit']}/{m['all_y']}) |")
            tot = totals[name]
            for i, k in enumerate(("warnings", "tp", "y", "y_hit", "all_y")):
                tot[i] += m[k]
        if fitted["share"] > hand["share"] and fitted["recall"] >= hand["recall"] - 0.1:
            wins += 1
    for name, (wn, tp, y, yh, ay) in totals.items():
        print(f"| pooled | {name} | {wn} | | {tp} | {y} | {y / tp:.3f} | | {yh / ay:.3f} ({yh}/{ay}) |")
    print()
    print(f"folds where the fitted tier beats today's (act share up, act=y recall down at most .10): {wins} of {len(SAMPLES)}")

    if args.one:
        one_at_a_time(labels, runs, paths_of, [k for k in names if k not in HAND], args.keep_recall)

    if args.set:
        changed = dict(HAND)
        for item in args.set:
            k, v = item.split("=")
            changed[k] = int(v)
        print("\ntoday's weights with " + ", ".join(args.set) + " (no fit):")
        print("| sample | tier | warnings | warning hits | TP | act=y | act share y/TP | y/hits | act=y recall |")
        print("|---|---|---|---|---|---|---|---|---|")
        for s in SAMPLES:
            for name, w in (("hand", HAND), ("changed", changed)):
                m = evaluate(labels, runs, paths_of[s], w, 0, HAND_THRESHOLD)
                print(f"| {s} | {name} | {m['warnings']} | {m['hits']} | {m['tp']} | {m['y']} | {m['share']:.3f} | "
                      f"{m['y_all']:.3f} | {m['recall']:.3f} ({m['y_hit']}/{m['all_y']}) |")

    if args.weights:
        all_paths = set().union(*paths_of.values())
        w, b = fit(training_examples(labels, runs, all_paths), names, args.l2)
        hand_all = evaluate(labels, runs, all_paths, HAND, 0, HAND_THRESHOLD)
        t = pick_threshold(labels, runs, all_paths, w, b, args.keep_recall * hand_all["recall"])
        print(f"\nfitted on all samples: bias {b:.2f}, threshold {t:.2f}")
        for k in sorted(names, key=lambda k: -abs(w[k])):
            print(f"  {k:<16}{w[k]:+.2f}")
        # Integer weights: scaled so the largest is 5, the threshold with them.
        scale = 5 / max(abs(v) for v in w.values())
        iw = {k: round(v * scale) for k, v in w.items()}
        it = math.ceil((t - b) * scale - 1e-9)
        print(f"integer (x{scale:.2f}): threshold {it}; " + ", ".join(f"{k} {iw[k]:+d}" for k in names))
        m = evaluate(labels, runs, all_paths, iw, 0, it)
        print(f"integer weights on all samples: warnings {m['warnings']}, act share {m['share']:.3f}, act=y recall "
              f"{m['recall']:.3f}; hand: warnings {hand_all['warnings']}, {hand_all['share']:.3f}, {hand_all['recall']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
