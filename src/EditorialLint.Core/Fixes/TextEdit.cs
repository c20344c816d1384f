using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Fixes;

/// <summary>Replace <see cref="Span"/> with <see cref="NewText"/>.</summary>
public sealed class TextEdit
{
    public TextEdit(TextSpan span, string newText)
    {
        Span = span;
        NewText = newText ?? throw new ArgumentNullException(nameof(newText));
    }

    public TextSpan Span { get; }
    public string NewText { get; }

    public override string ToString() => $"{Span} -> '{NewText}'";
}

/// <summary>A fix left unapplied because it disagrees with <see cref="Other"/> (see <see cref="FixPlanner.FindConflicts"/>).</summary>
public sealed class FixConflict
{
    public FixConflict(Finding finding, Finding other, string reason)
    {
        Finding = finding ?? throw new ArgumentNullException(nameof(finding));
        Other = other ?? throw new ArgumentNullException(nameof(other));
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The finding whose fix is not applied.</summary>
    public Finding Finding { get; }

    /// <summary>A fix it disagrees with.</summary>
    public Finding Other { get; }

    /// <summary>What the other fix does, in words.</summary>
    public string Reason { get; }
}

/// <summary>
/// The safe fixes: findings that carry <see cref="Finding.ReplacementProperty"/>. One planner for the CLI's
/// <c>fix</c> and the IDE code fix, so both change exactly the same spans.
/// </summary>
public static class FixPlanner
{
    /// <summary>The replacement a finding proposes, if any.</summary>
    public static bool TryGetReplacement(Finding finding, out string replacement)
    {
        if (finding is null) throw new ArgumentNullException(nameof(finding));
        if (finding.Properties.TryGetValue(Finding.ReplacementProperty, out var value) && value is not null)
        {
            replacement = value;
            return true;
        }

        replacement = string.Empty;
        return false;
    }

    /// <summary>
    /// The edits to apply to one article: never inside a quotation or an excluded span (code, front matter, URLs),
    /// never a no-op, and never two that overlap — ordered by position, the first wins (ties: shorter span, then
    /// ordinal replacement), so the result is deterministic whatever order the candidates come in.
    /// </summary>
    public static IReadOnlyList<TextEdit> Plan(Article article, IEnumerable<TextEdit> candidates)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        if (candidates is null) throw new ArgumentNullException(nameof(candidates));
        var ordered = candidates
            .Where(e => e.Span.End <= article.Text.Length)
            .OrderBy(e => e.Span.Start)
            .ThenBy(e => e.Span.Length)
            .ThenBy(e => e.NewText, StringComparer.Ordinal);
        var result = new List<TextEdit>();
        var lastEnd = -1;
        var lastStart = -1;
        foreach (var edit in ordered)
        {
            if (edit.Span.Length == edit.NewText.Length && string.CompareOrdinal(article.Text, edit.Span.Start, edit.NewText, 0, edit.Span.Length) == 0)
                continue;
            if (IsProtected(article, edit.Span)) continue;
            if (edit.Span.Start < lastEnd || (edit.Span.IsEmpty && edit.Span.Start == lastStart)) continue;
            result.Add(edit);
            lastStart = edit.Span.Start;
            lastEnd = edit.Span.End;
        }

        return result;
    }

    /// <summary>The fixes a set of findings proposes for one article, planned as <see cref="Plan(Article, IEnumerable{TextEdit})"/>.</summary>
    public static IReadOnlyList<TextEdit> Plan(Article article, IEnumerable<Finding> findings)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        if (findings is null) throw new ArgumentNullException(nameof(findings));
        var candidates = new List<TextEdit>();
        foreach (var finding in findings)
        {
            if (finding.Path == article.Path && TryGetReplacement(finding, out var replacement))
                candidates.Add(new TextEdit(finding.Span, replacement));
        }

