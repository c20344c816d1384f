using EditorialLint.Testing;

namespace EditorialLint.Tests.RuleFiles;

public class ExistenceKindTests
{
    private const string Yaml = """
        kind: existence
        id: EDL9002
        message: "'{match}' is a loaded word."
        terms: [martyrs, martyred, ISPR claims]
        """;

    private static RuleVerifier Verifier(string yaml = Yaml) => new RuleVerifier().WithRuleFile("rules/loaded.yml", yaml);

    public class Reports : ExistenceKindTests
    {
        [Fact]
        public void each_listed_term_in_prose()
        {
            Verifier().Verify("{|EDL9002:Martyrs|} were buried; 23 soldiers were {|EDL9002:martyred|}.");
        }

        [Fact]
        public void a_capitalised_phrase_exactly()
        {
            Verifier().Verify("The {|EDL9002:ISPR claims|} were denied, unlike the Ispr claims.");
        }

        [Fact]
        public void the_message_with_the_word_as_written()
        {
            var finding = Assert.Single(Verifier().Lint(("a.txt", "Martyrs were buried.")));
            Assert.Equal("'Martyrs' is a loaded word.", finding.Message);
        }

        [Fact]
        public void regex_terms_as_whole_words()
        {
            var yaml = """
                kind: existence
                id: EDL9006
                regex: true
                ignoreCase: true
                terms: ['martyr(s|ed)?']
                """;
            Verifier(yaml).Verify("{|EDL9006:Martyrs|} and {|EDL9006:martyred|} soldiers, but not martyrdom.");
        }

        [Fact]
        public void quotations_when_skip_quotations_is_false()
        {
            Verifier(Yaml + "\nskipQuotations: false").Verify("“Our {|EDL9002:martyrs|},” he said.");
        }
    }

    public class Ignores : ExistenceKindTests
    {
        [Fact]
        public void quotations_by_default()
        {
            Verifier().Verify("“Our martyrs will be remembered,” he said.");
        }

        [Fact]
        public void regex_matches_in_quotations_code_and_urls()
        {
            var yaml = """
                kind: existence
                id: EDL9006
                regex: true
                terms: ['martyrs']
                """;
            Verifier(yaml).Verify("“Our martyrs,” he said. See `martyrs` and https://example.com/martyrs here.", "a.md");
        }

        [Fact]
        public void articles_outside_the_files_globs()
        {
            Verifier(Yaml + "\nfiles: ['opinion/**']").Verify("Martyrs were buried.", "/repo/news/a.txt");
        }
    }
}
