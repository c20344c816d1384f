#!/usr/bin/env python3
"""Blind dev/test sample of number mentions for EDL0002 ("Figure without a source"), second edition.

Walks pk-news, bbc, duc (without duc/duc2007/update/, copies of duc2007/main/) and wikiref220 under
$EDITORIAL_CORPUS (default: /work/shared/corpus, else ../shared/corpus from the repo root), finds every candidate number mention with a
broad regex that owes nothing to the rule's code, and draws a seeded sample stratified by corpus and by a
heuristic stratum (headline / people-count / figure-like / other, see README.md). Each drawn article contributes
up to three mentions, from different paragraphs. Articles of the old 200-mention sample (labels.tsv), and their
copies, are left out. The dev/test split is by article (copies of one article share a split).

    python3 eval/EDL0002/sample2.py -o eval/EDL0002/sample2.tsv          # the committed sample
    python3 eval/EDL0002/sample2.py --stats -o /dev/null                 # pool sizes to stderr
    python3 eval/EDL0002/sample2.py -o /dev/null --packets /work/labelwork/EDL0002

Sample 3 ("test3", README.md): a fresh blind test sample drawn only from articles whose copy group the split
above puts in `test`, leaving out every copy group of the old 200-mention sample and of sample2.tsv (any split):

    python3 eval/EDL0002/sample2.py --sample3 -o eval/EDL0002/sample3.tsv --stats    # seed 300303, 330 mentions
    python3 eval/EDL0002/sample2.py --sample3 --check eval/EDL0002/sample3.tsv
    python3 eval/EDL0002/sample2.py --sample3 -o /dev/null --packets /work/labelwork/T3-EDL0002
    python3 eval/EDL0002/sample2.py --verify eval/EDL0002/sample3.tsv                # span = text at line:column

Sample 4 ("test4", README.md): the same, seed 400404, and also leaving out every copy group of sample3.tsv:

    python3 eval/EDL0002/sample2.py --sample4 -o eval/EDL0002/sample4.tsv --stats    # seed 400404, 330 mentions
    python3 eval/EDL0002/sample2.py --sample4 --check eval/EDL0002/sample4.tsv
    python3 eval/EDL0002/sample2.py --sample4 -o /dev/null --packets /work/labelwork/T4-EDL0002

Sample 5 ("test5", README.md, stop 22): the same, seed 20260608, and also leaving out every copy group of sample4.tsv:

    python3 eval/EDL0002/sample2.py --sample5 -o eval/EDL0002/sample5.tsv --stats    # seed 20260608, 330 mentions
    python3 eval/EDL0002/sample2.py --sample5 --check eval/EDL0002/sample5.tsv
    python3 eval/EDL0002/sample2.py --sample5 -o /dev/null --packets /work/labelwork5/EDL0002

Sample 6 ("test6", README.md, stop 23): the same, seed 20260708, and also leaving out every copy group of sample5.tsv:

    python3 eval/EDL0002/sample2.py --sample6 -o eval/EDL0002/sample6.tsv --stats    # seed 20260708, 330 mentions
    python3 eval/EDL0002/sample2.py --sample6 --check eval/EDL0002/sample6.tsv
    python3 eval/EDL0002/sample2.py --sample6 -o /dev/null --packets /work/labelwork6/EDL0002

Sample 7 ("test7", README.md, stop 24): the same, seed 20260808, and also leaving out every copy group of sample6.tsv:

    python3 eval/EDL0002/sample2.py --sample7 -o eval/EDL0002/sample7.tsv --stats    # seed 20260808, 330 mentions
    python3 eval/EDL0002/sample2.py --sample7 --check eval/EDL0002/sample7.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample7.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample7 -o /dev/null --packets /work/labelwork7/EDL0002

Sample 8 ("test8", README.md, stop 25): the same, seed 20260809, and also leaving out every copy group of sample7.tsv;
its packet templates carry an `act` column after `label` (would a desk editor act on an unsourced figure):

    python3 eval/EDL0002/sample2.py --sample8 -o eval/EDL0002/sample8.tsv --stats    # seed 20260809, 330 asked, 288 drawn
    python3 eval/EDL0002/sample2.py --sample8 --check eval/EDL0002/sample8.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample8.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample8 -o /dev/null --packets /work/labelwork8/EDL0002

Sample 9 ("test9", README.md, stop 26): the same as sample 8 (act column too), seed 20260811, and also leaving out every
copy group of sample8.tsv:

    python3 eval/EDL0002/sample2.py --sample9 -o eval/EDL0002/sample9.tsv --stats    # seed 20260811, 330 asked
    python3 eval/EDL0002/sample2.py --sample9 --check eval/EDL0002/sample9.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample9.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample9 -o /dev/null --packets /work/labelwork9/EDL0002

Sample 10 ("test10", README.md, stop 27): the same as sample 9 (act column too), seed 20260813, and also leaving out
every copy group of sample9.tsv:

    python3 eval/EDL0002/sample2.py --sample10 -o eval/EDL0002/sample10.tsv --stats    # seed 20260813, 330 asked
    python3 eval/EDL0002/sample2.py --sample10 --check eval/EDL0002/sample10.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample10.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample10 -o /dev/null --packets /work/labelwork10/EDL0002

Sample 11 ("test11", README.md, stop 28): the same as sample 10 (act column too), seed 20261207, and also leaving out
every copy group of sample10.tsv:

    python3 eval/EDL0002/sample2.py --sample11 -o eval/EDL0002/sample11.tsv --stats    # seed 20261207, 330 asked
    python3 eval/EDL0002/sample2.py --sample11 --check eval/EDL0002/sample11.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample11.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample11 -o /dev/null --packets /work/labelwork11/EDL0002   # 3 packets (size 90)

Sample 12 ("test12", README.md, stop 29): the same as sample 11 (act column too), seed 20261209, and also leaving out
every copy group of sample11.tsv:

    python3 eval/EDL0002/sample2.py --sample12 -o eval/EDL0002/sample12.tsv --stats    # seed 20261209, 330 asked
    python3 eval/EDL0002/sample2.py --sample12 --check eval/EDL0002/sample12.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample12.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample12 -o /dev/null --packets /work/labelwork12/EDL0002   # 3 packets (size 90)

Sample 13 ("test13", README.md, stop 30): the same as sample 12 (act column too), seed 20261211, and also leaving out
every copy group of sample12.tsv:

    python3 eval/EDL0002/sample2.py --sample13 -o eval/EDL0002/sample13.tsv --stats    # seed 20261211, 330 asked
    python3 eval/EDL0002/sample2.py --sample13 --check eval/EDL0002/sample13.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample13.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample13 -o /dev/null --packets /work/labelwork13/EDL0002   # 3 packets (size 90)

Sample 14 ("test14", README.md, stop 31): the same as sample 13 (act column too), seed 20261213, and also leaving out
every copy group of sample13.tsv:

    python3 eval/EDL0002/sample2.py --sample14 -o eval/EDL0002/sample14.tsv --stats    # seed 20261213, 330 asked
    python3 eval/EDL0002/sample2.py --sample14 --check eval/EDL0002/sample14.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample14.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample14 -o /dev/null --packets /work/labelwork14/EDL0002   # 3 packets (size 90)

Sample 15 ("test15", README.md, stop 32): the same as sample 14 (act column too), seed 20261215, and also leaving out
every copy group of sample14.tsv:

    python3 eval/EDL0002/sample2.py --sample15 -o eval/EDL0002/sample15.tsv --stats    # seed 20261215, 330 asked
    python3 eval/EDL0002/sample2.py --sample15 --check eval/EDL0002/sample15.tsv
    python3 eval/EDL0002/sample2.py --verify-new eval/EDL0002/sample15.tsv   # positions, ids, split, no overlap
    python3 eval/EDL0002/sample2.py --sample15 -o /dev/null --packets /work/labelwork15/EDL0002   # 3 packets (size 90)

Output TSV: id  path  line  column  text  corpus  stratum  split
    path   corpus-relative, forward slashes
    line   1-based (file split on \\n, trailing \\r stripped)
    column 1-based, UTF-16 code units
    text   the matched span only (a few words at most)
--packets DIR writes labelling packets (article text!) into DIR, which must lie outside the repository.
"""
import argparse
import hashlib
import os
import random
import re
import sys
from dataclasses import dataclass

