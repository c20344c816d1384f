using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// EDL0002: a figure — a number asserted as fact about the world — with no source in reach. The finding covers the
/// figure as a reader sees it, approximator and unit included ("over 200", "Rs50bn", "7.5 per cent"); a sentence
/// with a run of unsourced figures gets one finding, on its first, listing the others as related locations.
/// </summary>
public sealed class UnattributedFigureRule : Rule
{
    private const double DefaultMinValue = 10;
    private const int DefaultWindow = 1;

    private const string Help =
        "A figure (a count, sum of money, percentage or measure asserted as fact) needs a source in reach: a cue (\"said\", " +
        "\"according to\", \"data from\") whose source (a named person or body, a definite body, a pronoun for one) says it, " +
        "in the same sentence, a direct quotation whose speaker the paragraph names, the sentence just before or after, or " +
        "for a headline its deck or lede. Dates, years, durations, ages, ordinals, numbers in names, competition records and " +
        "counts that only identify are not figures.";

    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnattributedFigure,
        "Figure without a source",
        "{figures} stated as fact, but nothing in reach says who gives {it}: add who says so, e.g. '…, police said' or 'according to the ministry'",
        "Attribution",
        Severity.Warning,
        Help,
        new[]
        {
            new RuleOption("reporting_verbs", "Extra reporting verb forms that attribute when they have an agent (comma-separated, e.g. 'averred, opined').", string.Empty),
            new RuleOption("sources", "Names that attribute wherever they stand in the sentence (comma-separated, e.g. 'ISPR, Reuters').", string.Empty),
            new RuleOption("window", "How many sentences before and after, in the same paragraph, may carry the source.", DefaultWindow.ToString(CultureInfo.InvariantCulture)),
            new RuleOption("min_value", "Counts and measures below this value are not figures unless an event affects them ('Three persons were killed'); percentages and money always count.", DefaultMinValue.ToString(CultureInfo.InvariantCulture)),
            new RuleOption("exempt_nouns", "Counted nouns (singular) whose figures never need a source, added to the built-in competition terms (comma-separated, e.g. 'seat, vote').", string.Empty),
            new RuleOption("routine_figures", "Severity for routine figures (market prices and index points, budget heads, weather readings, teasers of other stories): none | suggestion | warning.", "suggestion"),
        });

    /// <summary>The same rule for routine figures: reported as a suggestion unless <c>routine_figures</c> says otherwise.</summary>
    internal static readonly RuleDescriptor RoutineRule = new(
        Rule.Id, Rule.Title, Rule.MessageFormat + " (routine figure)", Rule.Category, Severity.Suggestion, Help, Rule.Options, Rule.HelpUri);

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        var article = context.Article;
        var quantities = QuantityExtractor.Extract(context); // shared with EDL0003's claims
        if (quantities.Count == 0) return;

        var options = context.Options;
        var terms = context.Data.GetOrCreate(Rule.Id + ".figures", _ => new FigureVocabulary(context.Data.GetAll<FigureTerms>()));
        var minValue = options.GetDouble("min_value", DefaultMinValue);
        var window = Math.Max(0, options.GetInt("window", DefaultWindow));
        var exempt = terms.ExemptNouns;
        var extraExempt = options.GetList("exempt_nouns");
        if (extraExempt.Count > 0)
        {
            exempt = new HashSet<string>(exempt, StringComparer.OrdinalIgnoreCase);
            foreach (var noun in extraExempt) exempt.Add(noun);
        }

        var routineSeverity = options.GetString("routine_figures", "suggestion").Trim().ToLowerInvariant();
        var verbs = new List<string>(options.GetList("reporting_verbs"));
        var sources = new List<string>(options.GetList("sources"));

        AttributionMap? attribution = null;
        var sports = IsSportsCopy(article);
        Quantity? previous = null;
        var unsourced = new List<Quantity>();
        for (var qi = 0; qi < quantities.Count; qi++)
        {
            var quantity = quantities[qi];
            context.CancellationToken.ThrowIfCancellationRequested();
            var conversion = IsConversion(article, previous, quantity);
            previous = quantity;
            if (conversion || !IsFigure(article, quantity, minValue, exempt, terms)) continue;
            if (qi + 1 < quantities.Count && SharesUnitOf(article, quantity, quantities[qi + 1])) continue;

            // In match reports, results and records (points, goals, distances) are not claims that need a source.
            if (sports && (quantity.Unit == QuantityUnit.Measure || quantity.Unit == QuantityUnit.Count && (quantity.Noun is null || SportsStatNouns.Contains(quantity.Noun))) && !IsEventCount(article, quantity, terms)) continue;
            if (IsNameNumber(article, quantity, terms) || IsAppositiveAge(article, quantity) || CountsRecordNoun(article, quantity, exempt)) continue;
            attribution ??= AttributionMap.Build(article, Vocabulary(context, verbs, sources));
            if (attribution.Covers(quantity, window)) continue;
            if (IsHeadline(article, quantity) && attribution.HeadlineSourcedBelow(quantity, quantities, window)) continue;
            unsourced.Add(quantity);
        }

        // One finding per sentence: on its first unsourced figure, listing the rest.
        for (var i = 0; i < unsourced.Count;)
        {
            var j = i + 1;
            while (j < unsourced.Count && unsourced[j].SentenceIndex == unsourced[i].SentenceIndex) j++;
            var routine = true;
            for (var k = i; k < j && routine; k++) routine = terms.IsRoutine(article, unsourced[k]) || IsTeaser(article, unsourced[k]);
            if (!routine || routineSeverity != "none")
            {
                var descriptor = routine && routineSeverity != "warning" ? RoutineRule : Rule;
                var related = new List<FileLocation>();
                for (var k = i + 1; k < j; k++) related.Add(FileLocation.In(article, unsourced[k].Span));
                context.Report(unsourced[i].Span, Message(descriptor, unsourced, i, j), related, descriptor: descriptor);
            }

            i = j;
        }
    }

    private static string Message(RuleDescriptor descriptor, List<Quantity> run, int from, int to)
    {
        if (to - from == 1) return descriptor.FormatMessage(("figures", "'" + run[from].Text + "' is"), ("it", "it"));
        var list = new StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (k > from) list.Append(k == to - 1 ? " and " : ", ");
            list.Append('\'').Append(run[k].Text).Append('\'');
        }

        return descriptor.FormatMessage(("figures", list + " are"), ("it", "them"));
    }

    /// <summary>
    /// A teaser of another story: a paragraph cut off with "..." (the related-story lines under a web article). Its
    /// figures are that story's claims, checked there, so they fall in the routine tier here.
    /// </summary>
    private static bool IsTeaser(Article article, Quantity quantity)
    {
        var block = article.Blocks[article.Sentences[quantity.SentenceIndex].BlockIndex];
        var end = block.Span.End;
        var text = article.Text;
        while (end > block.Span.Start && char.IsWhiteSpace(text[end - 1])) end--;
        return end - block.Span.Start > 3 && (text[end - 1] == '\u2026' || string.CompareOrdinal(text, end - 3, "...", 0, 3) == 0);
    }

    /// <summary>The first line of the article, when it is a headline.</summary>
    private static bool IsHeadline(Article article, Quantity quantity)
    {
        var block = article.Blocks[article.Sentences[quantity.SentenceIndex].BlockIndex];
        if (block.Kind != BlockKind.Heading) return false;
        for (var b = 0; b < block.Index; b++)
        {
            if (article.Blocks[b].IsProse) return false;
        }

        return true;
    }

    /// <summary>
    /// The attribution vocabulary: the built-in data plus the rule files' (built once per run: it was ~8% of this rule's
    /// time when built per article), or per article when .editorconfig adds verbs or sources for it.
    /// </summary>
    private static AttributionVocabulary Vocabulary(ArticleContext context, List<string> optionVerbs, List<string> optionSources)
    {
        AttributionVocabulary Create()
        {
            var verbs = new List<string>(optionVerbs);
            var phrases = new List<string>();
            var sources = new List<string>(optionSources);
            var cues = new List<AttributionCues>();
            foreach (var terms in context.Data.GetAll<AttributionTerms>())
            {
                verbs.AddRange(terms.ReportingVerbs);
                phrases.AddRange(terms.SourcePhrases);
                sources.AddRange(terms.Sources);
                cues.Add(terms.Cues);
            }

            return new AttributionVocabulary(verbs, phrases, sources, cues);
        }

        return optionVerbs.Count + optionSources.Count > 0 ? Create() : context.Data.GetOrCreate(Rule.Id + ".vocabulary", _ => Create());
    }

    /// <summary>
    /// A number that is part of a name ("Section 144", "Sector 7"), or a later bare item of the same list of names
    /// ("Sections 376, 392, 505 and 34"): back over numbers and list separators to a name word.
    /// </summary>
    private static bool IsNameNumber(Article article, Quantity quantity, FigureVocabulary terms)
    {
        var tokens = article.Tokens;
        if (quantity.FirstToken > 0 && terms.NameWords.Contains(tokens[quantity.FirstToken - 1].Text)) return true;
        if (IsInsideName(article, quantity)) return true;

        // Only bare numbers continue the list: "Sector 7, 12 people were killed" starts a count.
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.FirstToken != quantity.LastToken) return false;
        if (quantity.Noun is not null && (quantity.NounSpan is { } noun && quantity.LastToken + 1 < tokens.Count && noun.Start == tokens[quantity.LastToken + 1].Span.Start || IsEventCount(article, quantity, terms))) return false;
        var first = article.Sentences[quantity.SentenceIndex].FirstToken;
        var numbers = 0;
        for (var k = quantity.FirstToken - 1; k >= first && k >= quantity.FirstToken - 16; k--)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number) numbers++;
            else if (token.Text is "," or "and" or "or" or "&" or "/") continue;
            else return numbers > 0 && terms.NameWords.Contains(token.Text);
        }

        return false;
    }

    /// <summary>
    /// "Williams, now 32, is …", "Ahmed, 45, said": a bare number set off by commas after a name, alone or after
    /// "now" or "aged", is the person's age.
    /// </summary>
    private static bool IsAppositiveAge(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Noun is not null || quantity.Qualifier != QuantityQualifier.Exact || quantity.Value is < 1 or > 120) return false;
        var tokens = article.Tokens;
        var k = quantity.FirstToken - 1;
        if (k >= 0 && tokens[k].Text is "now" or "aged" or "age") k--;
        if (k < 1 || tokens[k].Text != "," || !(tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized)) return false;
        var after = quantity.LastToken + 1;
        return after < tokens.Count && tokens[after].Text is "," or "." or ")" && tokens[after].SentenceIndex == quantity.SentenceIndex;
    }

    /// <summary>
    /// "scored 200 league and cup goals": the counted noun of a compound noun phrase is its last noun, so a record
    /// noun a few words on still makes the count a competition record.
    /// </summary>
    private static bool CountsRecordNoun(Article article, Quantity quantity, HashSet<string> exempt)
    {
        if (quantity.Unit != QuantityUnit.Count) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var k = quantity.LastToken + 1; k < end && k <= quantity.LastToken + 4; k++)
        {
            var text = tokens[k].Text;
            if (text == "and") continue;
            if (!tokens[k].IsWord || Lexicon.FunctionWords.IsFunctionWord(text.ToLowerInvariant())) return false;
            if (text.Length > 2 && text.EndsWith("s", StringComparison.OrdinalIgnoreCase) && exempt.Contains(text.Substring(0, text.Length - 1))) return true;
        }

        return false;
    }

    /// <summary>
    /// A number inside a proper name: digits right after a capitalised word inside a sentence that is not title-cased
    /// ("Band Aid 20 single", "Power 50 issue"), or a capitalised number word between capitalised words ("Henk Ten
    /// Cate").
    /// </summary>
    private static bool IsInsideName(Article article, Quantity quantity)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Qualifier != QuantityQualifier.Exact || quantity.FirstToken != quantity.LastToken) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var k = quantity.FirstToken;
        if (k - 1 <= sentence.FirstToken) return false;
        var before = tokens[k - 1];
        if (!before.IsWord || !before.IsCapitalized || before.IsAllCaps || Months.Contains(before.Text)) return false;
        var end = sentence.FirstToken + sentence.TokenCount;
        int words = 0, capitals = 0;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!tokens[t].IsWord) continue;
            words++;
            if (tokens[t].IsCapitalized) capitals++;
        }

        if (capitals * 2 > words) return false; // title case: every word is capitalised
        var number = tokens[k];
        if (number.Kind == TokenKind.Number) return number.Text.Length <= 3 && char.IsDigit(number.Text[0]) && number.Text.IndexOf(',') < 0;
        return number.IsCapitalized && k + 1 < end && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized;
    }

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>"to 14 and seven years in prison", "aged 12 or 13": a bare number that shares the duration or age after it.</summary>
    private static bool SharesUnitOf(Article article, Quantity quantity, Quantity next)
    {
        if (next.Unit is not (QuantityUnit.Duration or QuantityUnit.Age) || quantity.Noun is not null || quantity.Unit != QuantityUnit.Count) return false;
        if (next.SentenceIndex != quantity.SentenceIndex || next.FirstToken - quantity.LastToken != 2) return false;
        return article.Tokens[quantity.LastToken + 1].Text is "and" or "or" or "to" or "," or "-" or "–";
    }

    /// <summary>"70m euros ($91m; £49m)", "2,236 miles (3,598 kilometers)": a restatement in another unit is not a new claim.</summary>
    private static bool IsConversion(Article article, Quantity? previous, Quantity quantity)
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

    private static bool IsSportsCopy(Article article)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in article.Tokens)
        {
            if (token.IsWord && token.Text.Length > 2 && SportsWords.Contains(token.Text) && seen.Add(token.Text) && seen.Count >= SportsWordsNeeded) return true;
        }

        return false;
    }

    /// <summary>Whether a quantity is a figure: a claim about the world that a reader may ask the source of.</summary>
    private static bool IsFigure(Article article, Quantity quantity, double minValue, HashSet<string> exemptNouns, FigureVocabulary terms)
    {
        if (quantity.Unit is QuantityUnit.Duration or QuantityUnit.Age) return false;
        if (quantity.Noun is { } noun && exemptNouns.Contains(noun)) return false;
        if (quantity.Unit is QuantityUnit.Percent or QuantityUnit.Currency) return quantity.Value > 0;

        // A count of people or things an event affects is a figure at any size, even after "the" ("the 23 soldiers killed").
        if (quantity.Unit == QuantityUnit.Count && IsEventCount(article, quantity, terms)) return true;

        // Otherwise small and definite counts identify known things ("the two countries", "one diplomat").
        if (quantity.Definite && quantity.Qualifier == QuantityQualifier.Exact) return false;
        return quantity.Value >= minValue;
    }

    /// <summary>
    /// "Three persons were killed", "killed four", "two suspects were arrested", "injuring 12": an event word close to
    /// the count (before it, or after it and its noun), and the count not a part of a known set ("one of the suspects").
    /// </summary>
    private static bool IsEventCount(Article article, Quantity quantity, FigureVocabulary terms)
    {
        if (quantity.Unit != QuantityUnit.Count || quantity.Value < 1) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var after = quantity.LastToken + 1;

        // "a seven- month custody battle": a count joined by a hyphen to what follows is a compound modifier.
        if (after < end && tokens[after].Text is "-" or "–") return false;
        for (var k = Math.Max(first, quantity.FirstToken - 2); k < quantity.FirstToken; k++)
        {
            if (terms.EventWords.Contains(tokens[k].Text)) return true;
        }

        var limit = quantity.LastToken + 6;
        for (var k = after; k < end && k <= limit; k++)
        {
            var text = tokens[k].Text;

            // "At least four people, including two women, were injured", "three officers - A, B and C - injured":
            // an aside after the noun does not separate the count from its event.
            if (text is "," or "-" or "–" or "—" && k + 1 < end && (tokens[k + 1].Text is "including" or "among" or "mostly" or "all" || text != "," && tokens[k + 1].IsCapitalized))
            {
                var close = k + 1;
                while (close < end && close < k + 14 && tokens[close].Text != text && tokens[close].Text is not ("." or ";")) close++;
                if (close < end && tokens[close].Text == text)
                {
                    limit += close - k + 1;
                    k = close;
                    continue;
                }
            }

            if (text is "." or ";" or ":" || tokens[k].Kind == TokenKind.Number) break;
            if (terms.EventWords.Contains(text)) return true;
        }

        return false;
    }
}

