using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.Cli;
using EditorialLint.Tests.Analyzers;
using EditorialLint.Tests.Cli;
using EditorialLint.Text;

namespace EditorialLint.Tests.Text;

public class ArticleDatesTests
{
    private const string Pattern = @"(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})";

    [Theory]
    [InlineData("thenews/20250620/x.txt", "2025-06-20")]
    [InlineData("duc/d30001t/APW19990707.0181", "1999-07-07")]
    [InlineData("2024/03/05/x.md", "2024-03-05")]
    [InlineData("desk/2024-03-05-budget.md", "2024-03-05")]
    [InlineData("desk/2024_03_05/budget.md", "2024-03-05")]
    [InlineData(@"desk\2024\02\29\leap.txt", "2024-02-29")]
    [InlineData("archive/20250101/update-20250620.txt", "2025-06-20")]
    [InlineData("archive/20250620/draft-20251340.txt", "2025-06-20")]
    [InlineData("1900-01-01/x.txt", "1900-01-01")]
    [InlineData("2099/12/31/x.txt", "2099-12-31")]
    public void the_default_takes_the_last_calendar_date_in_the_path(string path, string expected)
    {
        Assert.Equal(DateTime.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), ArticleDates.FromPath(path, null));
        Assert.Equal(ArticleDates.FromPath(path, null), ArticleDates.Infer(path));
    }

    [Theory]
    [InlineData("thenews/20251340/x.txt")]
    [InlineData("thenews/123420250620/x.txt")]
    [InlineData("thenews/2025062/x.txt")]
    [InlineData("thenews/20250229/x.txt")]
    [InlineData("thenews/2025-02-29/x.txt")]
    [InlineData("thenews/20250620123/x.txt")]
    [InlineData("thenews/2025-06_20/x.txt")]
    [InlineData("thenews/18991231/x.txt")]
    [InlineData("thenews/21000101/x.txt")]
    [InlineData("thenews/2025/06/x.txt")]
    [InlineData("seeds/edl0003/kurram-toll.txt")]
    [InlineData("thenews/\u0662\u0660\u0662\u0665\u0660\u0666\u0662\u0660/x.txt")]
    public void the_default_rejects_what_is_not_a_calendar_date_on_its_own(string path) =>
        Assert.Null(ArticleDates.FromPath(path, null));

    [Fact]
    public void a_configured_pattern_wins_and_none_turns_dating_off()
    {
        Assert.Equal(new DateTime(2025, 6, 1), ArticleDates.FromPath("x/20250620/2025-06-01.txt", null));
        Assert.Equal(new DateTime(2025, 6, 20), ArticleDates.FromPath("x/20250620/2025-06-01.txt", Pattern));
        Assert.Null(ArticleDates.FromPath("x/2025-06-01.txt", Pattern));
        Assert.Null(ArticleDates.FromPath("x/20250620/a.txt", "none"));
        Assert.Null(ArticleDates.FromPath("x/20250620/a.txt", " None "));
        Assert.Equal(new DateTime(2025, 6, 20), ArticleDates.FromPath("x/20250620/a.txt", "  "));
    }

    [Fact]
    public void a_pattern_problem_names_what_is_missing()
    {
        Assert.Null(ArticleDates.PatternProblem(Pattern));
        Assert.Null(ArticleDates.PatternProblem(null));
        Assert.Null(ArticleDates.PatternProblem(" none "));
        Assert.StartsWith("a valid regular expression", ArticleDates.PatternProblem("("), StringComparison.Ordinal);
        Assert.Contains("(?<month>…)", ArticleDates.PatternProblem(@"(?<year>\d{4})(?<mon>\d{2})(?<day>\d{2})"), StringComparison.Ordinal);
        // The build reports such a pattern (EDL0904: no article is dated from its path) and, as it says, dates nothing.
        Assert.Null(ArticleDates.FromPath("x/202506/a.txt", @"(?<year>\d{4})(?<month>\d{2})"));
    }
}

/// <summary>
/// Two reports of one clash a month apart, in dated folders, with different tolls. The CLI and the build date them
/// from their paths with nothing configured, and find what they find with the explicit pattern; <c>none</c> gives the
/// undated behaviour, where the two are one event.
/// </summary>
public sealed class DefaultArticleDatesTests : IDisposable
{
    private const string Pattern = @"(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})";

