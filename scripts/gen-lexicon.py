#!/usr/bin/env python3
"""Generate EditorialLint's embedded lexical data from SCOWL.

Usage (from the repository root):

    python3 scripts/gen-lexicon.py

Reads the word lists of the Debian package `scowl` (/usr/share/dict/scowl)
and writes, under src/EditorialLint.Core/Lexicon/Data/:

  british-american.txt  one `british<TAB>american` pair per line
  english-words.txt     common English vocabulary, one word per line
  NOTICE-SCOWL.txt      attribution and the SCOWL licence

Output is deterministic (sorted, no randomness, no timestamps).
Standard library only.

How the British/American pairs are chosen
-----------------------------------------
Pairs are lexical knowledge, never invented by suffix rules alone.  A pair
(b, a) is written only when ALL of the following hold:

  * b is listed by SCOWL as British: in british-words.N or
    british_variant_1-words.N (N <= PAIR_MAX_SIZE = 70), and in no
    english-words list (N <= 70) nor any american-words list;
  * a is listed by SCOWL as American: in american-words.N (N <= 70), and in
    no english-words list (N <= 70) nor any british-words list.  (It MAY be in
    british_z-words: that is Oxford -ize spelling, e.g. organize, and
    organise/organize is still a genuine variant pair, so it is kept.)
  * a known orthographic correspondence (our/or, ise/ize, re/er, ...; see
    RULES) rewrites b into a, applied at most MAX_STEPS times
    (manoeuvred -> maneuvered uses oe/e + re/er);
  * (b, a) is not in BLOCKLIST (pairs of attested words that the
    correspondences reach but that are not spelling variants; found by
    reading the output).
If the rules reach several American words for one British word, the one
with the fewest steps is kept, so every British word has one American form.

Because both words must be attested in the opposite variety lists, the
correspondences only select real pairs (colour/color) and never produce
non-words (tour/tor, hour/hor: "tour", "tor", "hour" are common English,
and our/or needs two letters before "our").  Size 80 was tried: it doubles
the pairs but adds much junk (notre/noter, vivre/viver, colourectal/
colorectal), so 70 is used.

Dropped as ambiguous (the American form is also shared/common English with
its own sense, i.e. it is in english-words.N, N <= 70):

  cheque/check          check is common English (verb, noun)
  tyre/tire             tire is common English (to tire)
  kerb/curb             curb is common English (to curb)
  programme/program     program is shared (computer program, British too)
  licence/license       license is the British verb too
  metre/meter           meter is a measuring device in both varieties
  prise/prize           prize is a different word
  gramme/gram (and kilogramme, milligramme, ...): gram is shared
  foetus/fetus, encyclopaedia/encyclopedia, homoeopathy/homeopathy,
  mediaeval/medieval, primaeval/primeval, colouration/coloration,
  synthesiser/synthesizer, instal/install, calliper/caliper:
                        the "American" form is also standard British
  practise/practice     practise (verb) vs practice (noun): no rule
                        produces it, and practice is common English anyway
  storey/story, draught/draft, gaol/jail, mum/mom: the American form is
                        common English; there is no rule for them
The script prints every candidate dropped this way ("dropped ...") so that
the list can be reviewed after a SCOWL update.
"""

import os
import re
import sys
from collections import Counter, defaultdict

SCOWL_DIR = "/usr/share/dict/scowl"
SCOWL_COPYRIGHT = "/usr/share/doc/scowl/copyright"
SCOWL_VERSION = "2020.12.07"
OUT_DIR = os.path.join("src", "EditorialLint.Core", "Lexicon", "Data")

SIZES = (10, 20, 35, 40, 50, 55, 60, 70, 80, 95)
PAIR_MAX_SIZE = 70      # sizes used to pick pairs
EXCLUDE_MAX_SIZE = 70   # english-words sizes that make a pair ambiguous
VOCAB_MAX_SIZE = 70     # sizes used for english-words.txt
UPPER_MAX_SIZE = 50     # english-upper sizes considered for english-words.txt
MAX_STEPS = 3           # correspondences combined per pair (manoeuvred -> maneuvered)