SEED = 200202            # sample2, fixed
SPLIT_SALT = "EDL0002/sample2/split"
TEST_SHARE = 0.45        # an article is test when its salted hash falls in the lowest 45%
TOTAL = 720
PER_ARTICLE = 3          # mentions per article, each from a different paragraph
PACKET_SIZE = 144

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_CORPUS = next((d for d in ("/work/shared/corpus", os.path.join(REPO_ROOT, "..", "shared", "corpus"))
                       if os.path.isdir(d)), "/work/shared/corpus")
HERE = os.path.dirname(os.path.abspath(__file__))
OLD_LABELS = os.path.join(HERE, "labels.tsv")
OLD_SAMPLER = os.path.join(HERE, "sample.py")
SAMPLE2_TSV = os.path.join(HERE, "sample2.tsv")


@dataclass(frozen=True)
class LaterSample:
    """A fresh blind test sample after sample 2 (--sampleN): same regex, strata, shares, per-article rule and split
    function as sample 2, but only copy groups that split_of() puts in test; it leaves out everything the sample
    before it leaves out, and that sample's articles too (leaves_out)."""
    n: int
    seed: int
    leaves_out: str                 # the earlier sample's .tsv (in this folder) left out on top
    leaves_out_articles: int        # articles that .tsv must hold, so that an edited file cannot shift the draw
    labels_file: str | None = None  # sample 5 on: the one labels file every packet header names
    act: bool = False               # samples 8 on: packet templates carry an `act` column after `label`
    total: int = 330
    packet_size: int = 110

    @property
    def split(self):
        return f"test{self.n}"  # value of the split column of sampleN.tsv

    @property
    def id_prefix(self):
        return f"t{self.n}-"


# the seeds are fixed: a new seed is a new sample
LATER_SAMPLES = {s.n: s for s in [
    LaterSample(3, seed=300303, leaves_out="sample2.tsv", leaves_out_articles=257),
    LaterSample(4, seed=400404, leaves_out="sample3.tsv", leaves_out_articles=115),
    LaterSample(5, seed=20260608, leaves_out="sample4.tsv", leaves_out_articles=119,  # 20260606 + rule number
                labels_file="labels5-test.tsv"),
    LaterSample(6, seed=20260708, leaves_out="sample5.tsv", leaves_out_articles=118, labels_file="labels6-test.tsv"),
    LaterSample(7, seed=20260808, leaves_out="sample6.tsv", leaves_out_articles=112, labels_file="labels7-test.tsv"),
    LaterSample(8, seed=20260809, leaves_out="sample7.tsv", leaves_out_articles=106, labels_file="labels8-test.tsv",
                act=True),
    LaterSample(9, seed=20260811, leaves_out="sample8.tsv", leaves_out_articles=107, labels_file="labels9-test.tsv",
                act=True),
    LaterSample(10, seed=20260813, leaves_out="sample9.tsv", leaves_out_articles=103,
                labels_file="labels10-test.tsv", act=True),
    LaterSample(11, seed=20261207, leaves_out="sample10.tsv", leaves_out_articles=102,  # 270 drawn: packet size 90
                labels_file="labels11-test.tsv", act=True, packet_size=90),     # gives three packets (110 would give two)
    LaterSample(12, seed=20261209, leaves_out="sample11.tsv", leaves_out_articles=100,  # as sample 11: packet size 90
                labels_file="labels12-test.tsv", act=True, packet_size=90),
    LaterSample(13, seed=20261211, leaves_out="sample12.tsv", leaves_out_articles=102,  # as sample 12: packet size 90
                labels_file="labels13-test.tsv", act=True, packet_size=90),
    LaterSample(14, seed=20261213, leaves_out="sample13.tsv", leaves_out_articles=99,  # as sample 13: packet size 90
                labels_file="labels14-test.tsv", act=True, packet_size=90),
    LaterSample(15, seed=20261215, leaves_out="sample14.tsv", leaves_out_articles=103,  # as sample 14: packet size 90
                labels_file="labels15-test.tsv", act=True, packet_size=90),
]}

