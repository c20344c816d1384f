using System.Collections.Generic;
using System.Linq;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Tests.Engine;

/// <summary>A user rule's option declared with a kind is checked like the built-in rules' options (EDL0904).</summary>
public class UserRuleOptionTests
{
    private sealed class NearbyWordRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new(
            "EDL9061", "Nearby word", "x", "Test", Severity.Warning, "Reads a whole-number option.",
            new[]
            {
                new RuleOption("distance", "How many words away.", "5", RuleOptionKind.WholeNumber),
                new RuleOption("words", "Any text.", string.Empty),
            });
    }

    private static IReadOnlyList<Finding> Lint(Dictionary<string, string> options) =>
        new LintEngine(new Rule[] { new NearbyWordRule() })
            .AnalyzeArticle(Article.Parse("a.txt", "Flood\n\nThe flood destroyed houses.\n"), new DictionaryOptionSource(options))
            .Findings;

    [Fact]
    public void a_user_rule_whole_number_option_that_cannot_be_read_is_EDL0904()
    {
        var findings = Lint(new Dictionary<string, string>
        {
            ["editorial_lint.EDL9061.distance"] = "five",
            ["editorial_lint.EDL9061.words"] = "anything, at all",
        });
        var invalid = Assert.Single(findings, f => f.RuleId == RuleIds.InvalidOption);
        Assert.Equal("'editorial_lint.EDL9061.distance = five' is not a whole number: EDL9061 uses its default, 5", invalid.Message);
    }

    [Fact]
    public void a_readable_value_is_not_reported()
    {
        var findings = Lint(new Dictionary<string, string> { ["editorial_lint.EDL9061.distance"] = " 7 " });
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.InvalidOption);
    }
}