# Orthographic correspondences, British substring -> American substring.
# Each rule is (label, regex on the British word, American replacement).
# A rule rewrites ONE match per step; steps combine (up to MAX_STEPS).
RULES = [
    ("our/or", r"(?<=[a-z]{2})our", "or"),                 # colour, honourable (not hour, pour, four, bourg)
    ("ise/ize", r"is(?=[aei])", "iz"),                     # organise, -isation, -ising, -ised, -iser
    ("yse/yze", r"ys(?=[aei])", "yz"),                     # analyse, paralysed
    ("re/er", r"(?<=[bcdghkptv])re(?=$|s$|less|ful|ly|glass|board)", "er"),  # centre, centres, fibreglass
    ("re/er", r"(?<=[bcdghkptv])re(?=d$)", "ere"),         # centred -> centered
    ("re/er", r"(?<=[bcdghkptv])r(?=ing$|ings$)", "er"),   # centring -> centering
    ("ence/ense", r"enc(?=e)", "ens"),                     # defence, offence, pretence
    ("ll/l", r"(?<=[aeiou])ll(?=[aeiouy])", "l"),          # travelled, counsellor, modelling
    ("ll/l", r"llery", "lry"),                             # jewellery
    ("l/ll", r"(?<=[aeiou])l(?=$|s$|ment|ful|ness)", "ll"),  # fulfil, enrolment, skilful
    ("l/ll", r"(?<=[aeiou])l(?=ful)", "ll"),
    ("ogue/og", r"ogue", "og"),                            # catalogue, analogue
    ("ogue/og", r"ogu(?=ed$|ing$)", "og"),                 # catalogued -> cataloged
    ("ae/e", r"(?<=[a-z])ae(?=[a-z])", "e"),               # anaemia, paediatric (not Latin plurals: stelae)
    ("oe/e", r"(?<=[a-z])oe(?=[aclmnoptuv])", "e"),        # manoeuvre, diarrhoea, homoeopathy (not shoes, hoed)
    ("oe/e", r"^oe", "e"),                                 # oestrogen, oesophagus
    ("ae/e", r"^ae(?!r)", "e"),                            # aetiology, aeon (not aero-)
    ("mme/m", r"mme(?=$|s$)", "m"),                        # programme, kilogramme
    ("que/ck", r"que(?=$|s$)", "ck"),                      # cheque
    ("grey/gray", r"grey", "gray"),
    ("tyre/tire", r"tyre", "tire"),
    ("kerb/curb", r"kerb", "curb"),
    ("ough/ow", r"plough", "plow"),
    ("ium/um", r"aluminium", "aluminum"),
    ("ou/o", r"(?<=m)oul(?=[dt])", "ol"),                  # mould, smoulder, moult
    ("sc/sk", r"^sceptic", "skeptic"),
    ("ph/f", r"sulph", "sulf"),                            # sulphur, sulphate
    ("e/-", r"(?<=g)e(?=ing|ment)", ""),                   # ageing, judgement (if attested)
    ("s/z", r"(?<=co)s(?=[yi])", "z"),                     # cosy, cosier, cosiness
    ("ence/ense", r"^pretenc", "pretens"),
    ("e/i", r"artefact", "artifact"),
    ("ou/o", r"moustach", "mustach"),
    ("ette/et", r"omelette", "omelet"),
    ("ogh/og", r"yoghurt", "yogurt"),
    ("y/a", r"^pyjama", "pajama"),
    ("ar/er", r"pedlar", "peddler"),
    ("iquor/icor", r"liquorice", "licorice"),
    ("ity/ty", r"speciality", "specialty"),
    ("ity/ty", r"specialities", "specialties"),
    ("aero/air", r"^aero(?=plane)", "air"),
    ("e/-", r"(?<=ax)e(?=$|s$)", ""),                      # axe
    ("e/-", r"(?<=annex)e(?=$|s$)", ""),
    ("ettor/etor", r"ettor", "etor"),                      # carburettor
    ("sc/sk", r"(?<=mollu)sc", "sk"),                      # mollusc
    ("ove/oove", r"behove", "behoove"),
    ("ough/o", r"doughnut", "donut"),
    ("ore/or", r"furore", "furor"),
    ("ramme/ram", r"gramme", "gram"),
]
# Pairs that the correspondences reach between attested words but that are
# not spelling variants (different words, Latin plurals, morpheme boundaries,
# or obsolete ligature spellings).  Found by reading the output.
BLOCKLIST = {
    ("bael", "bel"), ("baels", "bels"), ("kaed", "ked"), ("taels", "tels"),
    ("oecus", "ecus"), ("saeta", "seta"), ("caesar", "cesar"),
    ("stour", "stor"), ("stentour", "stentor"), ("stentours", "stentors"),
    ("matres", "maters"), ("ventre", "venter"), ("ventres", "venters"),
    ("maigre", "maiger"), ("lustring", "lustering"),
    ("cancellous", "cancelous"),
    ("trichloroethylene", "trichlorethylene"), ("heteroecious", "heterecious"),
    ("trioecious", "triecious"), ("proemial", "premial"), ("ipomoea", "ipomea"),
    ("adonises", "adonizes"), ("wisen", "wizen"), ("surprisal", "surprizal"),
    ("gourmandism", "gormandism"), ("gourmandise", "gourmandize"),
    # paedo- (child) vs pedo- (soil): the American form is ambiguous
    ("paedology", "pedology"), ("paedological", "pedological"),
    ("paedologist", "pedologist"), ("paedogenesis", "pedogenesis"),
}
BLOCK_BRITISH_RE = re.compile(r"^(pre|re)ae")   # preaemptor, reaentrance: ligature junk

