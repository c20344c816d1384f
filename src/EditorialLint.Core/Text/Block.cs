namespace EditorialLint.Text;

public enum BlockKind
{
    Paragraph,
    /// <summary>A Markdown heading, or in plain text a short line without closing punctuation (a headline).</summary>
    Heading,
    /// <summary>A Markdown block quotation (lines starting with '&gt;').</summary>
    Quote,
    /// <summary>A fenced or indented Markdown code block: never prose.</summary>
    Code,
    /// <summary>YAML front matter between '---' lines at the top of the file: metadata, never prose.</summary>
    FrontMatter,
}

/// <summary>A paragraph-level piece of an article.</summary>
public sealed class Block
{
    internal Block(BlockKind kind, TextSpan span, int index)
    {
        Kind = kind;
        Span = span;
        Index = index;
    }

    public BlockKind Kind { get; }
    public TextSpan Span { get; }
    public int Index { get; }

    /// <summary>Range of this block's sentences in <see cref="Article.Sentences"/>.</summary>
    public int FirstSentence { get; internal set; }
    public int SentenceCount { get; internal set; }

    public bool IsProse => Kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.Quote;
}

/// <summary>A sentence inside a prose block.</summary>
public sealed class Sentence
{
    internal Sentence(TextSpan span, int blockIndex, int index, int firstToken, int tokenCount)
    {
        Span = span;
        BlockIndex = blockIndex;
        Index = index;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    public TextSpan Span { get; }
    public int BlockIndex { get; }
    public int Index { get; }
    public int FirstToken { get; }
    public int TokenCount { get; }
}

/// <summary>A direct quotation: the span includes the quotation marks.</summary>
public sealed class Quotation
{
    internal Quotation(TextSpan span, int blockIndex)
    {
        Span = span;
        BlockIndex = blockIndex;
    }

    public TextSpan Span { get; }
    public int BlockIndex { get; }
}
