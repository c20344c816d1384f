using System.IO;
using EditorialLint.Testing;

namespace Acme.EditorialRules.Tests;

/// <summary>The desk's rule file: it loads cleanly, its examples hold, and it reports what it should.</summary>
public class AcmeStyleRuleFileTests
{
    private static readonly string RuleFile = Path.Combine(System.AppContext.BaseDirectory, "acme-style.yml");

    [Fact]
    public void the_rule_file_loads_and_its_examples_hold()
    {
        RuleFileVerifier.VerifyFiles(RuleFile);
    }

    [Fact]
    public void the_substitution_reports_with_the_replacement()
    {
        new RuleVerifier()
            .WithRuleFile("acme-style.yml", File.ReadAllText(RuleFile))
            .Verify("The army launched a targeted {|EDL9001:clean up operation|} on Monday.");
    }
}
