using System.Linq;
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
    public void a_mistyped_id_in_a_suppression_comment_is_EDL0904_at_the_id_and_the_finding_stays()
    {
        VerifyWithHealth("<!-- editorial-lint disable-next-line {|EDL0904:EDL950|} -->\n{|EDL9050:Tehrik|} one.");
    }

    [Fact]
    public void an_unknown_verb_in_a_suppression_comment_is_EDL0904_at_the_verb()
    {
        VerifyWithHealth("<!-- editorial-lint {|EDL0904:disabel|} EDL9050 -->\n{|EDL9050:Tehrik|} one.");
    }

    [Fact]
    public void a_verb_glued_to_a_known_verb_by_a_hyphen_suppresses_nothing_as_its_EDL0904_says()
    {
        // "disable-nextline" is not "disable" followed by an ID "-NEXTLINE": read that way it silenced the rule for the
        // rest of the article while EDL0904 said the comment suppresses nothing.
        VerifyWithHealth("<!-- editorial-lint {|EDL0904:disable-nextline|} EDL9050 -->\n{|EDL9050:Tehrik|} one.\n\n{|EDL9050:Tehrik|} two.");
    }

    [Fact]
    public void known_ids_any_case_a_desks_csharp_ids_and_the_health_ids_are_not_questioned()
    {
        VerifyWithHealth("<!-- editorial-lint disable-next-line edl9050, ACME001 EDL0904 EDL0902 -->\nTehrik one.\n<!-- editorial-lint disable EDL9077 -->\n{|EDL9050:Tehrik|} two.");
    }

    [Fact]
    public void the_same_mistyped_comment_in_two_articles_is_reported_in_each()
    {
        const string Text = "<!-- editorial-lint disable-next-line EDL950 -->\nTehrik one.";
        var findings = _verifier.Lint(("a.txt", Text), ("b.txt", Text));
        Assert.Equal(new[] { "a.txt", "b.txt" }, findings.Where(f => f.RuleId == RuleIds.InvalidOption).Select(f => f.Path).ToArray());
    }

    /// <summary>As Verify, but EDL0904 (engine health, which the verifier leaves out) is compared too.</summary>
    private void VerifyWithHealth(string markup)
    {
        var (text, expected) = Markup.Parse(markup);
        var actual = _verifier.Lint(("article.txt", text)).Where(f => f.RuleId == "EDL9050" || f.RuleId == RuleIds.InvalidOption)
            .Select(f => $"{f.RuleId} {f.Span.Start}+{f.Span.Length}").OrderBy(k => k, System.StringComparer.Ordinal);
        Assert.Equal(expected.Select(e => $"{e.RuleId} {e.Span.Start}+{e.Span.Length}").OrderBy(k => k, System.StringComparer.Ordinal), actual);
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
