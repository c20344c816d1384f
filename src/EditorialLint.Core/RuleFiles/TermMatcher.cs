using System;
using System.Collections.Generic;
using System.Text;
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

    /// <summary>The term's tokens in their matching form (<see cref="TermMatcher.Normalize"/>).</summary>
    internal string[] Parts { get; }
    internal bool[] SpaceBefore { get; }
    public bool IgnoreCase { get; }

    /// <summary>The rule's payload for this term (a replacement, a preferred form, …).</summary>
    public object? Tag { get; }

    /// <summary>
    /// Splits a term into tokens with the article tokenizer; null when it holds no word or number (or holds an
    /// address, which is never matched).
    /// </summary>
    public static Term? Create(string text, TermCase termCase, object? tag = null)
    {
        if (text is null) return null;
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        var tokens = new List<Token>();
        Tokenizer.Tokenize(trimmed, new TextSpan(0, trimmed.Length), markdown: false, tokens, new List<TextSpan>());
        if (tokens.Count == 0) return null;
        var parts = new string[tokens.Count];
        var spaces = new bool[tokens.Count];
        var hasWord = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Url) return null;
            parts[i] = TermMatcher.Normalize(tokens[i].Text);
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
        : this(term, span, text, -1, 0)
    {
    }

    internal TermMatch(Term term, TextSpan span, string text, int firstToken, int tokenCount)
    {
        Term = term;
        Span = span;
        Text = text;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    public Term Term { get; }
    public TextSpan Span { get; }

    /// <summary>The article's text at <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>Index of the first token the match covers (-1 when unknown).</summary>
    public int FirstToken { get; }

    /// <summary>How many tokens the match covers (a possessive's token counts).</summary>
    public int TokenCount { get; }
}

/// <summary>
/// The one matcher for listed terms: EDL0001's house list, every rule-file kind that lists terms (variants,
/// substitution, existence) and EDL0002's listed sources and phrases. What counts as "the same term" is decided
/// here, once (docs/authoring.md, "How listed terms match"):
/// <list type="bullet">
/// <item>Whole tokens only: a term starts and ends at token boundaries of the article tokenizer, never glued to a
/// word or number ("2Turkey", "Turkey&#x301;" with a combining accent are other words). A possessive ('s / ’s)
/// may follow the last word and is left out of the span.</item>
/// <item>White space: a space in a term matches any run of white space inside a paragraph (a line break, two
/// spaces, a no-break space); a term never spans two paragraphs. Where the term has no space the text must have
/// none.</item>
/// <item>Hyphens: '-', U+2010 and U+2011 are the same hyphen; a hyphen and a space are different spellings (list
/// both).</item>
/// <item>Apostrophes: ' and ’ (and U+02BC) are the same character (typography, not spelling).</item>
/// <item>Diacritics: significant (Türkiye and Turkiye are different spellings), compared in Unicode NFC, so a
/// decomposed ü matches a precomposed one.</item>
/// <item>Case: per term (<see cref="TermCase"/>): exact, or ordinal ignoring case.</item>
/// <item>Addresses (URLs, e-mail), code spans, comments and front matter are never matched; quotations only when
/// the caller asks.</item>
/// <item>Overlaps: terms are matched left to right; at one token the match that ends furthest wins, then the term
/// listed first; the walk resumes after it.</item>
/// </list>
/// One walk over the tokens, with only the terms whose first word is the token's compared: linear in the
/// article whatever the number of terms.
/// </summary>
public sealed class TermMatcher
{
    private readonly Dictionary<string, List<Term>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    // Bit n set when some term's first token is n characters long (n ≥ 63 share the top bit): most tokens are
    // rejected by their length before any hashing, which matters for rules that ask at every word (EDL0002).
    private readonly ulong _firstLengths;

