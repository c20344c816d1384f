#!/usr/bin/env python3
"""Deterministic, stratified sample of number mentions for scoring EDL0002.

Walks the four corpora (pk-news, bbc, duc, wikiref220) under $EDITORIAL_CORPUS
(default: ../shared/corpus relative to the repo root), finds every candidate
number mention with a deliberately broad regex, and draws a seeded random
sample stratified by corpus and by a "figure-like" flag (see README.md).

stdout: TSV  path  line  column  text  corpus  stratum
        path   = corpus-relative, forward slashes (e.g. bbc/tech/132.txt)
        line   = 1-based line (file split on \\n, trailing \\r stripped)
        column = 1-based column in UTF-16 code units (= Python str index + 1
                 for BMP text; astral characters count as 2)
--context FILE (default /tmp/edl0002_context.txt): for each sampled mention,
        the headline, the paragraph with the mention marked [[...]], and the
        start of the neighbouring paragraphs -- for labelling only. It holds
        article text: never copy it into the repository.

Only paths, positions and the short matched text are printed on stdout.
"""
import argparse
import os
import random
import re
import sys

SEED = 20020  # EDL0002 sample, fixed
REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_CORPUS = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "corpus"))

CORPORA = ["pk-news", "bbc", "duc", "wikiref220"]
# share of the sample per corpus
SHARES = {"pk-news": 0.40, "bbc": 0.20, "duc": 0.25, "wikiref220": 0.15}
FIGURE_SHARE = 0.65  # within each corpus: figure-like mentions vs. all others
# duc2007/update/* repeats the documents of duc2007/main/* -> skipped
SKIP_DIRS = {os.path.join("duc", "duc2007", "update")}

# ---------------------------------------------------------------- regex ----
UNITS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
         "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SCALEW = r"hundred|thousand|million|billion|trillion|crores?|lakhs?"
WORDNUM = (rf"(?:(?:{TENS})(?:-(?:one|{UNITS}))?|{UNITS}"
           r"|half\s+a\s+dozen|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million|a\s+billion|one(?=\s+(?:{s})))"
           ).replace("{s}", SCALEW)
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
DATEISH = r"\d{1,4}(?:[/:]\d{1,4})+"
IDENT = r"[A-Za-z]+-?\d(?:[\w.]*\w)?"  # G20, F-16, COVID-19, AI171, PM2.5, MH370

MENTION_RE = re.compile(
    rf"(?<![\w$£€¥])(?:{DATEISH}|{BETWEEN}|{APPROX}?(?:{COLLECTIVE}|{FIG})|{ORDINAL}|{DECADE})(?![\w])"
    rf"|(?<![\w-])(?:{IDENT})",
    re.IGNORECASE,
)
# IGNORECASE makes IDENT match too much ("Rs50bn" handled by FIG first, as it is tried first)

APPROX_RE = re.compile(rf"^{APPROX}", re.I)
SCALE_RE = re.compile(rf"(?:\d|\b)(?:{SCALEW}|trn|bn|mn)\b|\d(?:m|k|b)\b", re.I)
CUR_RE = re.compile(CUR)
PCT_RE = re.compile(PCT, re.I)
COLL_RE = re.compile(rf"{COLLECTIVE}|dozen", re.I)
RANGE_RE = re.compile(r"\d\s?(?:-|–|to)\s?\d|^between\b", re.I)
BIGWORD_RE = re.compile(rf"\b(?:{TENS}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b", re.I)


MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MONTH_BEFORE_RE = re.compile(rf"\b{MONTHS}\s+$")
MONTH_AFTER_RE = re.compile(rf"^\s+{MONTHS}\b")


def is_figure_like(text, before="", after=""):
    """Heuristic for stratification only (NOT a label). before/after = rest of the line."""
    if re.fullmatch(r"\d{1,2}", text) and (MONTH_BEFORE_RE.search(before[-12:]) or MONTH_AFTER_RE.match(after[:12])):
        return False  # day of month
    if re.fullmatch(ORDINAL + "|" + DECADE + "|" + DATEISH, text, re.I):
        return False
    if re.fullmatch(IDENT, text) and not CUR_RE.match(text):
        return False
    if (APPROX_RE.match(text) or SCALE_RE.search(text) or CUR_RE.search(text) or PCT_RE.search(text)
            or COLL_RE.search(text) or RANGE_RE.search(text) or re.search(r"\d,\d{3}|\d\.\d", text)
            or BIGWORD_RE.search(text)):
        return True
    m = re.fullmatch(r"\d+", text)
    if m:
        n = int(text)
        if len(text) == 4 and 1800 <= n <= 2099:
            return False  # year-shaped
        return n >= 10
    return False


def utf16_col(s, idx):
    """1-based column in UTF-16 code units for str index idx."""
    return 1 + idx + sum(1 for ch in s[:idx] if ord(ch) > 0xFFFF)


