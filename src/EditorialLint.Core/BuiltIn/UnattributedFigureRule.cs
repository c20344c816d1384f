using System;
using System.Collections.Generic;
using System.Globalization;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;

namespace EditorialLint.BuiltIn;

/// <summary>
/// EDL0002: a figure — a number asserted as fact about the world — with no source in reach. The finding covers the
/// figure as a reader sees it, approximator and unit included ("over 200", "Rs50bn", "7.5 per cent").
/// </summary>
public sealed class UnattributedFigureRule : Rule
{
    private const double DefaultMinValue = 10;
    private const int DefaultWindow = 1;

    /// <summary>Counted nouns whose figures are match statistics, not claims about the world.</summary>
    private static readonly string[] DefaultExemptNouns = { "run", "wicket", "over", "ball", "goal", "boundary", "six", "innings", "century", "stroke", "lap", "match", "game", "fixture", "appearance", "inning", "rebound", "assist", "break", "try", "touchdown" };

    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnattributedFigure,
        "Figure without a source",
        "'{figure}' is stated as fact, but nothing in reach says who gives it",
        "Attribution",
        Severity.Warning,
        "A figure (a count, sum of money, percentage or measure asserted as fact) needs a source in reach: a reporting verb " +
        "with an agent in the same sentence (\"police said\", \"according to the ministry\"), a direct quotation whose speaker " +
        "the paragraph names, an adjacent sentence of the same paragraph that names one, or a headline of the form '…: Source'. " +
        "Dates, years, durations, ages, ordinals, numbers in names, scores and small definite counts are not figures.",
        new[]
        {
            new RuleOption("reporting_verbs", "Extra reporting verb forms that attribute when they have an agent (comma-separated, e.g. 'averred, opined').", string.Empty),
            new RuleOption("sources", "Names that attribute wherever they stand in the sentence (comma-separated, e.g. 'ISPR, Reuters').", string.Empty),
            new RuleOption("window", "How many sentences before and after, in the same paragraph, may carry the source.", DefaultWindow.ToString(CultureInfo.InvariantCulture)),
            new RuleOption("min_value", "Plain counts and measures below this value are small definite counts, not figures (percentages and money always count).", DefaultMinValue.ToString(CultureInfo.InvariantCulture)),
            new RuleOption("exempt_nouns", "Counted nouns (singular) whose figures never need a source, added to the built-in sports terms (comma-separated, e.g. 'seat, vote').", string.Empty),
        });

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        var article = context.Article;
        var quantities = QuantityExtractor.Extract(context); // shared with EDL0003's claims
        if (quantities.Count == 0) return;

        var options = context.Options;
        var minValue = options.GetDouble("min_value", DefaultMinValue);
        var window = Math.Max(0, options.GetInt("window", DefaultWindow));
        var exempt = new HashSet<string>(DefaultExemptNouns, StringComparer.OrdinalIgnoreCase);
        foreach (var noun in options.GetList("exempt_nouns")) exempt.Add(noun);
        var nameWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var verbs = new List<string>(options.GetList("reporting_verbs"));
        var phrases = new List<string>();
        var sources = new List<string>(options.GetList("sources"));
        var fromOptions = verbs.Count + sources.Count > 0;
        foreach (var terms in context.Data.GetAll<FigureTerms>())
        {
            foreach (var noun in terms.ExemptNouns) exempt.Add(noun);
            foreach (var word in terms.NameWords) nameWords.Add(word);
        }

        foreach (var terms in context.Data.GetAll<AttributionTerms>())
        {
            verbs.AddRange(terms.ReportingVerbs);
            phrases.AddRange(terms.SourcePhrases);
            sources.AddRange(terms.Sources);
        }

        AttributionMap? attribution = null;
        var sports = IsSportsCopy(article);
        Quantity? previous = null;
        foreach (var quantity in quantities)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var conversion = IsConversion(article, previous, quantity);
            previous = quantity;
            if (conversion || !IsFigure(quantity, minValue, exempt)) continue;

            // In match reports, results and records (points, goals, distances) are not claims that need a source.
            if (sports && (quantity.Unit == QuantityUnit.Measure || quantity.Unit == QuantityUnit.Count && (quantity.Noun is null || SportsStatNouns.Contains(quantity.Noun)))) continue;
            if (nameWords.Count > 0 && quantity.FirstToken > 0 && nameWords.Contains(article.Tokens[quantity.FirstToken - 1].Text)) continue;
            attribution ??= AttributionMap.Build(article, Vocabulary(context, verbs, phrases, sources, fromOptions));
            if (attribution.Covers(quantity, window)) continue;
            context.Report(quantity.Span, Rule.FormatMessage(("figure", quantity.Text)));
        }
    }

    /// <summary>
    /// The attribution vocabulary: built once per run from the rule files' data (it was ~8% of this rule's time when
    /// built per article), or per article when .editorconfig adds verbs or sources for it.
    /// </summary>
    private static AttributionVocabulary Vocabulary(ArticleContext context, List<string> verbs, List<string> phrases, List<string> sources, bool fromOptions) =>
        fromOptions
            ? new AttributionVocabulary(verbs, phrases, sources)
            : context.Data.GetOrCreate(Rule.Id + ".vocabulary", _ => new AttributionVocabulary(verbs, phrases, sources));

    /// <summary>"70m euros ($91m; £49m)", "2,236 miles (3,598 kilometers)": a restatement in another unit is not a new claim.</summary>
    private static bool IsConversion(Text.Article article, Quantity? previous, Quantity quantity)
    {
        if (previous is null || quantity.Unit is not (QuantityUnit.Currency or QuantityUnit.Measure) || previous.Unit != quantity.Unit) return false;
        if (previous.SentenceIndex != quantity.SentenceIndex || previous.UnitText == quantity.UnitText) return false;
        // "55,800 yuan ($7,800)": the first sum's unit may follow it as a noun.
        var from = previous.LastToken + 1;
        if (previous.NounSpan is { } noun && from < article.Tokens.Count && article.Tokens[from].Span.Start == noun.Start) from++;
        var between = quantity.FirstToken - from;
        if (between is < 1 or > 3) return false;
        for (var t = from; t < quantity.FirstToken; t++)
        {
            var text = article.Tokens[t].Text;
            if (!(text is "(" or ";" or "," or "/" or "or" or "about" or "around" or "roughly" or "some" or "approximately" or "nearly")) return false;
        }

        return true;
    }

    /// <summary>Words of match reports; an article with several of them is sports copy.</summary>
    private static readonly HashSet<string> SportsWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wicket", "wickets", "innings", "batsman", "batter", "bowler", "bowling", "batting", "striker", "midfielder", "defender",
        "goalkeeper", "tournament", "championship", "olympics", "olympic", "medal", "medals", "rebounds", "touchdown", "snooker",
        "tennis", "wimbledon", "football", "cricket", "rugby", "hockey", "basketball", "athletics", "squash", "golf", "odi", "t20",
        "t20i", "league", "stadium", "coach", "fixture", "fixtures", "unbeaten", "goals", "scored", "seeded", "fifa", "icc", "uefa",
        "psl", "ipl", "nba", "nfl", "playoffs", "marathon", "squad", "umpire", "referee", "semifinal", "quarterfinal", "finals",
        "overs", "ball", "boundaries", "sixes", "test", "match", "matches", "win", "won", "defeat", "victory", "champion", "champions",
    };

    private const int SportsWordsNeeded = 4;

    /// <summary>What match reports count.</summary>
    private static readonly HashSet<string> SportsStatNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "point", "run", "goal", "match", "game", "win", "loss", "title", "medal", "set", "shot", "yard", "lap", "wicket", "over",
        "ball", "inning", "innings", "rebound", "assist", "break", "try", "stroke", "hole", "birdie", "ace", "frame", "century",
        "fifty", "boundary", "six", "four", "appearance", "cap", "start", "save", "tackle", "pass", "catch", "victory", "defeat",
        "draw", "trophy", "place", "position", "seed", "rank", "record", "second", "minute", "metre", "meter", "kg", "km",
    };

    private static bool IsSportsCopy(Text.Article article)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in article.Tokens)
        {
            if (token.IsWord && token.Text.Length > 2 && SportsWords.Contains(token.Text) && seen.Add(token.Text) && seen.Count >= SportsWordsNeeded) return true;
        }

        return false;
    }

    /// <summary>Whether a quantity is a figure: a claim about the world that a reader may ask the source of.</summary>
    private static bool IsFigure(Quantity quantity, double minValue, HashSet<string> exemptNouns)
    {
        if (quantity.Unit is QuantityUnit.Duration or QuantityUnit.Age) return false;
        if (quantity.Noun is { } noun && exemptNouns.Contains(noun)) return false;
        if (quantity.Unit is QuantityUnit.Percent or QuantityUnit.Currency) return quantity.Value > 0;

        // Counts and measures: "the two countries" and "one diplomat" are known things, not claims.
        if (quantity.Definite && quantity.Qualifier == QuantityQualifier.Exact) return false;
        return quantity.Value >= minValue;
    }
}