    public TermMatcher(IEnumerable<Term> terms)
    {
        // A term listed again (the same tokens and spacing; or, after one that ignores case, the same ignoring case)
        // can never win, since the first listed keeps a tie: left out, so 5,000 copies of one form cost one compare.
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            if (term is null) continue;
            var signature = Signature(term);
            if (folded.Contains(signature)) continue;
            if (term.IgnoreCase ? !folded.Add(signature) : !exact.Add(signature)) continue;
            Count++;
            var key = term.Parts[0];
            _firstLengths |= LengthBit(key.Length);
            if (!_byFirstWord.TryGetValue(key, out var list)) _byFirstWord[key] = list = new List<Term>();
            // Kept in the order listed: of two matches that end at the same place, the first listed wins.
            list.Add(term);
        }
    }

    /// <summary>How many terms the matcher holds (a term listed again that could never win is not held).</summary>
    public int Count { get; }

    /// <summary>Every match in text order, never overlapping.</summary>
    public IEnumerable<TermMatch> Find(Article article, bool skipQuotations)
    {
        if (_byFirstWord.Count == 0) yield break;
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (MatchAt(article, i, tokens.Count, skipQuotations) is not { } found) continue;
            yield return found;
            i += found.TokenCount - 1;
        }
    }

    /// <summary>
    /// The match that starts at token <paramref name="first"/> and ends before token <paramref name="limit"/>, or
    /// null. For rules that walk the tokens themselves (EDL0002's sources and phrases).
    /// </summary>
    public TermMatch? MatchAt(Article article, int first, int limit, bool skipQuotations)
    {
        var tokens = article.Tokens;
        if (first < 0 || first >= tokens.Count || _byFirstWord.Count == 0) return null;
        limit = Math.Min(limit, tokens.Count);
        var token = tokens[first];
        if (!IsMatchable(token, skipQuotations) || IsGluedToWord(article, first)) return null;
        var key = Normalize(token.Text);
        List<Term>? candidates = null;
        List<Term>? possessive = null;
        if ((_firstLengths & LengthBit(key.Length)) != 0) _byFirstWord.TryGetValue(key, out candidates);
        if (key.Length > 2 && (_firstLengths & LengthBit(key.Length - 2)) != 0 && StripPossessive(key) is { } bare) _byFirstWord.TryGetValue(bare, out possessive);
        if (candidates is null && possessive is null) return null;

        Term? best = null;
        var bestEnd = -1;
        var bestCount = 0;
        if (candidates is not null) Try(candidates);
        if (possessive is not null) Try(possessive);
        if (best is null) return null;
        var span = TextSpan.FromBounds(token.Span.Start, bestEnd);
        return new TermMatch(best, span, article.GetText(span), first, bestCount);

        void Try(List<Term> terms)
        {
            foreach (var term in terms)
            {
                var end = EndOf(article, term, first, limit, skipQuotations);
                // Strictly further only: at the same end the term listed first keeps the match.
                if (end <= bestEnd) continue;
                best = term;
                bestEnd = end;
                bestCount = term.Parts.Length;
            }
        }
    }

    // Where the term ends if it matches at token `first`, else -1.
    private static int EndOf(Article article, Term term, int first, int limit, bool skipQuotations)
    {
        var tokens = article.Tokens;
        var n = term.Parts.Length;
        if (first + n > limit) return -1;
        var block = BlockOf(article, tokens[first]);
        var comparison = term.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var k = 0; k < n; k++)
        {
            var token = tokens[first + k];
            if (!IsMatchable(token, skipQuotations)) return -1;
            if (k > 0 && (token.SpaceBefore != term.SpaceBefore[k] || BlockOf(article, token) != block)) return -1;
            var text = Normalize(token.Text);
            var part = term.Parts[k];
            if (string.Equals(text, part, comparison)) continue;

            // A possessive after the last word: "Tehrik-e-Taliban Pakistan's" still names the group.
            if (k == n - 1 && StripPossessive(text) is { } bare && string.Equals(bare, part, comparison))
                return token.Span.Start + (token.Text.Length - 2);
            return -1;
        }

        var last = first + n - 1;
        if (last + 1 < tokens.Count && IsGluedToWord(article, last + 1)) return -1;
        return tokens[last].Span.End;
    }

    private static string Signature(Term term)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < term.Parts.Length; i++)
        {
            if (i > 0) builder.Append(term.SpaceBefore[i] ? '\u0001' : '\u0002');
            builder.Append(term.Parts[i]);
        }

        return builder.ToString();
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static bool IsMatchable(Token token, bool skipQuotations) => token.Kind != TokenKind.Url && !(skipQuotations && token.InQuotation);

    // True when the token at `index` is written right after a word or number, so the two are one word ("2Turkey").
    private static bool IsGluedToWord(Article article, int index)
    {
        if (index <= 0) return false;
        var tokens = article.Tokens;
        var token = tokens[index];
        var previous = tokens[index - 1];
        if (token.SpaceBefore || previous.Span.End != token.Span.Start) return false;
        return (previous.Kind is TokenKind.Word or TokenKind.Number) && (token.Kind is TokenKind.Word or TokenKind.Number);
    }

    private static int BlockOf(Article article, Token token) =>
        token.SentenceIndex < article.Sentences.Count ? article.Sentences[token.SentenceIndex].BlockIndex : 0;

    /// <summary>
    /// A token's matching form: ’ and U+02BC become ', U+2010 and U+2011 become '-', and the text is put in Unicode
    /// NFC. ASCII comes back as it is (no allocation).
    /// </summary>
    public static string Normalize(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < 0x80) i++;
        if (i == text.Length) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            builder.Append(c switch
            {
                '\u2019' or '\u02BC' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => c,
            });
        }

        var folded = builder.ToString();
        try
        {
            return folded.IsNormalized(NormalizationForm.FormC) ? folded : folded.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Ill-formed UTF-16 (a lone surrogate) has no normal form; it is compared as written.
            return folded;
        }
    }

    private static string? StripPossessive(string word) =>
        word.Length > 2 && word[word.Length - 1] is 's' or 'S' && word[word.Length - 2] == '\'' ? word.Substring(0, word.Length - 2) : null;
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
