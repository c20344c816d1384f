namespace EditorialLint.Text;

public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes, and dotted abbreviations such as "U.S.".</summary>
    Word,
    /// <summary>Digits with inner thousands separators and a decimal point: 20,000 or 1.5 or 2025.</summary>
    Number,
    /// <summary>Punctuation: . , ; : ! ? quotes, brackets and dashes (hyphen included).</summary>
    Punctuation,
    /// <summary>Any other visible character: %, $, £, €, emoji, …</summary>
    Symbol,
    /// <summary>A URL or e-mail address; rules should not look inside.</summary>
    Url,
}

/// <summary>One token of prose. Tokens never include white space; adjacency is visible from spans.</summary>
public sealed class Token
{
    internal Token(TokenKind kind, TextSpan span, string text, int index)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Index = index;
    }

    public TokenKind Kind { get; }
    public TextSpan Span { get; }
    public string Text { get; }

    /// <summary>Position of this token in <see cref="Article.Tokens"/>.</summary>
    public int Index { get; }

    /// <summary>Index of the sentence that holds the token in <see cref="Article.Sentences"/>.</summary>
    public int SentenceIndex { get; internal set; }

    /// <summary>True when the token stands inside a direct quotation (the speaker's words, not the desk's).</summary>
    public bool InQuotation { get; internal set; }

    /// <summary>True when white space (or the start of the block) comes right before the token.</summary>
    public bool SpaceBefore { get; internal set; }

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c)) return false;
                    letters++;
                }
            }

            return letters > 0;
        }
    }

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
