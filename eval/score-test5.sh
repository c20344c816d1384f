#!/usr/bin/env bash
# Kept as run in stop 22 (helper paths: the labellers wrote to /work/labelwork5, outside the repo).
# The one test5 score, on merged main. Run from /work/main after the final merge. Sequential.
set -euo pipefail
cd /work/main
L=/work/labelwork5
D=2026-12-07
python3 eval/EDL0001/candidates.py merge-labels --sample eval/EDL0001/sample5.tsv $L/EDL0001/labels5-test.tsv > eval/EDL0001/labels5-test.tsv
python3 eval/EDL0001/candidates.py merge-labels --sample eval/EDL0001/sample5.tsv $L/EDL0001/labels5-test-second-labeller.tsv > eval/EDL0001/labels5-test-second-labeller.tsv
python3 eval/EDL0002/score2.py --split test5 --labels $L/EDL0002/labels5-test.tsv --write-merged eval/EDL0002/labels5-test.tsv
python3 eval/EDL0002/score2.py --split test5 --labels $L/EDL0002/labels5-test-second-labeller.tsv --write-merged eval/EDL0002/labels5-test-second-labeller.tsv
python3 eval/EDL0003/candidates.py merge-labels --sample eval/EDL0003/sample5.tsv --out eval/EDL0003/labels5-test.tsv $L/EDL0003/labels5-test.tsv
python3 - <<'P'
import csv
L="/work/labelwork5/EDL0003/labels5-test-second-labeller.tsv"; S="eval/EDL0003/sample5.tsv"; O="eval/EDL0003/labels5-test-second-labeller.tsv"
rd=lambda p: list(csv.DictReader((l for l in open(p, encoding="utf-8") if not l.startswith("#")), delimiter="\t"))
got={r["id"]: r for r in rd(L)}
cols=list(rd(S)[0].keys())
with open(O, "w", encoding="utf-8", newline="") as f:
    f.write("\t".join(cols + ["label", "note"]) + "\n")
    for r in rd(S):
        if r["id"] in got:
            f.write("\t".join([r[c] for c in cols] + [got[r["id"]]["label"].strip().lower(), got[r["id"]]["note"].replace("\t", " ")]) + "\n")
P
git rev-parse --short HEAD > /tmp/score-commit.txt
dotnet build src/EditorialLint.Cli -c Release 2>&1 | tail -1
{ echo "# test5 score, $(date -u +%FT%TZ), main $(cat /tmp/score-commit.txt): python3 eval/EDL0001/score.py --split test5"; python3 eval/EDL0001/score.py --split test5 --save-json-dir /tmp/t5-e1; } 2>&1 | tee eval/EDL0001/test5-score-$D.txt
{ echo "# test5 score, $(date -u +%FT%TZ), main $(cat /tmp/score-commit.txt): python3 eval/EDL0002/score2.py --split test5 --related [--severity warning]"; python3 eval/EDL0002/score2.py --split test5 --related --save-json /tmp/t5-e2.json; echo; echo "## warnings only (same CLI output)"; python3 eval/EDL0002/score2.py --split test5 --related --json /tmp/t5-e2.json --severity warning; } 2>&1 | tee eval/EDL0002/test5-score-$D.txt
{ echo "# test5 score, $(date -u +%FT%TZ), main $(cat /tmp/score-commit.txt): python3 eval/EDL0003/score2.py --split test5"; python3 eval/EDL0003/score2.py --split test5 --save-json /tmp/t5-e3; echo; echo "## without pairs labelled ambiguous (same CLI output)"; python3 eval/EDL0003/score2.py --split test5 $(for f in /tmp/t5-e3/*.json; do echo --json $f; done) --no-ambiguous; } 2>&1 | tee eval/EDL0003/test5-score-$D.txt
