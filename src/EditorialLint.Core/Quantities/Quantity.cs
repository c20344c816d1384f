using EditorialLint.Text;

namespace EditorialLint.Quantities;

/// <summary>What a quantity measures.</summary>
public enum QuantityUnit
{
    /// <summary>A count of things: "23 soldiers", "hundreds of people", "a dozen".</summary>
    Count,
    /// <summary>A percentage: "9%", "7.5 per cent", "2 percentage points" (<see cref="Quantity.UnitText"/> says which).</summary>
    Percent,
    /// <summary>Money: "Rs50bn", "$1.2 billion", "500 rupees"; <see cref="Quantity.UnitText"/> holds the ISO-like code.</summary>
    Currency,
    /// <summary>A physical measure: "50km", "1,200 MW", "45 degrees"; <see cref="Quantity.UnitText"/> holds the unit.</summary>
    Measure,
    /// <summary>A length of time: "two decades", "30 years", "six weeks". Not a figure for attribution purposes.</summary>
    Duration,
    /// <summary>The age of a person: "Abaoud, 27,", "aged 27", "27 years old".</summary>
    Age,
}

/// <summary>How the text qualifies the number, which decides <see cref="Quantity.Low"/> and <see cref="Quantity.High"/>.</summary>
public enum QuantityQualifier
{
    /// <summary>"200": [N, N].</summary>
    Exact,
    /// <summary>"at least 200", "no fewer than 200", "200-plus": [N, +∞).</summary>
    AtLeast,
    /// <summary>"more than 200", "over 200", "above 200", "upwards of 200": (N, +∞), stored as [N, +∞).</summary>
    MoreThan,
    /// <summary>"up to 200", "as many as 200", "at most 200": [0, N].</summary>
    AtMost,
    /// <summary>"fewer than 200", "less than 200", "under 200", "below 200": [0, N), stored as [0, N].</summary>
    LessThan,
    /// <summary>"about", "around", "some", "approximately", "roughly", "an estimated", "200-odd": [0.9N, 1.1N].</summary>
    About,
    /// <summary>"nearly", "almost", "close to", "just under": [0.9N, N].</summary>
    Nearly,
    /// <summary>"10-15", "between 10 and 15", "10 to 15": [low, high].</summary>
    Range,
    /// <summary>"dozens of", "hundreds of", "tens of thousands of": an order of magnitude, e.g. hundreds = [200, 1000).</summary>
    Vague,
}

/// <summary>
/// A number stated in an article, with what qualifies it, what it measures and what it counts.
/// Produced by <see cref="QuantityExtractor.Extract(Article)"/>; immutable.
/// </summary>
/// <remarks>
/// <see cref="Span"/> covers the whole figure as a reader sees it: approximator, currency, number, scale and unit
/// ("over 200", "Rs50bn", "more than four thousand", "7.5 per cent", "between 10 and 15"), never the counted noun.
/// </remarks>
public sealed class Quantity
{
    public Quantity(
        TextSpan span,
        string text,
        double value,
        double low,
        double high,
        QuantityQualifier qualifier,
        QuantityUnit unit,
        string? unitText,
        string? noun,
        TextSpan? nounSpan,
        bool inQuotation,
        int sentenceIndex,
        int firstToken,
        int lastToken,
        bool spelledOut,
        bool definite)
    {
        Span = span;
        Text = text;
        Value = value;
        Low = low;
        High = high;
        Qualifier = qualifier;
        Unit = unit;
        UnitText = unitText;
        Noun = noun;
        NounSpan = nounSpan;
        InQuotation = inQuotation;
        SentenceIndex = sentenceIndex;
        FirstToken = firstToken;
        LastToken = lastToken;
        SpelledOut = spelledOut;
        Definite = definite;
    }

    /// <summary>The figure's span: approximator through unit ("over 200", "Rs50bn", "7.5 per cent").</summary>
    public TextSpan Span { get; }

    /// <summary>The text of <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The number as stated, scale applied: "Rs1.2trn" = 1.2e12, "four thousand" = 4000, "7.5%" = 7.5.
    /// For a range, its lower end; for a vague collective ("hundreds of"), the interval's lower end.</summary>
    public double Value { get; }

    /// <summary>Lower end of what the text allows (see <see cref="QuantityQualifier"/>).</summary>
    public double Low { get; }

    /// <summary>Upper end of what the text allows; <see cref="double.PositiveInfinity"/> for "at least"/"more than".</summary>
    public double High { get; }

    public QuantityQualifier Qualifier { get; }
    public QuantityUnit Unit { get; }

    /// <summary>The unit in a normal form: "PKR", "USD", "GBP", "EUR", "INR" for money; "%" or "percentage point" for
    /// percentages; "km", "MW", … for measures; "year", "week", … for durations; null for counts.</summary>
    public string? UnitText { get; }

    /// <summary>The counted noun's lemma, lower case ("soldier" for "23 Pakistani soldiers"), or null.</summary>
    public string? Noun { get; }

    /// <summary>Where the counted noun stands, if found.</summary>
    public TextSpan? NounSpan { get; }

    /// <summary>True when the figure stands inside a direct quotation.</summary>
    public bool InQuotation { get; }

    /// <summary>Index of the sentence in <see cref="Article.Sentences"/>.</summary>
    public int SentenceIndex { get; }

    /// <summary>First and last token of <see cref="Span"/> in <see cref="Article.Tokens"/>.</summary>
    public int FirstToken { get; }
    public int LastToken { get; }

    /// <summary>True when the number is written in words ("four thousand", "a dozen", "hundreds of").</summary>
    public bool SpelledOut { get; }

    /// <summary>True when a definite determiner comes before it ("the two countries", "its 36 districts"): a count of
    /// things already known to the reader rather than a new claim.</summary>
    public bool Definite { get; }

    /// <summary>True when the text qualifies the number (anything but <see cref="QuantityQualifier.Exact"/>).</summary>
    public bool IsApproximate => Qualifier != QuantityQualifier.Exact;

    public override string ToString() =>
        $"{Text} {Unit}{(UnitText is null ? string.Empty : "(" + UnitText + ")")} [{Low}, {High}] {Qualifier}{(Noun is null ? string.Empty : " " + Noun)}";
}