CORPORA = ["pk-news", "bbc", "duc", "wikiref220"]
SHARES = {"pk-news": 0.40, "bbc": 0.20, "duc": 0.25, "wikiref220": 0.15}
STRATA = ["headline", "people-count", "figure-like", "other"]
STRATUM_SHARES = {"headline": 0.07, "people-count": 0.25, "figure-like": 0.45, "other": 0.23}
SKIP_DIRS = {"duc/duc2007/update"}

# ---------------------------------------------------------------- candidate regex ----
# Started from sample.py's regex; added clock times (15h00, 9.30am), "one" before a person noun, and the
# people nouns used by the people-count stratum.
UNITS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
         "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SCALEW = r"hundred|thousand|million|billion|trillion|crores?|lakhs?"
PEOPLE_SG = (r"person|man|woman|child|boy|girl|soldier|militant|terrorist|insurgent|civilian|policeman|"
             r"policewoman|officer|official|worker|labourer|laborer|student|pilgrim|passenger|migrant|refugee|"
             r"protester|protestor|demonstrator|suspect|prisoner|inmate|hostage|victim|patient|resident|"
             r"villager|fisherman|miner|journalist|reporter|doctor|nurse|teacher|member|player|fan|voter|"
             r"tourist|visitor|employee|driver|farmer|infant|baby|toddler|teenager|youth|minor|pedestrian|"
             r"rescuer|firefighter|trooper|guard|gunman|attacker|bomber|militiaman|rebel|fighter|"
             r"personnel|people|staffer|cadet|dead|body|casualty|family|sibling|brother|sister|son|daughter")
PEOPLE_PL = (r"persons|people|men|women|children|kids|boys|girls|soldiers|troops|militants|terrorists|"
             r"insurgents|civilians|police|policemen|policewomen|officers|officials|personnel|workers|"
             r"labourers|laborers|students|pilgrims|passengers|migrants|refugees|protesters|protestors|"
             r"demonstrators|suspects|accused|prisoners|inmates|detainees|hostages|victims|casualties|bodies|"
             r"dead|injured|wounded|patients|residents|villagers|families|fishermen|miners|journalists|"
             r"reporters|doctors|nurses|teachers|members|players|fans|voters|tourists|visitors|employees|"
             r"drivers|farmers|infants|babies|toddlers|teenagers|youths|minors|pedestrians|rescuers|"
             r"firefighters|troopers|guards|gunmen|attackers|bombers|militiamen|rebels|fighters|"
             r"individuals|citizens|nationals|lives|staff|staffers|cadets|crew|survivors|siblings|"
             r"brothers|sisters|sons|daughters|persons")
WORDNUM = (rf"(?:(?:{TENS})(?:-(?:one|{UNITS}))?|{UNITS}"
           r"|half\s+a\s+dozen|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million|a\s+billion"
           rf"|one(?=\s+(?:{SCALEW})\b)|one(?=\s+(?:{PEOPLE_SG})\b))")
DIGNUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
CUR = r"(?:Rs\.?|PKR|USD|US\$|\$|£|€|Dhs?|¥)\s?"
SCALE = rf"(?:\s?(?:{SCALEW}|trn|bn|mn|tr|m|k|b)\b(?:\s(?:{SCALEW})\b)*)"
PCT = r"(?:\s?%|\s?(?:per\s?cent|percent|pc)\b)"
APPROX = (r"(?:(?:just\s+|well\s+|slightly\s+)?(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|"
          r"as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|up\s+to|nearly|almost|about|around|approximately|"
          r"roughly|some|over|under|close\s+to|an\s+estimated|estimated|upwards\s+of)\s+)")
NUM = rf"(?:(?:{CUR})?(?:{DIGNUM}|{WORDNUM}){SCALE}?)"
FIG = rf"{NUM}(?:\s?(?:-|–|to)\s?{NUM})?{PCT}?"
COLLECTIVE = r"(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions|scores)\s+of\b"
BETWEEN = rf"between\s+{NUM}{PCT}?\s+and\s+{NUM}{PCT}?"
ORDINAL = r"\d+(?:st|nd|rd|th)\b"
DECADE = r"\d+0s\b"
DATEISH = r"\d{1,4}(?:[/:]\d{1,4})+(?:\s?(?:a\.m\.|p\.m\.|am|pm)(?![\w]))?"
CLOCK = r"\d{1,2}h\d{2}|\d{1,2}(?:\.\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)(?![\w])|\d{3,4}\s?hrs"
IDENT = r"[A-Za-z]+-?\d(?:[\w.]*\w)?"  # G20, F-16, COVID-19, AI171, PM2.5, MH370, under-14, U19

MENTION_RE = re.compile(
    rf"(?<![\w$£€¥])(?:{CLOCK}|{DATEISH}|{BETWEEN}|{APPROX}?(?:{COLLECTIVE}|{FIG})|{ORDINAL}|{DECADE})(?![\w])"
    rf"|(?<![\w-])(?:{IDENT})",
    re.IGNORECASE,
)

