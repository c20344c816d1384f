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
}
