#!/usr/bin/env python3
"""Runs EDL0003 over wikiref220, duc and pk-news in every setting of RESULTS.md and prints the union of reported pairs
as TSV (later, earlier, later_figure, earlier_figure, setting = the strictest setting that reports the pair,
settings = every setting that reports it).

Usage (from the repository root, after `dotnet build src/EditorialLint.Cli -c Release`):
    eval/EDL0003/settings.py > /tmp/pairs.tsv
Each setting is a folder of symlinks to the corpora under /tmp/edl0003-settings/<name>/ with an .editorconfig beside
them. Prints paths relative to /work/shared/corpus; no article text is written anywhere.
"""
import os, subprocess, sys

CORPUS = "/work/shared/corpus"
ROOT = "/tmp/edl0003-settings"
SETTINGS = [  # name, max_days_apart, min_shared_names (None = the rule's defaults, no .editorconfig)
    ("default", None, None),
    ("loose1", 1, 0.3),
    ("loose7", 7, 0),
    ("loose30", 30, 0),
    ("loose90", 90, 0),
    ("loose3650", 3650, 0),
    ("undated", None, None),  # defaults, but articles not dated from their paths: a desk without dates
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = {}
    for name, days, shared in SETTINGS:
        folder = os.path.join(ROOT, name)
        os.makedirs(folder, exist_ok=True)
        for corpus in ("wikiref220", "duc", "pk-news"):
            link = os.path.join(folder, corpus)
            if not os.path.islink(link):
                os.symlink(os.path.join(CORPUS, corpus), link)
        config = os.path.join(folder, ".editorconfig")
        if days is None:
            if os.path.exists(config):
                os.remove(config)
        else:
            with open(config, "w") as f:
                f.write(f"root = true\n[*]\neditorial_lint.EDL0003.max_days_apart = {days}\neditorial_lint.EDL0003.min_shared_names = {shared}\n")
        out = subprocess.run([sys.executable, os.path.join(here, "pairs.py"), "--tsv", *(["--no-dates"] if name == "undated" else []),
                              *(os.path.join(folder, c) for c in ("wikiref220", "duc", "pk-news"))],
                             capture_output=True, text=True, check=True).stdout
        count = 0
        for line in out.splitlines():
            later, earlier, a, b = line.replace(folder + "/", "").split("\t")
            count += 1
            seen.setdefault((later, earlier), (a, b, name, []))[3].append(name)
        print(f"{name}: {count} pairs", file=sys.stderr)
    print("later\tearlier\tlater_figure\tearlier_figure\tsetting\tsettings")
    for (later, earlier), (a, b, name, names) in seen.items():
        print(f"{later}\t{earlier}\t{a}\t{b}\t{name}\t{','.join(names)}")

if __name__ == "__main__":
    main()
