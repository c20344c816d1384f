using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Testing;

namespace EditorialLint.Tests.RuleFiles;

public class VariantsKindTests
{
    private const string Yaml = """
        kind: variants
        id: EDL9010
        groups:
          - preferred: Tehreek-e-Taliban Pakistan
            variants: [Tehrik-e-Taliban Pakistan, Tehrik-i-Taliban Pakistan]
          - preferred: Türkiye
            variants: [Turkiye, Turkey]
        """;

    private static RuleVerifier Verifier(string yaml = Yaml) => new RuleVerifier().WithRuleFile("rules/names.yml", yaml);

    public class Reports : VariantsKindTests
    {
        [Fact]
        public void every_non_preferred_form_under_its_own_id()
        {
            Verifier().Verify("The {|EDL9010:Tehrik-e-Taliban Pakistan|} and {|EDL9010:Tehrik-i-Taliban Pakistan|} met in {|EDL9010:Turkey|}.");
        }

        [Fact]
        public void the_preferred_form_as_the_replacement()
        {
            var finding = Assert.Single(Verifier().Lint(("a.txt", "Talks in Turkiye resumed.")));
            Assert.Equal("Türkiye", finding.Properties[Finding.ReplacementProperty]);
            Assert.Equal("Write 'Türkiye' rather than 'Turkiye' (house style).", finding.Message);
        }

        [Fact]
        public void the_groups_reason_in_the_default_message()
        {
            // ux-s32: a desk could not say why it prefers a form; 'reason:' fills {reason} ("house style: …").
            var yaml = "kind: variants\nid: EDL9010\ngroups:\n  - preferred: Türkiye\n    variants: [Turkey]\n    reason: the state's name at the UN since 2022\n";
            var finding = Assert.Single(Verifier(yaml).Lint(("a.txt", "Talks in Turkey resumed.")));
            Assert.Equal("Write 'Türkiye' rather than 'Turkey' (house style: the state's name at the UN since 2022).", finding.Message);
        }
    }

    public class Ignores : VariantsKindTests
    {
        [Fact]
        public void the_preferred_form()
        {
            Verifier().Verify("The Tehreek-e-Taliban Pakistan (TTP) met in Türkiye.");
        }

        [Fact]
        public void another_case_of_a_case_sensitive_form()
        {
            Verifier().Verify("A turkey was served.");
        }
    }

    [Fact]
    public void without_an_id_the_groups_are_data_for_EDL0001()
    {
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/house.yml", "kind: variants\ngroups:\n  - preferred: Türkiye\n    variants: [Turkey]\n") });
        Assert.Empty(set.Errors);
        Assert.Empty(set.Rules);
        var group = Assert.Single(set.Data.GetAll<VariantGroup>());
        Assert.Equal(RuleIds.SpellingVariants, group.RuleId);
    }

    [Fact]
    public void a_house_list_may_say_what_it_is_as_data_kinds_may()
    {
        // title:/description: document a file of any kind (figures and attribution take them too); on a house list they
        // must not make the whole list fail to load.
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/house.yml", "kind: variants\ntitle: Desk spellings\ndescription: Place names the desk settled on.\ngroups:\n  - preferred: Türkiye\n    variants: [Turkey]\n") });
        Assert.Empty(set.Errors);
        Assert.Equal("Türkiye", Assert.Single(set.Data.GetAll<VariantGroup>()).Preferred);
    }
}
