#!/usr/bin/env python3
"""Blind candidate generator and sampler for the EDL0003 ("Conflicting numbers") evaluation set.

Independent of the rule's code: a broad extractor of figure mentions (a number plus the measure word near it),
candidate pairs of mentions with the same measure and different values (within one article, or across the articles
of one event block), a stratified, seeded sample of those pairs, the dev/test split by event cluster, and the
labelling packets.

Usage (from the repository root; reads the corpora from $EDITORIAL_CORPUS, default /work/shared/corpus):
    eval/EDL0003/candidates.py stats                      # the candidate population per corpus and stratum
    eval/EDL0003/candidates.py sample [--out eval/EDL0003/sample.tsv]
    eval/EDL0003/candidates.py packets [--sample eval/EDL0003/sample.tsv] [--out /work/labelwork/EDL0003]
    eval/EDL0003/candidates.py verify                     # every span of sample.tsv is the text at its position
    eval/EDL0003/candidates.py salts                      # how the split salt was chosen (before labelling)
    eval/EDL0003/candidates.py mentions <corpus-relative path>   # debug: the mentions of one article
    eval/EDL0003/candidates.py sample3 [--out eval/EDL0003/sample3.tsv]   # sample 3 (test3): fresh, test units only
    eval/EDL0003/candidates.py check3 [--sample eval/EDL0003/sample3.tsv] # ids, split, units, no earlier pair, spans
    eval/EDL0003/candidates.py packets --sample eval/EDL0003/sample3.tsv --out /work/labelwork/T3-EDL0003 --packets 2
    eval/EDL0003/candidates.py merge-labels --out eval/EDL0003/labels3-test.tsv <packet-NN.labels.tsv ...>
    eval/EDL0003/candidates.py sample4 [--out eval/EDL0003/sample4.tsv]   # sample 4 (test4): test units, no earlier article
    eval/EDL0003/candidates.py check4 [--sample eval/EDL0003/sample4.tsv] # as check3, plus no article of an earlier sample
    eval/EDL0003/candidates.py packets --sample eval/EDL0003/sample4.tsv --out /work/labelwork/T4-EDL0003 --packets 2
    eval/EDL0003/candidates.py merge-labels --sample eval/EDL0003/sample4.tsv --out eval/EDL0003/labels4-test.tsv <...>
    eval/EDL0003/candidates.py sample5 [--out eval/EDL0003/sample5.tsv]   # sample 5 (test5): as sample 4, also minus sample4.tsv
    eval/EDL0003/candidates.py check5 [--sample eval/EDL0003/sample5.tsv] # as check4, earlier = sample, sample3, sample4
    eval/EDL0003/candidates.py packets --sample eval/EDL0003/sample5.tsv --out /work/labelwork5/EDL0003 --packets 2 \
        --labels-file labels5-test.tsv
    eval/EDL0003/candidates.py sample6 [--out eval/EDL0003/sample6.tsv]   # sample 6 (test6): t6- as sample 5, also minus
                                                                          # sample5.tsv; t6f- fresh articles of any unit
    eval/EDL0003/candidates.py check6 [--sample eval/EDL0003/sample6.tsv] # ids, split, units, no earlier pair or article
    eval/EDL0003/candidates.py packets --sample eval/EDL0003/sample6.tsv --out /work/labelwork6/EDL0003 --packets 2 \
        --labels-file labels6-test.tsv

sample.tsv holds paths, positions (1-based line; 1-based column in UTF-16 code units; span_x is the exact text at
that position), the measure, stratum, cluster and split: never article text beyond those few words. Packets, which
do quote the articles, are written only under /work/labelwork.
"""
import argparse, collections, csv, datetime, hashlib, math, os, random, re, sys

CORPUS = os.environ.get("EDITORIAL_CORPUS", "/work/shared/corpus")
SEED = 20030                  # sampling seed (fixed)
SALT = "edl0003-split-24"     # split salt: the first K that passes `salts` (chosen before any labelling; README)
TEST_SHARE = 0.45             # clusters whose salted SHA-1 falls in the lowest 45% are test
NEAR_DAYS = 1                 # cross-article pairs at most this many days apart are "near"
PK_WINDOW_DAYS = 3            # pk-news articles are blocked together only within this many days
PK_RARE_DF = 20               # a pk-news word is "rare" when at most this many articles hold it
PK_MIN_SHARED = 3             # rare words two pk-news articles must share to be compared at all ...
PK_MIN_COSINE = 0.30          # ... and the TF-IDF cosine that makes them one story (see pk_blocks)

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary (data): measure words. The measure of a figure is the event verb near it, else the counted noun.

EVENT_WORDS = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed", "deaths": "killed",
    "died": "killed", "die": "killed", "dies": "killed", "perished": "killed", "martyred": "killed",
    "fatalities": "killed", "bodies": "killed", "slain": "killed", "toll": "killed", "lives": "killed",
    "death": "killed", "drowned": "killed", "dying": "killed", "massacred": "killed",
    "injured": "injured", "injuring": "injured", "injures": "injured", "injure": "injured", "wounded": "injured",
    "wounding": "injured", "hurt": "injured", "injuries": "injured", "hospitalised": "injured",
    "hospitalized": "injured", "casualties": "casualties",
    "arrested": "arrested", "arresting": "arrested", "arrests": "arrested", "detained": "arrested",
    "detaining": "arrested", "apprehended": "arrested", "nabbed": "arrested", "detentions": "arrested",
    "missing": "missing", "unaccounted": "missing",
    "rescued": "rescued", "evacuated": "evacuated", "displaced": "displaced", "homeless": "displaced",
    "aboard": "aboard", "onboard": "aboard", "carrying": "aboard",
    "infected": "cases",
    "abducted": "abducted", "kidnapped": "abducted",
    "convicted": "convicted", "charged": "charged", "sentenced": "sentenced", "executed": "executed",
    "destroyed": "destroyed", "damaged": "damaged",
}
NOUN_MEASURES = {
    "passengers": "aboard", "passenger": "aboard", "crew": "crew", "crewmembers": "crew", "sailors": "crew",
    "seamen": "crew", "attackers": "attackers", "gunmen": "attackers", "assailants": "attackers",
    "bombers": "attackers", "hostages": "hostages", "victims": "victims", "troops": "troops", "soldiers": "troops",
    "raids": "raids", "homes": "buildings", "houses": "buildings", "buildings": "buildings", "votes": "votes",
    "seats": "seats", "countries": "countries", "nations": "countries", "ships": "vessels", "vessels": "vessels",
    "aircraft": "aircraft", "planes": "aircraft", "helicopters": "aircraft", "refugees": "refugees",
    "prisoners": "prisoners", "inmates": "prisoners", "suspects": "suspects", "students": "students",
    "workers": "workers", "employees": "workers", "jobs": "jobs", "delegates": "delegates", "members": "members",
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "miles": "miles",
    "mile": "miles", "metres": "metres", "meters": "metres", "feet": "feet", "tonnes": "tonnes", "tons": "tonnes",
    "acres": "acres", "hectares": "hectares", "megawatts": "megawatts", "mw": "megawatts", "mph": "mph",
    "barrels": "barrels", "units": "units", "phones": "units", "handsets": "units", "copies": "units",
    "cases": "cases", "wickets": "wickets", "runs": "runs", "goals": "goals", "points": "points", "matches": "matches",
}
# measures of people harmed or involved in an incident, and fixed facts: the measures a conflict is most likely in
PRIORITY_MEASURES = {"killed", "injured", "arrested", "missing", "aboard", "crew", "attackers", "hostages",
                     "victims", "age", "magnitude", "casualties", "rescued", "evacuated", "displaced", "abducted",
                     "cases", "suspects"}
CURRENCY_BEFORE = {"$": "usd", "us$": "usd", "£": "gbp", "€": "eur", "rs": "pkr", "rs.": "pkr", "inr": "inr",
                   "usd": "usd", "eur": "eur", "gbp": "gbp", "pkr": "pkr", "rmb": "cny", "yuan": "cny"}
CURRENCY_AFTER = {"dollars": "usd", "dollar": "usd", "rupees": "pkr", "rupee": "pkr", "euros": "eur", "euro": "eur",
                  "pounds": "gbp", "yuan": "cny", "ringgit": "myr", "yen": "jpy", "marks": "dem", "francs": "frf",
                  "rubles": "rub", "roubles": "rub", "shillings": "kes", "riyals": "sar", "dirhams": "aed",
                  "won": "krw", "lire": "itl", "pesos": "mxn", "rand": "zar", "baht": "thb", "rupiah": "idr"}
MONEY_TOPICS = {
    "budget", "allocation", "allocated", "outlay", "cost", "costs", "price", "prices", "fare", "fares", "loan",
    "loans", "deficit", "revenue", "revenues", "debt", "bailout", "aid", "package", "fund", "funds", "funding",
    "salary", "salaries", "pay", "fine", "fined", "bail", "reward", "compensation", "damages", "damage",
    "settlement", "investment", "investments", "tax", "taxes", "subsidy", "subsidies", "exports", "imports",
    "reserves", "profit", "profits", "sales", "deal", "bill", "pension", "pensions", "grant", "grants", "spending",
    "expenditure", "income", "earnings", "valued", "worth", "bid", "estimate", "estimated", "insurance", "ransom",
    "bonus", "levy", "duty", "tariff", "tariffs", "gdp", "economy", "trade", "turnover", "donation", "donations",
    "remittances", "payment", "payments", "claims", "losses", "loss", "award", "contract", "transfer", "fee",
    "fees", "wage", "wages", "bounty", "relief", "recovered", "seized", "embezzled", "stolen",
}
PERCENT_TOPICS = {
    "inflation", "growth", "turnout", "rate", "rates", "stake", "share", "shares", "vote", "votes",
    "interest", "tax", "unemployment", "gdp", "deficit", "increase", "decrease", "rise", "fall", "drop", "cut",
    "hike", "discount", "population", "poverty", "literacy", "support", "approval", "margin", "yield", "profit",
    "revenue", "sales", "exports", "imports", "debt", "budget", "duty", "tariff", "reduction", "decline",
}
QUALIFIERS = {"at least", "more than", "over", "about", "around", "nearly", "almost", "some", "up to",
              "an estimated", "approximately", "roughly", "fewer than", "less than", "at most", "close to",
              "as many as", "in excess of", "upwards of", "estimated", "a total of", "only", "just", "exactly",
              "under", "below", "above", "a further", "another"}
QUALIFIER_WORDS = {w for q in QUALIFIERS for w in q.split()} | {"than", "to", "by", "of", "kill", "kills", "die", "dies"}
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1e6, "millions": 1e6, "billion": 1e9, "trillion": 1e12,
               "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9,
               "k": 1e3, "tr": 1e12, "trn": 1e12}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
