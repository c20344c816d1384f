using System.Collections.Generic;
using System.Globalization;

namespace EditorialLint.Text;

internal static class Tokenizer
{
    public static void Tokenize(string text, TextSpan block, bool markdown, List<Token> tokens, List<TextSpan> excluded, TokenTextPool? pool = null)
    {
        var i = block.Start;
        var end = block.End;
        var spaceBefore = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\0' || char.IsControl(c))
            {
                spaceBefore = true;
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (c == '<' && Match(text, i, end, "<!--"))
            {
                var close = text.IndexOf("-->", i + 4, end - i - 4, System.StringComparison.Ordinal);
                i = close < 0 ? end : close + 3;
                excluded.Add(TextSpan.FromBounds(start, i));
                spaceBefore = true;
                continue;
            }

            if (markdown && c == '`')
            {
                var close = text.IndexOf('`', i + 1, end - i - 1);
                if (close > 0)
                {
                    i = close + 1;
                    excluded.Add(TextSpan.FromBounds(start, i));
                    spaceBefore = false;
                    continue;
                }
            }

            if (IsUrlStart(text, i, end))
            {
                while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not (')' or ']' or '>' or '"' or '”' or '’')) i++;
                // A sentence-final period is not part of the address.
                while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':') i--;
                kind = TokenKind.Url;
                excluded.Add(TextSpan.FromBounds(start, i));
            }
            else if (IsLetter(c))
            {
                i = ReadWord(text, i, end);
                kind = TokenKind.Word;
                // Word@Name with no dot after it is a photo credit's page (Facebook@Jamiat Ulama-e-Islam), not an
                // address: the words stay words.
                if (i < end && text[i] == '@' && i + 1 < end && IsLetterOrDigit(text[i + 1]) && !IsCreditPage(text, i + 1, end))
                {
                    while (i < end && !char.IsWhiteSpace(text[i])) i++;
                    while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or ')') i--;
                    kind = TokenKind.Url;
                    excluded.Add(TextSpan.FromBounds(start, i));
                }
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsDigit(text[i])) i++;
                    else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])) i += 2;
                    else break;
                }

                kind = TokenKind.Number;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                i++;
                kind = IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            var tokenText = pool is null ? text.Substring(start, i - start) : pool.Get(text, start, i - start);
            var token = new Token(kind, TextSpan.FromBounds(start, i), tokenText, tokens.Count)
            {
                SpaceBefore = spaceBefore,
            };
            tokens.Add(token);
            spaceBefore = false;
        }
    }

    private static int ReadWord(string text, int i, int end)
    {
        var start = i;
        // Dotted abbreviations: U.S., U.N., e.g., U.S.A.
        if (i + 3 < end + 1 && IsLetter(text[i]) && i + 1 < end && text[i + 1] == '.' && i + 2 < end && IsLetter(text[i + 2]))
        {
            var j = i;
            while (j + 1 < end && IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !IsLetter(text[j + 2]) || j + 3 >= end || !IsLetter(text[j + 3]) || text[j + 3] == '.'))
            {
                j += 2;
                if (j >= end || !IsLetter(text[j])) break;
            }

            if (j - start >= 4) return j;
        }

        i++;
        while (i < end)
        {
            var c = text[i];
            if (IsLetter(c) || IsMark(c) || char.IsDigit(c))
            {
                i++;
            }
            else if ((c == '\'' || c == '’') && i + 1 < end && IsLetter(text[i + 1]))
            {
                i += 2;
            }
            else if (c == '.' && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
            {
                // PM2.5, Rs1.2trn
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool Match(string text, int i, int end, string value) =>
        i + value.Length <= end && string.CompareOrdinal(text, i, value, 0, value.Length) == 0;

    /// <summary>A capitalised name after '@' with no dot before the next space (Facebook@Jamiat): a credit, not an address.</summary>
    private static bool IsCreditPage(string text, int start, int end)
    {
        if (!char.IsUpper(text[start])) return false;
        for (var j = start; j < end && !char.IsWhiteSpace(text[j]); j++)
        {
            if (text[j] == '.' && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) return false;
            if (text[j] == '@') return false;
        }

        return true;
    }

    private static bool IsUrlStart(string text, int i, int end) =>
        text[i] is 'h' or 'w' && (Match(text, i, end, "http://") || Match(text, i, end, "https://") || Match(text, i, end, "www."));

    internal static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsLetterOrDigit(char c) => char.IsLetterOrDigit(c);

    private static bool IsMark(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || c is '`' or '\u00B4';
}
