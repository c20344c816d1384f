using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Fixes;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Cli;

/// <summary>
/// <c>fix</c>: applies the safe fixes (findings with a <see cref="Finding.ReplacementProperty"/>), never inside
/// quotations or code, never two overlapping ones, never fixes that disagree (reported, neither applied); keeps each file's encoding,
/// BOM and line endings; writes in place (through symbolic links, keeping hard links and permissions) and skips
/// read-only files. <c>--dry-run</c> prints a unified diff instead.
/// </summary>
internal static class FixCommand
{
    /// <summary>
    /// How many times <c>fix</c> lints and fixes again at most: a fix can make another one due (EDL0001's corpus pass
    /// asks again once an article is consistent), so it repeats until nothing changes, and the whole change is written
    /// (or shown by <c>--dry-run</c>) at once.
    /// </summary>
    internal const int MaxRounds = 8;

    public static int Run(LintSession session, TextWriter stdout, TextWriter stderr)
    {
        var findings = session.Run();
        var original = session.Articles.ToDictionary(a => a.Key, a => a.Value.Text, StringComparer.Ordinal);
        var current = new Dictionary<string, string>(original, StringComparer.Ordinal);
        var ledgers = new Dictionary<string, EditLedger>(StringComparer.Ordinal);
        var conflictMessages = new List<string>();
        var seenConflicts = new HashSet<string>(StringComparer.Ordinal);
        var round = 0;
        var settled = false;
        var roundFindings = findings;
        while (round < MaxRounds)
        {
            round++;
            var conflicts = FixPlanner.FindConflicts(roundFindings, path => session.Articles.TryGetValue(path, out var a) ? a : null);
            var unapplied = new HashSet<Finding>(conflicts.Select(c => c.Finding));
            foreach (var conflict in conflicts)
            {
                var finding = conflict.Finding;
                var replacement = FixPlanner.TryGetReplacement(finding, out var r) ? r : string.Empty;
                var other = conflict.Other;
                // The key leaves positions out: after a round's fixes the same conflict sits at shifted offsets in the
                // in-memory text, and would be reported again (and counted twice) under another position.
                var key = $"{finding.Path}|{finding.RuleId}|{replacement}|{conflict.Reason}|{other.Path}|{other.RuleId}";
                if (!seenConflicts.Add(key)) continue;
                var where = round == 1 ? string.Empty : " (positions in the text after this run's earlier fixes)";
                conflictMessages.Add($"{finding.Path}({finding.Location.Start}): fix conflict: {finding.RuleId} would write '{replacement}', but {conflict.Reason} ({other.Path}({other.Location.Start})); neither applied{where}");
            }

            var byPathRound = roundFindings.Where(f => !unapplied.Contains(f) && FixPlanner.TryGetReplacement(f, out _)).ToLookup(f => f.Path, StringComparer.Ordinal);
            var changed = false;
            foreach (var file in session.Files)
            {
                if (!byPathRound.Contains(file.DisplayPath) || !session.Articles.TryGetValue(file.DisplayPath, out var article)) continue;
                var roundEdits = FixPlanner.Plan(article, byPathRound[file.DisplayPath]);
                if (roundEdits.Count == 0) continue;
                var next = FixPlanner.Apply(article.Text, roundEdits);
                if (string.Equals(next, article.Text, StringComparison.Ordinal)) continue;
                current[file.DisplayPath] = next;
                if (!ledgers.TryGetValue(file.DisplayPath, out var ledger)) ledgers.Add(file.DisplayPath, ledger = new EditLedger());
                ledger.Apply(roundEdits);
                changed = true;
            }

            if (!changed)
            {
                settled = true;
                break;
            }

            session.Texts = current;
            roundFindings = session.Run();
        }

        foreach (var message in conflictMessages) stderr.WriteLine(message);
        if (!settled) stderr.WriteLine($"editorial-lint: fixes still due after {MaxRounds} rounds; run fix again");

        var totalEdits = 0;
        var changedFiles = 0;
        var skipped = 0;
        foreach (var file in session.Files)
        {
            if (!original.TryGetValue(file.DisplayPath, out var originalText) || !current.TryGetValue(file.DisplayPath, out var finalText)) continue;
            if (string.Equals(originalText, finalText, StringComparison.Ordinal)) continue;
            var edits = LineEdits(originalText, finalText);
            // The distinct edits between the original and the final text: an edit a later round changed again counts
            // once, one a later round undid not at all (not the sum of every round's edits).
            var fixCount = ledgers[file.DisplayPath].Count(originalText, finalText);

            byte[] bytes;
            try
            {
                bytes = session.Host.ReadAllBytes(file.FullPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{file.DisplayPath}: error: cannot read: {InputFiles.Reason(ex)}; left unchanged");
                skipped++;
                continue;
            }

            var encoding = DetectEncoding(bytes);
            var text = ArticleDecoding.Decode(bytes);
            if (text != originalText)
            {
                stderr.WriteLine($"editorial-lint: {file.DisplayPath} changed while it was being linted; left unchanged");
                continue;
            }

            if (!encoding.GetPreamble().Concat(encoding.GetBytes(text)).SequenceEqual(bytes))
            {
                stderr.WriteLine($"editorial-lint: {file.DisplayPath} is not valid {encoding.WebName}; left unchanged");
                continue;
            }

            var fixedText = finalText;
            if (session.Options.DryRun)
            {
                totalEdits += fixCount;
                changedFiles++;
                var diffPaths = DiffPath(session.WorkingDirectory, file.FullPath);
                if (!diffPaths.Old.StartsWith("a/", StringComparison.Ordinal))
                    stderr.WriteLine($"editorial-lint: {file.DisplayPath} is outside the current folder: its diff names the full path, which git apply does not take; run from a folder above it");
                UnifiedDiff.Write(stdout, diffPaths, text, edits);
                continue;
            }

            if (InPlaceFile.IsReadOnly(file.FullPath))
            {
                stderr.WriteLine($"{file.DisplayPath}: error: read-only; left unchanged ({Count(fixCount, "fix", "fixes")} not applied)");
                skipped++;
                continue;
            }

            try
            {
                session.Host.WriteInPlace(file.FullPath, encoding.GetPreamble().Concat(encoding.GetBytes(fixedText)).ToArray());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{file.DisplayPath}: error: cannot write: {InputFiles.Reason(ex)}; left unchanged");
                skipped++;
                continue;
            }

            totalEdits += fixCount;
            changedFiles++;
            stdout.WriteLine($"{file.DisplayPath}: {Count(fixCount, "fix", "fixes")}");
        }

        var summary = session.Options.DryRun
            ? $"{Count(totalEdits, "fix", "fixes")} to apply in {Count(changedFiles, "file", "files")} (dry run: nothing written)"
            : $"Applied {Count(totalEdits, "fix", "fixes")} in {Count(changedFiles, "file", "files")}.";
        (session.Options.DryRun ? stderr : stdout).WriteLine(summary);
        if (conflictMessages.Count > 0) stderr.WriteLine($"editorial-lint: {Count(conflictMessages.Count, "fix", "fixes")} left unapplied: rules disagree (see above)");
        if (skipped > 0) stderr.WriteLine($"editorial-lint: {Count(skipped, "file", "files")} could not be fixed (see above)");
        if (session.ReportProblems() || skipped > 0) return CliApp.ExitUsage;
        if (findings.Any(f => f.RuleId == RuleIds.InvalidRuleFile)) return CliApp.ExitUsage;
        if (conflictMessages.Count > 0) return CliApp.ExitFindings;
        return session.Options.DryRun && totalEdits > 0 ? CliApp.ExitFindings : CliApp.ExitClean;
    }

    /// <summary>
    /// The path a diff header names, so that <c>git apply</c> in the current folder takes it: relative to the working
    /// directory (<c>a/articles/x.txt</c>) when the file is under it; otherwise its full path with no <c>a/</c>
    /// and <c>b/</c> prefix (<c>--- /srv/articles/x.txt</c>), for reading (git apply and patch refuse it).
    /// </summary>
    internal static (string Old, string New) DiffPath(string workingDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        if (!Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !relative.StartsWith("../", StringComparison.Ordinal))
        {
            var path = relative.Replace('\\', '/');
            return ("a/" + path, "b/" + path);
        }

        var full = fullPath.Replace('\\', '/');
        return (full, full);
    }

    /// <summary>
    /// Edits that turn <paramref name="before"/> into <paramref name="after"/>, for the diff: each changed line's text
    /// replaced (fixes replace words within lines), or, when the line count changed, one edit over the changed middle.
    /// </summary>
    internal static IReadOnlyList<TextEdit> LineEdits(string before, string after)
    {
        var oldLines = new LineMap(before);
        var newLines = new LineMap(after);
        var edits = new List<TextEdit>();
        if (oldLines.LineCount == newLines.LineCount)
        {
            for (var line = 0; line < oldLines.LineCount; line++)
            {
                var (oldStart, oldEnd) = Content(before, oldLines, line);
                var (newStart, newEnd) = Content(after, newLines, line);
                if (before.AsSpan(oldStart, oldEnd - oldStart).SequenceEqual(after.AsSpan(newStart, newEnd - newStart))) continue;
                edits.Add(new TextEdit(new TextSpan(oldStart, oldEnd - oldStart), after[newStart..newEnd]));
            }

            return edits;
        }

        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix]) prefix++;
        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix]) suffix++;
        edits.Add(new TextEdit(new TextSpan(prefix, before.Length - prefix - suffix), after[prefix..(after.Length - suffix)]));
        return edits;
    }

    private static (int Start, int End) Content(string text, LineMap lines, int line)
    {
        var start = lines.GetLineStart(line);
        var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : text.Length;
        while (end > start && text[end - 1] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') end--;
        return (start, end);
    }

    /// <summary>The file's encoding as the linter read it: a BOM decides; otherwise UTF-8 without one.</summary>
    internal static Encoding DetectEncoding(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0) return new UTF32Encoding(false, true);
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF) return new UTF32Encoding(true, true);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return new UTF8Encoding(true);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return new UnicodeEncoding(false, true);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return new UnicodeEncoding(true, true);
        return new UTF8Encoding(false);
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}

