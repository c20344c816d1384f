using EditorialLint.Rules;
using EditorialLint.Testing;

namespace EditorialLint.Tests.RuleFiles;

public class SubstitutionKindTests
{
    private const string Yaml = """
        kind: substitution
        id: EDL9001
        message: "Write '{replacement}' rather than '{match}'."
        swap:
          utilize: use
          clean up operation: clean-up operation
          Tehrik: Tehreek
        """;

    private static RuleVerifier Verifier(string yaml = Yaml) => new RuleVerifier().WithRuleFile("rules/style.yml", yaml);

    public class Reports : SubstitutionKindTests
    {
        [Fact]
        public void a_listed_word_in_any_case_when_written_in_lower_case()
        {
            Verifier().Verify("They {|EDL9001:utilize|} it. {|EDL9001:Utilize|} it. {|EDL9001:UTILIZE|} it.");
        }

        [Fact]
        public void a_phrase_across_several_words()
        {
            Verifier().Verify("A targeted {|EDL9001:clean up operation|} began.");
        }

        [Fact]
        public void a_term_before_a_possessive_without_the_possessive()
        {
            Verifier().Verify("The {|EDL9001:Tehrik|}’s leaders met.");
        }

        [Fact]
        public void the_replacement_in_the_case_written_as_a_property_and_in_the_message()
        {
            var findings = Verifier().Lint(("a.txt", "Utilize it."));
            var finding = Assert.Single(findings);
            Assert.Equal("Use", finding.Properties[Finding.ReplacementProperty]);
            Assert.Equal("Write 'Use' rather than 'Utilize'.", finding.Message);
        }

        [Fact]
        public void inside_quotations_when_the_rule_says_so()
        {
            Verifier(Yaml + "\nskipQuotations: false").Verify("He said: “We {|EDL9001:utilize|} it.”");
        }

        [Fact]
        public void regex_patterns_with_group_references_in_the_replacement()
        {
            var yaml = """
                kind: substitution
                id: EDL9003
                regex: true
                swap:
                  '(\d+) per cent': '$1%'
                """;
            var findings = Verifier(yaml).Lint(("a.txt", "Prices rose 12 per cent."));
            Assert.Equal("12%", Assert.Single(findings).Properties[Finding.ReplacementProperty]);
            Verifier(yaml).Verify("Prices rose {|EDL9003:12 per cent|}.");
        }

        [Fact]
        public void only_articles_matching_the_files_globs()
        {
            var verifier = Verifier(Yaml + "\nfiles: ['politics/**/*.md', '!politics/drafts/**']");
            verifier.VerifyCorpus(
                ("/repo/articles/politics/a.md", "{|EDL9001:Utilize|} it."),
                ("/repo/articles/politics/drafts/b.md", "Utilize it."),
                ("/repo/articles/sport/c.md", "Utilize it."));
        }
    }

    public class Ignores : SubstitutionKindTests
    {
        [Fact]
        public void parts_of_longer_words()
        {
            Verifier().Verify("The utilizer and reutilize are other words.");
        }

        [Fact]
        public void a_capitalised_term_in_another_case()
        {
            Verifier().Verify("tehrik is not the proper noun.");
        }

        [Fact]
        public void quotations_by_default()
        {
            Verifier().Verify("He said: “We utilize it.”");
        }

        [Fact]
        public void code_and_urls()
        {
            Verifier().Verify("See `utilize` and https://example.com/utilize for details.", "a.md");
        }

        [Fact]
        public void a_phrase_split_across_paragraphs()
        {
            Verifier().Verify("A clean up\n\noperation began.");
        }

        [Fact]
        public void the_replacement_itself()
        {
            var yaml = """
                kind: substitution
                id: EDL9004
                ignoreCase: true
                swap:
                  ceasefire: ceasefire
                """;
            Verifier(yaml).Verify("A Ceasefire held.");
        }
    }

    [Fact]
    public void a_catastrophic_regex_stops_at_its_timeout_and_is_reported_as_a_failed_rule()
    {
        var yaml = """
            kind: existence
            id: EDL9005
            regex: true
            matchTimeout: 50
            terms: ['(a+)+b']
            """;
        var text = new string('a', 40) + "!";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var findings = Verifier(yaml).Lint(("a.txt", text));
        Assert.True(clock.Elapsed < System.TimeSpan.FromSeconds(10), clock.Elapsed.ToString());
        var failure = Assert.Single(findings, f => f.RuleId == RuleIds.RuleFailed);
        Assert.Contains("timeout", failure.Message, System.StringComparison.Ordinal);
    }
}
