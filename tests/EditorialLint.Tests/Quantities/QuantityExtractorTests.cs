using System.Linq;
using EditorialLint.Quantities;
using EditorialLint.Text;

namespace EditorialLint.Tests.Quantities;

public class QuantityExtractorTests
{
    private static Quantity Single(string text)
    {
        var quantities = QuantityExtractor.Extract(Article.Parse("a.txt", text));
        Assert.True(quantities.Count == 1, $"expected one quantity in '{text}', got: {string.Join(" | ", quantities)}");
        return quantities[0];
    }

    private static string[] Texts(string text) => QuantityExtractor.Extract(Article.Parse("a.txt", text)).Select(q => q.Text).ToArray();

    [Theory]
    [InlineData("The camp holds 20,000 people.", "20,000", 20000)]
    [InlineData("Growth was 1.5 in the index.", "1.5", 1.5)]
    [InlineData("It costs Rs50bn to build.", "Rs50bn", 50e9)]
    [InlineData("Debt reached Rs1.2trn last year.", "Rs1.2trn", 1.2e12)]
    [InlineData("The fund has $3.5 billion now.", "$3.5 billion", 3.5e9)]
    [InlineData("The plan costs Rs 3 crore in all.", "Rs 3 crore", 3e7)]
    [InlineData("The scheme helps 20 lakh farmers.", "20 lakh", 2e6)]
    [InlineData("Shares closed at Rs12,734.74 apiece.", "Rs12,734.74", 12734.74)]
    [InlineData("They lost four thousand soldiers.", "four thousand", 4000)]
    [InlineData("They lost twenty-five soldiers.", "twenty-five", 25)]
    [InlineData("They built two hundred and fifty homes.", "two hundred and fifty", 250)]
    [InlineData("They found a dozen bodies.", "a dozen", 12)]
    [InlineData("It will cost a million dollars.", "a million", 1e6)]
    public void values_with_scale(string text, string figure, double value)
    {
        var q = Single(text);
        Assert.Equal(figure, q.Text);
        Assert.Equal(value, q.Value, 6);
    }

    [Fact]
    public void exact_numbers_are_a_point_interval()
    {
        var q = Single("The army sent 200 troops.");
        Assert.Equal(QuantityQualifier.Exact, q.Qualifier);
        Assert.Equal(200, q.Low);
        Assert.Equal(200, q.High);
    }

    [Theory]
    [InlineData("at least 200", QuantityQualifier.AtLeast, 200, double.PositiveInfinity)]
    [InlineData("more than 200", QuantityQualifier.MoreThan, 200, double.PositiveInfinity)]
    [InlineData("over 200", QuantityQualifier.MoreThan, 200, double.PositiveInfinity)]
    [InlineData("up to 200", QuantityQualifier.AtMost, 0, 200)]
    [InlineData("as many as 200", QuantityQualifier.AtMost, 0, 200)]
    [InlineData("fewer than 200", QuantityQualifier.LessThan, 0, 200)]
    [InlineData("under 200", QuantityQualifier.LessThan, 0, 200)]
    [InlineData("about 200", QuantityQualifier.About, 180, 220)]
    [InlineData("around 200", QuantityQualifier.About, 180, 220)]
    [InlineData("some 200", QuantityQualifier.About, 180, 220)]
    [InlineData("approximately 200", QuantityQualifier.About, 180, 220)]
    [InlineData("nearly 200", QuantityQualifier.Nearly, 180, 200)]
    [InlineData("almost 200", QuantityQualifier.Nearly, 180, 200)]
    public void approximators_set_the_interval(string figure, QuantityQualifier qualifier, double low, double high)
    {
        var q = Single($"The flood displaced {figure} families.");
        Assert.Equal(figure, q.Text);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(low, q.Low, 6);
        Assert.Equal(high, q.High, 6);
        Assert.Equal("family", q.Noun);
    }

    [Theory]
    [InlineData("The storm hit 10-15 villages.", "10-15", 10, 15)]
    [InlineData("The storm hit between 10 and 15 villages.", "between 10 and 15", 10, 15)]
    [InlineData("The plan costs Rs500 to 600 billion.", "Rs500 to 600 billion", 500e9, 600e9)]
    public void ranges(string text, string figure, double low, double high)
    {
        var q = Single(text);
        Assert.Equal(figure, q.Text);
        Assert.Equal(QuantityQualifier.Range, q.Qualifier);
        Assert.Equal(low, q.Low, 6);
        Assert.Equal(high, q.High, 6);
    }

    [Fact]
    public void a_change_between_two_values_is_not_a_range_but_two_quantities()
    {
        Assert.Equal(new[] { "$7.2bn", "$170.8bn" }, Texts("Turnover rose $7.2bn to $170.8bn."));
    }

    [Theory]
    [InlineData("Dozens of shops burned.", 24, 100)]
    [InlineData("Hundreds of shops burned.", 200, 1000)]
    [InlineData("Tens of thousands of shops burned.", 20000, 100000)]
    public void collectives_are_vague_intervals(string text, double low, double high)
    {
        var q = Single(text);
        Assert.Equal(QuantityQualifier.Vague, q.Qualifier);
        Assert.Equal(low, q.Low);
        Assert.Equal(high, q.High);
        Assert.Equal("shop", q.Noun);
        Assert.True(q.SpelledOut);
    }

