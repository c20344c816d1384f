using System;
using System.Collections.Generic;
using System.Globalization;

namespace EditorialLint.Text;

public enum ArticleFormat
{
    PlainText,
    Markdown,
}

/// <summary>
/// One article, parsed once: blocks, sentences, tokens and quotations, all located by UTF-16 spans into
/// <see cref="Text"/>. Immutable after parsing, so rules may read it from any thread.
/// </summary>
public sealed class Article
{
    private string? _lowerText;

    internal Article(string path, string text, ArticleFormat format)
    {
        Path = path;
        Text = text;
        Format = format;
        Lines = new LineMap(text);
    }

    /// <summary>The path as the host knows it (absolute in the build, as given on the command line in the CLI).</summary>
    public string Path { get; }
    public string Text { get; }
    public ArticleFormat Format { get; }
    public LineMap Lines { get; }

    public IReadOnlyList<Block> Blocks { get; internal set; } = Array.Empty<Block>();
    public IReadOnlyList<Sentence> Sentences { get; internal set; } = Array.Empty<Sentence>();
    public IReadOnlyList<Token> Tokens { get; internal set; } = Array.Empty<Token>();
    public IReadOnlyList<Quotation> Quotations { get; internal set; } = Array.Empty<Quotation>();

    /// <summary>Spans that are never prose: front matter, code, HTML comments, URLs.</summary>
    public IReadOnlyList<TextSpan> ExcludedSpans { get; internal set; } = Array.Empty<TextSpan>();

    /// <summary>Front matter keys (lower case) and their raw values.</summary>
    public IReadOnlyDictionary<string, string> FrontMatter { get; internal set; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The article's date: front matter <c>date:</c>, else what the host supplied (build metadata, CLI option).
    /// </summary>
    public DateTime? Date { get; internal set; }

    /// <summary>
    /// Where the text holds U+FFFD (bytes that were not valid UTF-8, or what an earlier bad conversion left): the engine
    /// reports EDL0905 at the first. Null for a clean text.
    /// </summary>
    public InvalidEncoding? InvalidEncoding { get; private set; }

    public static Article Parse(string path, string text, ArticleFormat? format = null, DateTime? date = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (text is null) throw new ArgumentNullException(nameof(text));
        var article = new Article(path, text, format ?? FormatFromPath(path));
        ArticleParser.Parse(article);
        article.InvalidEncoding = ArticleDecoding.Find(text);
        if (article.Date is null && date is not null) article.Date = date;
        return article;
    }

    public static ArticleFormat FormatFromPath(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : ArticleFormat.PlainText;

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    public Block GetBlock(Sentence sentence) => Blocks[sentence.BlockIndex];
    public Sentence GetSentence(Token token) => Sentences[token.SentenceIndex];

    /// <summary>The tokens of one sentence.</summary>
    public IEnumerable<Token> GetTokens(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++) yield return Tokens[i];
    }

    /// <summary>The sentences of one block.</summary>
    public IEnumerable<Sentence> GetSentences(Block block)
    {
        for (var i = block.FirstSentence; i < block.FirstSentence + block.SentenceCount; i++) yield return Sentences[i];
    }

    /// <summary>The quotation that holds a position, if any.</summary>
    public Quotation? GetQuotation(int position)
    {
        foreach (var quotation in Quotations)
        {
            if (quotation.Span.Contains(position)) return quotation;
            if (quotation.Span.Start > position) break;
        }

        return null;
    }

    /// <summary>
    /// Drops the tokens and sentences, most of a parsed article's memory (~200 of 480 MB over pk-news in the CLI),
    /// once the per-article rules are done. Text, lines, blocks, quotations and excluded spans stay: the corpus pass,
    /// output formats and fixes need only those. See <see cref="Engine.ArticleAnalysis.ReleaseTokens"/>.
    /// </summary>
    internal void ReleaseTokens()
    {
        Tokens = Array.Empty<Token>();
        Sentences = Array.Empty<Sentence>();
    }

    /// <summary>The text lower-cased once (invariant), for rules that search it.</summary>
    public string LowerText => _lowerText ??= Text.ToLowerInvariant();

    /// <summary>Reads a date as written in front matter or build metadata (ISO 8601 and common news forms).</summary>
    public static DateTime? ParseDateValue(string value)
    {
        value = value.Trim().Trim('"', '\'');
        string[] formats = { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyyMMdd", "yyyy/MM/dd", "d MMMM yyyy", "MMMM d, yyyy" };
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var exact))
            return exact.Date;
        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var loose)
            ? loose.Date
            : null;
    }
}