        return Plan(article, candidates);
    }

    /// <summary>
    /// The fixes of one run that must not be applied because they disagree: two replacements for the same span, or a
    /// replacement whose result another fix of the run would rewrite again (a desk rule that prefers the form EDL0001
    /// replaces: "Tehrik" → "Tehreek" and "Tehreek" → "Tehrik"). Applying either would make <c>fix</c> swap forms
    /// on every run; neither is applied and each is reported with the fix it conflicts with. Forms are compared
    /// ignoring case. <paramref name="articleOf"/> gives a finding's article (null: not fixable here).
    /// </summary>
    public static IReadOnlyList<FixConflict> FindConflicts(IEnumerable<Finding> findings, Func<string, Article?> articleOf)
    {
        if (findings is null) throw new ArgumentNullException(nameof(findings));
        if (articleOf is null) throw new ArgumentNullException(nameof(articleOf));
        var fixes = new List<(Finding Finding, string Original, string Replacement)>();
        foreach (var finding in findings)
        {
            if (!TryGetReplacement(finding, out var replacement)) continue;
            var article = articleOf(finding.Path);
            if (article is null || finding.Span.End > article.Text.Length || IsProtected(article, finding.Span)) continue;
            var original = article.Text.Substring(finding.Span.Start, finding.Span.Length);
            if (string.Equals(original, replacement, StringComparison.Ordinal)) continue;
            fixes.Add((finding, original, replacement));
        }

        // Which fix first rewrites each form (the run's order is sorted, so "first" is deterministic).
        var rewriterOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fixes.Count; i++)
        {
            if (!rewriterOf.ContainsKey(fixes[i].Original)) rewriterOf[fixes[i].Original] = i;
        }

        var bySpan = new Dictionary<(string, int, int), int>();
        var conflicts = new List<FixConflict>();
        for (var i = 0; i < fixes.Count; i++)
        {
            var (finding, _, replacement) = fixes[i];
            var key = (finding.Path, finding.Span.Start, finding.Span.Length);
            if (bySpan.TryGetValue(key, out var same) && !string.Equals(fixes[same].Replacement, replacement, StringComparison.Ordinal))
            {
                conflicts.Add(new FixConflict(finding, fixes[same].Finding, $"{fixes[same].Finding.RuleId} replaces the same text with '{fixes[same].Replacement}'"));
                continue;
            }

            bySpan[key] = i;
            if (rewriterOf.TryGetValue(replacement, out var other) && !string.Equals(fixes[other].Replacement, replacement, StringComparison.OrdinalIgnoreCase))
                conflicts.Add(new FixConflict(finding, fixes[other].Finding, $"{fixes[other].Finding.RuleId} rewrites '{fixes[other].Original}' to '{fixes[other].Replacement}'"));
        }

        // Both sides of a disagreement stay unapplied.
        var inConflict = new HashSet<Finding>(conflicts.Select(c => c.Finding));
        foreach (var conflict in conflicts.ToList())
        {
            if (inConflict.Add(conflict.Other))
                conflicts.Add(new FixConflict(conflict.Other, conflict.Finding, $"{conflict.Finding.RuleId} would write '{(TryGetReplacement(conflict.Finding, out var r) ? r : string.Empty)}'"));
        }

        var seen = new HashSet<Finding>();
        return conflicts.Where(c => seen.Add(c.Finding)).OrderBy(c => c.Finding).ToList();
    }

    /// <summary>True when a span touches a quotation or an excluded span: fixes never rewrite what someone said, or code.</summary>
    public static bool IsProtected(Article article, TextSpan span)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        foreach (var quotation in article.Quotations)
        {
            if (Touches(quotation.Span, span)) return true;
        }

        foreach (var excluded in article.ExcludedSpans)
        {
            if (Touches(excluded, span)) return true;
        }

        return false;
    }

    /// <summary>Applies non-overlapping edits (any order) to a text.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (edits is null) throw new ArgumentNullException(nameof(edits));
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length))
        {
            if (edit.Span.Start < position) throw new ArgumentException("Edits overlap.", nameof(edits));
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static bool Touches(TextSpan region, TextSpan span) =>
        span.IsEmpty ? span.Start > region.Start && span.Start < region.End : region.OverlapsWith(span);
}
