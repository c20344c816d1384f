using System.Collections.Generic;
using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Testing;
using EditorialLint.Text;

namespace EditorialLint.Tests.RuleFiles;

/// <summary>
/// One YAML group, two ways to use it: as EDL0001's house list (no <c>id:</c>) and as a stand-alone
/// <c>variants</c> rule (<c>id: EDL9010</c>), plus its variants as an <c>existence</c> term list. All three must
/// find the same spans, the ones marked <c>[|…|]</c>, because one term matcher decides what a listed term matches
/// (docs/authoring.md, "How listed terms match"). Each case below is one where the house list and the rule-file
/// kinds used to disagree, or where neither matched what an editor would call the same spelling.
/// </summary>
public class TermMatchingTests
{
    private const string Groups = """
        groups:
          - preferred: Khyber Pakhtunkhwa
            variants: [Khyber Pukhtunkhwa]
          - preferred: Pakistan Peoples Party
            variants: ["Pakistan People's Party"]
          - preferred: Türkiye
            variants: [Turkiye]
          - preferred: Gilgit-Baltistan
            variants: [Gilgit Baltistan]
          - preferred: Balochistan
            variants: [Baluchistan]
        """;

    private const string Existence = """
        kind: existence
        id: EDL9011
        ignoreCase: false
        skipQuotations: false
        terms: [Khyber Pukhtunkhwa, "Pakistan People's Party", Turkiye, Gilgit Baltistan, Baluchistan]
        """;

    public static IEnumerable<object[]> Cases() => new[]
    {
        // A name broken over a line inside its paragraph (the house list compared the space literally).
        new object[] { "line break", "Khyber Pakhtunkhwa is large. Police in [|Khyber\nPukhtunkhwa|] said so." },
        new object[] { "two spaces", "Khyber Pakhtunkhwa is large. Police in [|Khyber  Pukhtunkhwa|] said so." },
        new object[] { "no-break space", "Khyber Pakhtunkhwa is large. Police in [|Khyber\u00A0Pukhtunkhwa|] said so." },
        // A curly apostrophe is typography: the straight form listed covers it (neither engine did).
        new object[] { "curly apostrophe", "The Pakistan Peoples Party won. The [|Pakistan People\u2019s Party|] lost." },
        // A decomposed ü is the preferred spelling (neither engine saw it, so the group never fired).
        new object[] { "decomposed diacritic", "Tu\u0308rkiye voted. [|Turkiye|] abstained." },
        // A no-break hyphen is a hyphen (the house list never saw the preferred form).
        new object[] { "no-break hyphen", "Gilgit\u2011Baltistan voted. [|Gilgit Baltistan|] abstained." },
        // A combining accent makes another word (the house list matched its first letters).
        new object[] { "combining accent after", "Balochistan and [|Baluchistan|] differ; Baluchistan\u0301 is a typo." },
        // An e-mail address is never prose (the house list matched inside it).
        new object[] { "e-mail address", "Balochistan and [|Baluchistan|]: write to Baluchistan@example.org today." },
        // Glued to a number, the letters are part of another word (the rule-file kinds matched them).
        new object[] { "glued to a number", "Balochistan and [|Baluchistan|] differ; see 2Baluchistan here." },
        // Already the same in both: a possessive after the form is left out of the span.
        new object[] { "possessive", "Balochistan's capital and [|Baluchistan|]\u2019s hills." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void a_house_list_and_the_same_terms_in_rule_file_kinds_match_the_same_spans(string name, string markup)
    {
        var (text, expected) = Markup.Parse(markup);
        var spans = expected.Select(e => e.Span).OrderBy(s => s.Start).ToList();

        var house = Spans(text, "kind: variants\nspelling: british\n" + Groups, RuleIds.SpellingVariants);
        var standalone = Spans(text, "kind: variants\nid: EDL9010\nignoreCase: false\nskipQuotations: false\n" + Groups, "EDL9010");
        var existence = Spans(text, Existence, "EDL9011");

        Assert.True(spans.SequenceEqual(house), $"{name}: EDL0001 (house list) found {Describe(text, house)}, expected {Describe(text, spans)}");
        Assert.True(spans.SequenceEqual(standalone), $"{name}: EDL9010 (variants kind) found {Describe(text, standalone)}, expected {Describe(text, spans)}");
        Assert.True(spans.SequenceEqual(existence), $"{name}: EDL9011 (existence kind) found {Describe(text, existence)}, expected {Describe(text, spans)}");
    }

    // EDL0002's listed sources used to be split on spaces and compared word by word: a hyphenated name or one
    // followed by a possessive never matched, though an existence list with the same term found it.
    [Theory]
    [InlineData("Inter-Services Public Relations", "Twelve soldiers died in North Waziristan on Monday, per [|Inter-Services Public Relations|].")]
    [InlineData("Pakistan Peoples Party", "Twelve soldiers died in North Waziristan on Monday, the [|Pakistan Peoples Party|]’s spokesman.")]
    public void a_source_listed_for_EDL0002_matches_where_the_same_term_in_an_existence_list_matches(string source, string markup)
    {
        var (text, expected) = Markup.Parse(markup);
        var existence = Spans(text, $"kind: existence\nid: EDL9011\nterms: [{source}]\n", "EDL9011");
        Assert.Equal(expected.Select(e => e.Span), existence);

        // The figure needs a source without the list (so the list is what attributes it) and has one with it.
        Assert.Single(Spans(text, "kind: figures\nnameWords: [Sector]\n", RuleIds.UnattributedFigure));
        Assert.Empty(Spans(text, $"kind: attribution\nsources: [{source}]\n", RuleIds.UnattributedFigure));
    }

    // Pieces of text where the engines used to part: spaces of several kinds, line and paragraph breaks, both
    // apostrophes, hyphens, a combining accent, digits, an e-mail address, a possessive.
    private static readonly string[] TextPieces = { "Ab", "ab", "Cd", "cd", " ", " ", "  ", "\n", "\n\n", "\u00A0", "-", "\u2011", "'", "\u2019", "\u0301", "2", "'s", "@x.org", ".", ", " };
    private static readonly string[] FormPieces = { "Ab", "ab", "Cd", "cd", " ", "-", "'", "\u2019", "'s" };

    [Fact]
    public void on_random_text_a_house_list_and_the_same_group_under_a_desk_id_report_the_same_spans()
    {
        var random = new System.Random(20261206);
        var compared = 0;
        for (var round = 0; round < 150; round++)
        {
            var forms = Enumerable.Range(0, random.Next(2, 5))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(__ => FormPieces[random.Next(FormPieces.Length)])).Trim())
                .Where(f => Term.Create(f, TermCase.Exact) is not null)
                .Distinct(System.StringComparer.Ordinal)
                .ToList();
            if (forms.Count < 2) continue;
            var yaml = $"groups:\n  - preferred: {Quote(forms[0])}\n    variants: [{string.Join(", ", forms.Skip(1).Select(Quote))}]\n";
            var text = forms[0] + " " + string.Concat(Enumerable.Range(0, random.Next(5, 40)).Select(_ => random.Next(4) == 0 ? forms[random.Next(forms.Count)] : TextPieces[random.Next(TextPieces.Length)]));

            // EDL0001 reports a house group only where two forms meet; the preferred form leads the text so it does.
            var house = Spans(text, "kind: variants\n" + yaml, RuleIds.SpellingVariants);
            var standalone = Spans(text, "kind: variants\nid: EDL9010\nskipQuotations: false\n" + yaml, "EDL9010");
            Assert.True(standalone.SequenceEqual(house), $"round {round}: {Describe(text, house)} vs {Describe(text, standalone)} in '{text}' for [{string.Join("|", forms)}]");
            compared += standalone.Count;
        }

        Assert.True(compared > 100, $"only {compared} spans compared: the test proves little");
    }