# ------------------------------------------------------- stratum heuristics (never labels) ----
APPROX_RE = re.compile(rf"^{APPROX}", re.I)
SCALE_RE = re.compile(rf"(?:\d|\b)(?:{SCALEW}|trn|bn|mn)\b|\d(?:m|k|b)\b", re.I)
CUR_RE = re.compile(CUR)
PCT_RE = re.compile(PCT, re.I)
COLL_RE = re.compile(rf"{COLLECTIVE}|dozen", re.I)
RANGE_RE = re.compile(r"\d\s?(?:-|–|to)\s?\d|^between\b", re.I)
BIGWORD_RE = re.compile(rf"\b(?:{TENS}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b", re.I)
WORDNUM_RE = re.compile(rf"\b(?:{TENS}|{UNITS}|one|dozen|hundred|thousand)\b", re.I)
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
MONTH_BEFORE_RE = re.compile(rf"\b{MONTHS}\s+$")
MONTH_AFTER_RE = re.compile(rf"^\s+(?:of\s+)?{MONTHS}\b")
NOT_COUNT_RE = re.compile(rf"(?:{CLOCK}|{DATEISH}|{ORDINAL}|{DECADE})", re.I)
YEAR_RANGE_RE = re.compile(r"(?:1[89]|20)\d\d\s?[-–/]\s?(?:\d\d|(?:1[89]|20)\d\d)")
PEOPLE_AFTER_RE = re.compile(
    rf"^(?:\s+[\w'’-]+){{0,2}}?\s+(?:{PEOPLE_PL}|{PEOPLE_SG})\b", re.I)
CASUALTY = (r"killed|killing|kills|injured|injuring|wounded|wounding|hurt|dead|died|die|deaths|death toll|"
            r"toll|martyred|martyring|arrested|arresting|detained|detaining|abducted|kidnapped|missing|"
            r"displaced|evacuated|rescued|drowned|perished|hospitali[sz]ed|lost their lives|lost lives|"
            r"rounded up|taken into custody|laid off|affected|stranded|homeless")
AGE_AFTER_RE = re.compile(r"^(?:-|\s)(?:years?|months?|days?|weeks?)\b", re.I)
CASUALTY_AFTER_RE = re.compile(rf"^[^.;:!?]{{0,45}}?\b(?:{CASUALTY})\b", re.I)
CASUALTY_BEFORE_RE = re.compile(rf"\b(?:{CASUALTY})\b[^.;:!?\d]{{0,25}}$", re.I)


def is_dateish(text, before, after):
    if re.fullmatch(r"\d{1,2}(?:\s?(?:-|–|to)\s?\d{1,2})?", text) and (
            MONTH_BEFORE_RE.search(before[-12:]) or MONTH_AFTER_RE.match(after[:14])):
        return True  # day of month, or a range of days ("June 26 to 28", "26-28 June")
    if YEAR_RANGE_RE.fullmatch(text) or re.fullmatch(r"between\s+(?:1[89]|20)\d\d\s+and\s+(?:1[89]|20)\d\d", text, re.I):
        return True  # 2024-25, 1998-2000, between 1946 and 1957
    if re.fullmatch(r"\d{4}", text) and 1800 <= int(text) <= 2099:
        return True  # year-shaped
    return bool(NOT_COUNT_RE.fullmatch(text)) or (bool(re.fullmatch(IDENT, text, re.I)) and not CUR_RE.match(text))


def is_figure_like(text, before="", after=""):
    """sample.py's heuristic, with date ranges, year ranges and clock times moved out."""
    if is_dateish(text, before, after):
        return False
    if (APPROX_RE.match(text) or SCALE_RE.search(text) or CUR_RE.search(text) or PCT_RE.search(text)
            or COLL_RE.search(text) or RANGE_RE.search(text) or re.search(r"\d,\d{3}|\d\.\d", text)
            or BIGWORD_RE.search(text)):
        return True
    if re.fullmatch(r"\d+", text):
        return int(text) >= 10
    return False


def is_people_count(text, before, after):
    """A count (any size) of people, or a number next to a casualty/arrest word: the issue's missed class."""
    if CUR_RE.search(text) or PCT_RE.search(text) or AGE_AFTER_RE.match(after):
        return False
    if PEOPLE_AFTER_RE.match(after[:60]):
        return not NOT_COUNT_RE.fullmatch(text) and not re.fullmatch(IDENT, text, re.I)
    if is_dateish(text, before, after):
        return False
    if not (re.fullmatch(r"[\d,]+", text) or WORDNUM_RE.search(text) or APPROX_RE.match(text) or COLL_RE.search(text)):
        return False
    return bool(CASUALTY_AFTER_RE.match(after[:60]) or CASUALTY_BEFORE_RE.search(before[-40:]))


def stratum_of(line_index, text, before, after):
    if is_people_count(text, before, after):
        kind = "people-count"
    elif is_figure_like(text, before, after):
        kind = "figure-like"
    else:
        return "other"
    return "headline" if line_index == 0 else kind


# ---------------------------------------------------------------- corpus ----
def utf16_col(s, idx):
    """1-based column in UTF-16 code units for str index idx."""
    return 1 + len(s[:idx].encode("utf-16-le")) // 2


def iter_files(corpus_root, corpus):
    base = os.path.join(corpus_root, corpus)
    for dirpath, dirnames, filenames in os.walk(base):
        rel_dir = os.path.relpath(dirpath, corpus_root).replace(os.sep, "/")
        dirnames[:] = sorted(d for d in dirnames if f"{rel_dir}/{d}" not in SKIP_DIRS)
        for fn in sorted(filenames):
            if fn.endswith(".txt") and fn != "SOURCE.md":
                yield f"{rel_dir}/{fn}"


def read_text(corpus_root, rel):
    with open(os.path.join(corpus_root, rel), encoding="utf-8") as f:
        return f.read()


def split_lines(data):
    return [l[:-1] if l.endswith("\r") else l for l in data.split("\n")]


def paragraphs(lines):
    """List of (first, last) line indexes of blank-line separated paragraphs; and line -> paragraph number."""
    paras, of_line = [], [-1] * len(lines)
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip():
            j += 1
        for k in range(i, j + 1):
            of_line[k] = len(paras)
        paras.append((i, j))
        i = j + 1
    return paras, of_line


BOILERPLATE_RE = re.compile(r"^\s*Copyright\s*©", re.I)  # thenews footer on every article: one label would do


def mentions_in(lines):
    for i, line in enumerate(lines):
        if BOILERPLATE_RE.match(line):
            continue
        for m in MENTION_RE.finditer(line):
            if "\t" not in m.group(0):
                yield i, m.start(), m.group(0)


