using System;
using System.Collections.Generic;
using EditorialLint.Text;

namespace EditorialLint.RuleFiles;

/// <summary>How a listed term compares with the article's words.</summary>
public enum TermCase
{
    /// <summary>A term written all in lower case matches any case; one with a capital matches exactly.</summary>
    Auto,
    Exact,
    Ignore,
}

/// <summary>One listed term: its words as the tokenizer sees them, and what the rule attaches to it.</summary>
public sealed class Term
{
    private Term(string text, string[] parts, bool[] spaceBefore, bool ignoreCase, object? tag)
    {
        Text = text;
        Parts = parts;
        SpaceBefore = spaceBefore;
        IgnoreCase = ignoreCase;
        Tag = tag;
    }

    public string Text { get; }
    internal string[] Parts { get; }
    internal bool[] SpaceBefore { get; }
    public bool IgnoreCase { get; }

    /// <summary>The rule's payload for this term (a replacement, a preferred form, …).</summary>
    public object? Tag { get; }

    /// <summary>Splits a term into tokens with the article tokenizer; null when it holds no word or number.</summary>
    public static Term? Create(string text, TermCase termCase, object? tag = null)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        var tokens = Article.Parse("term", trimmed, ArticleFormat.PlainText).Tokens;
        if (tokens.Count == 0) return null;
        var parts = new string[tokens.Count];
        var spaces = new bool[tokens.Count];
        var hasWord = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            parts[i] = tokens[i].Text;
            spaces[i] = tokens[i].SpaceBefore;
            hasWord |= tokens[i].Kind is TokenKind.Word or TokenKind.Number;
        }

        if (!hasWord) return null;
        var ignoreCase = termCase switch
        {
            TermCase.Ignore => true,
            TermCase.Exact => false,
            _ => !HasUpper(trimmed),
        };
        return new Term(trimmed, parts, spaces, ignoreCase, tag);
    }

    internal static bool HasUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c)) return true;
        }

        return false;
    }
}

/// <summary>A place where a term was found.</summary>
public readonly struct TermMatch
{
    public TermMatch(Term term, TextSpan span, string text)
    {
        Term = term;
        Span = span;
        Text = text;
    }

    public Term Term { get; }
    public TextSpan Span { get; }

    /// <summary>The article's text at <see cref="Span"/>.</summary>
    public string Text { get; }
}

/// <summary>
/// Finds listed terms in an article's prose, whole words only, by walking its tokens once (linear in the article,
/// whatever the number of terms): code, URLs and front matter are never tokens, so they are never matched. The
/// longest term wins where several start at one word; a possessive ('s / ’s) after a term is allowed and left out
/// of the span.
/// </summary>
public sealed class TermMatcher
{
    private readonly Dictionary<string, List<Term>> _byFirstWord = new(StringComparer.Ordinal);

    public TermMatcher(IEnumerable<Term> terms)
    {
        foreach (var term in terms)
        {
            var key = term.Parts[0].ToLowerInvariant();
            if (!_byFirstWord.TryGetValue(key, out var list)) _byFirstWord[key] = list = new List<Term>();
            list.Add(term);
        }

        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Parts.Length.CompareTo(a.Parts.Length));
    }

    public IEnumerable<TermMatch> Find(Article article, bool skipQuotations)
    {
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Url || (skipQuotations && token.InQuotation)) continue;
            var match = MatchAt(article, i, skipQuotations, token.Text.ToLowerInvariant());
            if (match is null && StripPossessive(token.Text) is { } bare) match = MatchAt(article, i, skipQuotations, bare.ToLowerInvariant());
            if (match is not { } found) continue;
            yield return found.Match;
            i += found.Count - 1;
        }
    }

    private (TermMatch Match, int Count)? MatchAt(Article article, int first, bool skipQuotations, string key)
    {
        if (!_byFirstWord.TryGetValue(key, out var candidates)) return null;
        var tokens = article.Tokens;
        var block = article.Sentences.Count > 0 ? article.Sentences[tokens[first].SentenceIndex].BlockIndex : 0;
        foreach (var term in candidates)
        {
            var n = term.Parts.Length;
            if (first + n > tokens.Count) continue;
            var end = -1;
            for (var k = 0; k < n; k++)
            {
                var token = tokens[first + k];
                if (token.Kind == TokenKind.Url || (skipQuotations && token.InQuotation)) break;
                if (k > 0 && (token.SpaceBefore != term.SpaceBefore[k] || article.Sentences[token.SentenceIndex].BlockIndex != block)) break;
                var comparison = term.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                var part = term.Parts[k];
                if (string.Equals(token.Text, part, comparison))
                {
                    if (k == n - 1) end = token.Span.End;
                    continue;
                }

                // A possessive after the last word: "Tehrik-e-Taliban Pakistan's" still names the group.
                if (k == n - 1 && StripPossessive(token.Text) is { } bare && string.Equals(bare, part, comparison)) end = token.Span.Start + bare.Length;
                break;
            }

            if (end < 0) continue;
            var span = TextSpan.FromBounds(tokens[first].Span.Start, end);
            return (new TermMatch(term, span, article.GetText(span)), n);
        }

        return null;
    }

    private static string? StripPossessive(string word) =>
        word.Length > 2 && word[word.Length - 1] is 's' or 'S' && word[word.Length - 2] is '\'' or '’' ? word.Substring(0, word.Length - 2) : null;
}

/// <summary>Carries the capitalisation of what was written over to its replacement.</summary>
public static class CaseStyle
{
    /// <summary>
    /// "Utilize" → "Use", "UTILIZE" → "USE", "utilize" → "use". A replacement that has its own capitals (a proper
    /// noun) is kept as written unless the match is in capitals.
    /// </summary>
    public static string Apply(string matched, string replacement)
    {
        if (replacement.Length == 0) return replacement;
        var letters = 0;
        var upper = 0;
        foreach (var c in matched)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }

        if (letters > 1 && upper == letters) return replacement.ToUpperInvariant();
        if (Term.HasUpper(replacement)) return replacement;
        var first = FirstLetter(matched);
        if (first >= 0 && char.IsUpper(matched[first]))
        {
            var target = FirstLetter(replacement);
            if (target >= 0) return replacement.Substring(0, target) + char.ToUpperInvariant(replacement[target]) + replacement.Substring(target + 1);
        }

        return replacement;
    }

    private static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i])) return i;
        }

        return -1;
    }
}
