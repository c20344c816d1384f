using System;
using System.IO;
using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Tests.Support;
using EditorialLint.Text;
using Xunit;

namespace EditorialLint.Tests.Rules;

/// <summary>
/// Stop 30: one run-on sentence of thousands of figures (a pasted table, a line repeated without a full stop) must cost
/// time linear in its length. Checked by what the rules read, not by the clock.
/// </summary>
public sealed class RunOnSentenceTests
{
    private static Article RunOn(string clause, int times) =>
        Article.Parse("a.txt", "Quetta blast\n\n" + string.Concat(Enumerable.Repeat(clause, times)) + "police said nothing more.\n");

    [Fact]
    public void EDL0003_a_sentence_of_more_figures_than_the_cap_gives_no_claims()
    {
        const string clause = "25 people were killed in the blast in Quetta, ";
        Assert.NotEmpty(ClaimExtractor.Extract(RunOn(clause, 3)));
        Assert.NotEmpty(ClaimExtractor.Extract(RunOn(clause, ClaimExtractor.MaxFiguresPerSentence)));
        Assert.Empty(ClaimExtractor.Extract(RunOn(clause, ClaimExtractor.MaxFiguresPerSentence + 1)));
    }

    [Fact]
    public void EDL0003_the_cap_is_documented_on_the_rule_page()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "EDL0003.md"));
        Assert.Contains($"more than **{ClaimExtractor.MaxFiguresPerSentence} figures**", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("over 200 militants were killed in the raid, ")]
    [InlineData("prices rose 12 percent to Rs 300 billion, more than double the year before, ")]
    [InlineData("| 12 | 34 | 56 | ")]
    public void EDL0002_each_sentence_wide_check_reads_the_sentence_once_whatever_its_figures(string clause)
    {
        var terms = new FigureVocabulary(Array.Empty<FigureTerms>());
        foreach (var times in new[] { 10, 400 })
        {
            var article = RunOn(clause, times);
            var quantities = QuantityExtractor.Extract(article);
            Assert.True(quantities.Count >= times);
            var scans = new SentenceScans();
            foreach (var quantity in quantities)
            {
                var memo = terms.ClaimEvidenceOf(article, quantity, 10, false, false, false, false, false, false, false, false, scans);
                var plain = terms.ClaimEvidenceOf(article, quantity, 10, false, false, false, false, false, false, false, false);
                Assert.Equal(FigureVocabulary.Score(plain), FigureVocabulary.Score(memo));
                foreach (var item in typeof(ClaimEvidence).GetProperties()) Assert.Equal(item.GetValue(plain), item.GetValue(memo));
            }

            // At most one read per check and one for the multiples, for each sentence: not one per figure.
            var readsPerSentence = Enum.GetValues<SentenceScans.Check>().Length + 1;
            Assert.InRange(scans.Reads, 1, readsPerSentence * article.Sentences.Count);
        }
    }

    [Fact]
    public void EDL0002_a_run_on_sentence_is_no_told_story_or_imagined_scene_whose_every_count_reads_it_whole()
    {
        // Each count of a scene looks for an event word in its whole sentence: in a pasted table after "Imagine" that
        // was one read of the sentence per count (16,000 counts took 18 s against 0.5 s). Such a sentence is no scene.
        var terms = new FigureVocabulary(Array.Empty<FigureTerms>());
        var scene = Article.Parse("a.txt", "Budget\n\nImagine 12 clerks at a desk, and a queue.\n");
        Assert.True(FigureClassifier.IsNarrated(scene, QuantityExtractor.Extract(scene)[0], terms));
        var run = Article.Parse("a.txt", "Budget\n\nImagine " + string.Concat(Enumerable.Repeat("12 clerks at a desk, ", FigureClassifier.NarratedSentenceTokens)) + "and a queue.\n");
        Assert.False(FigureClassifier.IsNarrated(run, QuantityExtractor.Extract(run)[0], terms));
    }

    [Fact]
    public void EDL0002_a_question_is_read_for_its_stops_within_a_bounded_window()
    {
        // A short question asks its number; a run of bare numbers longer than the window is no question to read, and
        // its figures are not walked to the stop one by one.
        var shortQuestion = Article.Parse("a.txt", "Budget\n\nThe council says so. Three hundred layers? Ten? The mayor laughed.\n");
        Assert.Contains(QuantityExtractor.Extract(shortQuestion), q => FigureClassifier.IsAsked(shortQuestion, q));
        var numbers = string.Join(", ", Enumerable.Range(1, 3 * FigureClassifier.QuestionTokens).Select(i => (i * 37).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var run = Article.Parse("a.txt", "Budget\n\nThe council says so. " + numbers + "?\n");
        var first = QuantityExtractor.Extract(run)[0];
        Assert.False(FigureClassifier.IsAsked(run, first));
    }
}
