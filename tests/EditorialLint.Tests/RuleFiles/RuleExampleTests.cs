using EditorialLint.Tests.Support;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Testing;

namespace EditorialLint.Tests.RuleFiles;

public class RuleExampleTests
{
    private const string Yaml = """
        kind: substitution
        id: EDL9001
        files: ['politics/**']
        swap:
          utilize: use
        examples:
          correct:
            - We use it.
          incorrect:
            - We utilize it.
        """;

    [Fact]
    public void examples_that_hold_give_nothing_even_with_file_globs()
    {
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/a.yml", Yaml) });
        Assert.Empty(set.Diagnose());
    }

    [Fact]
    public void an_incorrect_example_the_rule_misses_is_located_at_the_example()
    {
        var yaml = Yaml.Replace("We utilize it.", "We employ it.", System.StringComparison.Ordinal);
        var failure = Assert.Single(RuleFileVerifier.Diagnose(new[] { new RuleFileText("rules/a.yml", yaml) }));
        Assert.Equal(RuleIds.RuleExampleFailed, failure.RuleId);
        Assert.Equal("We employ it.", yaml.Substring(failure.Span.Start, failure.Span.Length));
        Assert.Contains("not flagged", failure.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_correct_example_the_rule_flags_is_located_at_the_example()
    {
        var yaml = Yaml.Replace("We use it.", "They utilize it.", System.StringComparison.Ordinal);
        var failure = Assert.Single(RuleFileVerifier.Diagnose(new[] { new RuleFileText("rules/a.yml", yaml) }));
        Assert.Equal("They utilize it.", yaml.Substring(failure.Span.Start, failure.Span.Length));
        Assert.Contains("'utilize'", failure.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void the_verifier_throws_with_every_problem_named()
    {
        var yaml = Yaml.Replace("We utilize it.", "We employ it.", System.StringComparison.Ordinal);
        var files = new[] { new RuleFileText("rules/a.yml", yaml) };
        var failure = Assert.Single(RuleFileVerifier.Diagnose(files));
        var ex = Assert.Throws<RuleVerificationException>(() => RuleFileVerifier.Verify(files));
        Assert.Contains($"{failure.Location}: EDL0903", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void the_shipped_rule_files_load_and_their_examples_hold()
    {
        RuleFileVerifier.VerifyDirectory(System.IO.Path.Combine(RepoPaths.Root, "rules"));
    }
}
