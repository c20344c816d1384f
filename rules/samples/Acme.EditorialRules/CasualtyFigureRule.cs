using System;
using System.Collections.Generic;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace Acme.EditorialRules;

/// <summary>
/// ACME001: a casualty figure (a number near "killed", "dead", "martyred", "injured", …) must say in its sentence
/// who gives it and when. Written against EditorialLint's public rule API, as the built-in rules are.
/// </summary>
public sealed class CasualtyFigureRule : Rule
{
    public static readonly RuleDescriptor Rule = new(
        AcmeRuleIds.CasualtyFigureNeedsSourceAndDate,
        "A casualty figure needs a source and a date",
        "The casualty figure '{figure}' has no {missing} in its sentence",
        "Acme",
        Severity.Warning,
        "Acme style: every count of dead or injured names who gives it and when, in the same sentence.",
        new[] { new RuleOption("window", "How many words from the number a casualty word may stand.", "5", RuleOptionKind.WholeNumber) },
        helpUri: "https://example.com/acme/style/ACME001");

    private static readonly HashSet<string> CasualtyWords = Set(
        "killed", "dead", "died", "deaths", "death", "martyred", "martyrs", "injured", "wounded", "casualties", "fatalities", "bodies");

    private static readonly HashSet<string> ReportingWords = Set(
        "said", "says", "told", "according", "reported", "confirmed", "stated", "claimed", "added", "announced", "estimated", "quoted");

    private static readonly HashSet<string> DateWords = Set(
        "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "week", "month", "year");

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        var article = context.Article;
        var window = Math.Max(1, context.Options.GetInt("window", 5));
        foreach (var sentence in article.Sentences)
        {
            var tokens = new List<Token>(article.GetTokens(sentence));
            var figure = FindFigure(tokens, window);
            if (figure is null) continue;

            var attributed = false;
            var dated = false;
            foreach (var token in tokens)
            {
                var word = token.Text.ToLowerInvariant();
                attributed |= token.InQuotation || ReportingWords.Contains(word);
                dated |= DateWords.Contains(word) || IsYear(token);
            }

            if (attributed && dated) continue;
            var missing = !attributed && !dated ? "source or date" : !attributed ? "source" : "date";
            context.Report(figure.Span, Rule.FormatMessage(("figure", figure.Text), ("missing", missing)));
        }
    }

    /// <summary>The first number of the sentence with a casualty word within <paramref name="window"/> tokens of it.</summary>
    private static Token? FindFigure(List<Token> tokens, int window)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || IsYear(tokens[i])) continue;
            for (var j = Math.Max(0, i - window); j < Math.Min(tokens.Count, i + window + 1); j++)
            {
                if (CasualtyWords.Contains(tokens[j].Text.ToLowerInvariant())) return tokens[i];
            }
        }

        return null;
    }

    private static bool IsYear(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && token.Text[0] is '1' or '2' && token.Text.IndexOf(',') < 0 &&
        int.TryParse(token.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) &&
        year is >= 1900 and <= 2100;

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