/// <summary>The figure vocabulary for a run: built-in <c>figures.yml</c> plus what rule files add.</summary>
internal sealed class FigureVocabulary
{
    public FigureVocabulary(IEnumerable<FigureTerms> contributed)
    {
        var all = new List<FigureTerms> { BuiltInTerms.Figures };
        all.AddRange(contributed);
        ExemptNouns = AttributionVocabulary.Set();
        NameWords = AttributionVocabulary.Set();
        EventWords = AttributionVocabulary.Set();
        RoutineWords = AttributionVocabulary.Set();
        ClaimWords = AttributionVocabulary.Set();
        var routinePhrases = new List<Term>();
        foreach (var terms in all)
        {
            foreach (var w in terms.ExemptNouns) ExemptNouns.Add(w);
            foreach (var w in terms.NameWords) NameWords.Add(w);
            foreach (var w in terms.EventWords) EventWords.Add(w);
            foreach (var w in terms.ClaimWords) ClaimWords.Add(w);
            foreach (var w in terms.RoutineWords)
            {
                // One token: a word looked up as it is written (after a number too: "100kg"). More than one ("per kg",
                // and "KSE-100", "T-bills", which the tokenizer splits at the hyphen): a listed term of the one term
                // matcher, as an existence rule would match it.
                var term = Term.Create(w, TermCase.Ignore);
                if (term is null) continue;
                if (term.Parts.Length == 1) RoutineWords.Add(w.Trim());
                else routinePhrases.Add(term);
            }
        }

        RoutinePhrases = new TermMatcher(routinePhrases);
    }

    public HashSet<string> ExemptNouns { get; }
    public HashSet<string> NameWords { get; }
    public HashSet<string> EventWords { get; }
    public HashSet<string> RoutineWords { get; }
    public HashSet<string> ClaimWords { get; }
    public TermMatcher RoutinePhrases { get; }

    /// <summary>
    /// Routine: the figure's sentence holds evidence of a market table, budget head, schedule or reading (a routine word
    /// or phrase), and no evidence of a contested claim (an event word or a claim word). Money, percentages and measures
    /// only; counts of people or things are never routine.
    /// </summary>
    public bool IsRoutine(Article article, Quantity quantity)
    {
        if (quantity.Unit == QuantityUnit.Count && quantity.Noun is not null && !RoutineWords.Contains(quantity.Noun)) return false;
        var tokens = article.Tokens;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var end = sentence.FirstToken + sentence.TokenCount;
        var routine = false;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            var text = tokens[k].Text;
            if (EventWords.Contains(text) || ClaimWords.Contains(text)) return false;
            if (!routine && (RoutineWords.Contains(text) || RoutinePhrases.MatchAt(article, k, end, skipQuotations: false) is not null)) routine = true;
        }

        return routine;
    }
}
