using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.RegularExpressions;
using EditorialLint.Text;

namespace EditorialLint.RuleFiles;

/// <summary>
/// A rule file's regular expression (<c>regex: true</c>), compiled once at load with a match timeout so that a
/// catastrophic pattern stops instead of hanging the build. Whole words: the pattern is wrapped in Unicode-aware
/// word boundaries (not ASCII <c>\b</c>). Matches inside code, URLs and front matter are dropped, and inside
/// quotations when the rule says so.
/// </summary>
public sealed class PatternMatcher
{
    /// <summary>The default time one search may take, in milliseconds.</summary>
    public const int DefaultTimeoutMilliseconds = 250;

    private const string WordChar = @"[\p{L}\p{M}\p{Nd}]";

    private PatternMatcher(string pattern, Regex regex, object? tag, int timeoutMilliseconds)
    {
        Pattern = pattern;
        Regex = regex;
        Tag = tag;
        TimeoutMilliseconds = timeoutMilliseconds;
    }

    public string Pattern { get; }
    public Regex Regex { get; }
    public object? Tag { get; }
    public int TimeoutMilliseconds { get; }

    /// <summary>Compiles a pattern; returns null and an error message when it is not a valid .NET regular expression.</summary>
    public static PatternMatcher? Create(string pattern, bool ignoreCase, bool wholeWord, int timeoutMilliseconds, object? tag, out string? error)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var wrapped = wholeWord ? $"(?<!{WordChar})(?:{pattern})(?!{WordChar})" : pattern;
        try
        {
            // Validate the pattern alone first, so the error speaks of what the user wrote.
            _ = new Regex(pattern, options, TimeSpan.FromMilliseconds(timeoutMilliseconds));
            var regex = new Regex(wrapped, options, TimeSpan.FromMilliseconds(timeoutMilliseconds));
            error = null;
            return new PatternMatcher(pattern, regex, tag, timeoutMilliseconds);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>
    /// Every non-empty match in the article's prose. Each search is bounded by the timeout, and the whole article by
    /// ten times it; past that a <see cref="TimeoutException"/> says which pattern was stopped (the engine reports it
    /// as EDL0901 and the other rules keep running).
    /// </summary>
    public IEnumerable<Match> Find(Article article, bool skipQuotations)
    {
        var text = article.Text;
        var excluded = article.ExcludedSpans;
        var clock = Stopwatch.StartNew();
        var position = 0;
        var next = 0;
        var block = 0;
        var blocks = article.Blocks;
        while (position <= text.Length)
        {
            Match match;
            try
            {
                match = Regex.Match(text, position);
            }
            catch (RegexMatchTimeoutException)
            {
                throw Timeout();
            }

            if (!match.Success) yield break;
            if (clock.ElapsedMilliseconds > 10L * TimeoutMilliseconds) throw Timeout();
            position = match.Length == 0 ? match.Index + 1 : match.Index + match.Length;
            if (match.Length == 0) continue;
            var span = new TextSpan(match.Index, match.Length);
            while (next < excluded.Count && excluded[next].End <= span.Start) next++;
            if (next < excluded.Count && excluded[next].OverlapsWith(span)) continue;
            while (block < blocks.Count && blocks[block].Span.End <= span.Start) block++;
            if (block >= blocks.Count || !blocks[block].Span.Contains(span.Start) || !blocks[block].IsProse) continue;
            if (skipQuotations && article.GetQuotation(span.Start) is not null) continue;
            yield return match;
        }
    }

    private TimeoutException Timeout() =>
        new($"the pattern '{Pattern}' took longer than its {TimeoutMilliseconds} ms match timeout and was stopped; simplify it or raise 'matchTimeout:'.");
}