    private static string Quote(string form) => "\"" + form.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [Fact]
    public void a_form_with_no_word_in_it_is_a_rule_file_error()
    {
        var pipeline = LintPipeline.Create(BuiltInRules.Create(), new[] { new RuleFileText("rules/house.yml", "kind: variants\ngroups:\n  - preferred: Balochistan\n    variants: [\"--\"]\n") });
        var problem = Assert.Single(pipeline.RuleFileDiagnostics);
        Assert.Equal(RuleIds.InvalidRuleFile, problem.RuleId);
        Assert.Contains("'--' holds no word to match", problem.Message);
    }

    [Fact]
    public void terms_that_end_at_the_same_place_go_to_the_one_listed_first_whatever_the_list_size()
    {
        // Five forms with the same first word and the same end: the first listed must win every time.
        var terms = Enumerable.Range(0, 5).Select(i => Term.Create("Lahore", TermCase.Exact, i)!).ToList();
        var matcher = new TermMatcher(terms);
        var match = Assert.Single(matcher.Find(Article.Parse("a.txt", "In Lahore today."), skipQuotations: false));
        Assert.Equal(0, match.Term.Tag);
    }

    private static List<TextSpan> Spans(string text, string ruleFile, string ruleId)
    {
        var pipeline = LintPipeline.Create(BuiltInRules.Create(), new[] { new RuleFileText("rules/terms.yml", ruleFile) });
        Assert.Empty(pipeline.RuleFileDiagnostics);
        var result = pipeline.Lint(new[] { new CorpusArticle(Article.Parse("articles/a.txt", text), DictionaryOptionSource.Empty) });
        return result.Findings.Where(f => f.RuleId == ruleId).Select(f => f.Location.Span).OrderBy(s => s.Start).ToList();
    }

    private static string Describe(string text, IEnumerable<TextSpan> spans) =>
        "[" + string.Join(", ", spans.Select(s => $"'{text.Substring(s.Start, s.Length)}'@{s.Start}")) + "]";
}
