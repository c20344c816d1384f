using System;
using System.Collections.Generic;
using EditorialLint.Text;

namespace EditorialLint.RuleFiles;

/// <summary>A hit of a <see cref="PhraseSearch"/>: where, what was written, and the replacement if the rule has one.</summary>
public readonly struct PhraseHit
{
    public PhraseHit(TextSpan span, string text, string? replacement)
    {
        Span = span;
        Text = text;
        Replacement = replacement;
    }

    public TextSpan Span { get; }
    public string Text { get; }
    public string? Replacement { get; }
}

/// <summary>
/// The matching shared by <c>substitution</c> and <c>existence</c>: listed terms (token walk, see
/// <see cref="TermMatcher"/>) or, with <c>regex: true</c>, patterns (see <see cref="PatternMatcher"/>).
/// Keys: <c>regex</c>, <c>ignoreCase</c>, <c>matchTimeout</c> (milliseconds).
/// </summary>
public sealed class PhraseSearch
{
    public static readonly IReadOnlyList<string> Keys = new[] { "regex", "ignoreCase", "matchTimeout" };

    private readonly TermMatcher? _terms;
    private readonly IReadOnlyList<PatternMatcher> _patterns;

    private PhraseSearch(TermMatcher? terms, IReadOnlyList<PatternMatcher> patterns)
    {
        _terms = terms;
        _patterns = patterns;
    }

    /// <summary>
    /// Builds the search for <paramref name="entries"/> (the node where each is written, the term or pattern, and
    /// its replacement or null); reports bad patterns at their node. Null when nothing usable remains.
    /// </summary>
    public static PhraseSearch? Read(RuleNode rule, IReadOnlyList<(RuleNode Node, string Pattern, string? Replacement)> entries, RuleLoadContext context, ref bool ok)
    {
        var regex = RuleHeader.ReadBool(rule, "regex", false, context, ref ok);
        var timeout = RuleHeader.ReadInt(rule, "matchTimeout", PatternMatcher.DefaultTimeoutMilliseconds, 1, 10_000, context, ref ok);
        var ignoreCaseText = rule.GetString("ignoreCase");
        var termCase = TermCase.Auto;
        if (ignoreCaseText is not null) termCase = RuleHeader.ReadBool(rule, "ignoreCase", false, context, ref ok) ? TermCase.Ignore : TermCase.Exact;

        if (regex)
        {
            var patterns = new List<PatternMatcher>();
            foreach (var (node, pattern, replacement) in entries)
            {
                var location = context.Locate(node);
                var source = string.IsNullOrEmpty(location.Path) ? null : $"{location.Path}:{location.Start.Line + 1}";
                var matcher = PatternMatcher.Create(pattern, termCase == TermCase.Ignore, wholeWord: true, timeout, replacement, source, out var error);
                if (matcher is null)
                {
                    context.Error(node, $"'{pattern}' is not a valid regular expression: {error}");
                    ok = false;
                }
                else
                {
                    patterns.Add(matcher);
                }
            }

            return patterns.Count == 0 ? null : new PhraseSearch(null, patterns);
        }

        var terms = new List<Term>();
        foreach (var (node, pattern, replacement) in entries)
        {
            var term = Term.Create(pattern, termCase, replacement);
            if (term is null)
            {
                context.Error(node, $"'{pattern}' holds no word to match.");
                ok = false;
            }
            else
            {
                terms.Add(term);
            }
        }

        return terms.Count == 0 ? null : new PhraseSearch(new TermMatcher(terms), Array.Empty<PatternMatcher>());
    }

    /// <summary>Hits in article order, never overlapping; replacements are case-matched to what was written.</summary>
    public IReadOnlyList<PhraseHit> Find(Article article, bool skipQuotations)
    {
        var hits = new List<PhraseHit>();
        if (_terms is not null)
        {
            foreach (var match in _terms.Find(article, skipQuotations))
            {
                var replacement = match.Term.Tag as string;
                hits.Add(new PhraseHit(match.Span, match.Text, replacement is null ? null : CaseStyle.Apply(match.Text, replacement)));
            }

            return hits;
        }

        foreach (var pattern in _patterns)
        {
            // A pattern disabled by a timeout (here or on another article) contributes nothing: the run reported
            // it once, where it timed out (see PatternMatcher).
            if (pattern.IsDisabled) continue;
            var before = hits.Count;
            foreach (var match in pattern.Find(article, skipQuotations))
            {
                var replacement = pattern.Tag as string;
                hits.Add(new PhraseHit(new TextSpan(match.Index, match.Length), match.Value, replacement is null ? null : CaseStyle.Apply(match.Value, match.Result(replacement))));
            }

            // Disabled while this article was being searched (a timeout on another thread): all or nothing per
            // article, never a partial list.
            if (pattern.IsDisabled) hits.RemoveRange(before, hits.Count - before);
        }

        if (_patterns.Count < 2) return hits;
        hits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var kept = new List<PhraseHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (kept.Count > 0 && kept[kept.Count - 1].Span.End > hit.Span.Start) continue;
            kept.Add(hit);
        }

        return kept;
    }
}
