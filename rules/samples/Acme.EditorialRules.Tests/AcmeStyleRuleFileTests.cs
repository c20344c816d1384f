using System.IO;
using EditorialLint.RuleFiles;
using EditorialLint.Testing;

namespace Acme.EditorialRules.Tests;

/// <summary>The desk's rule file: it loads cleanly, its examples hold, and it reports what it should.</summary>
public class AcmeStyleRuleFileTests
{
    private static readonly string RuleFile = ReadRuleFile();

    [Fact]
    public void the_rule_file_loads_and_its_examples_hold()
    {
        RuleFileVerifier.Verify(new[] { new RuleFileText("acme-style.yml", RuleFile) });
    }

    [Fact]
    public void the_substitution_reports_with_the_replacement()
    {
        new RuleVerifier()
            .WithRuleFile("acme-style.yml", RuleFile)
            .Verify("The army launched a targeted {|EDL9001:clean up operation|} on Monday.");
    }

    private static string ReadRuleFile()
    {
        using var stream = typeof(AcmeStyleRuleFileTests).Assembly.GetManifestResourceStream("acme-style.yml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
