using System.Linq;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Testing;

namespace EditorialLint.Tests.RuleFiles;

/// <summary>A broken rule file gives a located EDL0902 in that file, and every other rule keeps working.</summary>
public class RuleFileErrorTests
{
    private const string GoodFile = """
        kind: existence
        id: EDL9020
        terms: [martyrs]
        """;

    /// <summary>Loads the broken file beside a good one; returns the one error and the text it points at.</summary>
    private static (Finding Error, string At) LoadBroken(string yaml)
    {
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/broken.yml", yaml), new RuleFileText("rules/good.yml", GoodFile) });
        var error = Assert.Single(set.Errors);
        Assert.Equal(RuleIds.InvalidRuleFile, error.RuleId);
        Assert.Equal("rules/broken.yml", error.Path);
        Assert.Contains(set.Rules, r => r.Descriptor.Id == "EDL9020");
        var at = yaml.Substring(error.Span.Start, System.Math.Min(error.Span.Length, yaml.Length - error.Span.Start));
        return (error, at);
    }

    [Fact]
    public void bad_yaml_is_located_where_the_parser_stopped()
    {
        var (error, _) = LoadBroken("kind: existence\nid: EDL9001\nterms: \"martyrs\nmessage: x\n");
        Assert.Contains("not valid YAML", error.Message, System.StringComparison.Ordinal);
        Assert.True(error.Location.Start.Line > 0, error.ToString());
    }

