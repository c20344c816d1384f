using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading;
using EditorialLint.Text;

namespace EditorialLint.RuleFiles;

/// <summary>
/// A rule file's regular expression (<c>regex: true</c>), compiled once at load with a match timeout so that a
/// catastrophic pattern stops instead of hanging the build. Whole words: the pattern is wrapped in Unicode-aware
/// word boundaries (not ASCII <c>\b</c>). Matches inside code, URLs and front matter are dropped, and inside
/// quotations when the rule says so.
/// <para>
/// A pattern that exceeds its timeout once is disabled for the rest of the run (this object lives as long as its
/// rule: one run or compilation): the article where it timed out gets the EDL0901, later articles are not searched
/// with it at all, so a catastrophic pattern costs one timeout per run, not one per article. Articles are analysed
/// concurrently, so which article reports it depends on scheduling, and articles already being searched when it
/// times out elsewhere may also time out (and report) — at most one per thread.
/// </para>
/// </summary>
public sealed class PatternMatcher
{
    /// <summary>The default time one search may take, in milliseconds.</summary>
    public const int DefaultTimeoutMilliseconds = 250;

    private const string WordChar = @"[\p{L}\p{M}\p{Nd}]";

    // 0 while the pattern runs; 1 once a search has timed out (set once, never reset).
    private int _disabled;

    private PatternMatcher(string pattern, Regex regex, object? tag, int timeoutMilliseconds, string? source)
    {
        Pattern = pattern;
        Regex = regex;
        Tag = tag;
        TimeoutMilliseconds = timeoutMilliseconds;
        Source = source;
    }

    public string Pattern { get; }
    public Regex Regex { get; }
    public object? Tag { get; }
    public int TimeoutMilliseconds { get; }

    /// <summary>Where the pattern is written (rule file and line), for messages; null when unknown.</summary>
    public string? Source { get; }

    /// <summary>True once a search with this pattern has timed out: it finds nothing for the rest of the run.</summary>
    public bool IsDisabled => Volatile.Read(ref _disabled) != 0;

    /// <summary>Compiles a pattern; returns null and an error message when it is not a valid .NET regular expression.</summary>
    public static PatternMatcher? Create(string pattern, bool ignoreCase, bool wholeWord, int timeoutMilliseconds, object? tag, out string? error) =>
        Create(pattern, ignoreCase, wholeWord, timeoutMilliseconds, tag, null, out error);

    /// <summary>Compiles a pattern written at <paramref name="source"/> (e.g. <c>rules/house.yml:12</c>, named when it times out).</summary>
    public static PatternMatcher? Create(string pattern, bool ignoreCase, bool wholeWord, int timeoutMilliseconds, object? tag, string? source, out string? error)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var wrapped = wholeWord ? $"(?<!{WordChar})(?:{pattern})(?!{WordChar})" : pattern;
        try
        {
            // Validate the pattern alone first, so the error speaks of what the user wrote.
            _ = new Regex(pattern, options, TimeSpan.FromMilliseconds(timeoutMilliseconds));
            var regex = new Regex(wrapped, options, TimeSpan.FromMilliseconds(timeoutMilliseconds));
            error = null;
            return new PatternMatcher(pattern, regex, tag, timeoutMilliseconds, source);
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
    /// as EDL0901 and the other rules keep running) and the pattern is disabled: from then on it finds nothing, here
    /// or in any article (a search already under way stops at its next match).
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
            if (IsDisabled) yield break;
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

    private TimeoutException Timeout()
    {
        Interlocked.Exchange(ref _disabled, 1);
        var where = Source is null ? string.Empty : $" (in {Source})";
        return new TimeoutException(
            $"the pattern '{Pattern}'{where} took longer than its {TimeoutMilliseconds} ms match timeout and was stopped; " +
            "it is disabled for the rest of this run (no further articles are searched with it); simplify it or raise 'matchTimeout:'.");
    }
}
