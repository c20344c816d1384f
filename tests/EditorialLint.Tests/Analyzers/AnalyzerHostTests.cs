using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Tests.Analyzers;

public class AnalyzerHostTests
{
    private static AnalyzerHarness TwoArticles() => new AnalyzerHarness()
        .AddArticle("articles/a.txt", "Zardari met Tehrik leaders.")
        .AddArticle("articles/b.txt", "Later Zardari spoke.\nThe Tehrik said so.");

    [Fact]
    public async Task the_build_path_reports_per_article_and_corpus_findings_with_related_locations_and_properties()
    {
        var diagnostics = await TwoArticles().GetAllDiagnosticsAsync(new TestRulesAnalyzer());
        Assert.Equal(
            new[]
            {
                "articles/a.txt(1,13): warning EDL9050: 'Tehrik' is flagged",
                "articles/b.txt(1,7): warning EDL9060: 'Zardari' also appears in another article",
                "articles/b.txt(2,5): warning EDL9050: 'Tehrik' is flagged",
            },
            diagnostics.Select(AnalyzerHarness.Format));
        var corpus = diagnostics.Single(d => d.Id == "EDL9060");
        Assert.Equal(AnalyzerHarness.Root + "articles/a.txt", corpus.AdditionalLocations.Single().GetLineSpan().Path);
        Assert.Equal("ZARDARI", corpus.Properties["replacement"]);
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, corpus.Descriptor.CustomTags);
    }

    [Fact]
    public async Task the_ide_path_reports_one_files_own_findings_live_and_leaves_corpus_findings_to_the_end()
    {
        var diagnostics = await TwoArticles().GetFileDiagnosticsAsync(new TestRulesAnalyzer(), "articles/b.txt");
        Assert.Equal(new[] { "articles/b.txt(2,5): warning EDL9050: 'Tehrik' is flagged" }, diagnostics.Select(AnalyzerHarness.Format));
    }

    [Fact]
    public async Task editorconfig_keys_set_the_severity_per_article()
    {
        var diagnostics = await TwoArticles()
            .AddEditorConfig(".editorconfig", "root = true\n[articles/a.txt]\neditorial_lint.EDL9050.severity = error\n[articles/b.txt]\neditorial_lint.EDL9050.severity = none\n")
            .GetAllDiagnosticsAsync(new TestRulesAnalyzer());
        Assert.Equal(
            new[]
            {
                "articles/a.txt(1,13): error EDL9050: 'Tehrik' is flagged",
                "articles/b.txt(1,7): warning EDL9060: 'Zardari' also appears in another article",
            },
            diagnostics.Select(AnalyzerHarness.Format));
    }

    [Fact]
    public async Task additional_files_of_other_tools_are_left_alone()
    {
        var diagnostics = await new AnalyzerHarness()
            .AddForeignFile("PublicAPI.Shipped.txt", "Tehrik Zardari")
            .AddForeignFile("other.yml", "kind: nonsense")
            .GetAllDiagnosticsAsync(new EditorialLintAnalyzer());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task a_broken_rule_file_is_reported_in_that_file_and_nothing_else_breaks()
    {
        var harness = TwoArticles()
            .AddRuleFile("rules/broken.yml", "kind: variants\ngroups: [ unclosed\n")
            .AddRuleFile("rules/unknown.yml", "kind: nonsense\n");
        var diagnostics = await harness.GetAllDiagnosticsAsync(new EditorialLintAnalyzer());
        var lines = diagnostics.Select(AnalyzerHarness.Format).ToArray();
        Assert.Contains(lines, l => l.StartsWith("rules/broken.yml(", System.StringComparison.Ordinal) && l.Contains("EDL0902", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("rules/unknown.yml(1,7): warning EDL0902: Unknown rule kind 'nonsense'", System.StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task findings_are_the_same_with_and_without_concurrent_execution()
    {
        var concurrent = await TwoArticles().GetAllDiagnosticsAsync(new TestRulesAnalyzer(), concurrent: true);
        var sequential = await TwoArticles().GetAllDiagnosticsAsync(new TestRulesAnalyzer(), concurrent: false);
        Assert.Equal(sequential.Select(AnalyzerHarness.Format), concurrent.Select(AnalyzerHarness.Format));
    }
}