    private static readonly (string Path, string Text)[] Articles =
    {
        ("thenews/20251013/kurram.txt", "Kurram clash\n\nOfficials in Kurram said 23 Pakistani soldiers were killed in Kurram.\n"),
        ("thenews/20251120/kurram.txt", "Kurram clash\n\nOfficials in Kurram said 18 Pakistani soldiers were killed in Kurram.\n"),
    };

    private readonly CliTestKit _kit = new() { Host = new CliHost() };

    public DefaultArticleDatesTests()
    {
        foreach (var (path, text) in Articles) _kit.Write(path, text);
    }

    public void Dispose() => _kit.Dispose();

    [Fact]
    public async Task cli_and_build_date_articles_from_dated_folders_by_default()
    {
        var cliDefault = Cli();
        var cliPattern = Cli("--date-pattern", Pattern);
        var cliNone = Cli("--date-pattern", "none");
        var buildDefault = await Build(null);
        var buildPattern = await Build(Pattern);
        var buildNone = await Build("none");

        // Undated, the two reports are one event and their tolls conflict; dated a month apart they are not.
        Assert.NotEmpty(cliNone);
        Assert.NotEqual(cliNone, cliPattern);
        Assert.Equal(cliPattern, cliDefault);
        Assert.Equal(cliPattern, buildPattern);
        Assert.Equal(cliDefault, buildDefault);
        Assert.Equal(cliNone, buildNone);
    }

    [Theory]
    [InlineData("(", "a valid regular expression")]
    [InlineData(@"(\d{4})(\d{2})(\d{2})", "(?<year>…), (?<month>…), (?<day>…)")]
    [InlineData(@"(?<year>\d{4})(?<month>\d{2})", "(?<day>…)")]
    public void an_unusable_date_pattern_is_a_usage_error_in_the_cli(string pattern, string expected)
    {
        var result = _kit.Run(".", "--no-rules", "--date-pattern", pattern);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--date-pattern", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_unusable_date_pattern_is_edl0904_once_in_the_build_at_the_first_article()
    {
        var harness = new AnalyzerHarness();
        foreach (var (path, text) in Articles) harness.AddArticle(path, text);
        harness.AddEditorConfig(".globalconfig", "is_global = true\nbuild_property.EditorialLintDatePattern = (\n");
        var diagnostics = (await harness.GetAllDiagnosticsAsync(new EditorialLintAnalyzer())).Where(d => d.Id == "EDL0904").ToArray();
        var diagnostic = Assert.Single(diagnostics);
        Assert.EndsWith("thenews/20251013/kurram.txt", diagnostic.Location.GetLineSpan().Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.StartsWith("'EditorialLintDatePattern = (' is not a valid regular expression", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var usable = new AnalyzerHarness();
        foreach (var (path, text) in Articles) usable.AddArticle(path, text);
        usable.AddEditorConfig(".globalconfig", "is_global = true\nbuild_property.EditorialLintDatePattern = " + Pattern + "\n");
        Assert.DoesNotContain(await usable.GetAllDiagnosticsAsync(new EditorialLintAnalyzer()), d => d.Id == "EDL0904");
    }

    private string[] Cli(params string[] options)
    {
        var result = _kit.Run(new[] { ".", "--no-rules", "--format", "json" }.Concat(options).ToArray());
        Assert.True(result.Stdout.TrimStart().StartsWith('['), result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.EnumerateArray()
            .Where(f => f.GetProperty("id").GetString() == "EDL0003")
            .Select(f => Key(f.GetProperty("path").GetString()!, f.GetProperty("message").GetString()!))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
    }

    private static async Task<string[]> Build(string? pattern)
    {
        var harness = new AnalyzerHarness();
        foreach (var (path, text) in Articles) harness.AddArticle(path, text);
        if (pattern is not null) harness.AddEditorConfig(".globalconfig", "is_global = true\nbuild_property.EditorialLintDatePattern = " + pattern + "\n");
        return (await harness.GetAllDiagnosticsAsync(new EditorialLintAnalyzer()))
            .Where(d => d.Id == "EDL0003")
            .Select(d => Key(d.Location.GetLineSpan().Path, d.GetMessage(CultureInfo.InvariantCulture)))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
    }

    private static string Key(string path, string message)
    {
        var normal = path.Replace('\\', '/');
        var folder = Path.GetFileName(Path.GetDirectoryName(normal)) ?? "";
        return folder + "/" + Path.GetFileName(normal) + ": " + message;
    }
}