COMPILED = [(label, re.compile(pat), rep) for label, pat, rep in RULES]


def die(msg):
    sys.stderr.write("gen-lexicon: error: %s\n" % msg)
    sys.exit(1)


def read_list(category, size):
    """Words of SCOWL file <category>.<size>; empty set if the file does not exist."""
    path = os.path.join(SCOWL_DIR, "%s.%d" % (category, size))
    if not os.path.exists(path):
        return set()
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return {w.strip() for w in text.splitlines() if w.strip()}


def load(category, max_size=95):
    words = set()
    for s in SIZES:
        if s <= max_size:
            words |= read_list(category, s)
    return words


def clean(words):
    """Lowercase, drop possessives/contractions (apostrophes) and non-letters."""
    out = set()
    for w in words:
        if "'" in w or "\u2019" in w:
            continue
        lw = w.lower()
        if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", lw):
            continue
        out.add(lw)
    return out


def rewrites(word):
    """Yield (american_candidate, labels) for 1..MAX_STEPS rule applications."""
    frontier = {word: ()}
    seen = {word}
    for _ in range(MAX_STEPS):
        nxt = {}
        for w, labels in sorted(frontier.items()):
            for label, rx, rep in COMPILED:
                for m in rx.finditer(w):
                    cand = w[:m.start()] + rep + w[m.end():]
                    if cand in seen:
                        continue
                    seen.add(cand)
                    nxt[cand] = labels + (label,)
        for cand in sorted(nxt):
            yield cand, nxt[cand]
        frontier = nxt


def build_pairs():
    english_all = clean(load("english-words", EXCLUDE_MAX_SIZE))
    american_all = clean(load("american-words"))
    british_all = clean(load("british-words"))

    british_src = clean(load("british-words", PAIR_MAX_SIZE)
                        | load("british_variant_1-words", PAIR_MAX_SIZE))
    american_src = clean(load("american-words", PAIR_MAX_SIZE))

    british_only = british_src - english_all - american_all
    american_only = american_src - english_all - british_all

    pairs = {}
    dropped = {}
    for b in sorted(british_src):
        for cand, labels in rewrites(b):
            if (b, cand) in BLOCKLIST or BLOCK_BRITISH_RE.search(b):
                continue
            if b in british_only and cand in american_only:
                # BFS order: the first derivation found is the shortest
                pairs.setdefault((b, cand), labels)
            elif cand in english_all or (b not in british_only and cand in american_all):
                # a real word on the other side, but the pair is not
                # British-only vs American-only: ambiguous, dropped.
                dropped.setdefault((b, cand), labels)
    kept_b = {b for b, _ in pairs}
    dropped = {k: v for k, v in dropped.items() if k[0] not in kept_b}
    # A British word should map to one American word: if the rules reached
    # several, keep the one found with the fewest steps (ties: alphabetical).
    by_b = defaultdict(list)
    for (b, a), labels in pairs.items():
        by_b[b].append((len(labels), a, labels))
    final = {}
    for b, opts in by_b.items():
        opts.sort()
        n, a, labels = opts[0]
        final[(b, a)] = labels
    return final, dropped


