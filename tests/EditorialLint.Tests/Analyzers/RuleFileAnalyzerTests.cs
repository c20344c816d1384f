using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.BuiltIn;
using EditorialLint.Rules;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Analyzers;

/// <summary>Rule files through the Roslyn host: errors located in the rule file, everything else still reporting.</summary>
public class RuleFileAnalyzerTests
{
    private const string Names = """
        kind: variants
        id: EDL9010
        groups:
          - preferred: Tehreek-e-Taliban Pakistan
            variants: [Tehrik-e-Taliban Pakistan]
        examples:
          incorrect: [The Tehrik-e-Taliban Pakistan met.]
          correct: [The Tehrik-e-Taliban Pakistan met.]
        """;

    [Fact]
    public async Task a_broken_rule_file_is_reported_in_itself_and_the_other_rules_still_report_on_the_seeds()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "004_b04480063e768ec3.txt"));
        var seedPath = AnalyzerHarness.Root + "seeds/004.txt";
        var diagnostics = await new AnalyzerHarness()
            .AddRuleFile("rules/broken.yml", "kind: existence\nid: EDL9001\nregex: true\nterms: ['(unclosed']\n")
            .AddRuleFile("rules/names.yml", Names)
            .AddRuleFile("rules/house-style.yml", File.ReadAllText(Path.Combine(RepoPaths.Rules, "house-style.yml")))
            .AddArticle("seeds/004.txt", seed)
            .AddArticle("seeds/003.txt", File.ReadAllText(Path.Combine(RepoPaths.Seeds, "003_b45aed45d5481ca0.txt")))
            .GetAllDiagnosticsAsync(new EditorialLintAnalyzer());

        var broken = Assert.Single(diagnostics, d => d.Id == RuleIds.InvalidRuleFile);
        var brokenSpan = broken.Location.GetLineSpan();
        Assert.Equal(AnalyzerHarness.Root + "rules/broken.yml", brokenSpan.Path);
        Assert.Equal(3, brokenSpan.StartLinePosition.Line);

        // The failing 'correct' example is reported at the example, in the rule file.
        var example = Assert.Single(diagnostics, d => d.Id == RuleIds.RuleExampleFailed);
        Assert.Equal(AnalyzerHarness.Root + "rules/names.yml", example.Location.GetLineSpan().Path);

        var variant = Assert.Single(diagnostics, d => d.Id == "EDL9010");
        Assert.Equal(seedPath, variant.Location.GetLineSpan().Path);
        Assert.Equal("Tehrik-e-Taliban Pakistan", seed.Substring(variant.Location.SourceSpan.Start, variant.Location.SourceSpan.Length));
        Assert.Equal("Tehreek-e-Taliban Pakistan", variant.Properties["replacement"]);

        // EDL0001 reads house-style.yml's groups (003 writes Tehreek, 004 Tehrik) and still reports.
        Assert.Contains(diagnostics, d => d.Id == RuleIds.SpellingVariants && d.Location.GetLineSpan().Path == seedPath);
    }

    [Fact]
    public void rule_file_ids_are_declared_up_front()
    {
        var ids = new EditorialLintAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        Assert.Contains("EDL9001", ids);
        Assert.Contains("EDL9099", ids);
        Assert.Contains(RuleIds.InvalidRuleFile, ids);
        Assert.Contains(RuleIds.RuleExampleFailed, ids);
    }
}