/// <summary>
/// Where a file's text differs from its original after rounds of fixes: non-overlapping regions, each a span of the
/// current text and the span of the original it replaces. A round's edit that overlaps or touches a region is merged
/// into it, so an edit made again counts once and an edit undone counts none (<see cref="Count"/>). Linear in the
/// regions and edits of each round.
/// </summary>
internal sealed class EditLedger
{
    private List<(int CurStart, int CurEnd, int OrigStart, int OrigEnd)> _regions = new();

    /// <summary>Records one round's edits, given in the current text's positions (non-overlapping).</summary>
    public void Apply(IReadOnlyList<TextEdit> edits)
    {
        var result = new List<(int CurStart, int CurEnd, int OrigStart, int OrigEnd)>();
        var old = _regions;
        var ordered = edits.OrderBy(e => e.Span.Start).ToList();
        int r = 0, e = 0;
        var shift = 0;      // new current position minus old current position, after the groups so far
        var toOriginal = 0; // original position minus old current position, outside the regions passed so far
        // Groups in the old current text's positions: an edit or an old region, and every edit or old region that
        // overlaps or touches what the group covers so far. A group is mapped to the original only at its two ends,
        // which lie outside every region (or at a region's own end), so a later edit inside a region an earlier edit
        // of the round already took in stays in that group.
        while (r < old.Count || e < ordered.Count)
        {
            var start = e >= ordered.Count || r < old.Count && old[r].CurStart <= ordered[e].Span.Start ? old[r].CurStart : ordered[e].Span.Start;
            var origStart = start + toOriginal;
            var end = start;
            var growth = 0;
            while (true)
            {
                if (r < old.Count && old[r].CurStart <= end)
                {
                    end = Math.Max(end, old[r].CurEnd);
                    toOriginal = old[r].OrigEnd - old[r].CurEnd;
                    r++;
                }
                else if (e < ordered.Count && ordered[e].Span.Start <= end)
                {
                    end = Math.Max(end, ordered[e].Span.Start + ordered[e].Span.Length);
                    growth += ordered[e].NewText.Length - ordered[e].Span.Length;
                    e++;
                }
                else
                {
                    break;
                }
            }

            result.Add((start + shift, end + shift + growth, origStart, end + toOriginal));
            shift += growth;
        }

        _regions = result;
    }