def copy_keys(data):
    """Two keys that identify copies of one article: the whole text, and headline + first two paragraphs."""
    norm = [re.sub(r"\s+", " ", l.strip()).lower() for l in data.split("\n") if l.strip()]
    return ("all:" + hashlib.sha1("\n".join(norm).encode()).hexdigest(),
            "top:" + hashlib.sha1("\n".join(norm[:3]).encode()).hexdigest())


def copy_groups(texts):
    """Union-find over copy keys: path -> representative path (the smallest path of its group)."""
    parent = {p: p for p in texts}

    def find(p):
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    owner = {}
    for p in sorted(texts):
        for k in copy_keys(texts[p]):
            if k in owner:
                a, b = find(owner[k]), find(p)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                owner[k] = p
    return {p: find(p) for p in texts}


def split_of(rel):
    """test when the salted SHA-1 of the (group representative's) corpus-relative path is in the lowest 45%."""
    h = int(hashlib.sha1(f"{SPLIT_SALT}:{rel}".encode()).hexdigest(), 16)
    return "test" if h / 2.0 ** 160 < TEST_SHARE else "dev"


def old_sample_paths(path=OLD_LABELS):
    with open(path, encoding="utf-8") as f:
        return {l.split("\t", 1)[0] for l in f if l.strip() and not l.startswith(("#", "path\t"))}


def old_sample_paths_from_sampler(corpus_root):
    """The old 200-mention sample's articles, re-drawn by sample.py (seed 20020; it prints the same 200 rows as
    labels.tsv), so that no label file has to be read. Its paragraph dump goes to /dev/null."""
    import subprocess
    env = dict(os.environ, EDITORIAL_CORPUS=corpus_root)
    p = subprocess.run([sys.executable, OLD_SAMPLER, "--context", os.devnull], env=env, capture_output=True,
                       text=True, encoding="utf-8")
    if p.returncode != 0:
        sys.exit(f"sample.py failed ({p.returncode}): {p.stderr[-2000:]}")
    rows = [l.split("\t") for l in p.stdout.split("\n") if l.strip() and not l.startswith("path\t")]
    if len(rows) != 200:
        sys.exit(f"sample.py printed {len(rows)} rows, expected the 200 of the old sample")
    return {r[0] for r in rows}


