using EditorialLint.RuleFiles;

namespace EditorialLint.Tests.RuleFiles;

public class TermDataKindTests
{
    [Fact]
    public void attribution_contributes_verbs_and_sources_for_EDL0002()
    {
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/attribution.yml", "kind: attribution\nverbs: [briefed, disclosed]\nsources: [ISPR]\n") });
        Assert.Empty(set.Errors);
        var terms = Assert.Single(set.Data.GetAll<AttributionTerms>());
        Assert.Equal(new[] { "briefed", "disclosed" }, terms.ReportingVerbs);
        Assert.Equal(new[] { "ISPR" }, terms.Sources);
        Assert.Equal("rules/attribution.yml", terms.Origin!.Path);
    }

    [Fact]
    public void figures_contributes_units_nouns_and_exempt_nouns()
    {
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/figures.yml", "kind: figures\nunits: [crore, lakh]\nnouns: martyrs\nexemptNouns: [overs]\n") });
        Assert.Empty(set.Errors);
        var terms = Assert.Single(set.Data.GetAll<FigureTerms>());
        Assert.Equal(new[] { "crore", "lakh" }, terms.Units);
        Assert.Equal(new[] { "martyrs" }, terms.Nouns);
        Assert.Equal(new[] { "overs" }, terms.ExemptNouns);
    }

    [Fact]
    public void a_data_kind_with_an_id_is_told_it_has_none()
    {
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/attribution.yml", "kind: attribution\nid: EDL9001\nverbs: [briefed]\n") });
        var error = Assert.Single(set.Errors);
        Assert.Contains("does not report under an ID", error.Message, System.StringComparison.Ordinal);
        Assert.Empty(set.Data.GetAll<AttributionTerms>());
    }
}