    /// <summary>How many regions differ between <paramref name="original"/> and <paramref name="current"/>.</summary>
    public int Count(string original, string current)
    {
        var count = 0;
        foreach (var r in _regions)
        {
            if (!original.AsSpan(r.OrigStart, r.OrigEnd - r.OrigStart).SequenceEqual(current.AsSpan(r.CurStart, r.CurEnd - r.CurStart))) count++;
        }

        return count;
    }
}

/// <summary>A unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, 3 lines of context) built straight from the edits.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static void Write(TextWriter output, (string Old, string New) paths, string text, IReadOnlyList<TextEdit> edits)
    {
        var lines = new LineMap(text);
        var lastLine = LastLine(text, lines);

        // Clusters: edits whose lines touch, with the old line range they cover.
        var clusters = new List<(int First, int Last, List<TextEdit> Edits)>();
        foreach (var edit in edits.OrderBy(e => e.Span.Start))
        {
            var first = lines.GetLineFromPosition(edit.Span.Start);
            var last = Math.Max(first, lines.GetLineFromPosition(edit.Span.End > edit.Span.Start ? edit.Span.End - 1 : edit.Span.End));
            if (clusters.Count > 0 && first <= clusters[^1].Last)
            {
                var previous = clusters[^1];
                previous.Edits.Add(edit);
                clusters[^1] = (previous.First, Math.Max(previous.Last, last), previous.Edits);
            }
            else
            {
                clusters.Add((first, last, new List<TextEdit> { edit }));
            }
        }

        output.WriteLine("--- " + paths.Old);
        output.WriteLine("+++ " + paths.New);
        var index = 0;
        while (index < clusters.Count)
        {
            var end = index;
            while (end + 1 < clusters.Count && clusters[end + 1].First - clusters[end].Last - 1 <= 2 * Context) end++;
            var hunkFirst = Math.Max(0, clusters[index].First - Context);
            var hunkLast = Math.Min(lastLine, clusters[end].Last + Context);
            var body = new List<string>();
            var oldCount = 0;
            var newCount = 0;
            var line = hunkFirst;
            for (var c = index; c <= end; c++)
            {
                var (first, last, clusterEdits) = clusters[c];
                for (; line < first; line++, oldCount++, newCount++) body.Add(" " + LineText(text, lines, line));
                var regionStart = lines.GetLineStart(first);
                var regionEnd = last + 1 < lines.LineCount ? lines.GetLineStart(last + 1) : text.Length;
                var oldRegion = text[regionStart..regionEnd];
                var newRegion = FixPlanner.Apply(oldRegion, clusterEdits.Select(e => new TextEdit(new TextSpan(e.Span.Start - regionStart, e.Span.Length), e.NewText)));
                foreach (var oldLine in SplitLines(oldRegion)) { body.Add("-" + oldLine); oldCount++; }
                foreach (var newLine in SplitLines(newRegion)) { body.Add("+" + newLine); newCount++; }
                if (!EndsWithBreak(oldRegion) && regionEnd == text.Length) body.Insert(body.Count - SplitLines(newRegion).Count, "\\ No newline at end of file");
                if (!EndsWithBreak(newRegion) && regionEnd == text.Length) body.Add("\\ No newline at end of file");
                line = last + 1;
            }

            for (; line <= hunkLast; line++, oldCount++, newCount++)
            {
                body.Add(" " + LineText(text, lines, line));
                if (line == lastLine && !EndsWithBreak(text)) body.Add("\\ No newline at end of file");
            }

            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"@@ -{Range(hunkFirst, oldCount)} +{Range(hunkFirst, newCount)} @@"));
            foreach (var row in body) output.WriteLine(row);
            index = end + 1;
        }
    }

    private static string Range(int firstLine, int count)
    {
        var start = count == 0 ? firstLine : firstLine + 1;
        return count == 1
            ? start.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start},{count}");
    }

    private static int LastLine(string text, LineMap lines) =>
        lines.LineCount > 1 && lines.GetLineStart(lines.LineCount - 1) == text.Length ? lines.LineCount - 2 : lines.LineCount - 1;

    private static string LineText(string text, LineMap lines, int line)
    {
        var start = lines.GetLineStart(line);
        var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : text.Length;
        return text[start..end].TrimEnd('\r', '\n', '\u0085', '\u2028', '\u2029');
    }

    private static List<string> SplitLines(string region)
    {
        var map = new LineMap(region);
        var result = new List<string>();
        for (var line = 0; line <= LastLine(region, map); line++)
        {
            if (region.Length == 0) break;
            result.Add(LineText(region, map, line));
        }

        return result;
    }

    private static bool EndsWithBreak(string text) => text.Length > 0 && text[^1] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