NOT_FIGURE_BEFORE = {"no", "flight", "article", "section", "chapter", "page", "galaxy", "boeing", "airbus", "route",
                     "highway", "road", "street", "number", "room", "gate", "terminal", "level", "grade", "class",
                     "phase", "stage", "round", "week", "day", "version", "model", "iphone", "note", "s", "windows",
                     "android", "ios", "channel", "block", "sector", "act", "resolution", "paragraph", "clause",
                     "vol", "volume", "issue", "ward", "unit", "platoon", "division", "battalion", "brigade",
                     "regiment", "wing", "squadron", "corps", "lot", "pier", "bay", "hall", "apartment", "suite",
                     "plot", "street", "avenue", "i-", "interstate", "game", "match", "test", "odi", "t20", "mh",
                     "covid", "g", "f", "jf", "su", "mig", "a", "top", "group", "under"}
CLAUSE_BREAKS = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "_", "--", "[", "]", '"', "“", "”"}
TIME_UNITS = {"hours", "hour", "hrs", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes",
              "minute", "seconds", "decades", "centuries", "am", "pm", "a.m", "p.m"}
FUNCTION_WORDS = {"all", "the", "a", "an", "and", "but", "or", "with", "including", "among", "by", "for", "from", "in",
                  "on", "at", "to", "of", "while", "after", "before", "since", "until", "when", "as", "only", "just",
                  "some", "about", "almost", "nearly", "over", "under", "up", "another", "those", "these", "its",
                  "their", "his", "her", "our", "we", "they", "he", "she", "it", "there", "here", "then", "so",
                  "yet", "if", "each", "every", "both", "than", "total", "around", "roughly", "approximately"}
# words that may stand between a preceding event word and its number: "killing at least 23", "the death toll
# has risen to 130", "carrying some 239"
BRIDGE_BEFORE = {"at", "least", "more", "than", "about", "some", "nearly", "almost", "an", "estimated", "over",
                 "around", "up", "to", "rose", "risen", "rises", "has", "have", "had", "climbed", "reached", "stood",
                 "stands", "jumped", "increased", "now", "the", "a", "total", "of", "approximately", "roughly",
                 "as", "many", "another", "only", "just", "fewer", "less", "further", "was", "is", "were", "are",
                 "be", "been", "at", "toll", "death", "climbing", "reaching", "hit", "hits", "soared", "mounted",
                 "mounting", "passed", "exceeded", "topped", "crossed", "officially", "confirmed", "'s", "’s",
                 "close", "upwards", "-"}
# after the number, these nouns end the search for an event word ("two days killed", "three strikes killed")
STOP_NOUNS = {"days", "day", "hours", "hour", "weeks", "week", "months", "month", "years", "year", "minutes",
              "strikes", "attacks", "blasts", "bombings", "explosions", "operations", "incidents", "engagements",
              "clashes", "separate", "raids", "times", "districts", "provinces", "cities", "villages", "areas",
              "sites", "places", "locations", "countries", "shells", "missiles", "rockets", "drones", "shots"}
STOP_FORWARD = {"and", "or", "but", "while", "whereas", "although", "though", "than", "compared", "versus", "vs",
                "before", "after", "when", "until", "then", "suspected", "accused", "charged", "because", "if",
                "himself", "herself", "themselves", "since", "during"}
SKIP_CAPS = {
    "The", "A", "An", "In", "On", "At", "Of", "For", "By", "From", "To", "With", "As", "After", "Before", "And",
    "But", "Or", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Its", "This", "That", "These",
    "Those", "There", "Mr", "Mrs", "Ms", "Dr", "Police", "Officials", "Sources", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Some", "At", "Al", "Up", "More", "Most", "All",
    "About", "Nearly", "Over", "Around", "According", "Meanwhile", "However", "Earlier", "Later", "Also",
    "Another", "Other", "Many", "Several", "Both", "Each", "When", "While", "Since", "During", "Until", "Among",
    "If", "So", "Yet", "Still", "Now", "Today", "Yesterday", "Tomorrow", "One", "Two", "Three", "Four", "Five",
    "Six", "Seven", "Eight", "Nine", "Ten", "President", "Minister", "Prime", "Government", "State", "National",
    "New", "Chief", "General", "Officer", "Inspector", "Superintendent", "Deputy", "Senior", "Reuters", "AP",
    "AFP", "APP", "PTI", "Xinhua", "CNN", "BBC", "NYT", "Associated", "Press", "Times", "News", "Tribune", "Express",
    "Daily", "Report", "Reports", "Said", "Says", "Were", "Was", "Have", "Has", "Had", "Is", "Are", "Be", "Not",
}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
                 "rev", "prof", "inc", "co", "corp", "ltd", "vs", "jr", "sr", "mt", "ft", "a.m", "p.m", "rs", "e.g",
                 "i.e", "etc", "approx", "dept", "univ", "maj", "brig", "cmdr", "adm", "supt", "mst", "messrs"}

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?(?:-[A-Za-z\u00C0-\u024F]+)*|[$£€%]|\S")
TEASER = re.compile(r"(?:\.\.\.|…)\s*$")
AGE_YEAR_OLD = re.compile(r"\b(\d{1,3})[- ](?:year|yr)s?[- ]old\b", re.I)
AGE_NAME_COMMA = re.compile(r"\b((?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’-]+), (?:aged )?(\d{1,2})(?=,|;|\)| [-–—] |\.(?:\s|$))")
MAGNITUDE = re.compile(r"\b(?:magnitude[- ](?:of )?(\d(?:\.\d)?)|(\d\.\d)[- ]magnitude|(\d\.\d) (?:on the )?Richter"
                       r"|measur(?:ed|ing) (\d\.\d)\b)", re.I)
WORD_CONTENT = re.compile(r"[a-z]{4,}")
CONTENT_STOP = set("""
about above after again against also although among another because been before being below between both could
does doing down during each even every first from further have having here into itself just last like made make
many more most much must near never next only other over same says said should since some still such than that
their them then there these they this those though through under until upon very were what when where which while
whom will with within without would year years your week weeks month months today yesterday monday tuesday
wednesday thursday friday saturday sunday january february march april june july august september october november
december told according added also people government pakistan pakistani minister country national federal
provincial said says city time including however percent cent rupees million billion state police official
officials report reported asked well including part because several against held president prime
""".split())


def utf16_col(line, index):
    """1-based column in UTF-16 code units of the character at index (a Python str index) of line."""
    return len(line[:index].encode("utf-16-le")) // 2 + 1


# ---------------------------------------------------------------------------------------------------------------
# Articles

class Article:
    __slots__ = ("path", "corpus", "cluster", "unit", "date", "lines", "mentions", "words")

    def __init__(self, path, corpus, cluster, date):
        # cluster: the blocking unit (duc cluster, wikiref220 topic, pk-news group); unit: the split unit (the
        # cluster, except that duc clusters sharing a document are one unit)
        self.path, self.corpus, self.cluster, self.unit, self.date = path, corpus, cluster, cluster, date
        with open(os.path.join(CORPUS, path), encoding="utf-8", errors="replace") as f:
            self.lines = [l[:-1] if l.endswith("\r") else l for l in f.read().split("\n")]
        self.mentions = []
        self.words = None

    def teaser(self, n):
        """pk-news (The News) pages end with blurbs of other stories, each cut off with '...': not this article's
        content, so they yield no mentions and no similarity."""
        return self.corpus == "pk-news" and n > 0 and TEASER.search(self.lines[n])

    @property
    def headline(self):
        return self.lines[0].strip() if self.lines else ""


def date_of(name):
    m = re.search(r"(\d{4})(\d{2})(\d{2})", name)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def load_articles():
    arts = []
    for base in ("duc/duc2006", "duc/duc2007/main"):
        root = os.path.join(CORPUS, base)
        for cl in sorted(os.listdir(root)):
            for fn in sorted(os.listdir(os.path.join(root, cl))):
                if fn.endswith(".txt"):
                    arts.append(Article(f"{base}/{cl}/{fn}", "duc", f"duc:{base.split('/', 1)[1]}/{cl}", date_of(fn)))
    merge_duc_clusters(arts)
    root = os.path.join(CORPUS, "wikiref220")
    for topic in sorted(os.listdir(root)):
        if os.path.isdir(os.path.join(root, topic)):
            for fn in sorted(os.listdir(os.path.join(root, topic))):
                if fn.endswith(".txt"):
                    arts.append(Article(f"wikiref220/{topic}/{fn}", "wikiref220", f"wikiref220:{topic}", None))
    root = os.path.join(CORPUS, "pk-news")
    for outlet in sorted(os.listdir(root)):
        if not os.path.isdir(os.path.join(root, outlet)):
            continue
        for day in sorted(os.listdir(os.path.join(root, outlet))):
            for fn in sorted(os.listdir(os.path.join(root, outlet, day))):
                if fn.endswith(".txt"):
                    arts.append(Article(f"pk-news/{outlet}/{day}/{fn}", "pk-news", None, date_of(day)))
    return arts


def merge_duc_clusters(arts):
    """A few DUC documents sit in two clusters (the same DOCNO in D0606F and D0641E, ...): clusters that share a
    document are one split unit, named by the first of them, so no document is both dev and test."""
    parent = {}

    def find(c):
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c
    by_doc = collections.defaultdict(set)
    for a in arts:
        if a.corpus == "duc":
            by_doc[os.path.basename(a.path)].add(a.cluster)
            find(a.cluster)
    for clusters in by_doc.values():
        first, *rest = sorted(clusters)
        for c in rest:
            ra, rb = find(first), find(c)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    for a in arts:
        if a.corpus == "duc":
            a.unit = find(a.cluster)


# ---------------------------------------------------------------------------------------------------------------
# Figure mentions

class Mention:
    __slots__ = ("article", "line", "start", "end", "value", "measure", "noun", "sentence", "caps", "headline",
                 "sent_id", "priority", "lede", "interval")

    def __init__(self, article, line, start, end, value, measure, noun, sentence, caps, sent_id):
        self.article, self.line, self.start, self.end = article, line, start, end
        self.value, self.measure, self.noun, self.sentence, self.caps = value, measure, noun, sentence, caps
        self.headline = line == 1
        self.sent_id = sent_id
        self.priority = measure.split(":")[0] in PRIORITY_MEASURES
        self.interval = (value, value)
        self.lede = False

    @property
    def text(self):
        return self.article.lines[self.line - 1][self.start:self.end]

    @property
    def col(self):
        return utf16_col(self.article.lines[self.line - 1], self.start)


