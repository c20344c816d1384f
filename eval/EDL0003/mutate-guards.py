#!/usr/bin/env python3
"""Turns each of EDL0003's guards off in turn, runs the EDL0003 tests, restores the file and prints which tests
failed: every guard must have a test that fails without it (no test that cannot fail).

Usage (repository root, clean working tree for the files named below): eval/EDL0003/mutate-guards.py
"""
import subprocess, re, shutil, sys
muts = [
 ("sites-count", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "if (a.Sites > 0 && b.Sites > 0 && a.Sites != b.Sites) return false;", "if (a.Sites < 0) return false;"),
 ("part-at-sites", "src/EditorialLint.Core/Quantities/Claim.cs", "=> part.Sites > 0 && total.Sites == 0", "=> part.Sites < 0 && total.Sites == 0"),
 ("undated-daily", "src/EditorialLint.Core/BuiltIn/ConflictingNumbersRule.cs", "if ((earlier.Daily || later.Daily) && ", "if (earlier.Sites < 0 && "),
 ("incidents", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "if (Disjoint(a.Incidents, b.Incidents) || ", "if ("),
 ("countries", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "Disjoint(a.Countries, b.Countries) || ", ""),
 ("days", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "Disjoint(a.Days, b.Days) || ", ""),
 ("ratio", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "|| !Comparable(a.Quantity.Value, b.Quantity.Value)) return false;", ") return false;"),
 ("overlap-two-spots", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "return shared > 0 && (shared == a.Count || shared == b.Count || shared >= 2);", "return shared > 0;"),
 ("body-equal-sets", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "if (a.Places.Count > 0 && Equal(a.Places, b.Places)) return true;", "if (a.Places.Count > 0 && Overlap(a.Places, b.Places)) return true;"),
 ("other-incident", "src/EditorialLint.Core/Quantities/ClaimExtractor.cs", "if (HasAny(tokens, first, end, OtherIncident)) continue;", ""),
 ("undated-vs-dated", "src/EditorialLint.Core/BuiltIn/ConflictingNumbersRule.cs", "a is null && b is null || a is { } x", "a is null || b is null || a is { } x"),
 ("age-surname", "src/EditorialLint.Core/Quantities/ClaimExtractor.cs", "if (words.Count < 2) return null;", "if (words.Count < 1) return null;"),
 ("age-brackets", "src/EditorialLint.Core/Quantities/ClaimExtractor.cs", 'if (t < first || tokens[t].Text != ",") return null;', 'if (t < first || tokens[t].Text is not ("," or "(")) return null;'),
 ("age-quotation", "src/EditorialLint.Core/Quantities/ClaimExtractor.cs", "if (quantity.InQuotation || quantity.Qualifier", "if (quantity.Qualifier"),
 ("generic-place-words", "src/EditorialLint.Core/Quantities/ClaimExtractor.cs", "CountryNames.IsCountryLevel(folded) || GenericPlaceWords.Contains(folded)", "CountryNames.IsCountryLevel(folded)"),
 ("dated-comparison-incident", "src/EditorialLint.Core/Quantities/ClaimExtractor.cs", "if (quantity.SentenceIndex >= LeadSentences && article.Date is { } copyDay && EarlierDatedIncident(", "if (quantity.SentenceIndex < 0 && article.Date is { } copyDay && EarlierDatedIncident("),
 ("site-part", "src/EditorialLint.Core/Quantities/ClaimMatch.cs", "a.IsPart != b.IsPart || a.Site != b.Site ||", "a.IsPart != b.IsPart ||"),
 ("on-the-ground-owner", "src/EditorialLint.Core/Quantities/ClaimExtractor.cs", '&& (owns is null || owns(t))) scope.Add("on the ground");', ') scope.Add("on the ground");'),
]
for name, path, old, new in muts:
    src = open(path).read()
    if src.count(old) < 1:
        print(name, "PATTERN NOT FOUND"); continue
    backup = path + ".bak"
    shutil.copy(path, backup)
    open(path, "w").write(src.replace(old, new, 1))
    out = subprocess.run(["dotnet", "test", "tests/EditorialLint.Tests", "--filter", "FullyQualifiedName~EDL0003"], capture_output=True, text=True).stdout
    shutil.move(backup, path)
    failed = re.findall(r"Failed EditorialLint\.Tests\.Rules\.EDL0003ConflictingNumbersTests\+(\S+) ", out)
    err = "error CS" in out
    print(name, "BUILD ERROR" if err else "", failed if failed else "NO TEST FAILED")
    sys.stdout.flush()