    [Fact]
    public void yaml_the_parser_gives_up_on_without_a_position_is_still_reported()
    {
        var (error, _) = LoadBroken("kind: existence\nid: EDL9001\nterms: [martyrs\nmessage: x\n");
        Assert.Contains("not valid YAML", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void an_unclosed_bracket_says_what_is_wrong_where_the_parser_stopped_and_where_the_list_began()
    {
        // Issue 11, item 5: this was "Operation is not valid due to the current state of the object." at (1,1).
        var (error, _) = LoadBroken("kind: existence\nid: EDL9001\nterms: [martyrs\nmessage: x\n");
        Assert.DoesNotContain("current state of the object", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("the parser stopped at line ", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("The '[' at line 3, column 8 is never closed with ']'", error.Message, System.StringComparison.Ordinal);
        Assert.True(error.Location.Start.Line >= 2, error.ToString());
    }

    [Fact]
    public void an_unknown_kind_is_located_at_the_kind()
    {
        var (error, at) = LoadBroken("kind: spellcheck\nid: EDL9001\n");
        Assert.Equal("spellcheck", at);
        Assert.Contains("Known kinds: attribution, existence, figures, substitution, variants", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_bad_regex_is_located_at_the_pattern()
    {
        var (error, at) = LoadBroken("kind: existence\nid: EDL9001\nregex: true\nterms: ['martyr(s']\n");
        Assert.Equal("'martyr(s'", at);
        Assert.Contains("not a valid regular expression", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void an_id_out_of_range_is_located_at_the_id()
    {
        var (error, at) = LoadBroken("kind: existence\nid: EDL0777\nterms: [x]\n");
        Assert.Equal("EDL0777", at);
        Assert.Contains("EDL9001–EDL9099", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_id_is_reported()
    {
        var (error, _) = LoadBroken("kind: substitution\nswap: {a: b}\n");
        Assert.Contains("no 'id:'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_duplicate_id_is_located_at_the_second_id_and_names_the_first()
    {
        var set = RuleFileSet.Load(new[]
        {
            new RuleFileText("rules/a.yml", "kind: existence\nid: EDL9030\nterms: [x]\n"),
            new RuleFileText("rules/b.yml", "kind: existence\nid: EDL9030\nterms: [y]\n"),
        });
        var error = Assert.Single(set.Errors);
        Assert.Equal("rules/b.yml", error.Path);
        Assert.Contains("rules/a.yml(2,5)", error.Message, System.StringComparison.Ordinal);
        Assert.Single(set.Rules);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void a_rule_that_fails_to_load_claims_no_id_so_a_valid_rule_with_that_id_in_another_file_still_runs(bool reversed)
    {
        // New-user report, stop 23: broken.yml sorts first; its rule used to take EDL9001 and the valid file was
        // dropped as the "duplicate", blamed in its own file.
        var files = new[]
        {
            new RuleFileText("rules/broken.yml", "kind: substitution\nid: EDL9001\nswap: [media wing, ISPR]\n"),
            new RuleFileText("rules/desk.yml", "kind: existence\nid: EDL9001\nterms: [martyrs]\n"),
        };
        var set = RuleFileSet.Load(reversed ? files.Reverse() : files);
        var error = Assert.Single(set.Errors);
        Assert.Equal("rules/broken.yml", error.Path);
        Assert.DoesNotContain("already used", error.Message, System.StringComparison.Ordinal);
        Assert.Equal("EDL9001", Assert.Single(set.Rules).Descriptor.Id);

        var pipeline = EditorialLint.Engine.LintPipeline.Create(System.Array.Empty<Rule>(), reversed ? files.Reverse() : files);
        var (text, expected) = Markup.Parse("Flood\n\nThe {|EDL9001:martyrs|} were buried, officials said.\n");
        var found = pipeline.Analyze(EditorialLint.Text.Article.Parse("a.txt", text)).Findings.Where(f => f.RuleId == "EDL9001").Select(f => f.Span);
        Assert.Equal(expected.Select(e => e.Span), found);
    }

    [Fact]
    public void a_stray_document_marker_at_the_end_says_the_file_has_an_empty_second_document()
    {
        var (error, _) = LoadBroken("kind: existence\nid: EDL9001\nterms: [x]\n---\n");
        Assert.Equal("The file has an empty second YAML document: a '---' with no rule after it. Remove the stray '---'.", error.Message);
    }

    [Fact]
    public void an_unknown_key_is_located_at_the_key()
    {
        var (error, at) = LoadBroken("kind: existence\nid: EDL9001\nterms: [x]\nskipQuotation: false\n");
        Assert.Equal("skipQuotation", at);
        Assert.Contains("Unknown key 'skipQuotation' for an 'existence' rule; did you mean 'skipQuotations'?", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_misspelt_key_of_a_house_list_is_located_at_the_key_not_ignored()
    {
        // ux-s32: a house list (variants without id:) read only the keys it knew, so 'spellling: british' did nothing.
        var (error, at) = LoadBroken("kind: variants\nspellling: british\ngroups:\n  - preferred: Türkiye\n    variants: [Turkey]\n");
        Assert.Equal("spellling", at);
        Assert.Contains("Unknown key 'spellling' for a house list (a variants rule without an 'id:'); did you mean 'spelling'?", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_misspelt_key_of_a_data_kind_names_the_nearest_key()
    {
        // ux-s32: 'exemptNoun' listed some thirty known keys without saying which one was meant.
        var (error, at) = LoadBroken("kind: figures\nexemptNoun: [ferry]\n");
        Assert.Equal("exemptNoun", at);
        Assert.Contains("Unknown key 'exemptNoun' for a 'figures' rule; did you mean 'exemptNouns'?", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_message_on_a_house_list_says_it_would_have_no_effect()
    {
        var (error, at) = LoadBroken("kind: variants\nmessage: 'Use {preferred}'\ngroups:\n  - preferred: Türkiye\n    variants: [Turkey]\n");
        Assert.Equal("message", at);
        Assert.Contains("'message:' has no effect on a variants rule without an 'id:'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_misspelt_key_in_a_variants_group_is_located_at_the_key_and_the_other_groups_load()
    {
        // ux-s32: 'variant:' was reported as "lists no other spelling under 'variants:'" at the group, 'reason:' ignored.
        var yaml = "kind: variants\ngroups:\n  - preferred: Türkiye\n    variant: [Turkey]\n  - preferred: Balochistan\n    variants: [Baluchistan]\n";
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/house-style.yml", yaml) });
        var error = Assert.Single(set.Errors);
        Assert.Equal("variant", yaml.Substring(error.Span.Start, error.Span.Length));
        Assert.Contains("Unknown key 'variant' in a variants group; did you mean 'variants'?", error.Message, System.StringComparison.Ordinal);
        Assert.Equal("Balochistan", Assert.Single(set.Data.GetAll<VariantGroup>()).Preferred);
    }

    [Fact]
    public void a_message_placeholder_the_kind_does_not_fill_is_reported()
    {
        var (error, _) = LoadBroken("kind: existence\nid: EDL9001\nmessage: 'Use {replacement}'\nterms: [x]\n");
        Assert.Contains("'{replacement}'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void an_unknown_severity_is_located_at_the_severity()
    {
        var (_, at) = LoadBroken("kind: existence\nid: EDL9001\nseverity: loud\nterms: [x]\n");
        Assert.Equal("loud", at);
    }

    [Fact]
    public void a_broken_file_leaves_the_other_files_rules_and_data_working()
    {
        new RuleVerifier()
            .WithRuleFile("rules/broken.yml", "kind: [unclosed")
            .WithRuleFile("rules/good.yml", GoodFile)
            .AllowRuleFileProblems()
            .OnlyIds("EDL9020")
            .Verify("The {|EDL9020:martyrs|} were buried.");

        var set = RuleFileSet.Load(new[]
        {
            new RuleFileText("rules/broken.yml", "kind: nope\n"),
            new RuleFileText("rules/house-style.yml", "kind: variants\ngroups:\n  - preferred: Türkiye\n    variants: [Turkey]\n"),
        });
        Assert.Single(set.Errors);
        Assert.Single(set.Data.GetAll<VariantGroup>());
    }

    [Fact]
    public void one_broken_rule_in_a_list_leaves_its_neighbours_working()
    {
        var yaml = "rules:\n  - kind: existence\n    id: EDL9040\n    terms: [x]\n  - kind: nope\n  - kind: existence\n    id: EDL9041\n    terms: [y]\n";
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/list.yml", yaml) });
        Assert.Single(set.Errors);
        Assert.Equal(new[] { "EDL9040", "EDL9041" }, set.Rules.Select(r => r.Descriptor.Id).ToArray());
    }
}
