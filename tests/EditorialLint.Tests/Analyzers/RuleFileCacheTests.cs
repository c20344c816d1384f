using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.Rules;

namespace EditorialLint.Tests.Analyzers;

/// <summary>
/// The analyzer parses a rule file once per SourceText (Roslyn's SourceTextValueProvider, as StyleCop caches its
/// settings file), not at every compilation: an IDE re-runs the analyzer on every edit of an article while the
/// rule files stay the same text objects.
/// </summary>
public class RuleFileCacheTests
{
    private const string Names = """
        kind: variants
        id: EDL9010
        groups:
          - preferred: Tehreek-e-Taliban
            variants: [Tehrik-e-Taliban]
        """;

    [Fact]
    public async Task an_unchanged_rule_file_is_parsed_once_across_compilations_and_again_when_its_text_changes()
    {
        var analyzer = new EditorialLintAnalyzer();
        var harness = new AnalyzerHarness()
            .AddRuleFile("rules/names.yml", Names)
            .AddArticle("articles/a.txt", "The Tehrik-e-Taliban met in Swat.");

        var first = await harness.GetAllDiagnosticsAsync(analyzer);
        Assert.Equal(1, analyzer.RuleFileParses);

        // A second compilation (an article edited, the rule file not): the same SourceText, no new parse.
        harness.ReplaceText("articles/a.txt", "The Tehrik-e-Taliban met in Swat on Monday.");
        var second = await harness.GetAllDiagnosticsAsync(analyzer);
        Assert.Equal(1, analyzer.RuleFileParses);
        Assert.Single(first, d => d.Id == "EDL9010");
        Assert.Single(second, d => d.Id == "EDL9010");

        // The rule file edited: a new SourceText, parsed again, and its new content is what runs.
        harness.ReplaceText("rules/names.yml", Names.Replace("Tehrik-e-Taliban]", "Tehrik-e-Taliban, Swaat]"));
        harness.ReplaceText("articles/a.txt", "The Tehrik-e-Taliban met in Swaat.");
        var third = await harness.GetAllDiagnosticsAsync(analyzer);
        Assert.Equal(2, analyzer.RuleFileParses);
        Assert.Equal(2, third.Count(d => d.Id == "EDL9010"));
    }

    [Fact]
    public async Task a_cached_bad_rule_file_still_gives_its_located_EDL0902_at_every_compilation_and_no_AD0001()
    {
        var analyzer = new EditorialLintAnalyzer();
        var harness = new AnalyzerHarness()
            .AddRuleFile("rules/broken.yml", "kind: existence\nid: EDL9001\nterms: [martyrs\n")
            .AddArticle("articles/a.txt", "Three martyrs were buried.");

        for (var run = 0; run < 2; run++)
        {
            harness.ReplaceText("articles/a.txt", "Three martyrs were buried, run " + run + ".");
            var diagnostics = await harness.GetAllDiagnosticsAsync(analyzer);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var broken = Assert.Single(diagnostics, d => d.Id == RuleIds.InvalidRuleFile);
            Assert.Equal(AnalyzerHarness.Root + "rules/broken.yml", broken.Location.GetLineSpan().Path);
            Assert.Contains("never closed", broken.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(1, analyzer.RuleFileParses);
    }
}