def sentences(line):
    """(start, end) of the sentences of one paragraph: cut after . ! ? followed by space and a capital/digit/quote,
    unless the word before the full stop is an abbreviation or a single capital (an initial)."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])", line):
        before = re.search(r"([A-Za-z.]+)\.?$", line[start:m.start() + 1])
        word = before.group(1).lower().rstrip(".") if before else ""
        if line[m.start()] == "." and (word in ABBREVIATIONS or len(word) == 1):
            continue
        out.append((start, m.start() + 1))
        start = m.end()
    if start < len(line):
        out.append((start, len(line)))
    return out


def parse_number(tok):
    t = tok.lower()
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    if "-" in t:
        parts = t.split("-")
        if len(parts) == 2 and parts[0] in WORD_NUMBERS and parts[1] in WORD_NUMBERS and WORD_NUMBERS[parts[1]] < 10:
            return float(WORD_NUMBERS[parts[0]] + WORD_NUMBERS[parts[1]])
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    return None


def caps_of(text, first_index=0):
    """Capitalised words of a sentence that may name a place or an actor (not the first word, not function words)."""
    out = set()
    for i, m in enumerate(re.finditer(r"[A-Z][A-Za-z\u00C0-\u024F'’-]+", text)):
        w = m.group(0).rstrip("'’").replace("’s", "").replace("'s", "")
        if m.start() == first_index or w in SKIP_CAPS or len(w) < 3 or w.isupper() and len(w) > 6:
            continue
        out.add(w.lower()[:6])
    return out


def extract(article):
    mentions = []
    paragraph = 0
    for ln, line in enumerate(article.lines, 1):
        if not line.strip() or article.teaser(ln - 1):
            continue
        paragraph += 1
        dateline = re.match(r"\s*([A-Z][A-Z .'-]{2,30})(?:,[^:]{0,40})?\s*[:(—–-]", line)
        for si, (s0, s1) in enumerate(sentences(line)):
            sent = line[s0:s1]
            caps = caps_of(sent)
            if dateline and si == 0:
                caps.add(dateline.group(1).strip().lower()[:6])
            for m in extract_sentence(article, ln, line, s0, s1, caps, (ln, si)):
                m.lede = paragraph <= 3     # the headline and the first two paragraphs
                mentions.append(m)
    # one mention per position (the age/magnitude patterns and the token scan may both find one)
    seen, out = set(), []
    for m in sorted(mentions, key=lambda m: (m.line, m.start, -m.end)):
        key = (m.line, m.start)
        if key in seen or any(o.line == m.line and o.start <= m.start < o.end and o.measure == m.measure for o in out[-3:]):
            continue
        seen.add(key)
        out.append(m)
    return out


def extract_sentence(article, ln, line, s0, s1, caps, sent_id):
    sent = line[s0:s1]
    found = []
    # ages: "NN-year-old", "Name, NN,"
    for m in AGE_YEAR_OLD.finditer(sent):
        person = person_near(sent, m.start(), m.end())
        if person:
            found.append(Mention(article, ln, s0 + m.start(), s0 + m.end(), float(m.group(1)),
                                 "age:" + person.split()[-1], person, sent, caps, sent_id))
    for m in AGE_NAME_COMMA.finditer(sent):
        start = m.start(1)
        words = m.group(1).split()
        while words and (words[0] in SKIP_CAPS or words[0].rstrip(".") in ("Ms", "Mr", "Mrs", "Dr", "Sen", "Rep", "Gov")):
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        surname = words[-1].strip(".").lower()
        if len(surname) < 3 or words[-1] in SKIP_CAPS or surname in MONTHS:
            continue
        found.append(Mention(article, ln, s0 + start, s0 + m.end(2), float(m.group(2)), "age:" + surname,
                             " ".join(w.strip("'’.").lower() for w in words), sent, caps, sent_id))
    for m in MAGNITUDE.finditer(sent):
        g = next(x for x in m.groups() if x)
        found.append(Mention(article, ln, s0 + m.start(), s0 + m.end(), float(g), "magnitude", "", sent, caps, sent_id))

    taken_spans = [(m.start - s0, m.end - s0) for m in found]     # ages and magnitudes found above
    toks = [(t.group(0), t.start(), t.end()) for t in TOKEN.finditer(sent)]
    low = [t[0].lower() for t in toks]
    i = 0
    while i < len(toks):
        tok, a, b = toks[i]
        value = parse_number(tok)
        if value is None or (tok.lower() == "one" and i > 0 and low[i - 1] in ("a", "an", "the", "no", "any", "every", "each", "this", "that")) \
                or tok.lower() in ("hundred", "thousand") or (tok.lower() == "dozen" and (i == 0 or low[i - 1] not in ("a", "one"))):
            i += 1
            continue
        if tok.lower() == "one" and i + 1 < len(toks) and low[i + 1] in ("of", "another", "day", "time", "way", "such", "thing", "who"):
            i += 1
            continue
        j = i  # last token of the number (multiplier words)
        if j + 1 < len(toks) and low[j + 1] in MULTIPLIERS and (toks[j + 1][1] == toks[j][2] or low[j + 1] not in ("m", "b", "k")):
            value *= MULTIPLIERS[low[j + 1]]
            j += 1
            if j + 1 < len(toks) and low[j + 1] in ("million", "billion") :
                value *= MULTIPLIERS[low[j + 1]]
                j += 1
        # not a figure: glued to letters (MH370, S5, 5th, 4G), dates, times, scores, codes
        before_char = sent[a - 1] if a > 0 else " "
        after_char = sent[toks[j][2]] if toks[j][2] < len(sent) else " "
        prev = low[i - 1] if i > 0 else ""
        prev_tok = toks[i - 1][0] if i > 0 else ""
        nxt = low[j + 1] if j + 1 < len(toks) else ""
        glued_currency = prev in ("rs", "$", "£", "€", "us$") and toks[i - 1][2] == a
        if (before_char.isalpha() and not glued_currency) or (after_char.isalpha() and toks[j][2] == (toks[j + 1][1] if j + 1 < len(toks) else -1) and j == i) \
                or prev in MONTHS or nxt in MONTHS or nxt in (":", "a.m", "p.m", "am", "pm", "gmt", "pst", "est", "o'clock", "hrs") \
                or (nxt == "-" and j + 2 < len(toks) and parse_number(toks[j + 2][0]) is not None and toks[j + 2][0][0].isdigit()) \
                or (prev == "-" and i > 1 and parse_number(toks[i - 2][0]) is not None and toks[i - 2][0][0].isdigit()) \
                or prev in NOT_FIGURE_BEFORE or prev_tok == "#" \
                or (tok.isdigit() and 1800 <= value <= 2100 and len(tok) == 4 and nxt not in NOUN_MEASURES and nxt not in ("people", "persons")) \
                or (prev == "-" and i > 1 and toks[i - 2][2] == toks[i - 1][1] and toks[i - 2][0][-1:].isalpha()) \
                or (i >= 1 and tok[0].isdigit() and prev_tok[:1].isupper() and prev_tok.isalpha() and prev not in EVENT_WORDS
                    and prev not in BRIDGE_BEFORE and prev not in QUALIFIER_WORDS and prev not in CURRENCY_BEFORE
                    and prev not in FUNCTION_WORDS) \
                or nxt in TIME_UNITS or (prev in ("of", "aged") and (prev == "aged" or (i > 1 and low[i - 2] in ("age", "ages")))) \
                or any(a0 <= a < b0 for a0, b0 in taken_spans):
            i = j + 1
            continue
        # an age ("15-year-old"): the age patterns above handle those
        if (nxt == "-" and j + 2 < len(toks) and low[j + 2].startswith("year")) or nxt.startswith("year-old") \
                or nxt.startswith("years-old") or (nxt in ("year", "years", "yr") and j + 2 < len(toks) and low[j + 2].startswith("old")):
            i = j + 1
            continue
        # partitive ("three of the 307 people aboard") and increments are not claims about the figure itself
        if nxt == "of" and j + 2 < len(toks) and low[j + 2] in ("the", "them", "those", "these", "whom", "which", "his", "her", "their", "its"):
            i = j + 1
            continue
        m = measure_of(toks, low, i, j, sent)
        if m is None:
            i = j + 1
            continue
        measure, noun, span_start_tok, span_end_tok = m
        # qualifier before the number (or before a currency sign)
        q = i if not glued_currency and prev not in ("$", "£", "€", "us$") else i - 1
        qualifier = ""
        for qual in sorted(QUALIFIERS, key=lambda x: -len(x.split())):
            n = len(qual.split())
            if q - n >= 0 and " ".join(low[q - n:q]) == qual:
                q -= n
                qualifier = qual
                break
        start_tok = min(q, span_start_tok)
        end_tok = max(j, span_end_tok)
        if end_tok - start_tok > 8:      # keep spans to a few words: the number with its qualifier and next word
            start_tok, end_tok = q, min(j + 1, len(toks) - 1) if span_end_tok > j else j
            if span_start_tok < q:
                start_tok, end_tok = q, j
        a_char = toks[start_tok][1]
        b_char = toks[end_tok][2]
        mention = Mention(article, ln, s0 + a_char, s0 + b_char, round(value, 6), measure, noun, sent, caps, sent_id)
        mention.interval = interval(value, qualifier)
        found.append(mention)
        i = j + 1
    return found


NAME_FOLLOWERS = {"and", "or", "was", "is", "who", "had", "has", "were", "said", "says", "told", "of", "from", "in",
                  "at", "on", "with", "whose", "would", "will", "did", "also", "allegedly", "reportedly"}


LOWER_BOUNDS = {"at least", "more than", "over", "in excess of", "upwards of", "above"}
UPPER_BOUNDS = {"up to", "fewer than", "less than", "at most", "under", "below"}
NEAR_BELOW = {"nearly", "almost", "close to"}
INCREMENTS = {"another", "a further"}


def interval(value, qualifier):
    """The values a figure allows, from its qualifier only (no rounding): used to find pairs whose values look
    incompatible. None for an increment ("another 5"), which is not a count of the whole."""
    if qualifier in INCREMENTS:
        return None
    if qualifier in LOWER_BOUNDS:
        return (value, math.inf)
    if qualifier in UPPER_BOUNDS:
        return (0.0, value)
    if qualifier in NEAR_BELOW:
        return (0.9 * value, value)
    if qualifier:       # about, around, some, an estimated, ...
        return (0.9 * value, 1.1 * value)
    return (value, value)


def person_near(sent, a, b):
    """Surname of the person an 'NN-year-old' is about: 'Name, a 28-year-old' (the name before wins), else
    '28-year-old Name Surname' -- but not '26-year-old French national' (a capitalised adjective before a noun)."""
    before = re.search(r"((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+),? (?:was |is |a |an |the |, )*$", sent[:a])
    if before and re.search(r",\s*(?:a |an |the )?$|, (?:was|is) |\b(?:was|is) (?:a |an )?$", sent[:a]):
        words = [w for w in before.group(1).split() if w not in SKIP_CAPS]
        if words:
            return " ".join(w.strip("'’").lower() for w in words)
    after = re.match(r"\s+((?:[A-Z][\w'’-]+ ?){1,3})(\W*)(\w*)", sent[b:])
    if after:
        words = [w for w in after.group(1).split() if w not in SKIP_CAPS]
        follower = after.group(3)
        adjective = len(words) == 1 and after.group(2).strip() == "" and follower[:1].islower() \
            and follower not in NAME_FOLLOWERS
        if words and not adjective:
            return " ".join(w.strip("'’").lower() for w in words)
    return None


def measure_of(toks, low, i, j, sent):
    """The measure of the number at tokens i..j: an event word after it (a few words, same clause), else an event
    word before it, else a counted noun (with currency and percent handled first). Returns (measure, noun,
    first token of the span, last token of the span) or None."""
    prev = low[i - 1] if i > 0 else ""
    nxt = low[j + 1] if j + 1 < len(toks) else ""
    nxt2 = low[j + 2] if j + 2 < len(toks) else ""
    words_around = [w for w in low[max(0, i - 7):j + 8] if w.isalpha()]
    # money
    cur = None
    if prev in CURRENCY_BEFORE or (i > 1 and prev == "$" and low[i - 2] == "us"):
        cur, first = CURRENCY_BEFORE.get(prev, "usd"), i - 1
        if i > 1 and low[i - 2] == "us" and prev == "$":
            first = i - 2
        last = j
    elif nxt in CURRENCY_AFTER:
        cur, first, last = CURRENCY_AFTER[nxt], i, j + 1
    if cur:
        topic = next((w for w in nearest(low, i, j, 7) if w in MONEY_TOPICS), "other")
        return f"money:{cur}:{topic}", "", first, last
    if nxt in ("%", "percent", "pct") or (nxt == "per" and nxt2 == "cent"):
        topic = next((w for w in nearest(low, i, j, 7) if w in PERCENT_TOPICS), "other")
        return f"percent:{topic}", "", i, j + (2 if nxt == "per" else 1)
    # event word after the number, within the clause
    noun = ""
    k = j + 1
    steps = 0
    while k < len(toks) and steps < 6:
        w = low[k]
        if w in CLAUSE_BREAKS or w in STOP_FORWARD or w in STOP_NOUNS or (w == "of" and noun) \
                or parse_number(toks[k][0]) is not None:
            break
        if w in EVENT_WORDS and not (w == "death" and not (k + 1 < len(toks) and low[k + 1] == "toll")):
            if w == "lives" and not any(x in low[max(0, k - 2):k] for x in ("lost", "their")):
                pass
            else:
                return EVENT_WORDS[w], noun, i, k
        if w == "board" and low[k - 1] == "on":
            return "aboard", noun, i, k
        if w == "held" and low[k - 1] in ("been", "were", "being"):
            return "arrested", noun, i, k
        if not noun and w.isalpha() and w not in ("people", "persons", "more", "other", "others", "were", "was", "have", "has", "been", "had", "are", "is") and toks[k][0][0].islower():
            noun = w
        if steps == 0 and w in ("people", "persons", "others"):
            noun = noun or "people"
        steps += 1
        k += 1
    # event word before the number ("killing 23", "the toll rose to 130", "carrying 239")
    k, steps = i - 1, 0
    while k >= 0 and steps < 8:
        w = low[k]
        if w in CLAUSE_BREAKS:
            break
        if w in EVENT_WORDS and w not in ("dead", "missing", "homeless", "lives", "cases", "death", "hurt") \
                and (steps < 4 or w == "toll"):
            if w == "toll" and "death" not in low[max(0, k - 2):k] and "casualty" not in low[max(0, k - 2):k] and not any(x in EVENT_WORDS for x in low[max(0, k - 3):k]):
                pass
            else:
                return EVENT_WORDS[w], noun, k, j
        if w not in BRIDGE_BEFORE:
            break
        steps += 1
        k -= 1
    # a counted noun right after the number (an adjective or two may come between)
    for k in range(j + 1, min(j + 4, len(toks))):
        w = low[k]
        if w in NOUN_MEASURES:
            return NOUN_MEASURES[w], w, i, k
        if not (w.isalpha() and toks[k][0][0].islower()) or w in STOP_FORWARD:
            break
    return None


def nearest(low, i, j, width):
    """Words around tokens i..j, nearest first."""
    out = []
    for d in range(1, width + 1):
        for k in (j + d, i - d):
            if 0 <= k < len(low):
                out.append(low[k])
    return out


# ---------------------------------------------------------------------------------------------------------------
# Blocking pk-news: articles within PK_WINDOW_DAYS that share rare content words

def content_words(article):
    """Content-word counts of an article (headline words count three times)."""
    words = collections.Counter()
    for n, line in enumerate(article.lines):
        if article.teaser(n):
            continue
        for w in WORD_CONTENT.findall(line.lower()):
            if w not in CONTENT_STOP:
                words[w] += 3 if n == 0 else 1
    return words


def pk_blocks(arts):
    """Links pk-news articles that report one story: TF-IDF cosine over content words (log tf; words held by more
    than 5% of articles dropped), computed only for articles at most PK_WINDOW_DAYS apart that share at least
    PK_MIN_SHARED rare words (document frequency <= PK_RARE_DF) -- blocking, never all pairs. Linked pairs form
    connected groups, the split unit. Returns ({(path_a, path_b): cosine}, {path: cluster id})."""
    pk = [a for a in arts if a.corpus == "pk-news"]
    df = collections.Counter()
    for a in pk:
        a.words = content_words(a)
        df.update(a.words.keys())
    n = len(pk)
    idf = {w: math.log(n / c) for w, c in df.items() if c <= 0.05 * n}
    vec = []
    for a in pk:
        v = {w: (1 + math.log(c)) * idf[w] for w, c in a.words.items() if w in idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vec.append({w: x / norm for w, x in v.items()})
    postings = collections.defaultdict(list)
    for idx, a in enumerate(pk):
        for w in a.words:
            if 2 <= df[w] <= PK_RARE_DF:
                postings[w].append(idx)
    count = collections.Counter()
    for w, lst in postings.items():
        for x in range(len(lst)):
            for y in range(x + 1, len(lst)):
                if abs((pk[lst[x]].date - pk[lst[y]].date).days) <= PK_WINDOW_DAYS:
                    count[(lst[x], lst[y])] += 1
    linked = {}
    for (x, y), c in count.items():
        if c < PK_MIN_SHARED:
            continue
        vx, vy = vec[x], vec[y]
        if len(vx) > len(vy):
            vx, vy = vy, vx
        cos = sum(val * vy.get(w, 0.0) for w, val in vx.items())
        if cos >= PK_MIN_COSINE:
            linked[(pk[x].path, pk[y].path)] = cos
    parent = {a.path: a.path for a in pk}

    def find(p):
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p
    for a, b in sorted(linked):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    cluster = {a.path: "pk-news:" + find(a.path).split("/", 1)[1].rsplit(".", 1)[0] for a in pk}
    return linked, cluster


# ---------------------------------------------------------------------------------------------------------------
# Candidate pairs

class Pair:
    __slots__ = ("a", "b", "stratum", "cluster", "corpus", "signal", "days", "weight", "likely")


_CONTENT_CACHE = {}


def content_set(sentence):
    """Content words of a sentence (not function words, not measure words): what two sentences about one event
    tend to share beyond the figure."""
    got = _CONTENT_CACHE.get(sentence)
    if got is None:
        got = {w for w in WORD_CONTENT.findall(sentence.lower())
               if w not in CONTENT_STOP and w not in EVENT_WORDS and w not in NOUN_MEASURES}
        _CONTENT_CACHE[sentence] = got
    return got


def make_pair(m1, m2, stratum, cluster, link_score=0.0):
    # earlier article (or earlier position) first
    if (m1.article.path, m1.line, m1.start) > (m2.article.path, m2.line, m2.start):
        m1, m2 = m2, m1
    if m1.article is not m2.article and m1.article.date and m2.article.date and m1.article.date > m2.article.date:
        m1, m2 = m2, m1
    p = Pair()
    p.a, p.b, p.stratum, p.cluster, p.corpus = m1, m2, stratum, cluster, m1.article.corpus
    shared_caps = len(m1.caps & m2.caps)
    p.days = abs((m1.article.date - m2.article.date).days) if m1.article.date and m2.article.date else None
    same_noun = bool(m1.noun) and m1.noun == m2.noun
    lo, hi = sorted((m1.value, m2.value))
    ratio = hi / lo if lo > 0 else math.inf
    # same-event evidence: shared place/actor names near both figures, the same counted noun, close values, the
    # same day, both figures in their story's lede, two articles that read alike
    p.signal = min(shared_caps, 3) + (1 if same_noun else 0) + (2 if ratio <= 1.25 else 1 if ratio <= 2 else 0) \
        + (1 if p.days == 0 else 0) + (1 if m1.lede and m2.lede and m1.article is not m2.article else 0) \
        + (1 if link_score >= 0.45 else 0)
    # "likely" pairs, the ones most likely to state one quantity: a priority measure, values incompatible as their
    # qualifiers read and within 35% of each other, not one sentence, and some shared context (a name near both,
    # the same counted noun, both in their stories' ledes, a content word of both sentences); for ages, names that
    # do not contradict and ages at most two years apart
    shared_words = len(content_set(m1.sentence) & content_set(m2.sentence))
    i1, i2 = m1.interval, m2.interval
    incompatible = i1 is not None and i2 is not None and (i1[1] < i2[0] or i2[1] < i1[0])
    if m1.measure.startswith("age:"):
        n1, n2 = set(m1.noun.split()), set(m2.noun.split())
        # one person's age in two reports differs by a year or two; more is another person of the family
        context = (n1 <= n2 or n2 <= n1) and hi - lo <= 2
    else:
        context = shared_caps >= 1 or same_noun or (m1.lede and m2.lede) or shared_words >= 1
    p.likely = m1.priority and incompatible and ratio <= 1.35 and context \
        and not (m1.article is m2.article and m1.sent_id == m2.sent_id)
    p.signal += min(shared_words, 3)
    w = (1.0 + p.signal) ** 2
    if m1.priority:
        w *= 4
    if m1.measure.endswith(":other"):
        w *= 0.3
    if m1.sent_id == m2.sent_id and m1.article is m2.article:
        w *= 0.3          # two figures in one sentence are nearly always set against each other
    p.weight = w
    return p


def candidate_pairs(arts):
    by_path = {a.path: a for a in arts}
    linked, pk_cluster = pk_blocks(arts)
    for a in arts:
        if a.corpus == "pk-news":
            a.cluster = a.unit = pk_cluster[a.path]
    pairs = []
    # within one article
    for a in arts:
        buckets = collections.defaultdict(list)
        for m in a.mentions:
            buckets[m.measure].append(m)
        for measure, ms in buckets.items():
            if len(ms) > 40:          # a fact box or a league table: keep a deterministic subset
                ms = ms[:40]
            for x in range(len(ms)):
                for y in range(x + 1, len(ms)):
                    m1, m2 = ms[x], ms[y]
                    if m1.value == m2.value:
                        continue
                    stratum = "headline" if (m1.headline != m2.headline) else "within"
                    if m1.headline and m2.headline:
                        continue
                    pairs.append(make_pair(m1, m2, stratum, a.unit))
    # across articles of one block
    def cross(a, b, cluster, score=0.0):
        ma = collections.defaultdict(list)
        for m in a.mentions:
            ma[m.measure].append(m)
        for m2 in b.mentions:
            for m1 in ma.get(m2.measure, ()):
                if m1.value == m2.value:
                    continue
                if a.date and b.date:
                    stratum = "cross-near" if abs((a.date - b.date).days) <= NEAR_DAYS else "cross-far"
                else:
                    stratum = "cross-undated"
                pairs.append(make_pair(m1, m2, stratum, cluster, score))
    clusters = collections.defaultdict(list)
    for a in arts:
        if a.corpus != "pk-news" and a.mentions:
            clusters[a.cluster].append(a)
    for cl, members in sorted(clusters.items()):
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                cross(members[x], members[y], members[x].unit)
    for (pa, pb), score in sorted(linked.items()):
        a, b = by_path[pa], by_path[pb]
        if a.mentions and b.mentions:
            cross(a, b, a.unit, score)
    return pairs


# ---------------------------------------------------------------------------------------------------------------
# Sampling

QUOTAS = {  # corpus -> stratum -> pairs (drawn in this order: the scarce headline and within-article pairs first)
    "duc": {"headline": 13, "within": 22, "cross-near": 60, "cross-far": 50},
    "wikiref220": {"headline": 10, "within": 25, "cross-undated": 105},
    "pk-news": {"headline": 20, "within": 30, "cross-near": 70, "cross-far": 20},
}
MAX_PER_ARTICLE = 6           # a single article in at most this many sampled pairs
MAX_PER_MENTION = 2           # a single mention in at most this many sampled pairs
MAX_CLUSTER_SHARE = {"duc": 0.25, "wikiref220": 0.4, "pk-news": 0.15}  # of a cell's quota, per cluster
LIKELY_SHARE = 0.7            # of a cell's quota from "likely" pairs (see make_pair) ...
PRIORITY_SHARE = 0.1          # ... from other pairs of PRIORITY_MEASURES; the rest from other measures


def split_of(cluster, salt=SALT):
    h = int(hashlib.sha1((salt + "|" + cluster).encode()).hexdigest(), 16)
    return "test" if h < TEST_SHARE * 2 ** 160 else "dev"


def sample(pairs, seed=SEED, quotas=QUOTAS, prior=()):
    """Per (corpus, stratum) cell: PRIORITY_SHARE of the quota from pairs of priority measures (people harmed or
    involved, fixed facts), the rest from other measures (money, percentages, units, counts of things), each drawn by
    weighted sampling without replacement (weight = same-event signal), one pair per article pair and measure, a
    mention in at most MAX_PER_MENTION pairs, at most MAX_PER_ARTICLE pairs per article and MAX_CLUSTER_SHARE of a cell per cluster.
    prior: pairs drawn before (sample 6's fresh part, drawn in two steps): they count against the article, mention
    and article-pair caps (not the cluster caps, which are per cell); default none, so earlier samples are unchanged."""
    rng = random.Random(seed)
    cells = collections.defaultdict(list)
    for p in pairs:
        cells[(p.corpus, p.stratum)].append(p)
    chosen = []
    per_article = collections.Counter()
    taken = set()
    mention_uses = collections.Counter()
    for p in prior:
        taken.add((p.a.article.path, p.b.article.path, p.a.measure))
        mention_uses[(p.a.article.path, p.a.line, p.a.start)] += 1
        mention_uses[(p.b.article.path, p.b.line, p.b.start)] += 1
        per_article[p.a.article.path] += 1
        if p.b.article is not p.a.article:
            per_article[p.b.article.path] += 1

    def draw(cell, quota, per_cluster, cap):
        if quota <= 0:
            return []
        cell = sorted(cell, key=lambda p: (p.a.article.path, p.a.line, p.a.start, p.b.article.path, p.b.line, p.b.start))
        keyed = sorted(((rng.random() ** (1.0 / p.weight), n, p) for n, p in enumerate(cell)), key=lambda kp: (-kp[0], kp[1]))
        got = []
        for _, _, p in keyed:
            if len(got) >= quota:
                break
            key = (p.a.article.path, p.b.article.path, p.a.measure)
            ma, mb = (p.a.article.path, p.a.line, p.a.start), (p.b.article.path, p.b.line, p.b.start)
            if key in taken or mention_uses[ma] >= MAX_PER_MENTION or mention_uses[mb] >= MAX_PER_MENTION:
                continue
            if per_article[p.a.article.path] >= MAX_PER_ARTICLE or per_article[p.b.article.path] >= MAX_PER_ARTICLE:
                continue
            if per_cluster[p.cluster] >= cap:
                continue
            taken.add(key)
            mention_uses[ma] += 1
            mention_uses[mb] += 1
            per_article[p.a.article.path] += 1
            if p.b.article is not p.a.article:
                per_article[p.b.article.path] += 1
            per_cluster[p.cluster] += 1
            got.append(p)
        return got

    for corpus, cell_quotas in quotas.items():
        for stratum, quota in cell_quotas.items():
            cell = cells.get((corpus, stratum), [])
            n_clusters = len({p.cluster for p in cell})
            cap = max(3, round(quota * MAX_CLUSTER_SHARE[corpus])) if n_clusters > 3 else quota
            per_cluster = collections.Counter()
            likely = [p for p in cell if p.likely]
            priority = [p for p in cell if p.a.priority and not p.likely]
            other = [p for p in cell if not p.a.priority]
            got = draw(likely, round(quota * LIKELY_SHARE), per_cluster, cap)
            got += draw(priority, round(quota * (LIKELY_SHARE + PRIORITY_SHARE)) - len(got), per_cluster, cap)
            got += draw(other, quota - len(got), per_cluster, cap)
            for rest in (priority, likely):     # too few of the other kind: fill with priority pairs
                if len(got) < quota:
                    got += draw(rest, quota - len(got), per_cluster, cap)
            chosen.extend(got)
    rng.shuffle(chosen)     # ids carry no stratum, corpus or split
    return chosen


COLUMNS = ["id", "path_a", "line_a", "col_a", "span_a", "path_b", "line_b", "col_b", "span_b", "measure", "stratum",
           "cluster", "split"]


def write_sample(chosen, out):
    with open(out, "w", encoding="utf-8", newline="") as f:
        write_row(f, COLUMNS)
        for n, p in enumerate(chosen, 1):
            write_row(f, [f"c{n:03d}", p.a.article.path, p.a.line, p.a.col, p.a.text, p.b.article.path, p.b.line,
                          p.b.col, p.b.text, p.a.measure, p.stratum, p.cluster, split_of(p.cluster)])


def write_row(f, cells):
    """A plain TSV row (no CSV quoting: spans are read back verbatim; they never hold tabs or newlines)."""
    cells = [str(c) for c in cells]
    assert not any("\t" in c or "\n" in c for c in cells), cells
    f.write("\t".join(cells) + "\n")


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def build():
    arts = load_articles()
    for a in arts:
        a.mentions = extract(a)
    return arts, candidate_pairs(arts)


def cmd_stats(_):
    arts, pairs = build()
    print(f"{len(arts)} articles, {sum(len(a.mentions) for a in arts)} mentions, {len(pairs)} candidate pairs")
    c = collections.Counter((p.corpus, p.stratum) for p in pairs)
    strong = collections.Counter((p.corpus, p.stratum) for p in pairs if p.signal >= 3)
    for k in sorted(c):
        print(f"  {k[0]:11} {k[1]:14} {c[k]:7}  strong(signal>=3) {strong[k]}")
    m = collections.Counter(p.a.measure.split(":")[0] for p in pairs)
    print("measures:", ", ".join(f"{k} {v}" for k, v in m.most_common(30)))
    pk = collections.Counter(a.cluster for a in arts if a.corpus == "pk-news")
    sizes = collections.Counter(pk.values())
    print("pk-news block sizes (size: count):", dict(sorted(sizes.items())))


def cmd_sample(args):
    arts, pairs = build()
    chosen = sample(pairs)
    write_sample(chosen, args.out)
    report(chosen)


def report(chosen):
    c = collections.Counter((p.corpus, p.stratum, split_of(p.cluster)) for p in chosen)
    print(f"{len(chosen)} pairs; test share {sum(split_of(p.cluster) == 'test' for p in chosen) / len(chosen):.3f}",
          file=sys.stderr)
    for k in sorted(c):
        print(f"  {k[0]:11} {k[1]:14} {k[2]:5} {c[k]}", file=sys.stderr)


def cmd_verify(args):
    """Every span of the sample is the text at its line and UTF-16 column."""
    rows = read_rows(args.sample)
    bad = 0
    for r in rows:
        for side in ("a", "b"):
            with open(os.path.join(CORPUS, r[f"path_{side}"]), encoding="utf-8", errors="replace") as f:
                line = f.read().split("\n")[int(r[f"line_{side}"]) - 1].rstrip("\r")
            idx = col_to_index(line, int(r[f"col_{side}"]))
            if line[idx:idx + len(r[f"span_{side}"])] != r[f"span_{side}"]:
                bad += 1
                print(f"{r['id']} {side}: span not at its position", file=sys.stderr)
    print(f"{len(rows)} pairs, {bad} misplaced spans", file=sys.stderr)
    return 1 if bad else 0


def cmd_salts(args):
    """How the split salt was chosen (before any labelling): the first salt 'edl0003-split-K' (K = 1, 2, ...) under
    which the sample's test share is 0.40-0.50 overall and 0.40-0.60 in each corpus, and the two big wikiref220
    events (Paris attacks, MH370) fall in different splits."""
    rows = read_rows(args.sample)
    for k in range(1, 101):
        salt = f"edl0003-split-{k}"
        test = [split_of(r["cluster"], salt) == "test" for r in rows]
        share = sum(test) / len(rows)
        per = {}
        for corpus in ("duc", "wikiref220", "pk-news"):
            idx = [i for i, r in enumerate(rows) if r["path_a"].startswith(corpus + "/")]
            per[corpus] = sum(test[i] for i in idx) / len(idx)
        big = {split_of("wikiref220:" + t, salt) for t in ("ParisAttacks2015", "malaysia.airlines.flight")}
        ok = 0.40 <= share <= 0.50 and all(0.40 <= v <= 0.60 for v in per.values()) and len(big) == 2
        print(f"{salt}: test {share:.3f} " + " ".join(f"{c} {v:.3f}" for c, v in per.items()) + (" <- OK" if ok else ""))
        if ok:
            return 0
    return 1


def cmd_mentions(args):
    path = args.path
    corpus = path.split("/")[0]
    a = Article(path, corpus, "", date_of(os.path.basename(path)) or date_of(path))
    for m in extract(a):
        print(f"{m.line}:{m.col}\t{m.value:g}\t{m.measure}\t{m.noun}\t{m.text}")


# ---------------------------------------------------------------------------------------------------------------
# Sample 3 ("test3"): a fresh blind test sample, drawn after the first test split was labelled and scored

SEED3 = 30033                 # sampling seed of sample 3 (fixed; SEED, SALT and the split function are unchanged)
SAMPLE3_SPLIT = "test3"       # split column of sample3.tsv
SAMPLE3_PREFIX = "t3-"        # ids t3-001 ... (sample.tsv ids are c001 ...: no collision)
SAMPLE3_SCALE = 0.4           # the QUOTAS cells scaled to about 170 pairs (425 quota -> 170)
QUOTAS3 = {corpus: {stratum: round(q * SAMPLE3_SCALE) for stratum, q in cells.items()}
           for corpus, cells in QUOTAS.items()}
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER_SAMPLES = (os.path.join(HERE, "sample.tsv"),)   # every earlier sample of this folder (dev and test)
LABELS3 = ("conflict", "drift", "different")


def row_keys(path_a, line_a, col_a, path_b, line_b, col_b, measure):
    """(the two mentions, the article pair and measure) of a pair, both unordered: an earlier pair excludes a new one
    when either key is the same."""
    a, b = (path_a, int(line_a), int(col_a)), (path_b, int(line_b), int(col_b))
    return frozenset((a, b)), (frozenset((path_a, path_b)), measure)


def pair_keys(p):
    return row_keys(p.a.article.path, p.a.line, p.a.col, p.b.article.path, p.b.line, p.b.col, p.a.measure)


def earlier_keys(paths):
    mentions, articles, ids = set(), set(), set()
    for path in paths:
        for r in read_rows(path):
            km, ka = row_keys(r["path_a"], r["line_a"], r["col_a"], r["path_b"], r["line_b"], r["col_b"], r["measure"])
            mentions.add(km)
            articles.add(ka)
            ids.add(r["id"])
    return mentions, articles, ids


def cmd_sample3(args):
    """Sample 3: only pairs of split units the existing split function (SALT, TEST_SHARE) puts in test, minus every
    pair of the earlier samples (same two mentions, or same article pair and measure), drawn by the same sampler
    (cells, LIKELY_SHARE / PRIORITY_SHARE, weights, caps) with seed SEED3 and the quotas QUOTAS3."""
    arts, pairs = build()
    same_mentions, same_articles, _ = earlier_keys(args.earlier)
    test = [p for p in pairs if split_of(p.cluster) == "test"]
    pool = []
    for p in test:
        km, ka = pair_keys(p)
        if km not in same_mentions and ka not in same_articles:
            pool.append(p)
    chosen = sample(pool, SEED3, QUOTAS3)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        write_row(f, COLUMNS)
        for n, p in enumerate(chosen, 1):
            write_row(f, [f"{SAMPLE3_PREFIX}{n:03d}", p.a.article.path, p.a.line, p.a.col, p.a.text,
                          p.b.article.path, p.b.line, p.b.col, p.b.text, p.a.measure, p.stratum, p.cluster,
                          SAMPLE3_SPLIT])
    print(f"population {len(pairs)} pairs; in test units {len(test)}; after removing earlier pairs {len(pool)}",
          file=sys.stderr)
    cells = collections.defaultdict(lambda: [0, 0, 0, 0, set()])
    for p in pool:
        c = cells[(p.corpus, p.stratum)]
        c[0] += 1
        c[1] += p.likely
    for p in chosen:
        c = cells[(p.corpus, p.stratum)]
        c[2] += 1
        c[3] += p.likely
        c[4].add(p.cluster)
    print("  corpus      stratum         quota  pool(likely)     drawn(likely)  units", file=sys.stderr)
    for corpus, qs in QUOTAS3.items():
        for stratum, q in qs.items():
            c = cells[(corpus, stratum)]
            print(f"  {corpus:11} {stratum:14} {q:5}  {c[0]:6} ({c[1]:5})  {c[2]:5} ({c[3]:3})  {len(c[4]):5}",
                  file=sys.stderr)
    print(f"{len(chosen)} pairs, {sum(p.likely for p in chosen)} from the likely pool, "
          f"{len({p.cluster for p in chosen})} split units", file=sys.stderr)
    return check3(args.out, args.earlier)


def check3(path, earlier):
    """sample3.tsv: the columns of sample.tsv, ids t3-NNN unique and new, split test3, every unit in test under the
    existing split function, no pair of an earlier sample (same two mentions, or same article pair and measure), one
    pair per article pair and measure, and every span the text at its position."""
    same_mentions, same_articles, old_ids = earlier_keys(earlier)
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
    rows = read_rows(path)
    problems = []
    if header != COLUMNS:
        problems.append(f"columns {header} are not {COLUMNS}")
    seen_ids, seen_articles = set(), set()
    for r in rows:
        km, ka = row_keys(r["path_a"], r["line_a"], r["col_a"], r["path_b"], r["line_b"], r["col_b"], r["measure"])
        if not re.fullmatch(re.escape(SAMPLE3_PREFIX) + r"\d{3}", r["id"]) or r["id"] in old_ids or r["id"] in seen_ids:
            problems.append(f"{r['id']}: id not t3-NNN, repeated or used before")
        if r["split"] != SAMPLE3_SPLIT:
            problems.append(f"{r['id']}: split {r['split']!r}, not {SAMPLE3_SPLIT}")
        if split_of(r["cluster"]) != "test":
            problems.append(f"{r['id']}: unit {r['cluster']} is not in test under {SALT}")
        # sample 3 left out earlier pairs, not earlier articles, so no article counts as used
        problems.extend(overlap_problems(r, km, ka, same_mentions, same_articles, seen_articles, set()))
        seen_ids.add(r["id"])
        seen_articles.add(ka)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(rows)} pairs, {len(problems)} problems (ids, split, units, overlap with {len(old_ids)} earlier pairs)",
          file=sys.stderr)
    spans = cmd_verify(argparse.Namespace(sample=path))
    return 1 if problems or spans else 0


def cmd_check3(args):
    return check3(args.sample, args.earlier)


def cmd_merge_labels(args):
    """Concatenate the labellers' packet-NN.labels.tsv into one labels file: every pair of the sample labelled once,
    positions as in the sample, label conflict / drift / different. Writes the sample's columns + label + note."""
    rows = read_rows(args.sample)
    by_id = {r["id"]: r for r in rows}
    got, problems = {}, []
    for path in args.labels:
        for r in read_rows(path):
            r = {k: (v or "").strip() for k, v in r.items() if k is not None}
            ref = by_id.get(r.get("id", ""))
            if ref is None:
                problems.append(f"{path}: id {r.get('id')!r} is not in {args.sample}")
                continue
            if any(r.get(k, ref[k]) != ref[k] for k in ("path_a", "line_a", "col_a", "path_b", "line_b", "col_b")):
                problems.append(f"{path}: {r['id']} does not sit where {args.sample} puts it")
            if r.get("label", "").lower() not in LABELS3:
                problems.append(f"{path}: {r['id']} has label {r.get('label')!r}")
            if r["id"] in got:
                problems.append(f"{path}: {r['id']} labelled twice")
            got[r["id"]] = (r.get("label", "").lower(), r.get("note", ""))
    missing = [i for i in by_id if i not in got]
    if missing:
        problems.append(f"{len(missing)} pairs not labelled: {', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems: nothing written", file=sys.stderr)
        return 2
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        write_row(f, COLUMNS + ["label", "note"])
        for r in rows:
            write_row(f, [r[k] for k in COLUMNS] + list(got[r["id"]]))
    c = collections.Counter(v[0] for v in got.values())
    print(f"{args.out}: {len(rows)} pairs (" + ", ".join(f"{c[k]} {k}" for k in LABELS3) + ")", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------------------------------
# Sample 4 ("test4"): a fresh blind test sample, drawn after test and test3 were labelled and scored (both consumed)

SEED4 = 40044                 # sampling seed of sample 4 (fixed; SEED, SALT and the split function are unchanged)
SAMPLE4_SPLIT = "test4"       # split column of sample4.tsv
SAMPLE4_PREFIX = "t4-"        # ids t4-001 ... (no collision with c001 ... or t3-001 ...)
SAMPLE4_SCALE = 0.5           # the cells of sample 3, scaled so that about 170 pairs are drawn (0.4 draws 140: wikiref220 is short)
QUOTAS4 = {corpus: {stratum: round(q * SAMPLE4_SCALE) for stratum, q in cells.items()}
           for corpus, cells in QUOTAS.items()}
EARLIER_SAMPLES4 = (os.path.join(HERE, "sample.tsv"), os.path.join(HERE, "sample3.tsv"))  # every earlier sample


def earlier_articles(paths):
    """Every article any pair of the earlier samples uses (either side)."""
    used = set()
    for path in paths:
        for r in read_rows(path):
            used.add(r["path_a"])
            used.add(r["path_b"])
    return used


def cmd_sample4(args):
    """Sample 4: only pairs of split units the existing split function (SALT, TEST_SHARE) puts in test, minus every
    pair of the earlier samples (sample.tsv and sample3.tsv: same two mentions, or same article pair and measure) and
    minus every pair that touches an article any earlier pair uses, drawn by the same sampler (cells, LIKELY_SHARE /
    PRIORITY_SHARE, weights, caps) with seed SEED4 and the quotas QUOTAS4 (the cells of sample 3)."""
    return draw_fresh(args, SEED4, QUOTAS4, SAMPLE4_PREFIX, SAMPLE4_SPLIT)


def draw_fresh(args, seed, quotas, prefix, split):
    """Samples 4 and 5: test units only, no earlier pair, no pair touching an article of an earlier sample."""
    arts, pairs = build()
    same_mentions, same_articles, _ = earlier_keys(args.earlier)
    used = earlier_articles(args.earlier)
    test = [p for p in pairs if split_of(p.cluster) == "test"]
    fresh = []
    for p in test:
        km, ka = pair_keys(p)
        if km not in same_mentions and ka not in same_articles:
            fresh.append(p)
    pool = [p for p in fresh if p.a.article.path not in used and p.b.article.path not in used]
    chosen = sample(pool, seed, quotas)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        write_row(f, COLUMNS)
        for n, p in enumerate(chosen, 1):
            write_row(f, [f"{prefix}{n:03d}", p.a.article.path, p.a.line, p.a.col, p.a.text,
                          p.b.article.path, p.b.line, p.b.col, p.b.text, p.a.measure, p.stratum, p.cluster,
                          split])
    print(f"population {len(pairs)} pairs; in test units {len(test)}; after removing earlier pairs {len(fresh)}; "
          f"after removing pairs touching the {len(used)} articles of earlier samples {len(pool)}", file=sys.stderr)
    print_cells(None, pool, chosen, quotas)
    earlier_units = {r["cluster"] for path in args.earlier for r in read_rows(path)}
    units = {p.cluster for p in chosen}
    print(f"{len(units & earlier_units)} of the {len(units)} split units (events) drawn also hold pairs of an earlier "
          f"sample (other articles)", file=sys.stderr)
    return check4(args.out, args.earlier, prefix, split)


def overlap_problems(r, km, ka, same_mentions, same_articles, seen_articles, used):
    """What ties a drawn pair to an earlier sample or to another pair of its own sample (checks 3 to 6)."""
    problems = []
    if km in same_mentions:
        problems.append(f"{r['id']}: the same two mentions as an earlier pair")
    if ka in same_articles:
        problems.append(f"{r['id']}: the same article pair and measure as an earlier pair")
    if ka in seen_articles:
        problems.append(f"{r['id']}: a second pair of one article pair and measure")
    for side in ("a", "b"):
        if r[f"path_{side}"] in used:
            problems.append(f"{r['id']}: article {side} is used by an earlier sample")
    return problems


def check4(path, earlier, prefix=SAMPLE4_PREFIX, split=SAMPLE4_SPLIT):
    """sample4.tsv: as check3 (columns, ids t4-NNN unique and new, split test4, every unit in test under the existing
    split function, no earlier pair, one pair per article pair and measure, spans at their positions), and no article
    of an earlier sample."""
    same_mentions, same_articles, old_ids = earlier_keys(earlier)
    used = earlier_articles(earlier)
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
    rows = read_rows(path)
    problems = []
    if header != COLUMNS:
        problems.append(f"columns {header} are not {COLUMNS}")
    seen_ids, seen_articles = set(), set()
    for r in rows:
        km, ka = row_keys(r["path_a"], r["line_a"], r["col_a"], r["path_b"], r["line_b"], r["col_b"], r["measure"])
        if not re.fullmatch(re.escape(prefix) + r"\d{3}", r["id"]) or r["id"] in old_ids or r["id"] in seen_ids:
            problems.append(f"{r['id']}: id not {prefix}NNN, repeated or used before")
        if r["split"] != split:
            problems.append(f"{r['id']}: split {r['split']!r}, not {split}")
        if split_of(r["cluster"]) != "test":
            problems.append(f"{r['id']}: unit {r['cluster']} is not in test under {SALT}")
        problems.extend(overlap_problems(r, km, ka, same_mentions, same_articles, seen_articles, used))
        seen_ids.add(r["id"])
        seen_articles.add(ka)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(rows)} pairs, {len(problems)} problems (ids, split, units, overlap with {len(old_ids)} earlier pairs "
          f"and their {len(used)} articles)", file=sys.stderr)
    spans = cmd_verify(argparse.Namespace(sample=path))
    return 1 if problems or spans else 0


def cmd_check4(args):
    return check4(args.sample, args.earlier)


# ---------------------------------------------------------------------------------------------------------------
# Sample 5 ("test5", stop 22): drawn as sample 4, after test4 was labelled and scored (consumed): test units only, no
# pair of sample.tsv, sample3.tsv or sample4.tsv, and no pair touching an article any of their pairs uses.

SEED5 = 20260609              # sampling seed of sample 5 (fixed: 20260606 + rule number; SALT and split unchanged)
SAMPLE5_SPLIT = "test5"       # split column of sample5.tsv
SAMPLE5_PREFIX = "t5-"        # ids t5-001 ... (no collision with c001, t3-, t4-)
QUOTAS5 = QUOTAS4             # the cells of sample 4
EARLIER_SAMPLES5 = EARLIER_SAMPLES4 + (os.path.join(HERE, "sample4.tsv"),)


def cmd_sample5(args):
    return draw_fresh(args, SEED5, QUOTAS5, SAMPLE5_PREFIX, SAMPLE5_SPLIT)


def cmd_check5(args):
    return check4(args.sample, args.earlier, SAMPLE5_PREFIX, SAMPLE5_SPLIT)


# ---------------------------------------------------------------------------------------------------------------
# Sample 6 ("test6", stop 23): after test5 was labelled and scored (consumed). Two parts, both split test6:
#  - t6-NNN: drawn as samples 4 and 5 (test units only, no pair of samples 1-5, no pair touching an article any of
#    their pairs uses), seed SEED6, the cells of sample 5;
#  - t6f-NNN ("fresh", only when the first part's pool holds fewer than FRESH6_MIN_LIKELY likely pairs): pairs of ANY
#    split unit (dev or test) whose two articles are in no earlier sample (1-5) and not in the first part. Every
#    likely pair of that pool first (the sampler's own heuristic, `likely` in make_pair; caps apply), then the cells of
#    sample 5 scaled by FRESH6_SCALE from the other pairs. Its units may be dev units (events the developers may have
#    seen, in other articles): weaker evidence about recall than a test-unit sample (README, "Sample 6").
#  Both parts also keep off the articles of labels.tsv / labels-pass1-3.tsv (EARLIER_FINDING_LABELS6).

SEED6 = 20260709              # sampling seed of sample 6 (fixed: 20260706 + rule number; SALT and split unchanged)
SAMPLE6_SPLIT = "test6"       # split column of sample6.tsv (both parts)
SAMPLE6_PREFIX = "t6-"        # first part: test units, ids t6-001 ... (no collision with c001, t3-, t4-, t5-)
SAMPLE6F_PREFIX = "t6f-"      # fresh part: any unit, ids t6f-001 ...
QUOTAS6 = QUOTAS5             # the cells of sample 5 (= sample 4)
FRESH6_MIN_LIKELY = 15        # the fresh part is drawn when the first part's pool holds fewer likely pairs
FRESH6_SCALE = 0.2            # the fresh part's other pairs: the cells of sample 5 scaled (quota 42), so that both parts make about 110+
FRESH6_QUOTAS = {corpus: {stratum: round(q * FRESH6_SCALE) for stratum, q in cells.items()}
                 for corpus, cells in QUOTAS6.items()}
EARLIER_SAMPLES6 = EARLIER_SAMPLES5 + (os.path.join(HERE, "sample5.tsv"),)
# The first (precision-only) evaluation, made from the rule's findings (README, first lines): its articles were read and
# labelled too, so sample 6 keeps off them as well (columns later / earlier = path:line:column). These files are
# fixed and committed; the current rule is never run.
EARLIER_FINDING_LABELS6 = (os.path.join(HERE, "labels.tsv"), os.path.join(HERE, "labels-pass1-3.tsv"))


def finding_label_articles(paths=EARLIER_FINDING_LABELS6):
    used = set()
    for path in paths:
        for r in read_rows(path):
            for k in ("later", "earlier"):
                used.add(r[k].rsplit(":", 2)[0])
    return used


def print_cells(title, pool, chosen, quotas):
    cells = collections.defaultdict(lambda: [0, 0, 0, 0, set(), set()])
    for p in pool:
        c = cells[(p.corpus, p.stratum)]
        c[0] += 1
        c[1] += p.likely
        c[5].add(p.cluster)
    for p in chosen:
        c = cells[(p.corpus, p.stratum)]
        c[2] += 1
        c[3] += p.likely
        c[4].add(p.cluster)
    if title:
        print(title, file=sys.stderr)
    print("  corpus      stratum         quota  pool(likely)  pool-units   drawn(likely)  units  short", file=sys.stderr)
    for corpus, qs in quotas.items():
        for stratum, q in qs.items():
            c = cells[(corpus, stratum)]
            short = "SHORT" if c[2] < q else ""
            print(f"  {corpus:11} {stratum:14} {q:5}  {c[0]:6} ({c[1]:5})  {len(c[5]):6}  {c[2]:5} ({c[3]:3})  "
                  f"{len(c[4]):5}  {short}", file=sys.stderr)
    print(f"  {len(chosen)} pairs, {sum(p.likely for p in chosen)} from the likely pool, "
          f"{len({p.cluster for p in chosen})} split units "
          f"({sum(split_of(u) == 'test' for u in {p.cluster for p in chosen})} test), "
          f"{len({x for p in chosen for x in (p.a.article.path, p.b.article.path)})} articles", file=sys.stderr)


def cmd_sample6(args):
    arts, pairs = build()
    same_mentions, same_articles, _ = earlier_keys(args.earlier)
    used = earlier_articles(args.earlier) | finding_label_articles()
    fresh = []
    for p in pairs:
        km, ka = pair_keys(p)
        if km not in same_mentions and ka not in same_articles \
                and p.a.article.path not in used and p.b.article.path not in used:
            fresh.append(p)
    pool = [p for p in fresh if split_of(p.cluster) == "test"]
    print(f"population {len(pairs)} pairs; no earlier pair and no article of the {len(used)} of earlier samples "
          f"(and of labels.tsv / labels-pass1-3.tsv) "
          f"{len(fresh)} (any unit); of those in test units {len(pool)} (the first part's pool, "
          f"{sum(p.likely for p in pool)} likely)", file=sys.stderr)
    part1 = sample(pool, SEED6, QUOTAS6)
    print_cells("first part (t6-): test units", pool, part1, QUOTAS6)
    part2 = []
    if sum(p.likely for p in pool) < FRESH6_MIN_LIKELY:
        taken = {x for p in part1 for x in (p.a.article.path, p.b.article.path)}
        pool2 = [p for p in fresh if p.a.article.path not in taken and p.b.article.path not in taken]
        likely2 = [p for p in pool2 if p.likely]
        likely_quotas = {corpus: {stratum: sum(1 for p in likely2 if (p.corpus, p.stratum) == (corpus, stratum))
                                  for stratum in cells} for corpus, cells in QUOTAS6.items()}
        step1 = sample(likely2, SEED6, likely_quotas)
        step2 = sample([p for p in pool2 if not p.likely], SEED6, FRESH6_QUOTAS, prior=step1)
        part2 = step1 + step2
        random.Random(SEED6).shuffle(part2)
        print(f"fresh part (t6f-): any unit, articles in no earlier sample and not in the first part: {len(pool2)} "
              f"pairs, {len(likely2)} likely", file=sys.stderr)
        print_cells("  step 1: every likely pair (caps apply)", likely2, step1, likely_quotas)
        print_cells("  step 2: other pairs, the cells of sample 5 scaled by FRESH6_SCALE",
                    [p for p in pool2 if not p.likely], step2, FRESH6_QUOTAS)
        both = {corpus: {stratum: likely_quotas[corpus][stratum] + FRESH6_QUOTAS[corpus][stratum] for stratum in cells}
                for corpus, cells in QUOTAS6.items()}
        print_cells("fresh part in all (quota: likely pairs + scaled cells)", pool2, part2, both)
    rows = [(f"{SAMPLE6_PREFIX}{n:03d}", p) for n, p in enumerate(part1, 1)] + \
           [(f"{SAMPLE6F_PREFIX}{n:03d}", p) for n, p in enumerate(part2, 1)]
    random.Random(SEED6 + 1).shuffle(rows)     # one file order for both parts: each packet holds both
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        write_row(f, COLUMNS)
        for ident, p in rows:
            write_row(f, [ident, p.a.article.path, p.a.line, p.a.col, p.a.text, p.b.article.path, p.b.line, p.b.col,
                          p.b.text, p.a.measure, p.stratum, p.cluster, SAMPLE6_SPLIT])
    chosen = part1 + part2
    earlier_units = {r["cluster"] for path in args.earlier for r in read_rows(path)}
    units = {p.cluster for p in chosen}
    print(f"{len(chosen)} pairs ({len(part1)} t6-, {len(part2)} t6f-); {len(units & earlier_units)} of the "
          f"{len(units)} split units (events) drawn also hold pairs of an earlier sample (other articles)",
          file=sys.stderr)
    return check6(args.out, args.earlier)


def check6(path, earlier):
    """sample6.tsv: columns, ids t6-NNN / t6f-NNN unique and new, split test6, t6- units in test under the split
    function (t6f- units any), no earlier pair, no article of an earlier sample (nor of labels.tsv /
    labels-pass1-3.tsv), one pair per article pair and
    measure, no article in both parts, and every span the text at its position."""
    same_mentions, same_articles, old_ids = earlier_keys(earlier)
    used = earlier_articles(earlier) | finding_label_articles()
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
    rows = read_rows(path)
    problems = []
    if header != COLUMNS:
        problems.append(f"columns {header} are not {COLUMNS}")
    seen_ids, seen_articles = set(), set()
    part_articles = {SAMPLE6_PREFIX: set(), SAMPLE6F_PREFIX: set()}
    for r in rows:
        km, ka = row_keys(r["path_a"], r["line_a"], r["col_a"], r["path_b"], r["line_b"], r["col_b"], r["measure"])
        m = re.fullmatch(r"(t6f?-)\d{3}", r["id"])
        if not m or r["id"] in old_ids or r["id"] in seen_ids:
            problems.append(f"{r['id']}: id not t6-NNN / t6f-NNN, repeated or used before")
            continue
        part = m.group(1)
        part_articles[part].update((r["path_a"], r["path_b"]))
        if r["split"] != SAMPLE6_SPLIT:
            problems.append(f"{r['id']}: split {r['split']!r}, not {SAMPLE6_SPLIT}")
        if part == SAMPLE6_PREFIX and split_of(r["cluster"]) != "test":
            problems.append(f"{r['id']}: unit {r['cluster']} is not in test under {SALT}")
        problems.extend(overlap_problems(r, km, ka, same_mentions, same_articles, seen_articles, used))
        seen_ids.add(r["id"])
        seen_articles.add(ka)
    both = part_articles[SAMPLE6_PREFIX] & part_articles[SAMPLE6F_PREFIX]
    if both:
        problems.append(f"{len(both)} articles are in both parts")
    for p in problems:
        print(p, file=sys.stderr)
    n1 = sum(r["id"].startswith(SAMPLE6_PREFIX) for r in rows)
    print(f"{len(rows)} pairs ({n1} t6-, {len(rows) - n1} t6f-), {len(problems)} problems (ids, split, units, overlap "
          f"with {len(old_ids)} earlier pairs and their {len(used)} articles)", file=sys.stderr)
    spans = cmd_verify(argparse.Namespace(sample=path))
    return 1 if problems or spans else 0


def cmd_check6(args):
    return check6(args.sample, args.earlier)


# ---------------------------------------------------------------------------------------------------------------
# Packets (under /work/labelwork only: they quote the articles)

PACKET_SIZE = 125


def cmd_packets(args):
    rows = read_rows(args.sample)
    os.makedirs(args.out, exist_ok=True)
    cache = {}

    def article(path):
        if path not in cache:
            corpus = path.split("/")[0]
            cache[path] = Article(path, corpus, "", None)
        return cache[path]
    labels_file = getattr(args, "labels_file", None)
    n_packets = args.packets or max(1, round(len(rows) / PACKET_SIZE))
    size = math.ceil(len(rows) / n_packets)
    for k in range(n_packets):
        chunk = rows[k * size:(k + 1) * size]
        name = f"packet-{k + 1:02d}"
        with open(os.path.join(args.out, name + ".md"), "w") as md:
            md.write(f"# EDL0003 labelling {name} ({len(chunk)} pairs)\n\n"
                     "Read LABELLER.md first. Each item is a pair of figure mentions, A and B, each marked [[like this]] "
                     "in its paragraph (the paragraph before it is shown too, and the headline of each article). "
                     "Label each pair conflict / drift / different in "
                     + (f"{labels_file} (its rows for this packet are those of {name}.tsv; see LABELLER.md).\n\n"
                        if labels_file else f"{name}.labels.tsv (a copy of {name}.tsv).\n\n"))
            for r in chunk:
                md.write(render_item(r, article))
        with open(os.path.join(args.out, name + ".tsv"), "w", encoding="utf-8", newline="") as f:
            write_row(f, ["id", "path_a", "line_a", "col_a", "span_a", "path_b", "line_b", "col_b", "span_b",
                          "measure", "label", "note"])
            for r in chunk:
                write_row(f, [r["id"], r["path_a"], r["line_a"], r["col_a"], r["span_a"], r["path_b"], r["line_b"],
                              r["col_b"], r["span_b"], display_measure(r["measure"]), "", ""])
        print(f"{name}: {len(chunk)} items", file=sys.stderr)


def display_measure(measure):
    parts = measure.split(":")
    if parts[0] == "age":
        return f"age ({parts[1]})"
    if parts[0] == "money":
        return f"money ({parts[1]}, near '{parts[2]}')" if parts[2] != "other" else f"money ({parts[1]})"
    if parts[0] == "percent":
        return f"percent (near '{parts[1]}')" if parts[1] != "other" else "percent"
    return parts[0]


def date_label(path):
    if path.startswith("wikiref220/"):
        return "undated"
    d = date_of(os.path.basename(path)) if path.startswith("duc/") else date_of(path)
    return d.isoformat() if d else "undated"


def col_to_index(line, col):
    """Python index of the character at 1-based UTF-16 column col."""
    units = 0
    for idx, ch in enumerate(line):
        if units >= col - 1:
            return idx
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(line)


def marked_paragraph(lines, line_no, marks, width=700):
    """The paragraph line_no with each (col, span) marked [[...]], trimmed around the marks when long."""
    line = lines[line_no - 1]
    spots = sorted((col_to_index(line, c), s) for c, s in marks)
    out, pos = [], 0
    for idx, span in spots:
        end = idx + len(span)
        out.append(line[pos:idx])
        out.append("[[" + line[idx:end] + "]]")
        pos = end
    out.append(line[pos:])
    text = "".join(out)
    if len(text) > 2 * width:
        first = text.find("[[")
        last = text.rfind("]]")
        a = max(0, first - width)
        b = min(len(text), max(last + 2 + width // 2, first + width))
        if a > 0 and " " in text[a:first]:          # cut at word boundaries
            a = text.index(" ", a) + 1
        if b < len(text) and " " in text[last + 2:b]:
            b = text.rindex(" ", last + 2, b)
        text = ("… " if a > 0 else "") + text[a:b] + (" …" if b < len(text) else "")
    return text


def previous_paragraph(lines, line_no, width=500):
    for k in range(line_no - 2, 0, -1):
        if lines[k].strip():
            t = lines[k].strip()
            if k == 0:
                return None     # the headline, shown anyway
            if len(t) <= width:
                return t
            tail = t[-width:]
            return "… " + (tail[tail.index(" ") + 1:] if " " in tail else tail)
    return None


def render_item(r, article):
    out = [f"## {r['id']}  (measure: {display_measure(r['measure'])})\n"]
    same = r["path_a"] == r["path_b"]
    for side in ("a", "b"):
        path, ln, col, span = r[f"path_{side}"], int(r[f"line_{side}"]), int(r[f"col_{side}"]), r[f"span_{side}"]
        art = article(path)
        if side == "b" and same:
            out.append(f"**B** — same article, line {ln}")
        else:
            out.append(f"**{side.upper()}** — `{path}` ({date_label(path)})  \nHeadline: {art.headline}  \n"
                       f"Mention at line {ln}")
        marks = [(col, span)]
        other = "b" if side == "a" else "a"
        if same and int(r[f"line_{other}"]) == ln:
            if side == "b":
                out[-1] += " (the same paragraph as A, shown above)\n"
                continue
            marks.append((int(r[f"col_{other}"]), r[f"span_{other}"]))
            out[-1] += " (B is in the same paragraph)"
        out[-1] += "\n"
        if ln == 1:
            out.append("> (headline) " + marked_paragraph(art.lines, ln, marks) + "\n")
        else:
            prev = previous_paragraph(art.lines, ln)
            if prev and not (side == "b" and same and int(r["line_a"]) == ln - 1):
                out.append("> (paragraph before) " + prev + "\n>")
            out.append("> " + marked_paragraph(art.lines, ln, marks) + "\n")
    out.append("\n---\n\n")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("stats")
    s = sub.add_parser("sample")
    s.add_argument("--out", default="eval/EDL0003/sample.tsv")
    p = sub.add_parser("packets")
    p.add_argument("--sample", default="eval/EDL0003/sample.tsv")
    p.add_argument("--out", default="/work/labelwork/EDL0003")
    p.add_argument("--packets", type=int, help="number of packets (default: about PACKET_SIZE pairs each)")
    p.add_argument("--labels-file", help="the one labels file the header names (sample 5: labels5-test.tsv); "
                   "default: a packet-NN.labels.tsv per packet")
    s3 = sub.add_parser("sample3")
    s3.add_argument("--out", default="eval/EDL0003/sample3.tsv")
    s3.add_argument("--earlier", action="append", help="earlier sample files (default: sample.tsv of this folder)")
    c3 = sub.add_parser("check3")
    c3.add_argument("--sample", default="eval/EDL0003/sample3.tsv")
    c3.add_argument("--earlier", action="append", help="earlier sample files (default: sample.tsv of this folder)")
    s4 = sub.add_parser("sample4")
    s4.add_argument("--out", default="eval/EDL0003/sample4.tsv")
    s4.add_argument("--earlier", action="append",
                    help="earlier sample files (default: sample.tsv and sample3.tsv of this folder)")
    c4 = sub.add_parser("check4")
    c4.add_argument("--sample", default="eval/EDL0003/sample4.tsv")
    c4.add_argument("--earlier", action="append",
                    help="earlier sample files (default: sample.tsv and sample3.tsv of this folder)")
    s5 = sub.add_parser("sample5")
    s5.add_argument("--out", default="eval/EDL0003/sample5.tsv")
    s5.add_argument("--earlier", action="append",
                    help="earlier sample files (default: sample.tsv, sample3.tsv and sample4.tsv of this folder)")
    c5 = sub.add_parser("check5")
    c5.add_argument("--sample", default="eval/EDL0003/sample5.tsv")
    c5.add_argument("--earlier", action="append",
                    help="earlier sample files (default: sample.tsv, sample3.tsv and sample4.tsv of this folder)")
    s6 = sub.add_parser("sample6")
    s6.add_argument("--out", default="eval/EDL0003/sample6.tsv")
    s6.add_argument("--earlier", action="append",
                    help="earlier sample files (default: sample.tsv, sample3.tsv, sample4.tsv and sample5.tsv of this folder)")
    c6 = sub.add_parser("check6")
    c6.add_argument("--sample", default="eval/EDL0003/sample6.tsv")
    c6.add_argument("--earlier", action="append",
                    help="earlier sample files (default: sample.tsv, sample3.tsv, sample4.tsv and sample5.tsv of this folder)")
    ml = sub.add_parser("merge-labels")
    ml.add_argument("--sample", default="eval/EDL0003/sample3.tsv")
    ml.add_argument("--out", required=True)
    ml.add_argument("labels", nargs="+", help="packet-NN.labels.tsv files")
    m = sub.add_parser("mentions")
    m.add_argument("path")
    for name in ("verify", "salts"):
        v = sub.add_parser(name)
        v.add_argument("--sample", default="eval/EDL0003/sample.tsv")
    args = ap.parse_args()
    if getattr(args, "earlier", False) is None:
        args.earlier = list(EARLIER_SAMPLES6 if args.cmd in ("sample6", "check6") else
                            EARLIER_SAMPLES5 if args.cmd in ("sample5", "check5") else
                            EARLIER_SAMPLES4 if args.cmd in ("sample4", "check4") else EARLIER_SAMPLES)
    sys.exit({"stats": cmd_stats, "sample": cmd_sample, "packets": cmd_packets, "mentions": cmd_mentions,
              "verify": cmd_verify, "salts": cmd_salts, "sample3": cmd_sample3, "check3": cmd_check3, "sample4": cmd_sample4, "check4": cmd_check4,
              "sample5": cmd_sample5, "check5": cmd_check5, "sample6": cmd_sample6, "check6": cmd_check6,
              "merge-labels": cmd_merge_labels}[args.cmd](args) or 0)


if __name__ == "__main__":
    main()
