#!/usr/bin/env python3
"""Runs the CLI over corpus folders and prints every EDL0003 pair with both sentences, for a person to read.

Usage: eval/EDL0003/pairs.py [--tsv] [--no-dates] <path>...   (paths under /work/shared/corpus; run from the repository root)
--no-dates: no --date-pattern, so every article is undated (a desk that does not date its articles).
Prints to stdout only; article text is never written into the repository.
"""
import json, os, re, subprocess, sys

CLI = os.environ.get("CLI", "src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll")
DATE = r"(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})"

def context(path, line, col, width=260):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read().split("\n")[line - 1]
    start = max(0, col - 1 - width // 2)
    return text[start:start + width].replace("\t", " ")

def main(argv):
    tsv = "--tsv" in argv
    dated = "--no-dates" not in argv
    paths = [a for a in argv if a not in ("--tsv", "--no-dates")]
    cli = CLI if os.path.exists(CLI) else CLI.replace("Release", "Debug")
    args = ["dotnet", cli, *paths, "--format", "json", *(["--date-pattern", DATE] if dated else []), "--no-rules",
            "--exclude", "**/duc2007/update/**"]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    findings = [f for f in json.loads(out) if f["id"] == "EDL0003"]
    for n, f in enumerate(findings, 1):
        rel = f["related"][0] if f["related"] else None
        m = re.match(r"'(.*)' conflicts with '(.*)' in ", f["message"])
        a, b = (m.group(1), m.group(2)) if m else (f["message"], "")
        if tsv:
            print(f"{f['path']}:{f['line']}:{f['column']}\t{rel['path']}:{rel['line']}:{rel['column']}\t{a}\t{b}")
            continue
        print(f"#{n} {f['path']}:{f['line']}:{f['column']}  '{a}'  vs  '{b}'")
        print("   LATER  :", context(f["path"], f["line"], f["column"]))
        if rel:
            print(f"   EARLIER: {rel['path']}:{rel['line']}:{rel['column']}")
            print("           ", context(rel["path"], rel["line"], rel["column"]))
        print()
    print(f"# {len(findings)} EDL0003 findings", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1:])
