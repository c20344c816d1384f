using EditorialLint.Rules;
using EditorialLint.Testing;
using EditorialLint.Text;

namespace EditorialLint.Tests.Engine;

/// <summary>A tiny rule for engine tests: flags every "Tehrik".</summary>
internal sealed class FlagWordRule : Rule
{
    public static readonly RuleDescriptor Rule = new("EDL9050", "Flag a word", "'{word}' is flagged", "Test", Severity.Warning, "Test rule.");

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        foreach (var token in context.Article.Tokens)
        {
            if (token.Text == "Tehrik") context.Report(token.Span, Rule.FormatMessage(("word", token.Text)));
        }
    }
}

internal sealed class ThrowingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("EDL9051", "Throws", "x", "Test", Severity.Warning, "Throws.");

    public override void AnalyzeArticle(ArticleContext context) => throw new System.InvalidOperationException("boom");
}

public class SuppressionTests
{
    private readonly RuleVerifier _verifier = new(new FlagWordRule());

    [Fact]
    public void disable_and_enable_bracket_a_region()
    {
        _verifier.Verify("{|EDL9050:Tehrik|} one.\n<!-- editorial-lint disable EDL9050 -->\nTehrik two.\n<!-- editorial-lint enable EDL9050 -->\n{|EDL9050:Tehrik|} three.");
    }

    [Fact]
    public void disable_next_line_covers_the_next_paragraph_only()
    {
        _verifier.Verify("<!-- editorial-lint disable-next-line EDL9050 -->\n\nTehrik one.\n\n{|EDL9050:Tehrik|} two.");
    }

    [Fact]
    public void disable_without_ids_or_end_covers_every_rule_to_the_end()
    {
        _verifier.Verify("{|EDL9050:Tehrik|} one.\n<!-- editorial-lint disable -->\nTehrik two.\n\nTehrik three.");
    }

    [Fact]
    public void per_article_severity_none_silences_a_rule()
    {
        new RuleVerifier(new FlagWordRule()).WithOption("editorial_lint.EDL9050.severity", "none").Verify("Tehrik one.");
    }

    [Fact]
    public void a_throwing_rule_becomes_a_located_EDL0901_and_other_rules_keep_running()
    {
        var findings = new RuleVerifier(new ThrowingRule(), new FlagWordRule()).Lint(("a.txt", "Tehrik one."));
        Assert.Contains(findings, f => f.RuleId == RuleIds.RuleFailed && f.Message.Contains("EDL9051", System.StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleId == "EDL9050");
    }
}