def build_vocab():
    words = set()
    for cat in ("english-words", "american-words", "british-words",
                "british_z-words", "variant_1-words", "british_variant_1-words"):
        words |= load(cat, VOCAB_MAX_SIZE)
    words = clean(words)
    # english-upper mixes proper names (Iran, Tallahassee) with capitalised
    # common words.  Keep only capitalised words that are clearly not names of
    # people or places: weekdays, months and -ism/-ist words (Marxism).
    proper = set()
    for cat in ("english-proper-names", "american-proper-names", "british-proper-names"):
        proper |= clean(load(cat))
    months = {"january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december"}
    days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    upper = clean(load("english-upper", UPPER_MAX_SIZE))
    extra = set()
    for w in upper:
        if w in proper:
            continue
        base = w[:-1] if w.endswith("s") else w
        if base in months or base in days or (
                re.search(r"(ism|ist)$", base)
                and not re.search(r"(quist|christ)$", base)):   # Rehnquist, Christ
            extra.add(w)
    return words | extra, len(extra)


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


NOTICE_HEAD = """\
EditorialLint lexical data derived from SCOWL
=============================================

The files

  british-american.txt   (British/American spelling variant pairs)
  english-words.txt      (common English vocabulary)

in this directory are derived from SCOWL (Spell Checker Oriented Word
Lists) by Kevin Atkinson, http://wordlist.aspell.net/, as packaged by
Debian (package "scowl", version {version}).  They were produced by
selecting, lowercasing and pairing words from the SCOWL lists; no words
were added.

Regenerate them from the repository root with:

    apt-get install scowl        # provides /usr/share/dict/scowl
    python3 scripts/gen-lexicon.py

The SCOWL copyright and licence (from {copyright}) follow in full.

----------------------------------------------------------------------
"""


def main():
    if not os.path.isdir(SCOWL_DIR) or not os.path.exists(
            os.path.join(SCOWL_DIR, "english-words.10")):
        die("SCOWL word lists not found in %s. Install them with: "
            "apt-get install scowl" % SCOWL_DIR)
    if not os.path.exists(SCOWL_COPYRIGHT):
        die("%s not found. Install the scowl package: apt-get install scowl"
            % SCOWL_COPYRIGHT)
    if not os.path.isdir(os.path.join("src", "EditorialLint.Core")):
        die("run from the repository root (src/EditorialLint.Core not found)")
    os.makedirs(OUT_DIR, exist_ok=True)

    pairs, dropped = build_pairs()
    pair_path = os.path.join(OUT_DIR, "british-american.txt")
    write_lines(pair_path, ["%s\t%s" % p for p in sorted(pairs)])

    vocab, n_upper = build_vocab()
    vocab_path = os.path.join(OUT_DIR, "english-words.txt")
    write_lines(vocab_path, sorted(vocab))

    with open(SCOWL_COPYRIGHT, encoding="utf-8", errors="replace") as f:
        licence = f.read()
    notice_path = os.path.join(OUT_DIR, "NOTICE-SCOWL.txt")
    with open(notice_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(NOTICE_HEAD.format(version=SCOWL_VERSION, copyright=SCOWL_COPYRIGHT))
        f.write(licence if licence.endswith("\n") else licence + "\n")

    stats = Counter()
    for labels in pairs.values():
        for label in sorted(set(labels)):
            stats[label] += 1
    print("british-american.txt: %d pairs" % len(pairs))
    print("pairs per correspondence (a pair using several counts for each):")
    for label, n in sorted(stats.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-12s %6d" % (label, n))
    print("dropped ambiguous candidates (British-list word -> word that is not American-only, "
          "or British word not British-only): %d" % len(dropped))
    for (b, a), labels in sorted(dropped.items()):
        print("  dropped %s\t%s\t(%s)" % (b, a, ", ".join(labels)))
    print("english-words.txt: %d words (%d from english-upper), %d bytes"
          % (len(vocab), n_upper, os.path.getsize(vocab_path)))


if __name__ == "__main__":
    main()
