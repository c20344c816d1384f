using System.Linq;
using EditorialLint.Text;

namespace EditorialLint.Tests.Text;

public class ArticleParserTests
{
    [Fact]
    public void each_long_line_of_unwrapped_copy_is_a_paragraph_and_short_lines_without_stops_are_headlines()
    {
        var text = "Pakistan offers troops but rejects role in disarming Hamas\n" +
                   "Foreign Minister Ishaq Dar said that Pakistan is willing to contribute troops to a proposed peace force. He said more.\n" +
                   "Dar told reporters at the Ministry of Foreign Affairs that the question first arose during talks in Riyadh on Monday.\n";
        var article = Article.Parse("a.txt", text);
        Assert.Equal(new[] { BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph }, article.Blocks.Select(b => b.Kind));
        Assert.Equal(4, article.Sentences.Count);
    }

    [Fact]
    public void sentences_do_not_end_at_titles_initials_or_a_dotted_abbreviation_before_a_name()
    {
        var article = Article.Parse("a.txt", "Mr. Dar met U.S. Defense Secretary Pete Hegseth and John F. Kennedy's aide. He left for the U.S. The talks ended.");
        Assert.Equal(3, article.Sentences.Count);
        Assert.Equal("U.S.", article.Tokens.First(t => t.Text.StartsWith('U')).Text);
    }

    [Fact]
    public void quotations_mark_their_tokens_and_an_open_quote_runs_to_the_paragraph_end()
    {
        var article = Article.Parse("a.txt", "“We are not ready,” he said. ``Wire style,'' she said. “Open quote runs on\n\nNext paragraph.");
        Assert.Equal(3, article.Quotations.Count);
        Assert.True(article.Tokens.Single(t => t.Text == "ready").InQuotation);
        Assert.False(article.Tokens.Single(t => t.Text == "he").InQuotation);
        Assert.True(article.Tokens.Single(t => t.Text == "Wire").InQuotation);
        Assert.True(article.Tokens.Single(t => t.Text == "runs").InQuotation);
        Assert.False(article.Tokens.Single(t => t.Text == "Next").InQuotation);
    }

    [Fact]
    public void markdown_front_matter_code_urls_and_comments_are_not_prose()
    {
        var text = "---\ntitle: Talks\ndate: 2025-11-04\n---\n# Heading here\n\nSee https://example.com/a.b now.\n\n```\nTehrik code\n```\n\n<!-- editorial-lint disable EDL0001 -->\nBody `inline code` text.\n";
        var article = Article.Parse("a.md", text);
        Assert.Equal(new System.DateTime(2025, 11, 4), article.Date);
        Assert.Equal("Talks", article.FrontMatter["title"]);
        Assert.Contains(article.Blocks, b => b.Kind == BlockKind.Heading);
        Assert.Contains(article.Blocks, b => b.Kind == BlockKind.Code);
        Assert.DoesNotContain(article.Tokens, t => t.Text == "Tehrik" || t.Text == "inline" || t.Text == "title");
        Assert.Single(article.Tokens, t => t.Kind == TokenKind.Url);
    }

    [Fact]
    public void front_matter_without_an_end_is_prose()
    {
        var article = Article.Parse("a.md", "---\ntitle: never closed\nBody text.");
        Assert.Null(article.Date);
        Assert.Contains(article.Tokens, t => t.Text == "title");
    }

    [Theory]
    [InlineData("a\nb", 1, 0)]
    [InlineData("a\r\nb", 1, 0)]
    [InlineData("a\rb", 1, 0)]
    [InlineData("a\u2028b", 1, 0)]
    public void line_map_breaks_lines_exactly_as_roslyn_does(string text, int line, int character)
    {
        var position = new LineMap(text).GetLinePosition(text.Length - 1);
        Assert.Equal(new LinePosition(line, character), position);
    }
}
