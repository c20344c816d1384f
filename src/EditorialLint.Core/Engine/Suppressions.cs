using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using EditorialLint.Text;

namespace EditorialLint.Engine;

/// <summary>
/// Suppression comments in an article: <c>&lt;!-- editorial-lint disable EDL0001 --&gt;</c> … <c>enable</c>, and
/// <c>disable-next-line</c>. Without IDs they apply to every rule. A <c>disable</c> with no <c>enable</c> runs to
/// the end of the article.
/// </summary>
public sealed class SuppressionMap
{
    public static readonly SuppressionMap None = new(new List<(TextSpan, string?)>());

    private static readonly Regex Comment = new(
        // The IDs stop at '<' and '>', so every match attempt ends at the next angle bracket: linear in the text even
        // when a comment never closes (a lazy [^>]*? ran to the end of the text from every unclosed comment).
        // No match timeout: it is wall-clock time, so on a starved machine a long article could lose the comments
        // after the point where it fired, and findings would depend on the load; the pattern is linear (above).
        // The verb ends at white space, a comma or the comment's end: "disable-nextline" is no verb (EDL0904 says so), not
        // "disable" with an ID "-nextline" that silenced the rule for the rest of the article.
        @"<!--\s*editorial-lint\s+(?<verb>disable-next-line|disable-line|disable|enable)(?=[\s,]|-->)(?<ids>[^<>]*?)-->",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Regex.InfiniteMatchTimeout);

    private static readonly char[] IdSeparators = { ',', ' ', '\t' };

    /// <summary>Every comment addressed to the linter, read or not: the same linear shape as <see cref="Comment"/>.</summary>
    private static readonly Regex AnyComment = new(
        @"<!--\s*editorial-lint\b(?<rest>[^<>]*?)-->",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        Regex.InfiniteMatchTimeout);