def iter_files(corpus_root, corpus):
    base = os.path.join(corpus_root, corpus)
    for dirpath, dirnames, filenames in os.walk(base):
        rel_dir = os.path.relpath(dirpath, corpus_root)
        dirnames[:] = sorted(d for d in dirnames if os.path.join(rel_dir, d) not in SKIP_DIRS)
        for fn in sorted(filenames):
            if fn.endswith(".txt"):
                yield os.path.relpath(os.path.join(dirpath, fn), corpus_root).replace(os.sep, "/")


def read_lines(corpus_root, rel):
    with open(os.path.join(corpus_root, rel), encoding="utf-8") as f:
        data = f.read()
    return [l[:-1] if l.endswith("\r") else l for l in data.split("\n")]


def mentions_in(lines):
    for i, line in enumerate(lines):
        for m in MENTION_RE.finditer(line):
            yield i, m.start(), m.group(0)


def paragraph_bounds(lines, i):
    a = i
    while a > 0 and lines[a - 1].strip():
        a -= 1
    b = i
    while b + 1 < len(lines) and lines[b + 1].strip():
        b += 1
    return a, b


def neighbour(lines, a, b, direction):
    j = a - 2 if direction < 0 else b + 2
    if 0 <= j < len(lines) and lines[j].strip():
        pa, pb = paragraph_bounds(lines, j)
        return " ".join(lines[pa:pb + 1])
    return ""


def context_block(lines, i, col, text):
    a, b = paragraph_bounds(lines, i)
    para = []
    for k in range(a, b + 1):
        ln = lines[k]
        if k == i:
            ln = ln[:col] + "[[" + ln[col:col + len(text)] + "]]" + ln[col + len(text):]
        para.append(ln)
    prev = neighbour(lines, a, b, -1)
    nxt = neighbour(lines, a, b, +1)
    out = [f"  HEADLINE: {lines[0]}"]
    if prev:
        out.append(f"  PREV: ...{prev[-400:]}")
    out.append("  PARA: " + " ".join(para))
    if nxt:
        out.append(f"  NEXT: {nxt[:400]}...")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--total", type=int, default=200, help="sample size (default 200)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--context", default="/tmp/edl0002_context.txt",
                    help="where to write paragraphs for labelling (outside the repo!)")
    ap.add_argument("--stats", action="store_true", help="print pool sizes to stderr")
    args = ap.parse_args()

    corpus_root = os.environ.get("EDITORIAL_CORPUS", DEFAULT_CORPUS)
    if not os.path.isdir(corpus_root):
        sys.exit(f"corpus folder not found: {corpus_root} (set EDITORIAL_CORPUS)")

    rng = random.Random(args.seed)
    picked = []
    for corpus in CORPORA:
        quota = round(args.total * SHARES[corpus])
        q_fig = round(quota * FIGURE_SHARE)
        quotas = {"figure-like": q_fig, "other": quota - q_fig}
        pools = {"figure-like": [], "other": []}
        for rel in iter_files(corpus_root, corpus):
            lines = read_lines(corpus_root, rel)
            for i, col, text in mentions_in(lines):
                fig = is_figure_like(text, lines[i][:col], lines[i][col + len(text):])
                pools["figure-like" if fig else "other"].append((rel, i, col, text))
        if args.stats:
            print(f"{corpus}: figure-like={len(pools['figure-like'])} other={len(pools['other'])}", file=sys.stderr)
        used_files = set()
        for stratum in ("figure-like", "other"):
            pool = pools[stratum]
            order = list(range(len(pool)))
            rng.shuffle(order)
            got = 0
            for k in order:
                if got >= quotas[stratum]:
                    break
                rel, i, col, text = pool[k]
                if rel in used_files:  # at most one mention per article
                    continue
                used_files.add(rel)
                picked.append((rel, i, col, text, corpus, stratum))
                got += 1

    picked.sort(key=lambda r: (CORPORA.index(r[4]), r[0], r[1], r[2]))
    print("path\tline\tcolumn\ttext\tcorpus\tstratum")
    with open(args.context, "w", encoding="utf-8") as ctx:
        for n, (rel, i, col, text, corpus, stratum) in enumerate(picked, 1):
            lines = read_lines(corpus_root, rel)
            c16 = utf16_col(lines[i], col)
            print(f"{rel}\t{i + 1}\t{c16}\t{text}\t{corpus}\t{stratum}")
            ctx.write(f"#{n} {rel}:{i + 1}:{c16} [{text}] ({stratum})\n")
            ctx.write(context_block(lines, i, col, text) + "\n\n")
    print(f"wrote context for {len(picked)} mentions to {args.context}", file=sys.stderr)


if __name__ == "__main__":
    main()