    [Theory]
    [InlineData("Exports fell 7.5 per cent.", "7.5 per cent", QuantityUnit.Percent, "%")]
    [InlineData("Exports fell 7.5 percent.", "7.5 percent", QuantityUnit.Percent, "%")]
    [InlineData("Exports fell 7.5%.", "7.5%", QuantityUnit.Percent, "%")]
    [InlineData("Rates rose 2 percentage points.", "2 percentage points", QuantityUnit.Percent, "percentage point")]
    [InlineData("It cost $40m.", "$40m", QuantityUnit.Currency, "USD")]
    [InlineData("It cost £40m.", "£40m", QuantityUnit.Currency, "GBP")]
    [InlineData("It cost €40m.", "€40m", QuantityUnit.Currency, "EUR")]
    [InlineData("It cost PKR 40m.", "PKR 40m", QuantityUnit.Currency, "PKR")]
    [InlineData("It cost USD 40m.", "USD 40m", QuantityUnit.Currency, "USD")]
    [InlineData("It cost 500 rupees.", "500", QuantityUnit.Currency, "PKR")]
    [InlineData("The road is 50km long.", "50km", QuantityUnit.Measure, "km")]
    [InlineData("The war lasted two decades.", "two", QuantityUnit.Duration, "decade")]
    public void units(string text, string figure, QuantityUnit unit, string unitText)
    {
        var q = Single(text);
        Assert.Equal(figure, q.Text);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(unitText, q.UnitText);
    }

    [Theory]
    [InlineData("Abaoud, 27, was killed.")]
    [InlineData("A woman aged 45 was hurt.")]
    [InlineData("He is 45 years old.")]
    public void ages(string text) => Assert.Equal(QuantityUnit.Age, Single(text).Unit);

    [Fact]
    public void a_hyphenated_age_spans_the_whole_modifier()
    {
        var q = Single("A 27-year-old man was held.");
        Assert.Equal(QuantityUnit.Age, q.Unit);
        Assert.Equal("27-year-old", q.Text);
    }

    [Fact]
    public void the_counted_noun_is_the_head_of_the_phrase_singularised()
    {
        var q = Single("The clashes killed 23 Pakistani soldiers on Monday.");
        Assert.Equal("soldier", q.Noun);
        Assert.NotNull(q.NounSpan);
    }

    [Fact]
    public void definite_counts_are_marked()
    {
        Assert.True(Single("The two countries agreed.").Definite);
        Assert.False(Single("Two countries agreed.").Definite);
    }

    [Fact]
    public void quantities_inside_quotations_are_marked()
    {
        var quantities = QuantityExtractor.Extract(Article.Parse("a.txt", "“We lost 400 men,” he said, adding that 300 were hurt."));
        Assert.True(quantities[0].InQuotation);
        Assert.False(quantities[1].InQuotation);
    }

    [Theory]
    [InlineData("The ceasefire of October 19 held.")]
    [InlineData("It happened on 19 October.")]
    [InlineData("It happened in May 2025.")]
    [InlineData("It happened in 2021.")]
    [InlineData("It happened in the 1990s.")]
    [InlineData("The budget for 2024-25 passed.")]
    [InlineData("Talks start at 10:30 and end at 9am.")]
    [InlineData("The 51st session opened.")]
    [InlineData("He told France 24 about it.")]
    [InlineData("Police imposed Section 144 under Article 245.")]
    [InlineData("The G20 met, as F-16 jets flew and COVID-19 spread.")]
    [InlineData("Flight AI171 crashed and PM2.5 levels rose.")]
    [InlineData("The hosts won 3-1.")]
    [InlineData("The ratio was 1/3 in sector H-8/4.")]
    [InlineData("It backs a two-state solution and a 20-member committee.")]
    [InlineData("One diplomat came, and a few others.")]
    [InlineData("Call (202) 662-7262 today.")]
    [InlineData("Call 888-269-8796 today.")]
    [InlineData("Founders of 24Seven spoke.")]
    [InlineData("The rate was 217 per 1,000 households.", "217")]
    public void what_is_not_a_quantity(string text, params string[] allowed)
    {
        Assert.Equal(allowed, Texts(text));
    }

    [Fact]
    public void the_number_word_lexicon_comes_from_humanizer()
    {
        Assert.True(NumberWords.TryGetUnit("seventeen", out var seventeen));
        Assert.Equal(17, seventeen);
        Assert.True(NumberWords.TryGetScale("billion", out var billion));
        Assert.Equal(1e9, billion);
        Assert.True(NumberWords.TryGetScale("crore", out var crore));
        Assert.Equal(1e7, crore);
    }

    [Fact]
    public void the_fallback_spelling_for_invariant_globalization_matches_humanizer()
    {
        foreach (var n in Enumerable.Range(0, 100).Select(i => (long)i).Concat(new[] { 100L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L }))
            Assert.Equal(Humanizer.NumberToWordsExtension.ToWords(n, System.Globalization.CultureInfo.InvariantCulture), NumberWords.Fallback(n));
    }

    [Fact]
    public void extraction_is_linear_and_total_on_odd_input()
    {
        Assert.Empty(QuantityExtractor.Extract(Article.Parse("a.txt", string.Empty)));
        Assert.Empty(QuantityExtractor.Extract(Article.Parse("a.txt", "   \n\n ")));
        var big = string.Concat(Enumerable.Repeat("Over 200 people fled, and Rs5bn was lost. ", 5000));
        Assert.Equal(10000, QuantityExtractor.Extract(Article.Parse("a.txt", big)).Count);
    }
}
