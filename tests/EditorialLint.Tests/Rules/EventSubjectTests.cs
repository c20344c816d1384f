using System;
using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Text;
using Xunit;

namespace EditorialLint.Tests.Rules;

/// <summary>
/// A count at the head of its clause whose event is a passive after a long subject: the clause may open the sentence
/// with its conjunction, written with a capital there ("When two …", "After two …").
/// </summary>
public sealed class EventSubjectTests
{
    private static readonly FigureVocabulary Terms = new(Array.Empty<FigureTerms>());

    [Theory]
    [InlineData("The town slept when two kiosks from the old market square near the bus station were looted.")]
    [InlineData("When two kiosks from the old market square near the bus station were looted, the town slept.")]
    [InlineData("After two kiosks from the old market square near the bus station were looted, the town slept.")]
    [InlineData("But two kiosks from the old market square near the bus station were looted.")]
    public void a_count_whose_clause_opens_the_sentence_with_a_conjunction_is_the_subject_of_its_event(string text)
    {
        var article = Article.Parse("a.txt", text);
        var two = QuantityExtractor.Extract(article).Single(q => q.Text == "two");
        Assert.True(FigureClassifier.IsEventCount(article, two, Terms));
    }
}
