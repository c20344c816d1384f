using EditorialLint.Rules;
using EditorialLint.Testing;
using Xunit;

namespace EditorialLint.Tests.Engine;

/// <summary>A rule that reports every "Tehrik" twice: the duplicate a verifier with Distinct() would hide.</summary>
internal sealed class TwiceReportingRule : Rule
{
    public static readonly RuleDescriptor Rule = new("EDL9052", "Reports twice", "'{word}' twice", "Test", Severity.Warning, "Test rule.");

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        foreach (var token in context.Article.Tokens)
        {
            if (token.Text != "Tehrik") continue;
            context.Report(token.Span, Rule.FormatMessage(("word", token.Text)));
            context.Report(token.Span, Rule.FormatMessage(("word", token.Text)));
        }
    }
}

/// <summary>Issue 11, item 8: the test kit fails on duplicate reports and on rule files that do not load.</summary>
public class RuleVerifierTests
{
    [Fact]
    public void a_span_reported_twice_fails_verification()
    {
        var verifier = new RuleVerifier(new TwiceReportingRule());
        Assert.Throws<RuleVerificationException>(() => verifier.Verify("The {|EDL9052:Tehrik|} met."));
    }

    [Fact]
    public void a_span_reported_once_passes()
    {
        new RuleVerifier(new FlagWordRule()).Verify("The {|EDL9050:Tehrik|} met.");
    }

    [Fact]
    public void a_rule_file_that_does_not_load_fails_verification()
    {
        var verifier = new RuleVerifier(new FlagWordRule()).WithRuleFile("rules/broken.yml", "kind: [unclosed");
        var failure = Assert.Throws<RuleVerificationException>(() => verifier.Verify("The {|EDL9050:Tehrik|} met."));
        Assert.Contains("EDL0902", failure.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void rule_file_problems_pass_only_when_allowed()
    {
        new RuleVerifier(new FlagWordRule())
            .WithRuleFile("rules/broken.yml", "kind: [unclosed")
            .AllowRuleFileProblems()
            .Verify("The {|EDL9050:Tehrik|} met.");
    }
}
