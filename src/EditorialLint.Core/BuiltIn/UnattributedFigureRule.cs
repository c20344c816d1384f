using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
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

    /// <summary>Counts from this size up are no match statistic, even in a match report: crowds and audiences.</summary>
    private const double MatchRecordLimit = 100_000;

    /// <summary>
    /// "an audience of 500,000", "its TV audience is 3 billion": a count written in full digits or with its scale word
    /// apart, of crowd size. Not a scale letter glued to the digits: "the 5,000m" is a race, not five billion.
    /// </summary>
    private static bool IsCrowdSized(Quantity quantity) =>
        quantity.Value >= MatchRecordLimit && (char.IsDigit(quantity.Text[quantity.Text.Length - 1]) || quantity.Text.IndexOf(' ') > 0);

    private const string Help =
        "A figure (a count, sum of money, percentage or measure asserted as fact) needs a source in reach: a cue (\"said\", " +
        "\"according to\", \"data from\") whose source (a named person or body, a definite body, a pronoun for one) says it, " +
        "in the same sentence, a direct quotation whose speaker the paragraph names, the sentence just before or after, or " +
        "for a headline its deck or lede. Dates, years, durations, ages, ordinals, numbers in names, competition records and " +
        "counts that only identify are not figures.";

    public static readonly RuleDescriptor Rule = new(
        RuleIds.UnattributedFigure,
        "Figure without a source",
        "{figures} stated as fact, but nothing in reach says who gives {it}: " + Advice,
        "Attribution",
        Severity.Warning,
        Help,
        new[]
        {
            new RuleOption("reporting_verbs", "Extra reporting verb forms that attribute when they have an agent (comma-separated, e.g. 'averred, opined').", string.Empty),
            new RuleOption("sources", "Names that attribute wherever they stand in the sentence (comma-separated, e.g. 'ISPR, Reuters').", string.Empty),
            new RuleOption("window", "How many sentences before and after, in the same paragraph, may carry the source.", DefaultWindow.ToString(CultureInfo.InvariantCulture), RuleOptionKind.WholeNumber),
            new RuleOption("min_value", "Counts below this value are figures only when an event affects them ('Three persons were killed') or they count people or things as news ('four people were ejected'); bare numbers and known sets below it are not. Percentages, money and measures always count.", DefaultMinValue.ToString(CultureInfo.InvariantCulture), RuleOptionKind.Number),
            new RuleOption("exempt_nouns", "Counted nouns (singular) whose figures never need a source, added to the built-in competition terms (comma-separated, e.g. 'seat, vote').", string.Empty),
            new RuleOption("routine_figures", "Severity for routine figures: record data with no event or claim word in the sentence (prices, rates, taxes, market tables, budget lines, company results and deals, court fines, box office, weather readings; the routineWords of figures.yml), headlines and subheads the story states again, teasers and digests of other stories: none | suggestion | warning.", "suggestion", RuleOptionKind.OneOf, "none", "suggestion", "warning"),
            new RuleOption("background_figures", "Severity for background figures: every figure whose evidence does not score as a claim and is not record data (measures, small counts of things, counts around the play in match reports, settled history, restatements, figures with no evidence either way): none | suggestion | warning.", "suggestion", RuleOptionKind.OneOf, "none", "suggestion", "warning"),
        });

    /// <summary>The same rule for routine figures: reported as a suggestion unless <c>routine_figures</c> says otherwise.</summary>
    internal static readonly RuleDescriptor RoutineRule = new(
        Rule.Id, Rule.Title, Rule.MessageFormat + " (routine figure)", Rule.Category, Severity.Suggestion, Help, Rule.Options, Rule.HelpUri);

    /// <summary>The same rule for background figures: reported as a suggestion unless <c>background_figures</c> says otherwise.</summary>
    internal static readonly RuleDescriptor BackgroundRule = new(
        Rule.Id, Rule.Title, Rule.MessageFormat + " (background figure)", Rule.Category, Severity.Suggestion, Help, Rule.Options, Rule.HelpUri);

    private long _sourceComparisons;

    /// <summary>For the eval's decision trace: told, for every quantity of every article, which mechanism decided it
    /// (a not-a-figure class, an attribution path, or "flagged"). Null in the product.</summary>
    private readonly Action<Article, Quantity, string>? _trace;

    public UnattributedFigureRule()
    {
    }

    internal UnattributedFigureRule(Action<Article, Quantity, string> trace) => _trace = trace;

    /// <summary>
    /// For the evaluation only (<c>eval/EDL0002/Evidence</c>, which fits the claim model's weights to the act labels):
    /// told, for every figure of every reported run, the run's first figure and the claim evidence of the figure (null
    /// for a teaser, a restated display line or a part of a routine count, which are routine whatever their evidence).
    /// Null in the product; output is the same either way.
    /// </summary>
    private readonly Action<Article, Quantity, Quantity, ClaimEvidence?>? _evidence;

    internal UnattributedFigureRule(Action<Article, Quantity, Quantity, ClaimEvidence?> evidence) => _evidence = evidence;

    /// <summary>Shared words the search for a source elsewhere in the article has counted so far, over every article
    /// this instance linted: the measure of that search's linear cost in tests.</summary>
    internal long SourceComparisons => Interlocked.Read(ref _sourceComparisons);

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        var article = context.Article;
        IReadOnlyList<Quantity> quantities = QuantityExtractor.Extract(context); // shared with EDL0003's claims
        // A lone "one" counting a person an event affects ("One person was killed", "killing one and injuring ten") is a
        // figure at any size; the shared extractor leaves bare "one" out.
        quantities = ClaimExtractor.WithOnes(article, quantities);
        var terms = context.Data.GetOrCreate(Rule.Id + ".figures", _ => new FigureVocabulary(context.Data.GetAll<FigureTerms>()));
        if (FigureClassifier.ModifierMeasures(article, terms) is { } modifiers)
        {
            var merged = new List<Quantity>(quantities);
            merged.AddRange(modifiers);
            merged.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            quantities = merged;
        }

        var sports = FigureClassifier.IsSportsCopy(article, terms);
        // Vote splits ("a 5-4 vote") are figures the shared extractor leaves out (it reads them as scores).
        var votes = sports ? null : FigureClassifier.VoteSplits(article);
        if (votes is not null)
        {
            // Both lists are in text order and the splits do not overlap one another, so one sweep finds the quantities
            // inside a split (comparing every quantity with every split was quadratic on a pasted results table).
            var merged = new List<Quantity>(votes);
            var first = 0;
            var lastStart = -1;
            foreach (var q in quantities)
            {
                if (q.Span.Start < lastStart) first = 0; // out of text order: look from the first split again
                lastStart = q.Span.Start;
                while (first < votes.Count && votes[first].Span.End <= q.Span.Start) first++;
                var inside = first < votes.Count && votes[first].Span.Start < q.Span.End;
                if (!inside) merged.Add(q);
            }

            merged.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            quantities = merged;
        }

        if (quantities.Count == 0) return;
        // Quantity has reference identity: the set answers what List.Contains did, without a walk per figure.
        var voteSet = votes is null ? null : new HashSet<Quantity>(votes);

        var options = context.Options;
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
        var backgroundSeverity = options.GetString("background_figures", "suggestion").Trim().ToLowerInvariant();
        var verbs = new List<string>(options.GetList("reporting_verbs"));
        var sources = new List<string>(options.GetList("sources"));

        var vocabulary = Vocabulary(context, verbs, sources);
        AttributionMap? attribution = null;
        // Numbers the article writes after a name ("Boeing 787"): one pass, so that a later "the 787 fleet" reads as the name.
        var namedNumbers = FigureClassifier.NumbersAfterNames(article);
        Quantity? previous = null;
        var unsourced = new List<Quantity>();
        for (var qi = 0; qi < quantities.Count; qi++)
        {
            var quantity = quantities[qi];
            context.CancellationToken.ThrowIfCancellationRequested();
            var conversion = FigureClassifier.IsConversion(article, previous, quantity);
            previous = quantity;
            var vote = voteSet is not null && voteSet.Contains(quantity);
            if (Suppressed(article, quantities, qi, vote, conversion, minValue, exempt, terms, sports, vocabulary, namedNumbers) is { } reason)
            {
                _trace?.Invoke(article, quantity, reason);
                continue;
            }

            attribution ??= AttributionMap.Build(article, vocabulary);
            if (attribution.CoverPath(quantity, window) is { } path)
            {
                _trace?.Invoke(article, quantity, "sourced:" + path + CueWord(attribution, quantity, path));
                continue;
            }

            if (IsHeadline(article, quantity) && attribution.HeadlineSourcedBelow(quantity, quantities, window))
            {
                _trace?.Invoke(article, quantity, "sourced:headline-deck-or-lede");
                continue;
            }

            _trace?.Invoke(article, quantity, "flagged");
            unsourced.Add(quantity);
        }

        // One finding per sentence: on its first unsourced figure, listing the rest.
        int? referenceYear = null;
        var digest = unsourced.Count > 0 ? DigestStart(article) : -1;
        var recordCopy = IsRecordCopy(article, unsourced, terms);
        // The sentence-wide checks (the figure vocabulary's, and whether a sentence is display copy), read once per
        // sentence, not once per figure in it.
        var scans = new SentenceScans();
        Statements? statements = null;
        // What the top of the story is about (a toll in the lede, the lede's source): read once, when a tier is first weighed.
        StoryFrame? frame = null;
        for (var i = 0; i < unsourced.Count;)
        {
            var j = i + 1;
            while (j < unsourced.Count && unsourced[j].SentenceIndex == unsourced[i].SentenceIndex) j++;
            // The run's tier, by the claim model (FigureVocabulary.ClaimEvidenceOf and Score): a warning when any figure's evidence
            // scores as a claim; otherwise routine when every figure is record data, else background. Teasers, restated
            // display lines and the parts of a routine count are routine whatever their words. A tier set to "warning"
            // reports as the rule does, "none" not at all.
            var routine = true;
            var background = true;
            // A source named just out of reach, for the run's first figure: it lowers the claim score and the message
            // points at it.
            var nearby = attribution!.NearbySourceOf(unsourced[i], window);
            // Else a source for the same account in another paragraph: it weighs as a nearby one, and the message
            // points at it.
            var elsewhere = nearby is null ? attribution.SourceElsewhereOf(unsourced[i]) : null;
            double? recordWhole = null;
            var observer = _evidence;
            for (var k = i; k < j && (background || observer is not null); k++)
            {
                var figure = unsourced[k];
                var structural = IsTeaser(article, figure, digest)
                                 || IsDisplayLine(article, figure, scans) && RestatedBelow(article, figure, quantities)
                                 || IsPartOfRecordCount(article, figure, recordWhole, terms, scans);
                var record = structural;
                if (!structural)
                {
                    var settled = FigureClassifier.IsSettledHistory(article, figure, referenceYear ??= FigureClassifier.ReferenceYear(article));
                    var near = k == i ? nearby ?? elsewhere : attribution.NearbySourceOf(figure, window) ?? attribution.SourceElsewhereOf(figure);
                    var evidence = terms.ClaimEvidenceOf(article, figure, minValue, sports, attribution.IsHedged(figure.SentenceIndex), settled, RestatedAbove(figure, quantities, minValue, statements ??= new Statements(quantities)), recordCopy, near is not null, terms.DescribesNamedEvent(article, figure), Names(near), scans, frame ??= StoryFrame.Read(article, terms, vocabulary));
                    record = evidence.Routine || evidence.PublicRecord;
                    if (FigureVocabulary.Score(evidence) >= FigureVocabulary.WarningScore) background = false;
                    observer?.Invoke(article, unsourced[i], figure, evidence);
                }
                else observer?.Invoke(article, unsourced[i], figure, null);

                // A routine count of things ("Of the 478 companies active") is a whole whose parts follow it in the
                // sentence without repeating its noun ("217 closed in green, 208 in red").
                if (record && figure.Unit == QuantityUnit.Count && figure.Noun is not null && terms.IsRoutine(article, figure)) recordWhole = Math.Max(recordWhole ?? 0, figure.Value);
                routine &= record;
            }

            routine &= background;
            var tier = routine ? routineSeverity : background ? backgroundSeverity : "warning";
            if (tier != "none")
            {
                var descriptor = tier == "warning" ? Rule : routine ? RoutineRule : BackgroundRule;
                var related = new List<FileLocation>();
                for (var k = i + 1; k < j; k++) related.Add(FileLocation.In(article, unsourced[k].Span));
                context.Report(unsourced[i].Span, Message(descriptor, unsourced, i, j, nearby ?? elsewhere), related, descriptor: descriptor);
            }

            i = j;
        }

        if (attribution is not null) Interlocked.Add(ref _sourceComparisons, attribution.Comparisons);
    }

    private static string CueWord(AttributionMap attribution, Quantity quantity, string path) =>
        path.StartsWith("in-sentence:", StringComparison.Ordinal) ? ":" + (attribution.CueWordFor(quantity) ?? "?") : string.Empty;

    /// <summary>
    /// Why a quantity is no figure to source, or null when it is one: the figure side's classes, in the order the rule
    /// tries them (the name is the eval's decision trace).
    /// </summary>
    private static string? Suppressed(Article article, IReadOnlyList<Quantity> quantities, int qi, bool vote, bool conversion, double minValue, HashSet<string> exempt, FigureVocabulary terms, bool sports, AttributionVocabulary vocabulary,
        Dictionary<string, List<int>>? namedNumbers)
    {
        var quantity = quantities[qi];
        if (!vote && conversion) return "conversion";
        if (!vote && FigureClassifier.RefersToEarlierCount(article, quantities, qi, terms)) return "refers-to-earlier-count";
        if (!vote && FigureClassifier.NotFigureClass(article, quantity, minValue, exempt, terms, sports, vocabulary.Verbs, namedNumbers) is { } notFigure) return notFigure;
        if (FigureClassifier.IsAsked(article, quantity)) return "asked";
        if (qi + 1 < quantities.Count && FigureClassifier.SharesUnitOf(article, quantity, quantities[qi + 1])) return "shares-unit-of-next";

        // In match reports, results and records (points, goals, distances) are not claims that need a source. A
        // count of a hundred thousand or more is no match statistic: a crowd, an audience ("4.7 billion viewers").
        if (sports && (quantity.Unit == QuantityUnit.Measure || quantity.Unit == QuantityUnit.Count && !IsCrowdSized(quantity) && (quantity.Noun is null || FigureClassifier.SportsStatNouns.Contains(quantity.Noun))) && !FigureClassifier.IsEventCount(article, quantity, terms, sports)) return "sports-stat";
        if (sports && !IsCrowdSized(quantity) && FigureClassifier.FollowsMatchRecordWord(article, quantity, terms)) return "sports-match-record";
        if (vote) return null;
        if (FigureClassifier.IsNameNumber(article, quantity, terms)) return "name-number";
        if (FigureClassifier.IsAppositiveAge(article, quantity)) return "appositive-age";
        if (FigureClassifier.IsAgeInContext(article, quantity, terms)) return "age-in-context";
        if (FigureClassifier.EndsYearRange(article, quantity)) return "ends-year-range";
        if (FigureClassifier.IsTechnicalIdentifier(article, quantity)) return "technical-identifier";
        if (FigureClassifier.IsLabelNumber(article, quantity, terms.LabelNouns, sports)) return "label-number";
        if (FigureClassifier.CountsTheSource(article, quantity, vocabulary.Verbs)) return "counts-the-source";
        if (FigureClassifier.CountsRecordNoun(article, quantity, exempt)) return "counts-record-noun";
        return null;
    }

    /// <summary>
    /// A figure the article states again: an earlier sentence holds a quantity of the same kind and value, and for a
    /// count the same counted noun ("66 people were on board" … "the 66 people aboard"). The first statement is the one
    /// to source. Counts below <paramref name="minValue"/> are too often different sets ("two people were killed … two
    /// people were hurt") to be read as the same figure.
    /// </summary>
    private static bool RestatedAbove(Quantity figure, IReadOnlyList<Quantity> quantities, double minValue, Statements? statements = null)
    {
        if (figure.Unit == QuantityUnit.Count && (figure.Noun is null || figure.Value < minValue)) return false;
        if (statements is { Ordered: true }) return statements.StatedBefore(figure);
        foreach (var other in quantities)
        {
            if (other.SentenceIndex >= figure.SentenceIndex) break;
            if (other.Unit == figure.Unit && other.Value.Equals(figure.Value) && other.UnitText == figure.UnitText && other.Noun == figure.Noun) return true;
        }

        return false;
    }

    /// <summary>
    /// The article's quantities indexed for <see cref="RestatedAbove"/>: where each statement (kind, value, unit, noun)
    /// first stands in the list, and where each sentence's quantities start, so a figure is looked up, not compared
    /// with every quantity before it (100,000 figures in 100,000 sentences were 5·10⁹ comparisons). Only for a list in
    /// sentence order (<see cref="Ordered"/>), where the lookup answers exactly as the walk does.
    /// </summary>
    internal sealed class Statements
    {
        private readonly Dictionary<(QuantityUnit, double, string?, string?), int> _first = new();
        private readonly List<int> _sentenceOf = new();

        public Statements(IReadOnlyList<Quantity> quantities)
        {
            Ordered = true;
            for (var i = 0; i < quantities.Count; i++)
            {
                var q = quantities[i];
                if (i > 0 && q.SentenceIndex < quantities[i - 1].SentenceIndex) Ordered = false;
                _sentenceOf.Add(q.SentenceIndex);
                var key = (q.Unit, q.Value, q.UnitText, q.Noun);
                if (!_first.ContainsKey(key)) _first.Add(key, i);
            }
        }

        /// <summary>Whether the quantities are in sentence order.</summary>
        public bool Ordered { get; }

        /// <summary>Whether a quantity of an earlier sentence states what <paramref name="figure"/> does.</summary>
        public bool StatedBefore(Quantity figure)
        {
            if (!_first.TryGetValue((figure.Unit, figure.Value, figure.UnitText, figure.Noun), out var index)) return false;
            // The walk stops at the first quantity of the figure's sentence or a later one.
            int lo = 0, hi = _sentenceOf.Count;
            while (lo < hi)
            {
                var mid = lo + (hi - lo) / 2;
                if (_sentenceOf[mid] < figure.SentenceIndex) lo = mid + 1;
                else hi = mid;
            }

            return index < lo;
        }
    }

    /// <summary>
    /// A part of a routine count earlier in its sentence: a count no larger than the whole, with no event or claim word
    /// in the sentence — "Of the 478 stocks traded in the session, 217 ended higher, 208 lower and 53 stayed
    /// unchanged", where the parts do not repeat the whole's noun.
    /// </summary>
    private static bool IsPartOfRecordCount(Article article, Quantity quantity, double? whole, FigureVocabulary terms, SentenceScans scans) =>
        whole is { } w && quantity.Unit == QuantityUnit.Count && quantity.Value <= w && !terms.HasEventOrClaimWord(article, quantity, scans);

    /// <summary>Whether the message names this source: a cue to quote, at most <see cref="PointerParagraphs"/> away. The
    /// claim model weighs such a source more than one it cannot point at (FigureVocabulary.ClaimEvidenceOf and Score).</summary>
    private static bool Names(NearbySource? source) => source is { Cue.Length: > 0 } s && s.Paragraphs <= PointerParagraphs;

    private static string Message(RuleDescriptor descriptor, List<Quantity> run, int from, int to, NearbySource? nearby)
    {
        string message;
        if (to - from == 1) message = descriptor.FormatMessage(("figures", "'" + run[from].Text + "' is"), ("it", "it"));
        else
        {
            var list = new StringBuilder();
            for (var k = from; k < to; k++)
            {
                if (k > from) list.Append(k == to - 1 ? " and " : ", ");
                list.Append('\'').Append(run[k].Text).Append('\'');
            }

            message = descriptor.FormatMessage(("figures", list + " are"), ("it", "them"));
        }

        // A source named just out of reach: say where it seems to be, so the editor extends it to the figure rather
        // than looks for one.
        if (nearby is { } source && Names(source))
            message = message.Replace(Advice, "the source may be '" + source.Cue + "' " + Where(source.Place, source.Paragraphs) + "; attribute " + (to - from == 1 ? "this figure" : "these figures") + " too");
        return message;
    }

    /// <summary>How many paragraphs away a source in another paragraph may stand for the message to point at it: farther
    /// off, a sentence that shares a few words with the figure's is as likely another part of a long story.</summary>
    private const int PointerParagraphs = 3;

    /// <summary>The advice of the message format, replaced when a source stands just out of reach.</summary>
    private const string Advice = "add who says so, e.g. '…, police said' or 'according to the ministry'";

    /// <summary>"two paragraphs", "12 paragraphs" (the style's words for small numbers).</summary>
    private static string ParagraphCount(int paragraphs) =>
        (paragraphs < SmallNumbers.Length ? SmallNumbers[paragraphs] : paragraphs.ToString(CultureInfo.InvariantCulture)) + " paragraphs";

    private static readonly string[] SmallNumbers = { "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    private static string Where(NearbySourcePlace place, int paragraphs) => place switch
    {
        NearbySourcePlace.TwoSentencesBefore => "two sentences earlier",
        NearbySourcePlace.SentenceAfter => "in the next sentence",
        NearbySourcePlace.TwoSentencesAfter => "two sentences later",
        NearbySourcePlace.ParagraphBefore => "in the paragraph before",
        NearbySourcePlace.ParagraphsBefore => paragraphs == 1 ? "in the paragraph before" : ParagraphCount(paragraphs) + " earlier",
        NearbySourcePlace.ParagraphsAfter => paragraphs == 1 ? "in the paragraph after" : ParagraphCount(paragraphs) + " later",
        _ => "in the paragraph after",
    };

    /// <summary>
    /// A teaser of another story: a paragraph cut off with "..." (the related-story lines under a web article), or a
    /// line of the trailing digest (<see cref="DigestStart"/>). Its figures are that story's claims, checked there,
    /// so they fall in the routine tier here.
    /// </summary>
    private static bool IsTeaser(Article article, Quantity quantity, int digestStart)
    {
        var block = article.Blocks[article.Sentences[quantity.SentenceIndex].BlockIndex];
        if (digestStart >= 0 && block.Index >= digestStart) return true;
        var end = block.Span.End;
        var text = article.Text;
        while (end > block.Span.Start && char.IsWhiteSpace(text[end - 1])) end--;
        return end - block.Span.Start > 3 && EndsInEllipsis(text, block.Span.Start, end);
    }

    /// <summary>
    /// The first block of the article's trailing digest, or -1: a run of at least <see cref="DigestLines"/> paragraphs
    /// at the end of the article (before a copyright footer) none of which ends in sentence punctuation — the headlines
    /// and decks of other stories that a web page lists under the article. A closing subhead or credit line is one
    /// line, not a run.
    /// </summary>
    private static int DigestStart(Article article)
    {
        var blocks = article.Blocks;
        var b = blocks.Count - 1;
        while (b > 0 && (!blocks[b].IsProse || IsFooter(article, blocks[b]))) b--;
        var last = b;
        while (b > 0 && blocks[b].IsProse && !EndsSentence(article, blocks[b])) b--;
        return last - b >= DigestLines ? b + 1 : -1;
    }

    private const int DigestLines = 3;

    private static bool IsFooter(Article article, Block block) =>
        article.Text.IndexOf('\u00A9', block.Span.Start, block.Span.Length) >= 0
        || string.CompareOrdinal(article.Text, block.Span.Start, "Copyright", 0, 9) == 0;

    /// <summary>Whether text[start..end) ends in an ellipsis, "…" or "...".</summary>
    private static bool EndsInEllipsis(string text, int start, int end) =>
        end > start && text[end - 1] == '\u2026' || end - start > 3 && string.CompareOrdinal(text, end - 3, "...", 0, 3) == 0;

    /// <summary>Whether the block ends in sentence punctuation, before any closing quotation marks or brackets.</summary>
    private static bool EndsSentence(Article article, Block block)
    {
        var text = article.Text;
        var end = block.Span.End;
        while (end > block.Span.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB')) end--;
        // A line cut off with "..." is a teaser, not a sentence.
        if (EndsInEllipsis(text, block.Span.Start, end)) return false;
        return end > block.Span.Start && text[end - 1] is '.' or '!' or '?' or ':' or ';';
    }

    /// <summary>
    /// Record copy: a market report, budget story, price list or box-office chart — an article in which at least
    /// <see cref="RecordCopySentences"/> sentences state unsourced amounts (money, percentages, measures) and at least
    /// half of them show evidence of record data of their own. In such copy a table runs on over sentences that do
    /// not repeat its heading ("Rice dropped by 0.05%, and diesel by 0.02%."), so its amounts are record data
    /// unless their own sentence holds an event or a claim word.
    /// </summary>
    private static bool IsRecordCopy(Article article, List<Quantity> unsourced, FigureVocabulary terms)
    {
        int sentences = 0, record = 0, last = -1;
        foreach (var quantity in unsourced)
        {
            if (!IsAmount(quantity) || quantity.SentenceIndex == last) continue;
            last = quantity.SentenceIndex;
            sentences++;
            if (terms.IsRoutine(article, quantity)) record++;
        }

        return sentences >= RecordCopySentences && 2 * record >= sentences;
    }

    private const int RecordCopySentences = 3;

    private static bool IsAmount(Quantity quantity) =>
        quantity.Unit is QuantityUnit.Currency or QuantityUnit.Percent or QuantityUnit.Measure;

    /// <summary>
    /// A headline (or deck, or subhead) figure that the story states again in its next paragraphs (<see cref="RestatedParagraphs"/>): the
    /// same value and kind of quantity ("2 killed as lightning hits mine" over "Two labourers were killed …"). The
    /// headline is display copy; the figure is checked, and found unsourced or not, where the story states it.
    /// </summary>
    private static bool RestatedBelow(Article article, Quantity headline, IReadOnlyList<Quantity> quantities)
    {
        var block = article.Sentences[headline.SentenceIndex].BlockIndex;
        // The quantities are in text order, so their paragraphs never decrease: find the first one below the headline's
        // paragraph by binary search (a walk from the start made a long display line quadratic).
        int low = 0, high = quantities.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (article.Sentences[quantities[middle].SentenceIndex].BlockIndex <= block) low = middle + 1;
            else high = middle;
        }

        for (var i = low; i < quantities.Count; i++)
        {
            var other = quantities[i];
            if (article.Sentences[other.SentenceIndex].BlockIndex > block + RestatedParagraphs) break;
            if (other.Unit == headline.Unit && other.Value.Equals(headline.Value)) return true;
        }

        return false;
    }

    private const int RestatedParagraphs = 3;

    /// <summary>
    /// Display copy: the headline, or a deck or subhead — a one-sentence paragraph of a few words with no sentence
    /// punctuation at its end ("Genade explosion leaves three people injured, including SHO", "Two found dead").
    /// </summary>
    /// <remarks>Asked once per sentence through <paramref name="scans"/>: the answer depends on the sentence alone (its
    /// paragraph, the paragraphs before it, its words), and counting the words of a long line of bare figures (no word
    /// to stop the count) once per figure was quadratic.</remarks>
    private static bool IsDisplayLine(Article article, Quantity quantity, SentenceScans scans) =>
        scans.TryGet(quantity.SentenceIndex, SentenceScans.Check.DisplayLine, out var known)
            ? known
            : scans.Set(quantity.SentenceIndex, SentenceScans.Check.DisplayLine, IsDisplayLine(article, quantity));

    private static bool IsDisplayLine(Article article, Quantity quantity)
    {
        if (IsHeadline(article, quantity)) return true;
        var sentence = article.Sentences[quantity.SentenceIndex];
        var block = article.Blocks[sentence.BlockIndex];
        if (!block.IsProse || block.SentenceCount != 1 || EndsSentence(article, block)) return false;
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++)
        {
            if (article.Tokens[k].IsWord && ++words > 16) return false;
        }

        return true;
    }

    /// <summary>
    /// The first line of the article, when it is a headline: a heading block, or a one-sentence first paragraph of
    /// a few words with more text under it (a quoted headline, "‘K-Electric loses Rs44bn to theft’", ends in a
    /// quotation mark and so is not read as a heading).
    /// </summary>
    private static bool IsHeadline(Article article, Quantity quantity)
    {
        var block = article.Blocks[article.Sentences[quantity.SentenceIndex].BlockIndex];
        for (var b = 0; b < block.Index; b++)
        {
            if (article.Blocks[b].IsProse) return false;
        }

        if (block.Kind == BlockKind.Heading) return true;
        if (block.SentenceCount != 1 || block.Index + 1 >= article.Blocks.Count) return false;
        var sentence = article.Sentences[block.FirstSentence];
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++)
        {
            if (article.Tokens[k].IsWord && ++words > 16) return false;
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

}