def sample_tsv_paths(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        k = head.index("path")
        return {l.rstrip("\n").split("\t")[k] for l in f if l.strip()}


def col_to_index(s, col16):
    """str index of a 1-based UTF-16 column (inverse of utf16_col); None if it falls inside a surrogate pair."""
    units = 1
    for idx, ch in enumerate(s):
        if units == col16:
            return idx
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(s) if units == col16 else None


def verify_positions(rows, corpus_root, texts=None):
    """Every row's text must stand at its path:line:column (1-based line, UTF-16 column). Returns the failures."""
    bad, cache = [], {}
    for r in rows:
        rel = r["path"]
        if rel not in cache:
            try:
                cache[rel] = split_lines(texts[rel] if texts and rel in texts else read_text(corpus_root, rel))
            except OSError as e:
                bad.append((r, f"cannot read: {e}"))
                continue
        lines, line = cache[rel], int(r["line"])
        if not 1 <= line <= len(lines):
            bad.append((r, "line out of range"))
            continue
        idx = col_to_index(lines[line - 1], int(r["column"]))
        if idx is None or lines[line - 1][idx:idx + len(r["text"])] != r["text"]:
            bad.append((r, "text not at line:column"))
    return bad


# ---------------------------------------------------------------- draw ----
def quotas_for(total):
    out = {}
    for corpus in CORPORA:
        q = round(total * SHARES[corpus])
        per = {s: round(q * STRATUM_SHARES[s]) for s in STRATA}
        per["other"] += q - sum(per.values())
        out[corpus] = per
    return out


def corpus_copy_groups(corpus_root):
    """Every article's text by corpus-relative path, and the copy group each one belongs to."""
    texts = {}
    for corpus in CORPORA:
        for rel in iter_files(corpus_root, corpus):
            texts[rel] = read_text(corpus_root, rel)
    return texts, copy_groups(texts)


def draw(corpus_root, total, seed, stats=False, old=None, sample=None):
    """sample=None: sample 2 as committed. sample=N (a key of LATER_SAMPLES): only copy groups that split_of() puts
    in test, without the groups of the old sample, of sample2.tsv and of sample3.tsv ... sample{N-1}.tsv; split
    column and ids from LATER_SAMPLES[N]."""
    later = LATER_SAMPLES[sample] if sample is not None else None
    texts, rep = corpus_copy_groups(corpus_root)
    if old is None:
        old = old_sample_paths()
    if later:
        # sample N has sample N-1's rules, plus the exclusion of sample N-1's articles
        for earlier in (s for s in LATER_SAMPLES.values() if s.n <= later.n):
            path = os.path.join(HERE, earlier.leaves_out)
            left_out = sample_tsv_paths(path)
            if len(left_out) != earlier.leaves_out_articles:
                sys.exit(f"{path}: {len(left_out)} articles, expected {earlier.leaves_out_articles}")
            old = set(old) | left_out
    missing_old = sorted(old - set(texts))
    if missing_old:
        sys.exit(f"old sample paths not in the corpus, e.g. {missing_old[0]}")
    excluded_groups = {rep[p] for p in old}
    excluded_as = "old sample or its copies"
    if later:  # units the existing split function puts in dev are not eligible either
        excluded_groups |= {g for g in set(rep.values()) if split_of(g) != "test"}
        excluded_as = ("old sample, " + ", ".join(f"sample{k}" for k in range(2, later.n))
                       + " or their copies, or a dev group")
    quotas = quotas_for(total)
    picked = []
    for corpus in CORPORA:
        rng = random.Random(f"{seed}:{corpus}")
        pools = {s: [] for s in STRATA}
        by_article = {}
        n_articles = n_excluded = 0
        for rel in (r for r in texts if r.startswith(corpus + "/")):
            if rep[rel] in excluded_groups:
                n_excluded += 1
                continue
            n_articles += 1
            lines = split_lines(texts[rel])
            _, of_line = paragraphs(lines)
            ms = []
            for i, col, text in mentions_in(lines):
                s = stratum_of(i, text, lines[i][:col], lines[i][col + len(text):])
                m = (rel, i, col, text, s, of_line[i])
                ms.append(m)
                pools[s].append(m)
            by_article[rel] = ms
        if stats:
            sizes = " ".join(f"{s}={len(pools[s])}" for s in STRATA)
            print(f"{corpus}: articles={n_articles} (excluded as {excluded_as}: {n_excluded}) {sizes}",
                  file=sys.stderr)
        need = dict(quotas[corpus])
        orders = {s: rng.sample(pools[s], len(pools[s])) for s in STRATA}
        pos = {s: 0 for s in STRATA}
        used_groups = set()
        while any(need[s] > 0 and pos[s] < len(orders[s]) for s in STRATA):
            # the stratum furthest from its quota (as a share) seeds the next article
            s = max((x for x in STRATA if need[x] > 0 and pos[x] < len(orders[x])),
                    key=lambda x: (need[x] / quotas[corpus][x], -STRATA.index(x)))
            seed_m = orders[s][pos[s]]
            pos[s] += 1
            rel = seed_m[0]
            if rep[rel] in used_groups:
                continue  # one copy of an article at most, and each article is visited once
            used_groups.add(rep[rel])
            chosen = [seed_m]
            need[s] -= 1
            companions = rng.sample(by_article[rel], len(by_article[rel]))
            for m in companions:
                if len(chosen) >= PER_ARTICLE:
                    break
                if need[m[4]] <= 0 or any(m[5] == c[5] for c in chosen):
                    continue  # stratum full, or a paragraph that already has a mention
                chosen.append(m)
                need[m[4]] -= 1
            for m in chosen:
                picked.append((m, corpus, later.split if later else split_of(rep[rel])))
        short = {s: n for s, n in need.items() if n > 0}
        if short:
            print(f"warning: {corpus}: pools exhausted, short by {short}", file=sys.stderr)
    picked.sort(key=lambda r: (CORPORA.index(r[1]), r[0][0], r[0][1], r[0][2]))
    rows = []
    for n, (m, corpus, split) in enumerate(picked, 1):
        rel, i, col, text, s, _ = m
        lines = split_lines(texts[rel])
        prefix = later.id_prefix if later else "E2-"
        rows.append({"id": f"{prefix}{n:04d}", "path": rel, "line": i + 1, "column": utf16_col(lines[i], col),
                     "text": text, "corpus": corpus, "stratum": s, "split": split, "_i": i, "_col": col})
    return rows, texts


# ---------------------------------------------------------------- packets ----
def mark(line, col, text):
    return line[:col] + "[[" + line[col:col + len(text)] + "]]" + line[col + len(text):]


def para_text(lines, span, mark_at=None):
    a, b = span
    out = []
    for k in range(a, b + 1):
        ln = lines[k]
        if mark_at and mark_at[0] == k:
            ln = mark(ln, mark_at[1], mark_at[2])
        out.append(ln)
    return "\n".join(out)


def item_block(row, text):
    """Headline + the two paragraphs after it (deck/lede), the two paragraphs before the mention's, the mention's
    paragraph with the mention marked [[...]], and the next paragraph; each paragraph shown once."""
    lines = split_lines(text)
    paras, of_line = paragraphs(lines)
    i, col = row["_i"], row["_col"]
    p = of_line[i]
    out = [f"### {row['id']}  —  `{row['path']}:{row['line']}:{row['column']}`  —  mention: [[{row['text']}]]", ""]

    def show(k, label):
        if k == p:
            label += " — MENTION"
            body = para_text(lines, paras[k], (i, col, row["text"]))
        else:
            body = para_text(lines, paras[k])
        out.extend([f"**{label}** (paragraph {k + 1})", "", quote(body), ""])

    top = list(range(min(3, len(paras))))
    for k in top:
        show(k, "HEADLINE" if k == 0 else "DECK/LEDE")
    if p not in top:
        before = [k for k in (p - 2, p - 1) if k > top[-1]]
        if (before[0] if before else p) > top[-1] + 1:
            out.extend(["*[…]*", ""])
        for k in before:
            show(k, "BEFORE")
        show(p, "PARAGRAPH")
    if p + 1 < len(paras):
        if p + 1 > top[-1]:
            show(p + 1, "NEXT")
    else:
        out.extend(["*(the mention's paragraph is the last of the article)*", ""])
    return "\n".join(out)


def quote(body):
    return "\n".join("> " + l if l else ">" for l in body.split("\n"))


def write_packets(rows, texts, out_dir, size, seed, labels_file=None, act=False):
    """labels_file (sample 5 on): the one labels file the labeller fills for all packets (named in each header).
    act (samples 8 on): the templates carry an `act` column after `label` (y / n for an unsourced figure, - else)."""
    real_out = os.path.realpath(out_dir)
    if real_out == REPO_ROOT or real_out.startswith(REPO_ROOT + os.sep):
        sys.exit("refusing to write packets (article text) inside the repository")
    os.makedirs(out_dir, exist_ok=True)
    # items of one article stay together (the labeller reads the article once); articles are shuffled, so
    # corpora and splits mix in every packet, and nothing in a packet says which split an item is in
    groups = {}
    for r in rows:
        groups.setdefault(r["path"], []).append(r)
    order = sorted(groups)
    random.Random(f"{seed}:packets").shuffle(order)
    n_packets = max(1, round(len(rows) / size))
    target = len(rows) / n_packets
    packets, cur = [], []
    for path in order:
        cur.extend(sorted(groups[path], key=lambda r: (r["line"], r["column"])))
        if len(cur) >= target * (len(packets) + 1) - sum(len(p) for p in packets) and len(packets) < n_packets - 1:
            packets.append(cur)
            cur = []
    if cur:
        packets.append(cur)
    for n, items in enumerate(packets, 1):
        stem = os.path.join(out_dir, f"packet-{n:02d}")
        with open(stem + ".md", "w", encoding="utf-8") as f:
            f.write(f"# EDL0002 labelling packet {n:02d} ({len(items)} items)\n\n")
            if labels_file:
                f.write("Label every item of this packet (its rows are those of packet-%02d.tsv) in %s, as "
                        "LABELLER.md says, by the definition in DEFINITION.md%s. The mention is marked [[…]]. "
                        "Paths are relative to /work/shared/corpus.\n\n"
                        % (n, labels_file, " (and fill its act column as LABELLER.md says)" if act else ""))
            else:
                f.write("Label every item in packet-%02d.tsv (copy it to packet-%02d.labels.tsv first), following "
                        "LABELLER.md and the definition in docs/rules/EDL0002.md. The mention is marked [[…]]. "
                        "Paths are relative to /work/shared/corpus.\n\n" % (n, n))
            for r in items:
                f.write(item_block(r, texts[r["path"]]) + "\n---\n\n")
        with open(stem + ".tsv", "w", encoding="utf-8") as f:
            f.write("id\tpath\tline\tcolumn\ttext\tlabel\t" + ("act\t" if act else "") + "note\n")
            for r in items:
                f.write(f"{r['id']}\t{r['path']}\t{r['line']}\t{r['column']}\t{r['text']}\t\t"
                        + ("\t" if act else "") + "\n")
        print(f"wrote {stem}.md/.tsv ({len(items)} items)", file=sys.stderr)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        return head, [dict(zip(head, l.rstrip("\n").split("\t"))) for l in f if l.strip()]


def verify_new(path, corpus_root):
    """A new test sample: positions (as --verify), columns, ids PREFIX-NNNN numbered 1..n in order, a single split,
    every article's copy group in test under split_of, and nothing shared with the other .tsv files of this folder
    (earlier samples and every label file; the label files of this sample's own split are skipped): no path, no item
    (path:line:column) and no copy group. The old 200-mention sample is re-drawn by sample.py as well (its paths are
    those of labels.tsv)."""
    import glob
    head, rows = read_tsv(path)
    problems = []
    if head != COLUMNS:
        problems.append(f"columns {head} are not {COLUMNS}")
    splits = sorted({r.get("split") for r in rows})
    if len(splits) != 1:
        problems.append(f"splits {splits}: expected one")
    split = splits[0] if splits else ""
    prefix = "t" + split[4:] + "-" if split.startswith("test") else None
    for n, r in enumerate(rows, 1):
        if prefix is None or r.get("id") != f"{prefix}{n:04d}":
            problems.append(f"row {n}: id {r.get('id')!r}, expected {prefix}{n:04d}")
    bad = verify_positions(rows, corpus_root)
    problems += [f"{r.get('id')} {r['path']}:{r['line']}:{r['column']}: {why}" for r, why in bad]
    own = os.path.realpath(path)
    n_digit = split[4:] if prefix else None
    earlier = {}
    for f in sorted(glob.glob(os.path.join(HERE, "*.tsv"))):
        base = os.path.basename(f)
        if os.path.realpath(f) == own or (n_digit and base.startswith(f"labels{n_digit}-")):
            continue
        _, erows = read_tsv(f)
        earlier[base] = erows
    earlier["sample.py (old 200-mention sample, re-drawn)"] = [{"path": p} for p in
                                                              old_sample_paths_from_sampler(corpus_root)]
    texts, rep = corpus_copy_groups(corpus_root)
    for r in rows:
        if r["path"] not in rep:
            problems.append(f"{r['id']}: {r['path']} is not a corpus article")
        elif split_of(rep[r["path"]]) != "test":
            problems.append(f"{r['id']}: copy group of {r['path']} is not in test under {SPLIT_SALT}")
    mine_paths = {r["path"] for r in rows}
    mine_items = {(r["path"], r["line"], r["column"]) for r in rows}
    mine_groups = {rep.get(p, p) for p in mine_paths}
    print(f"{path}: {len(rows)} rows, {len(mine_paths)} articles, split {split}", file=sys.stderr)
    for name, erows in earlier.items():
        paths = {r["path"] for r in erows if r.get("path")}
        items = {(r["path"], r.get("line"), r.get("column")) for r in erows if r.get("line")}
        groups = {rep.get(p, p) for p in paths}
        sp, si, sg = len(mine_paths & paths), len(mine_items & items), len(mine_groups & groups)
        print(f"  vs {name}: {len(erows)} rows, {len(paths)} articles; shared paths {sp}, items {si}, "
              f"copy groups {sg}", file=sys.stderr)
        if sp or si or sg:
            problems.append(f"shares {sp} paths, {si} items, {sg} copy groups with {name}")
    for p in problems[:30]:
        print(f"{path}: {p}", file=sys.stderr)
    print(f"{path}: {len(rows) - len(bad)} of {len(rows)} positions verified; {len(problems)} problems",
          file=sys.stderr)
    return 1 if problems else 0


# ---------------------------------------------------------------- main ----
COLUMNS = ["id", "path", "line", "column", "text", "corpus", "stratum", "split"]


def sample_flag_help(s):
    left_out = ["the old sample"] + [f"sample{k}.tsv" for k in range(2, s.n)]
    if len(left_out) > 5:  # a long list reads better as a range
        left_out = [f"the old sample, {left_out[1]} ... {left_out[-1]}"]
    listed = left_out[0] if len(left_out) == 1 else ", ".join(left_out[:-1]) + " or " + left_out[-1]
    return (f"draw sample {s.n} ({s.split}): seed {s.seed}, {s.total} mentions, test-split articles not in "
            f"{listed}, ids {s.id_prefix}NNNN" + ("; packet templates with an act column" if s.act else ""))


def per_sample_defaults(default, field):
    """Help text for an option whose default depends on the sample: "default D; X with --sample3, ..."."""
    return f"default {default}; " + ", ".join(f"{getattr(s, field)} with --sample{s.n}" for s in LATER_SAMPLES.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for s in LATER_SAMPLES.values():
        ap.add_argument(f"--sample{s.n}", action="store_true", help=sample_flag_help(s))
    ap.add_argument("-n", "--total", type=int, help=f"sample size ({per_sample_defaults(TOTAL, 'total')})")
    ap.add_argument("--seed", type=int, help=f"seed ({per_sample_defaults(SEED, 'seed')})")
    ap.add_argument("--old-sample", choices=("labels", "sampler"), default=None,
                    help="where the old 200-mention sample's paths come from: the path column of labels.tsv "
                    "(sample 2's default) or a re-draw by sample.py (always with --sample3; reads no label file)")
    ap.add_argument("--verify", metavar="TSV", help="only check that every row's text stands at its "
                    "path:line:column in the corpus; exit 1 on any failure")
    ap.add_argument("-o", "--out", default="-", help="TSV output (default stdout)")
    ap.add_argument("--stats", action="store_true", help="print pool sizes and sample counts to stderr")
    ap.add_argument("--packets", metavar="DIR", help="write labelling packets here (outside the repository)")
    ap.add_argument("--packet-size", type=int,
                    help=f"items per packet ({per_sample_defaults(PACKET_SIZE, 'packet_size')})")
    ap.add_argument("--check", metavar="TSV", help="re-draw and compare with this file (e.g. the committed "
                    "sample2.tsv); exit 1 on any difference")
    ap.add_argument("--verify-new", metavar="TSV", help="check a new test sample (sample 5 on): every position as "
                    "--verify, ids PREFIX-NNNN numbered 1..n, one split, and no path, item or copy group shared with "
                    "any other .tsv of this folder (labels of the same split aside); exit 1 on any problem")
    args = ap.parse_args()

    corpus_root = os.environ.get("EDITORIAL_CORPUS", DEFAULT_CORPUS)
    if not os.path.isdir(corpus_root):
        sys.exit(f"corpus folder not found: {corpus_root} (set EDITORIAL_CORPUS)")
    if args.verify:
        with open(args.verify, encoding="utf-8") as f:
            head = f.readline().rstrip("\n").split("\t")
            vrows = [dict(zip(head, l.rstrip("\n").split("\t"))) for l in f if l.strip()]
        bad = verify_positions(vrows, corpus_root)
        for r, why in bad[:20]:
            print(f"{args.verify}: {r.get('id')} {r['path']}:{r['line']}:{r['column']} {r['text']!r}: {why}",
                  file=sys.stderr)
        print(f"{args.verify}: {len(vrows) - len(bad)} of {len(vrows)} positions verified", file=sys.stderr)
        return 1 if bad else 0
    if args.verify_new:
        return verify_new(args.verify_new, corpus_root)
    chosen = [n for n in LATER_SAMPLES if getattr(args, f"sample{n}")]
    if len(chosen) > 1:
        flags = [f"--sample{n}" for n in LATER_SAMPLES]
        sys.exit(", ".join(flags[:-1]) + f" and {flags[-1]} exclude each other")
    later = LATER_SAMPLES[chosen[0]] if chosen else None
    if later:
        if args.old_sample == "labels":
            sys.exit(f"--sample{later.n} takes the old sample from sample.py, never from a label file")
        total = args.total or later.total
        seed = later.seed if args.seed is None else args.seed
        packet_size = args.packet_size or later.packet_size
        old = old_sample_paths_from_sampler(corpus_root)
    else:
        total = args.total or TOTAL
        seed = SEED if args.seed is None else args.seed
        packet_size = args.packet_size or PACKET_SIZE
        old = old_sample_paths_from_sampler(corpus_root) if args.old_sample == "sampler" else None
    rows, texts = draw(corpus_root, total, seed, args.stats, old=old, sample=later.n if later else None)
    bad = verify_positions(rows, corpus_root, texts)
    if bad:
        r, why = bad[0]
        sys.exit(f"{len(bad)} drawn positions fail verification, e.g. {r['id']} {r['path']}:{r['line']}:"
                 f"{r['column']}: {why}")
    fresh = ["\t".join(COLUMNS)] + ["\t".join(str(r[c]) for c in COLUMNS) for r in rows]

    if args.check:
        with open(args.check, encoding="utf-8") as f:
            old = f.read().rstrip("\n").split("\n")
        diff = [(a, b) for a, b in zip(old, fresh) if a != b]
        if diff or len(old) != len(fresh):
            print(f"{args.check}: differs from a fresh draw ({len(old)} vs {len(fresh)} lines, "
                  f"first difference: {diff[0] if diff else 'length'})", file=sys.stderr)
            return 1
        print(f"{args.check}: identical to a fresh draw ({len(rows)} mentions)", file=sys.stderr)
        return 0

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")
    out.write("\n".join(fresh) + "\n")
    if out is not sys.stdout:
        out.close()

    if args.stats:
        from collections import Counter
        c = Counter((r["corpus"], r["stratum"], r["split"]) for r in rows)
        arts = Counter((r["corpus"], r["split"]) for r in {(r["path"], r["corpus"], r["split"]): r for r in rows}.values())
        splits = [later.split] if later else ["dev", "test"]
        for corpus in CORPORA:
            cells = " ".join(f"{s}=" + "/".join(str(c[(corpus, s, x)]) for x in splits) for s in STRATA)
            print(f"{corpus} ({'/'.join(splits)}): {cells}; articles "
                  + "/".join(str(arts[(corpus, x)]) for x in splits), file=sys.stderr)
        n_test = sum(r["split"] == splits[-1] for r in rows)
        print(f"total {len(rows)} mentions in {len({r['path'] for r in rows})} articles; {splits[-1]} {n_test} "
              f"({n_test / max(1, len(rows)):.1%})", file=sys.stderr)
        if later:
            per_art = Counter(Counter(r["path"] for r in rows).values())
            print("mentions per article: " + ", ".join(f"{k}: {per_art[k]}" for k in sorted(per_art)),
                  file=sys.stderr)
    if args.packets:
        write_packets(rows, texts, args.packets, packet_size, seed,
                      labels_file=later.labels_file if later else None, act=later.act if later else False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
