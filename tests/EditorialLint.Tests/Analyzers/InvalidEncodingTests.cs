using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.Cli;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Testing;
using EditorialLint.Tests.Cli;
using EditorialLint.Text;

namespace EditorialLint.Tests.Analyzers;

/// <summary>
/// An article that is not valid UTF-8 gets EDL0905 at its first bad byte, in the build and the CLI alike, and is still
/// linted (new-user report, stop 23, item 1). The markup marks the character that is written as a bad byte (0xEF:
/// "naïve" saved as Windows-1252) in an otherwise UTF-8 file.
/// </summary>
public sealed class InvalidEncodingTests : IDisposable
{
    private const string Markup = "Blast in Quetta\n\nThe café near the na{|EDL0905:ï|}ve press club was hit, officials said.\nThe naïve plan failed, police said.\n";

    private readonly CliTestKit _kit = new() { Host = new CliHost() };

    public void Dispose() => _kit.Dispose();

    private static (byte[] Bytes, int Line, int Column) BadFile()
    {
        var (text, expected) = EditorialLint.Testing.Markup.Parse(Markup);
        var at = expected.Single().Span.Start;
        var bytes = Encoding.UTF8.GetBytes(text.Substring(0, at)).Append((byte)0xEF).Concat(Encoding.UTF8.GetBytes(text.Substring(at + 1))).ToArray();
        var lines = text.Substring(0, at).Split('\n');
        return (bytes, lines.Length, lines[^1].Length + 1);
    }

    [Fact]
    public async Task the_build_reports_EDL0905_at_the_first_bad_byte_and_lints_the_rest()
    {
        var (bytes, line, column) = BadFile();
        var diagnostics = (await new AnalyzerHarness()
            .AddArticleBytes("articles/bad.txt", bytes)
            .AddArticle("articles/good.txt", "Storm\n\nThe cafe reopened, the owner said.\n")
            .GetAllDiagnosticsAsync(new EditorialLintAnalyzer())).Select(AnalyzerHarness.Format).ToArray();
        Assert.Contains($"articles/bad.txt({line},{column}): warning EDL0905: The article is not valid UTF-8: the character here could not be decoded and was linted as U+FFFD; save the file as UTF-8 and restore the lost characters", diagnostics);
        // Everything else keeps working: the bad article's café still meets the good article's cafe.
        Assert.Contains(diagnostics, d => d.StartsWith("articles/good.txt", StringComparison.Ordinal) && d.Contains("EDL0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_compiler_that_falls_back_to_a_single_byte_encoding_gets_the_same_text_and_place()
    {
        var (bytes, line, column) = BadFile();
        var diagnostics = (await new AnalyzerHarness()
            .AddArticleBytes("articles/bad.txt", bytes, Encoding.Latin1)
            .GetAllDiagnosticsAsync(new EditorialLintAnalyzer())).Select(AnalyzerHarness.Format).ToArray();
        Assert.Contains(diagnostics, d => d.StartsWith($"articles/bad.txt({line},{column}): warning EDL0905:", StringComparison.Ordinal));
    }

    [Fact]
    public void the_cli_reports_EDL0905_at_the_same_place_and_lints_the_rest()
    {
        var (bytes, line, column) = BadFile();
        _kit.WriteBytes("bad.txt", bytes);
        _kit.Write("good.txt", "Storm\n\nThe cafe reopened, the owner said.\n");
        var result = _kit.Run(".", "--no-rules");
        Assert.Contains($"bad.txt({line},{column}): warning EDL0905: The article is not valid UTF-8", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("good.txt(3,5): warning EDL0001", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void every_bad_sequence_is_counted_and_a_clean_article_has_none()
    {
        var (bytes, _, _) = BadFile();
        var text = ArticleDecoding.Decode(bytes.Concat(new byte[] { 0xC3, 0x28, 0x80 }).ToArray());
        var problem = Article.Parse("a.txt", text).InvalidEncoding;
        Assert.NotNull(problem);
        Assert.Equal(3, problem!.Count);
        Assert.Null(Article.Parse("b.txt", ArticleDecoding.Decode(Encoding.UTF8.GetBytes("Naïve café, 200 said."))).InvalidEncoding);
        var finding = LintPipeline.Create(Array.Empty<Rule>()).Analyze(Article.Parse("a.txt", text)).Findings.Single(f => f.RuleId == RuleIds.InvalidArticleEncoding);
        Assert.Contains("and 2 more after it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EDL0905_follows_the_severity_key()
    {
        var (bytes, _, _) = BadFile();
        _kit.WriteBytes("bad.txt", bytes);
        _kit.Write(".editorconfig", "root = true\n[*.txt]\neditorial_lint.EDL0905.severity = none\n");
        Assert.DoesNotContain("EDL0905", _kit.Run(".", "--no-rules").Stdout, StringComparison.Ordinal);
    }

    /// <summary>A file that is not text: a made-up image header (with NULs) and then prose-like bytes with figures.</summary>
    private static byte[] BinaryFile() =>
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }
            .Concat(Encoding.UTF8.GetBytes("Over 200 militants were killed and 40 wounded in 2024.\nThe Tehrik said so.\n"))
            .ToArray();

    [Fact]
    public void a_binary_file_gets_one_EDL0905_and_no_lint_from_its_decoded_garbage_while_the_rest_is_linted()
    {
        _kit.WriteBytes("image.txt", BinaryFile());
        _kit.Write("a.txt", "Raid\n\nOver 200 militants were killed in the raid.\n");
        var stdout = _kit.Run(".", "--no-rules").Stdout;
        var lines = stdout.Split('\n').Where(l => l.StartsWith("image.txt", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "image.txt(3,1): warning EDL0905: " + LintEngine.NotTextMessage }, lines);
        // Everything else keeps working: the same claim in a text article is still found.
        Assert.Contains("a.txt(3,1): warning EDL0002", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_reported_as_not_text_and_a_few_bad_bytes_are_not()
    {
        var utf16 = ArticleDecoding.Decode(Encoding.Unicode.GetBytes("Blast\n\nOver 200 militants were killed.\n"));
        Assert.True(Article.Parse("a.txt", utf16).InvalidEncoding!.IsBinary);
        var (bytes, _, _) = BadFile();
        Assert.False(Article.Parse("b.txt", ArticleDecoding.Decode(bytes)).InvalidEncoding!.IsBinary);
        // Mostly undecodable with no NUL (a binary format that holds none early) is not text either.
        var noise = Enumerable.Range(0, 300).Select(i => (byte)(0x80 + (i % 64))).ToArray();
        var problem = Article.Parse("c.txt", ArticleDecoding.Decode(Encoding.UTF8.GetBytes("%PDF-1.4\n").Concat(noise).ToArray())).InvalidEncoding!;
        Assert.True(problem.IsBinary);
        Assert.Equal(9, problem.TextOffset);
        var analysis = LintPipeline.Create(EditorialLint.BuiltIn.BuiltInRules.Create()).Analyze(Article.Parse("a.txt", utf16));
        Assert.Equal(new[] { RuleIds.InvalidArticleEncoding }, analysis.Findings.Select(f => f.RuleId).ToArray());
    }
}