    private static readonly Regex Word = new(@"[^\s,]+", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    /// <summary>
    /// The parts of suppression comments that suppress nothing, each with a message: a verb that is not one of
    /// <c>disable</c>, <c>enable</c>, <c>disable-next-line</c>, <c>disable-line</c> (the whole comment is ignored), and
    /// an ID written with EditorialLint's prefix that <paramref name="isKnown"/> rejects (a typo such as <c>EDL002</c>).
    /// IDs of other prefixes (a desk's C# rules) are never questioned. Used by the engine for EDL0904.
    /// </summary>
    public static IReadOnlyList<(TextSpan Span, string Message)> FindUnread(Article article, Func<string, bool> isKnown)
    {
        if (isKnown is null) throw new ArgumentNullException(nameof(isKnown));
        var problems = new List<(TextSpan, string)>();
        var text = article.Text;
        if (!MentionsLinter(text)) return problems;
        try
        {
            for (var match = AnyComment.Match(text); match.Success; match = match.NextMatch())
            {
                var rest = match.Groups["rest"];
                var words = Word.Matches(rest.Value);
                if (words.Count == 0 || !IsVerb(words[0].Value))
                {
                    var span = words.Count == 0 ? new TextSpan(match.Index, match.Length) : new TextSpan(rest.Index + words[0].Index, words[0].Length);
                    var what = words.Count == 0 ? "no verb" : $"'{LintEngine.QuoteSafe(words[0].Value)}'";
                    problems.Add((span, $"This editorial-lint comment has {what} where disable, enable, disable-next-line or disable-line belongs: it suppresses nothing"));
                    continue;
                }

                for (var i = 1; i < words.Count; i++)
                {
                    var id = words[i].Value.ToUpperInvariant();
                    if (!id.StartsWith("EDL", StringComparison.Ordinal) || isKnown(id)) continue;
                    problems.Add((new TextSpan(rest.Index + words[i].Index, words[i].Length),
                        $"'{LintEngine.QuoteSafe(words[i].Value)}' in this editorial-lint comment is not a rule of this run (IDs are EDL and four digits, e.g. EDL0002; see editorial-lint rules): the comment suppresses nothing for it"));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return problems;
    }

    private static bool IsVerb(string word) =>
        word.Equals("disable", StringComparison.OrdinalIgnoreCase) || word.Equals("enable", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("disable-next-line", StringComparison.OrdinalIgnoreCase) || word.Equals("disable-line", StringComparison.OrdinalIgnoreCase);

    private readonly List<(TextSpan Range, string? RuleId)> _ranges;

    private SuppressionMap(List<(TextSpan, string?)> ranges) => _ranges = ranges;

    public static SuppressionMap Parse(Article article)
    {
        var text = article.Text;
        if (!MentionsLinter(text)) return None;
        var ranges = new List<(TextSpan, string?)>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal); // "" = all rules
        foreach (var match in Matches(text))
        {
            var verb = match.Groups["verb"].Value.ToLowerInvariant();
            var ids = ParseIds(match.Groups["ids"].Value);
            switch (verb)
            {
                case "disable":
                    foreach (var id in ids) if (!open.ContainsKey(id)) open[id] = match.Index + match.Length;
                    break;
                case "enable":
                    if (ids.Count == 1 && ids[0].Length == 0)
                    {
                        foreach (var pair in open) ranges.Add((TextSpan.FromBounds(pair.Value, match.Index), NullIfAll(pair.Key)));
                        open.Clear();
                    }
                    else
                    {
                        foreach (var id in ids)
                        {
                            if (!open.TryGetValue(id, out var start)) continue;
                            ranges.Add((TextSpan.FromBounds(start, match.Index), NullIfAll(id)));
                            open.Remove(id);
                        }
                    }

                    break;
                case "disable-line":
                case "disable-next-line":
                {
                    var line = article.Lines.GetLineFromPosition(match.Index);
                    if (verb == "disable-next-line")
                    {
                        line++;
                        // Skip blank lines so the comment can sit above a paragraph separated by a blank line.
                        while (line < article.Lines.LineCount && IsBlankLine(article, line)) line++;
                    }

                    if (line >= article.Lines.LineCount) break;
                    var start = article.Lines.GetLineStart(line);
                    var end = line + 1 < article.Lines.LineCount ? article.Lines.GetLineStart(line + 1) : text.Length;
                    foreach (var id in ids) ranges.Add((TextSpan.FromBounds(start, end), NullIfAll(id)));
                    break;
                }
            }
        }

        foreach (var pair in open) ranges.Add((TextSpan.FromBounds(pair.Value, text.Length), NullIfAll(pair.Key)));
        return ranges.Count == 0 ? None : new SuppressionMap(ranges);
    }

    /// <summary>The comments, in order; should the regex time out anyway, the ones found before it did.</summary>
    private static List<Match> Matches(string text)
    {
        var matches = new List<Match>();
        try
        {
            for (var match = Comment.Match(text); match.Success; match = match.NextMatch()) matches.Add(match);
        }
        catch (RegexMatchTimeoutException)
        {
            // A suppression map must never take the host down (an exception here is AD0001 in the build).
        }

        return matches;
    }

    public bool IsSuppressed(string ruleId, TextSpan span)
    {
        foreach (var (range, id) in _ranges)
        {
            if ((id is null || string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase)) && span.Start >= range.Start && span.Start < Math.Max(range.End, range.Start + 1))
                return true;
        }

        return false;
    }

    private static string? NullIfAll(string id) => id.Length == 0 ? null : id;

    /// <summary>
    /// Whether the text holds "editorial-lint" in any case: what <c>IndexOf(…, OrdinalIgnoreCase)</c> answers, but
    /// without ICU (invariant globalization) that compares character by character over every article, a few percent
    /// of a rule's time. Here the vectorised <c>IndexOf('-')</c> finds the hyphens and only the letters around each
    /// are compared, with the same case folding.
    /// </summary>
    private static bool MentionsLinter(string text)
    {
        const string Head = "editorial";
        const string Tail = "lint";
        if (text.Length < Head.Length + 1 + Tail.Length) return false;
        for (var hyphen = text.IndexOf('-', Head.Length); hyphen >= 0 && hyphen + Tail.Length < text.Length; hyphen = text.IndexOf('-', hyphen + 1))
        {
            if (string.Compare(text, hyphen - Head.Length, Head, 0, Head.Length, StringComparison.OrdinalIgnoreCase) == 0
                && string.Compare(text, hyphen + 1, Tail, 0, Tail.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }

        return false;
    }

    private static List<string> ParseIds(string value)
    {
        var ids = new List<string>();
        foreach (var part in value.Split(IdSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var id = part.Trim();
            if (id.Length > 0) ids.Add(id.ToUpperInvariant());
        }

        if (ids.Count == 0) ids.Add(string.Empty);
        return ids;
    }

    private static bool IsBlankLine(Article article, int line)
    {
        var start = article.Lines.GetLineStart(line);
        var end = line + 1 < article.Lines.LineCount ? article.Lines.GetLineStart(line + 1) : article.Text.Length;
        for (var i = start; i < end; i++) if (!char.IsWhiteSpace(article.Text[i])) return false;
        return true;
    }
}
