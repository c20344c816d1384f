using System;
using System.Collections.Generic;
using System.Globalization;

namespace EditorialLint.Text;

/// <summary>Splits an article into blocks, quotations, tokens and sentences. Linear in the text's length.</summary>
internal static class ArticleParser
{
    // Plain-text paragraphs are runs of non-blank lines; but unwrapped copy (one paragraph per line, as most
    // newsroom exports are) has long lines, and then every line is its own paragraph.
    private const int UnwrappedLineLength = 100;
    private const int HeadlineMaxWords = 20;

    public static void Parse(Article article)
    {
        var text = article.Text;
        var blocks = new List<Block>();
        var excluded = new List<TextSpan>();
        var lines = article.Lines;
        var line = 0;

        if (TryReadFrontMatter(article, out var frontMatterEndLine))
        {
            var end = frontMatterEndLine + 1 < lines.LineCount ? lines.GetLineStart(frontMatterEndLine + 1) : text.Length;
            var span = TextSpan.FromBounds(0, end);
            blocks.Add(new Block(BlockKind.FrontMatter, span, blocks.Count));
            excluded.Add(span);
            line = frontMatterEndLine + 1;
        }

        var markdown = article.Format == ArticleFormat.Markdown;
        var runStart = -1;
        var runEnd = -1;
        var runHasLongLine = false;
        var runLines = new List<(int Start, int End)>();

        void FlushRun()
        {
            if (runStart < 0) return;
            if (runHasLongLine && !markdown)
            {
                foreach (var (start, end) in runLines) AddProse(blocks, text, start, end, BlockKind.Paragraph, markdown);
            }
            else
            {
                AddProse(blocks, text, runStart, runEnd, BlockKind.Paragraph, markdown);
            }

            runStart = -1;
            runHasLongLine = false;
            runLines.Clear();
        }

        while (line < lines.LineCount)
        {
            var (start, end) = LineBounds(article, line);
            var content = TrimSpan(text, start, end);
            if (content.IsEmpty)
            {
                FlushRun();
                line++;
                continue;
            }

            var first = text[content.Start];
            if (markdown && IsFence(text, content, out var fence))
            {
                FlushRun();
                var codeStart = start;
                var codeEnd = end;
                line++;
                while (line < lines.LineCount)
                {
                    var (s, e) = LineBounds(article, line);
                    codeEnd = e;
                    line++;
                    var c = TrimSpan(text, s, e);
                    if (!c.IsEmpty && text.Substring(c.Start, Math.Min(c.Length, fence.Length)) == fence) break;
                }

                var span = TextSpan.FromBounds(codeStart, codeEnd);
                blocks.Add(new Block(BlockKind.Code, span, blocks.Count));
                excluded.Add(span);
                continue;
            }

            if (IsCommentLine(text, content))
            {
                // A line holding only an HTML comment (suppressions live there) is neither prose nor a break.
                FlushRun();
                excluded.Add(content);
                line++;
                continue;
            }

            if (markdown && first == '#')
            {
                FlushRun();
                AddProse(blocks, text, content.Start, content.End, BlockKind.Heading, markdown);
                line++;
                continue;
            }

            if (markdown && first == '>')
            {
                FlushRun();
                var quoteStart = content.Start;
                var quoteEnd = content.End;
                line++;
                while (line < lines.LineCount)
                {
                    var (s, e) = LineBounds(article, line);
                    var c = TrimSpan(text, s, e);
                    if (c.IsEmpty || text[c.Start] != '>') break;
                    quoteEnd = c.End;
                    line++;
                }

                AddProse(blocks, text, quoteStart, quoteEnd, BlockKind.Quote, markdown);
                continue;
            }

            if (markdown && IsListItem(text, content)) FlushRun();

            if (runStart < 0) runStart = content.Start;
            runEnd = content.End;
            runLines.Add((content.Start, content.End));
            if (content.Length > UnwrappedLineLength) runHasLongLine = true;
            line++;
        }

        FlushRun();

        // Tokens, quotations and sentences, block by block.
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var quotations = new List<Quotation>();
        foreach (var block in blocks)
        {
            if (!block.IsProse)
            {
                block.FirstSentence = sentences.Count;
                continue;
            }

            var firstToken = tokens.Count;
            Tokenizer.Tokenize(text, block.Span, markdown, tokens, excluded);
            var blockQuotations = QuotationFinder.Find(text, block, tokens, firstToken);
            quotations.AddRange(blockQuotations);
            SentenceSplitter.Split(text, block, tokens, firstToken, sentences);
        }

        article.Blocks = ReclassifyHeadlines(article, blocks, tokens, sentences);
        article.Tokens = tokens;
        article.Sentences = sentences;
        article.Quotations = quotations;
        excluded.Sort();
        article.ExcludedSpans = excluded;
    }

    private static void AddProse(List<Block> blocks, string text, int start, int end, BlockKind kind, bool markdown)
    {
        _ = text;
        _ = markdown;
        blocks.Add(new Block(kind, TextSpan.FromBounds(start, end), blocks.Count));
    }

    /// <summary>In plain text, a short single-line block without closing punctuation is a headline.</summary>
    private static List<Block> ReclassifyHeadlines(Article article, List<Block> blocks, List<Token> tokens, List<Sentence> sentences)
    {
        if (article.Format != ArticleFormat.PlainText) return blocks;
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Paragraph && LooksLikeHeadline(article, block, tokens, sentences))
            {
                var heading = new Block(BlockKind.Heading, block.Span, block.Index)
                {
                    FirstSentence = block.FirstSentence,
                    SentenceCount = block.SentenceCount,
                };
                result.Add(heading);
            }
            else
            {
                result.Add(block);
            }
        }

        return result;
    }

    private static bool LooksLikeHeadline(Article article, Block block, List<Token> tokens, List<Sentence> sentences)
    {
        var text = article.Text;
        if (article.Lines.GetLineFromPosition(block.Span.Start) != article.Lines.GetLineFromPosition(block.Span.End)) return false;
        var last = text[block.Span.End - 1];
        if (last is '.' or '!' or '?' or ';' or ',' or '”' or '"' or '’' or '\'' or ')' or '…') return false;
        var words = 0;
        for (var s = block.FirstSentence; s < block.FirstSentence + block.SentenceCount; s++)
        {
            var sentence = sentences[s];
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) words++;
            }
        }

        return words <= HeadlineMaxWords;
    }

    private static (int Start, int End) LineBounds(Article article, int line)
    {
        var lines = article.Lines;
        var start = lines.GetLineStart(line);
        var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : article.Text.Length;
        // Drop the line break itself.
        while (end > start && IsLineBreak(article.Text[end - 1])) end--;
        return (start, end);
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static TextSpan TrimSpan(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF')) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    private static bool IsFence(string text, TextSpan content, out string fence)
    {
        fence = string.Empty;
        if (content.Length < 3) return false;
        var c = text[content.Start];
        if (c != '`' && c != '~') return false;
        var n = 0;
        while (n < content.Length && text[content.Start + n] == c) n++;
        if (n < 3) return false;
        fence = new string(c, n);
        return true;
    }

    private static bool IsCommentLine(string text, TextSpan content) =>
        content.Length >= 7 && string.CompareOrdinal(text, content.Start, "<!--", 0, 4) == 0 &&
        string.CompareOrdinal(text, content.End - 3, "-->", 0, 3) == 0;

    private static bool IsListItem(string text, TextSpan content)
    {
        var c = text[content.Start];
        if ((c == '-' || c == '*' || c == '+') && content.Length > 1 && text[content.Start + 1] == ' ') return true;
        var i = content.Start;
        while (i < content.End && char.IsDigit(text[i])) i++;
        return i > content.Start && i + 1 < content.End && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ';
    }

    private static bool TryReadFrontMatter(Article article, out int endLine)
    {
        endLine = -1;
        var text = article.Text;
        var lines = article.Lines;
        if (lines.LineCount < 2) return false;
        var (s0, e0) = LineBounds(article, 0);
        var first = TrimSpan(text, s0, e0);
        if (first.Length != 3 || string.CompareOrdinal(text, first.Start, "---", 0, 3) != 0) return false;

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = 1; line < lines.LineCount; line++)
        {
            var (s, e) = LineBounds(article, line);
            var content = TrimSpan(text, s, e);
            var value = text.Substring(content.Start, content.Length);
            if (value == "---" || value == "...")
            {
                endLine = line;
                article.FrontMatter = values;
                if (values.TryGetValue("date", out var date)) article.Date = Article.ParseDateValue(date);
                return true;
            }

            var colon = value.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(value[0]))
            {
                var key = value.Substring(0, colon).Trim();
                if (!values.ContainsKey(key)) values[key] = value.Substring(colon + 1).Trim();
            }
        }

        // No closing line: not front matter at all, the article is prose from its first line.
        return false;
    }

    internal static bool IsUpperStart(string s) => s.Length > 0 && char.IsUpper(s[0]);

    internal static UnicodeCategory Category(char c) => CharUnicodeInfo.GetUnicodeCategory(c);
}
