using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using EditorialLint.Quantities;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// EDL0003: the same quantity — same counted noun, event, places and time anchors — given values that cannot
/// both be true (their intervals do not overlap), in one article or in two articles of one story close in time
/// (or both undated).
/// Reported on the later mention, with the earlier one as the related location.
/// </summary>
public sealed class ConflictingNumbersRule : CorpusRule<ConflictingNumbersSummary>
{
    private const int DefaultMaxDaysApart = 365;
    private const double DefaultMinSimilarity = 0.3;
    private const int TopNames = 12;

    /// <summary>Earlier claims of a bucket one claim is compared with (the corpus pass stays linear in claims).</summary>
    private const int MaxComparedPerClaim = 1000;

    /// <summary>Earlier claims of other values, per key, one claim of an article is compared with: an article of
    /// thousands of repeated toll sentences costs no more per sentence than one of ten.</summary>
    private const int MaxComparedInArticle = 64;

    /// <summary>How far below the figure a tally is said to have risen to an undated figure may be and still be a stage of
    /// that growth (a venue's 89 is not a stage of the attack's 130).</summary>
    private const double GrowthStage = 0.25;

    /// <summary>Rivals named per finding (related locations); the message counts the rest.</summary>
    private const int MaxRivals = 10;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.ConflictingNumbers,
        "Conflicting numbers",
        "'{figure}'{source} conflicts with '{other}'{otherSource} in {where}{more}: {advice}",
        "Accuracy",
        Severity.Warning,
        "The same quantity is given incompatible values: two claims that count the same thing (noun), for the same event " +
        "(killed, injured, arrested, on board, crew, an age, …), scoped by the same places and time anchors, whose value intervals " +
        "(from 'at least', 'about', 'up to', ranges, round figures) do not overlap, in one article or in two articles that " +
        "report one event (alike in their content words, and dated at most max_days_apart days apart or both undated). Fixed " +
        "facts (people on board, crew, passengers, attackers, ages) conflict at any distance in time; a running tally (killed, " +
        "injured, arrested, …) that is higher in a later article is an update, lower without revision wording a conflict. " +
        "Updates ('rose to', 'revised', 'now'), quoted figures and contested claims are not conflicts.",
        new[]
        {
            new RuleOption("max_days_apart", "Dated articles further apart than this many days are not one event.", DefaultMaxDaysApart.ToString(CultureInfo.InvariantCulture), RuleOptionKind.WholeNumber),
            new RuleOption("min_similarity", "TF-IDF cosine of their content words two articles need to report one event (0–1).", DefaultMinSimilarity.ToString(CultureInfo.InvariantCulture), RuleOptionKind.Number),
            new RuleOption("across_articles", "Also compare claims across the corpus, not only within each article.", "true", RuleOptionKind.TrueFalse),
        },
        reportsAcrossArticles: true,
        relatedLocationFormat: "The other figure: “{text}”");

    /// <summary>The same rule for measured values that agencies revise as readings come in (a quake's magnitude: 8.8, then
    /// 8.9, then 9.0 from the same agency within days): the two figures do disagree, but the desk printed what was known
    /// then, so the finding is a suggestion unless <c>editorial_lint.EDL0003.severity</c> says otherwise.</summary>
    internal static readonly RuleDescriptor MeasuredRule = new(
        Rule.Id, Rule.Title, Rule.MessageFormat + " (a measured value that is often revised)", Rule.Category, Severity.Suggestion, Rule.Description,
        Rule.Options, Rule.HelpUri, reportsAcrossArticles: true, relatedLocationFormat: Rule.RelatedLocationFormat);

    /// <summary>Which descriptor reports a conflict of this claim: revised measurements are suggestions.</summary>
    private static RuleDescriptor DescriptorFor(Claim claim) => claim.Event == "magnitude" ? MeasuredRule : Rule;

    private long _comparisons;

    /// <summary>Pairs of claims compared so far by this instance: the measure of the rule's linear cost in tests.</summary>
    internal long Comparisons => Interlocked.Read(ref _comparisons);

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        // Shared with Summarize (and the quantities with EDL0002): extracted once per article.
        var claims = ClaimExtractor.Extract(context);

        // Per key, one claim per distinct figure and places: repeated sentences add nothing to compare. Each incompatible
        // pair of values is reported once per article, on its first occurrence; the message counts the repeats.
        var seen = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var distinct = new HashSet<(string, double, double, string)>();
        var found = new Dictionary<(string Key, double Low, double High, double OtherLow, double OtherHigh), (Claim Later, Claim Earlier, int Count)>();
        var order = new List<(string, double, double, double, double)>();
        long compared = 0;
        foreach (var claim in claims)
        {
            if (!claim.IsScoped) continue;
            if (!seen.TryGetValue(claim.Key, out var earlier)) seen.Add(claim.Key, earlier = new List<Claim>());
            for (var i = earlier.Count - 1; i >= 0 && i >= earlier.Count - MaxComparedInArticle; i--)
            {
                compared++;
                if (earlier[i].Quantity.SentenceIndex == claim.Quantity.SentenceIndex || !Conflict(earlier[i], claim) || !ClaimMatch.SameQuantity(earlier[i], claim, acrossArticles: false)) continue;
                // "23 … 25 … 23 …": 25 against 23 and 23 against 25 are one pair of values.
                var pair = claim.Low < earlier[i].Low || claim.Low == earlier[i].Low && claim.High < earlier[i].High
                    ? (claim.Key, claim.Low, claim.High, earlier[i].Low, earlier[i].High)
                    : (claim.Key, earlier[i].Low, earlier[i].High, claim.Low, claim.High);
                if (found.TryGetValue(pair, out var known)) found[pair] = (known.Later, known.Earlier, known.Count + 1);
                else
                {
                    found.Add(pair, (claim, earlier[i], 1));
                    order.Add(pair);
                }

                break;
            }

            if (distinct.Add((claim.Key, claim.Low, claim.High, string.Join(",", claim.Places)))) earlier.Add(claim);
        }

        foreach (var pair in order)
        {
            var (later, first, count) = found[pair];
            var advice = later.IsAge ? "one person's age, twice in this article: check which is right" : "two figures for one count in this article: check both; if the later one is an update, write 'rose to'";
            if (count > 1) advice += " (the same pair of figures " + (count - 1).ToString(CultureInfo.InvariantCulture) + (count == 2 ? " more time)" : " more times)");
            context.Report(later.Quantity.Span, Message(later, SourceOf(context.Article, later), new[] { first }, SourceOf(context.Article, first), context.Article, sameArticle: true, advice), new[] { FileLocation.In(context.Article, first.Quantity.Span) }, descriptor: DescriptorFor(later));
        }

        Interlocked.Add(ref _comparisons, compared);
    }

    public override ConflictingNumbersSummary? Summarize(ArticleContext context)
    {
        if (!context.Options.GetBool("across_articles", true)) return null;
        // One claim per distinct statement: an article that repeats a figure has nothing more to compare (and thousands
        // of repeats would cost the corpus pass as many comparisons each).
        var claims = new List<Claim>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, double>? risen = null;
        foreach (var claim in ClaimExtractor.Extract(context))
        {
            if (claim.IsUpdate)
            {
                // "The toll rose to 130": the highest figure each tally is said to have reached, for ordering undated copy.
                if (claim.IsTally && claim.Low > 0 && !double.IsInfinity(claim.Low))
                {
                    risen ??= new Dictionary<string, double>(StringComparer.Ordinal);
                    risen[claim.Key] = risen.TryGetValue(claim.Key, out var known) ? Math.Max(known, claim.Low) : claim.Low;
                }

                continue;
            }

            if (distinct.Add(Signature(claim))) claims.Add(claim);
        }

        // Who gives each value, read now: the corpus pass has the articles' text but no longer their tokens.
        Dictionary<Claim, string>? sources = null;
        foreach (var claim in claims)
        {
            if (SourceOf(context.Article, claim) is not { } source) continue;
            sources ??= new Dictionary<Claim, string>();
            sources[claim] = source;
        }

        return claims.Count == 0 && risen is null ? null : new ConflictingNumbersSummary(claims, ClaimExtractor.TopNames(context.Article, TopNames), WordProfile.Of(context.Article), risen, ClaimExtractor.LatestYear(context.Article), context.Article.Date is null ? ClaimExtractor.LatestDay(context.Article) : null, context.Article.Date is null ? ClaimExtractor.Weekdays(context.Article) : 0, ClaimExtractor.StoryPlaces(context.Article), ClaimExtractor.StoryTime(context.Article), context.Article.Date is null ? CalendarDays(context.Article) : null, sources);
    }

    public override void AnalyzeCorpus(CorpusContext<ConflictingNumbersSummary> context)
    {
        var entries = context.Entries;
        var dates = new DateTime?[entries.Count];
        var profiles = new WordProfile[entries.Count];
        var maxDays = new int[entries.Count];
        var widest = 0;
        var minSimilarity = DefaultMinSimilarity;
        for (var e = 0; e < entries.Count; e++)
        {
            dates[e] = entries[e].Article.Article.Date;
            profiles[e] = entries[e].Summary.Profile;
            var options = context.GetOptions(entries[e].Article);
            maxDays[e] = options.GetInt("max_days_apart", DefaultMaxDaysApart);
            widest = Math.Max(widest, maxDays[e]);
            if (e == 0) minSimilarity = options.GetDouble("min_similarity", DefaultMinSimilarity);
        }

        var names = new HashSet<string>[entries.Count];
        for (var e = 0; e < entries.Count; e++) names[e] = entries[e].Summary.Names;
        var events = new EventLinker(profiles, names, dates, widest, minSimilarity, e => { context.CancellationToken.ThrowIfCancellationRequested(); return false; });

        LinkLedes(entries, dates, events);

        // A person named by one word ("Mychelle, 7") is the one full name of the event's ages that holds the word
        // ("Elizabeth Mychelle"); with two such names (the Bartons) the word names no one; with none, it is compared
        // with the same word in the event only.
        var fullNames = new Dictionary<(int Event, string Word), string?>();
        for (var e = 0; e < entries.Count; e++)
        {
            if (events.Representative(e) != e) continue;
            foreach (var claim in entries[e].Summary.Claims)
            {
                if (!claim.IsAge || claim.Places.Count != 1) continue;
                foreach (var word in claim.Noun.Split(' '))
                {
                    var key = (events.Event(e), word);
                    if (!fullNames.TryGetValue(key, out var known)) fullNames.Add(key, claim.Noun);
                    else if (known is not null && known != claim.Noun) fullNames[key] = null;
                }
            }
        }

        // Identical copies are compared once, through their first copy; a finding on the first copy is reported on each.
        var copies = new Dictionary<int, List<int>>();
        var buckets = new Dictionary<(int Event, string Key), List<(int Entry, Claim Claim)>>();
        var risen = new Dictionary<(int Event, string Key), double>();
        for (var e = 0; e < entries.Count; e++)
        {
            var first = events.Representative(e);
            if (first != e)
            {
                if (!copies.TryGetValue(first, out var list)) copies.Add(first, list = new List<int>());
                list.Add(e);
                continue;
            }

            var ev = events.Event(e);
            foreach (var pair in entries[e].Summary.Risen)
                risen[(ev, pair.Key)] = risen.TryGetValue((ev, pair.Key), out var known) ? Math.Max(known, pair.Value) : pair.Value;
            foreach (var claim in entries[e].Summary.Claims)
            {
                // Ages are bucketed by the person's full name alone: two articles that both name the person need not share more.
                var key = (claim.IsAge ? -1 : ev, claim.Key);
                if (claim.IsAge && claim.Places.Count == 0)
                {
                    if (!fullNames.TryGetValue((ev, claim.Noun), out var full)) key = (ev, claim.Key);
                    else if (full is null) continue;
                    else key = (-1, "age|" + full + "|");
                }

                if (!buckets.TryGetValue(key, out var bucket)) buckets.Add(key, bucket = new List<(int, Claim)>());
                bucket.Add((e, claim));
            }
        }

        var lateness = WeekOrder(entries, dates, events);
        var stages = Stages(entries, dates);

        long compared = 0;
        var rivals = new List<(int Entry, Claim Claim, string Advice)>();
        var reported = new HashSet<(int, string, double, double, int, double, double)>();
        foreach (var bucket in buckets.Values)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (bucket.Count < 2) continue;

            // Later mentions last: by date (undated first), then path order; ties within an article keep text order.
            bucket.Sort((a, b) =>
            {
                var c = Nullable.Compare(dates[a.Entry], dates[b.Entry]);
                return c != 0 ? c : a.Entry != b.Entry ? a.Entry.CompareTo(b.Entry) : a.Claim.Quantity.Span.Start.CompareTo(b.Claim.Quantity.Span.Start);
            });
            for (var j = 1; j < bucket.Count; j++)
            {
                var (laterEntry, later) = bucket[j];
                rivals.Clear();
                for (var i = j - 1; i >= 0 && i >= j - MaxComparedPerClaim; i--)
                {
                    var (earlierEntry, earlier) = bucket[i];
                    compared++;
                    if (earlierEntry == laterEntry) continue;
                    var (a, b) = (dates[earlierEntry], dates[laterEntry]);
                    // An age is a fact of one named person, not of an event: it conflicts at any distance in time (the birthdays
                    // between the two articles are counted below), so max_days_apart, which bounds an event, does not cut it.
                    if (a is { } x && b is { } y && (y - x).TotalDays > maxDays[laterEntry] && !later.IsAge) break;
                    if (a is null != b is null) continue;
                    if (later.IsAge)
                    {
                        // One person: the same full name in two articles that both name him or her often, or of one event;
                        // a one-word name only within its event.
                        var named = earlier.Places.Count == 1 && later.Places.Count == 1;
                        // A one-word name is weaker evidence of one person: only ages a year apart (a misprint or a
                        // birthday), not three (a brother, a namesake).
                        // Undated, a one-word name and a year's difference say too little (a child named in copy of two campaigns).
                        if (Math.Abs(earlier.Quantity.Value - later.Quantity.Value) > (named ? MaxAgeGap : 1) || !named && a is null) continue;
                        // One event: the coverage links the two articles (directly, through one, or as one cluster of it).
                        var oneEvent = events.Event(earlierEntry) == events.Event(laterEntry) || events.LinkedThroughOne(earlierEntry, laterEntry);
                        if (!oneEvent && !(named && NamedInBoth(later, entries[earlierEntry].Summary, entries[laterEntry].Summary))) continue;
                        // Undated, a year's difference is a birthday unless the two articles report one event (the coverage of
                        // one week): two undated pieces that merely both name an athlete may be months apart.
                        if (a is null && !oneEvent && Math.Abs(earlier.Quantity.Value - later.Quantity.Value) <= 1) continue;
                        // Even in one event's coverage, undated copy a year of age apart is a birthday unless the texts put the two
                        // pieces in one week: they tell of a calendar day in common ("13 November"), or both tell of the days of
                        // the event's week. A saga followed over months (a doping case from the summer's test to the next spring's
                        // tribunal) is linked as one event by its words, but its pieces name different months, or none.
                        if (a is null && Math.Abs(earlier.Quantity.Value - later.Quantity.Value) <= 1 && !OneWeek(entries[earlierEntry].Summary, lateness[earlierEntry], entries[laterEntry].Summary, lateness[laterEntry])) continue;
                    }
                    else if (!ClaimMatch.SameQuantityInEvent(earlier, later) || !events.LinkedThroughOne(earlierEntry, laterEntry)) continue;

                    // A tally of other days that puts itself on a day ("on Sunday", "in the last 24 hours") is that day's
                    // count — the daily toll of a war, of the roads — not the event's total restated. Two articles that put
                    // it on the same calendar day ("on Monday" in Tuesday's and in Wednesday's copy) both give that day's count.
                    if (later.IsTally && a != b && (earlier.Days.Count > 0 || later.Days.Count > 0) && !SameDays(earlier.Days, later.Days)) continue;

                    // Daily statistics ("in the last 24 hours") are that day's figures: two of them undated, or of two
                    // dates, are two days' figures.
                    if ((earlier.Daily || later.Daily) && (a is null || b is null || a != b)) continue;

                    // A tally of other days without a place of its own is too loosely tied to the event to be its total
                    // restated (the news of a war or of a city's crime brings a new count of the same words every day),
                    // unless it is its story's count: a figure of the headline or lede (deeper in the body a placeless figure
                    // may be one site's part, or another incident's: "Four died there", "a dispute July 12 left seven dead"),
                    // in two articles whose headlines and ledes put the story at one spot, and at one time (a placeless figure
                    // is of its story's day: a daily statistic's, or the day its lede names).
                    if (later.IsTally && a != b && (earlier.Places.Count == 0 || later.Places.Count == 0) &&
                        (earlier.Places.Count == 0 && !earlier.InLead || later.Places.Count == 0 && !later.InLead ||
                         Shared(entries[earlierEntry].Summary.StoryPlaces, entries[laterEntry].Summary.StoryPlaces) == 0 ||
                         !SameTime(earlier, entries[earlierEntry].Summary, later, entries[laterEntry].Summary))) continue;

                    // Undated copy has no order, but the coverage says how the tally grew: when some article of the event
                    // says it rose to 130, an undated 127 and 129 are two stages of its growth, not rival counts (132 is not).
                    if (later.IsTally && a is null && b is null && risen.TryGetValue((events.Event(laterEntry), later.Key), out var peak) &&
                        Math.Max(earlier.Quantity.Value, later.Quantity.Value) <= peak && Math.Min(earlier.Quantity.Value, later.Quantity.Value) >= (1 - GrowthStage) * peak) continue;
                    // Undated copy that tells of later days (the raid of 18 November against only the attacks of the 13th) was
                    // written later: its higher tally is the count having grown, not a rival of the lower one.
                    if (later.IsTally && a is null && b is null && entries[earlierEntry].Summary.LatestDay is { } dayA && entries[laterEntry].Summary.LatestDay is { } dayB &&
                        ClaimExtractor.Later(dayB, dayA) is var order && order != 0 && (order > 0 ? later.Low > earlier.High : earlier.Low > later.High)) continue;
                    // Undated copy that has got further into the event's week (it tells of Tuesday; the other only of the
                    // Friday night and the Saturday) was written later: its higher tally is the count having grown.
                    if (later.IsTally && a is null && b is null && lateness[earlierEntry] is { } weekA && lateness[laterEntry] is { } weekB &&
                        Math.Abs(weekB - weekA) >= 2 && (weekB > weekA ? later.Low > earlier.High : earlier.Low > later.High)) continue;
                    // Undated copy whose story toll (the highest it gives) is lower was written at an earlier stage of a growing
                    // event: another of its figures ("Eighty" at one venue, under "at least 128 killed") that is lower too is the count
                    // of that stage, not a rival of the later copy's (89 there, under 129). A story toll is never ordered by itself.
                    if (later.IsTally && a is null && b is null && stages[earlierEntry] is { } stageA && stages[laterEntry] is { } stageB && stageA != stageB &&
                        earlier.Quantity.Value != stageA && later.Quantity.Value != stageB &&
                        (stageB > stageA ? later.Low > earlier.High : earlier.Low > later.High)) continue;
                    if (Verdict(earlier, a, entries[earlierEntry].Summary.LatestYear, later, b, entries[laterEntry].Summary.LatestYear) is not { } advice) continue;
                    rivals.Add((earlierEntry, earlier, advice));
                }

                if (rivals.Count == 0) continue;

                // One finding per pair of values and articles: a figure the later article repeats (in its lede and again in
                // its body) is reported where it first stands.
                if (!reported.Add((laterEntry, later.Key, later.Low, later.High, rivals[0].Entry, rivals[0].Claim.Low, rivals[0].Claim.High))) continue;
                var shown = rivals.Count > MaxRivals ? rivals.GetRange(0, MaxRivals) : rivals;
                var related = shown.ConvertAll(r => FileLocation.In(entries[r.Entry].Article.Article, r.Claim.Quantity.Span));
                var articles = new HashSet<int>();
                foreach (var r in rivals) articles.Add(r.Entry);
                var message = Message(later, entries[laterEntry].Summary.SourceOf(later), shown.ConvertAll(r => r.Claim), entries[rivals[0].Entry].Summary.SourceOf(rivals[0].Claim), entries[rivals[0].Entry].Article.Article, sameArticle: false, rivals[0].Advice, articles.Count - 1, entries[laterEntry].Article.Article.Path);
                context.Report(entries[laterEntry].Article.Article, later.Quantity.Span, message, related, descriptor: DescriptorFor(later));
                if (!copies.TryGetValue(laterEntry, out var laterCopies)) continue;
                foreach (var copy in laterCopies) context.Report(entries[copy].Article.Article, later.Quantity.Span, message, related, descriptor: DescriptorFor(later));
            }
        }

        Interlocked.Add(ref _comparisons, compared);
    }

    /// <summary>
    /// How far into its event's week each undated article has got, in days (null: dated, no weekday, or no clear start).
    /// The event's day is the weekday the most of its undated articles name (the Friday of the attacks, named by nearly
    /// every piece); an article's lateness is the furthest weekday after it that the article names. One pass over the
    /// articles.
    /// </summary>
    private static int?[] WeekOrder(IReadOnlyList<CorpusEntry<ConflictingNumbersSummary>> entries, DateTime?[] dates, EventLinker events)
    {
        var lateness = new int?[entries.Count];
        var counts = new Dictionary<int, int[]>();
        for (var e = 0; e < entries.Count; e++)
        {
            var mask = entries[e].Summary.Weekdays;
            if (dates[e] is not null || mask == 0) continue;
            var ev = events.Event(e);
            if (!counts.TryGetValue(ev, out var perDay)) counts.Add(ev, perDay = new int[7]);
            for (var d = 0; d < 7; d++)
            {
                if ((mask & (1 << d)) != 0) perDay[d]++;
            }
        }

        var start = new Dictionary<int, int>();
        foreach (var pair in counts)
        {
            // A tie between two weekdays leaves the event's day unknown: no order from weekdays.
            int best = -1, most = 0, tied = 0;
            for (var d = 0; d < 7; d++)
            {
                if (pair.Value[d] > most) { best = d; most = pair.Value[d]; tied = 0; }
                else if (pair.Value[d] == most) tied++;
            }

            if (best >= 0 && tied == 0 && most >= 2) start.Add(pair.Key, best);
        }

        for (var e = 0; e < entries.Count; e++)
        {
            var mask = entries[e].Summary.Weekdays;
            if (dates[e] is not null || mask == 0 || !start.TryGetValue(events.Event(e), out var first)) continue;
            var furthest = 0;
            for (var d = 0; d < 7; d++)
            {
                if ((mask & (1 << d)) != 0) furthest = Math.Max(furthest, (d - first + 7) % 7);
            }

            lateness[e] = furthest;
        }

        return lateness;
    }

    /// <summary>
    /// How far its event's toll had got when each undated article was written: the highest toll of people killed it gives
    /// (its story toll: sites and groups are parts of it; null: dated, or no such toll). A growing event's coverage is
    /// ordered by it: copy that gives "at least 128 killed" came before copy that gives "at least 129".
    /// </summary>
    private static double?[] Stages(IReadOnlyList<CorpusEntry<ConflictingNumbersSummary>> entries, DateTime?[] dates)
    {
        var stages = new double?[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            if (dates[e] is not null) continue;
            foreach (var claim in entries[e].Summary.Claims)
            {
                // The figure as stated ("at least 128" is 128; a round "130" is 130, whatever it allows).
                if (claim.Event != "killed" || claim.IsSettled) continue;
                if (stages[e] is not { } known || claim.Quantity.Value > known) stages[e] = claim.Quantity.Value;
            }
        }

        return stages;
    }

    /// <summary>Lede claims of one day's ledes an article is compared with per place (linear in lede claims).</summary>
    private const int MaxLedePartners = 50;

    /// <summary>
    /// Two reports of one incident written by two desks may share few words ("Six dead in Bannu clash" and "Five dead as
    /// Bannu families clash" name the families differently), but their ledes give a figure of the same kind, for the same
    /// kind of incident, at the same spots (two places below country level in common: Bannu and Mamandkhel), within a
    /// day: such articles report one event. Blocked by (key, place): never all pairs.
    /// </summary>
    private static void LinkLedes(IReadOnlyList<CorpusEntry<ConflictingNumbersSummary>> entries, DateTime?[] dates, EventLinker events)
    {
        var byPlace = new Dictionary<(string Key, string Place), List<(int Entry, Claim Claim)>>();
        for (var e = 0; e < entries.Count; e++)
        {
            if (dates[e] is null || events.Representative(e) != e) continue;
            foreach (var claim in entries[e].Summary.Claims)
            {
                if (!claim.InLead || claim.IsAge || claim.Places.Count < 2 || claim.Incidents.Count == 0) continue;
                foreach (var place in claim.Places)
                {
                    if (!byPlace.TryGetValue((claim.Key, place), out var list)) byPlace.Add((claim.Key, place), list = new List<(int, Claim)>());
                    var partners = 0;
                    for (var i = list.Count - 1; i >= 0 && partners < MaxLedePartners; i--, partners++)
                    {
                        var (other, earlier) = list[i];
                        if (other == e || Math.Abs((dates[other]!.Value - dates[e]!.Value).TotalDays) > 1 || events.Linked(other, e)) continue;
                        if (Shared(earlier.Places, claim.Places) >= 2 && Shared(earlier.Incidents, claim.Incidents) > 0) events.Link(other, e);
                    }

                    list.Add((e, claim));
                }
            }
        }
    }

    /// <summary>The calendar days undated copy names, as month × 32 + day: two pieces that tell of one day were written in
    /// the same stretch of the story.</summary>
    private static HashSet<int> CalendarDays(Article article)
    {
        var days = new HashSet<int>();
        foreach (var day in ClaimExtractor.CalendarDays(article)) days.Add(day.Month * 32 + day.Day);
        return days;
    }

    /// <summary>Two undated articles the texts put in one week of their story: they name a calendar day in common, or both
    /// name days of the event's week (<see cref="WeekOrder"/>).</summary>
    private static bool OneWeek(ConflictingNumbersSummary a, int? weekA, ConflictingNumbersSummary b, int? weekB)
    {
        if (weekA is not null && weekB is not null) return true;
        foreach (var day in a.CalendarDays)
        {
            if (b.CalendarDays.Contains(day)) return true;
        }

        return false;
    }

    /// <summary>Two claims of two days' copy are of one time: neither is a rolling day's figure, and the days they are put
    /// on (a claim with no place nor day of its own: its story's) are the same calendar days, or there are none.</summary>
    private static bool SameTime(Claim a, ConflictingNumbersSummary storyA, Claim b, ConflictingNumbersSummary storyB)
    {
        var (daysA, dailyA) = a.Places.Count == 0 && a.Days.Count == 0 ? (storyA.StoryDays, a.Daily || storyA.StoryDaily) : (a.Days, a.Daily);
        var (daysB, dailyB) = b.Places.Count == 0 && b.Days.Count == 0 ? (storyB.StoryDays, b.Daily || storyB.StoryDaily) : (b.Days, b.Daily);
        if (dailyA || dailyB) return false;
        return daysA.Count == 0 && daysB.Count == 0 || SameDays(daysA, daysB);
    }

    /// <summary>Two claims put on the same calendar days (resolved with their articles' dates).</summary>
    private static bool SameDays(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            // An unresolved weekday ("monday", undated copy) or a rolling "24h" day names no calendar day.
            if (a[i] != b[i] || a[i].Length != 10 || !char.IsDigit(a[i][0])) return false;
        }

        return true;
    }

    private static int Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var n = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y) { n++; break; }
            }
        }

        return n;
    }

    /// <summary>What makes two claims of one article the same statement for the corpus pass: the key, the interval and
    /// everything <see cref="ClaimMatch.SameQuantityInEvent"/> and <see cref="Verdict"/> read.</summary>
    private static string Signature(Claim c) => string.Join("|",
        c.Key, c.Low.ToString("R", CultureInfo.InvariantCulture), c.High.ToString("R", CultureInfo.InvariantCulture), c.Quantity.Value.ToString("R", CultureInfo.InvariantCulture),
        string.Join(",", c.Places), string.Join(",", c.Countries), string.Join(",", c.Incidents), string.Join(",", c.Days),
        c.InLead ? "lead" : string.Empty, c.Sites.ToString(CultureInfo.InvariantCulture), c.Daily ? "daily" : string.Empty, string.Join(",", c.SentenceValues), c.IsPart ? "part" : string.Empty, c.Reach.ToString(CultureInfo.InvariantCulture), c.Site);

    /// <summary>An age stated with a full name is about one person in any two articles that both name him or her
    /// among their most frequent names, however little else they share.</summary>
    private static bool NamedInBoth(Claim age, ConflictingNumbersSummary a, ConflictingNumbersSummary b)
    {
        var surname = ClaimExtractor.FoldName(age.Noun.Substring(age.Noun.LastIndexOf(' ') + 1));
        return a.Names.Contains(surname) && b.Names.Contains(surname);
    }

    /// <summary>Ages further apart than this are two people of one name (a 17-year-old and a 30-year-old Aram Bibi).</summary>
    private const double MaxAgeGap = 3;

    /// <summary>Days beyond the whole years between two articles that make one more birthday likely enough (about one
    /// chance in six) to explain one more year of age.</summary>
    private const int BirthdayWindow = 60;

    private static bool Conflict(Claim earlier, Claim later) => !earlier.IsUpdate && !later.IsUpdate && earlier.Contradicts(later);

    /// <summary>
    /// Whether two claims of one quantity in two articles of one event conflict, and what the desk should do (null:
    /// they agree, or the later one is an update). An age may grow by the years between the articles; a fixed fact
    /// conflicts at any distance; a running tally higher in the later article is an update, lower a conflict (a revision
    /// says so, and revised figures are updates); undated articles have no order, so any disagreement is one.
    /// </summary>
    private static string? Verdict(Claim earlier, DateTime? earlierDate, int? earlierYear, Claim later, DateTime? laterDate, int? laterYear)
    {
        if (earlier.IsUpdate || later.IsUpdate) return null;
        var days = earlierDate is { } a && laterDate is { } b ? (int)Math.Round((b - a).TotalDays) : (int?)null;
        var when = days switch
        {
            null => "neither article is dated, so which is newer is unknown",
            0 => "both of the same day",
            1 => "this one is a day newer",
            _ => "this one is " + days.Value.ToString(CultureInfo.InvariantCulture) + " days newer",
        };
        if (later.IsAge)
        {
            var grown = later.Quantity.Value - earlier.Quantity.Value;
            if (grown == 0) return null;
            if (days is { } d)
            {
                // Birthdays explain k more years when k of them may well fall between the two articles: the first one
                // anywhere in the gap, each further one a year on, with at least two months to spare (a chance of one in six
                // or more). Days apart, 31 and 32 (or a dead child's 7 and 8) are one of them wrong; five months apart, 44
                // and 45 are a birthday; 23 and 13 months later 25 would need two birthdays in a year and a month.
                if (grown > 0 && d >= (grown - 1) * 365.25 + BirthdayWindow) return null;
            }
            else if (earlierYear is { } ya && laterYear is { } yb && Math.Abs(yb - ya) >= 2)
            {
                // Undated copy that speaks of years well apart (the latest year each mentions): a girl of 6 in copy of 2004
                // and of 10 in copy of 2009 has grown up. A year apart is no evidence (a story of 2015 updated in 2016).
                var years = yb - ya;
                var aged = years > 0 ? grown : -grown;
                if (aged >= Math.Abs(years) - 1 && aged <= Math.Abs(years) + 1) return null;
            }

            return "one person's age, " + when + ": check which is right";
        }

        if (!earlier.Contradicts(later)) return null;
        if (later.IsSettled) return "a settled figure of past events (" + when + "): check which is right";
        if (!later.IsTally) return "a fixed fact of the event (" + when + "): check which is right";
        if (days is null) return when + ": check both; if this one is an update, write 'rose to'";
        if (days == 0) return when + ": check which is right";
        if (later.Low > earlier.High) return null;
        return when + " yet lower, with no word of a revision: check it, or say the figure was revised";
    }

    /// <summary>
    /// The other claim is named by file name and line/column: the full path differs between hosts (absolute in the
    /// build, as typed in the CLI) and is in the related location anyway. When the other file has this article's own
    /// name (a desk's dated folders: 2026/11/03/blast.md against 2026/11/04/blast.md), the name alone would read as this
    /// article, so it is named from the first folder the two paths do not share ("04/blast.md"), the same on any host.
    /// </summary>
    private static string Message(Claim claim, string? source, IReadOnlyList<Claim> others, string? otherSource, Article otherArticle, bool sameArticle, string advice, int more = 0, string? thisPath = null)
    {
        var other = others[0];
        var position = otherArticle.Lines.GetLinePosition(other.Quantity.Span.Start);
        var file = OtherFileName(otherArticle.Path, thisPath);
        // A value the copy gives as one named source's ("7.5 by the MIT scientists", "according to the ministry") is that
        // source's reading: the finding says so, and when each figure has its own source, that the sources differ.
        if (source is not null && otherSource is not null && !string.Equals(source, otherSource, StringComparison.OrdinalIgnoreCase))
            advice = "the sources differ (" + source + " against " + otherSource + "): say whose figure each is, or check which is right";
        return DescriptorFor(claim).FormatMessage(
            ("figure", claim.Figure),
            ("source", source is null ? string.Empty : " (by " + source + ")"),
            ("other", other.Figure),
            ("otherSource", otherSource is null ? string.Empty : " (by " + otherSource + ")"),
            ("where", (sameArticle ? "this article" : file) + "(" + position + ")"),
            ("more", more > 0 ? " and " + more.ToString(CultureInfo.InvariantCulture) + (more == 1 ? " other article" : " other articles") : string.Empty),
            ("advice", advice));
    }

    private static readonly char[] PathSeparators = { '/', '\\' };

    /// <summary>The other article's file name, or, when this article has the same file name, its path from the first
    /// folder the two paths do not share.</summary>
    internal static string OtherFileName(string otherPath, string? thisPath)
    {
        var name = otherPath.Substring(otherPath.LastIndexOfAny(PathSeparators) + 1);
        if (thisPath is null || !string.Equals(name, thisPath.Substring(thisPath.LastIndexOfAny(PathSeparators) + 1), StringComparison.OrdinalIgnoreCase)) return name;
        var otherParts = otherPath.Split(PathSeparators);
        var thisParts = thisPath.Split(PathSeparators);
        var shared = 0;
        while (shared < otherParts.Length - 1 && shared < thisParts.Length - 1 && string.Equals(otherParts[shared], thisParts[shared], StringComparison.Ordinal)) shared++;
        return shared >= otherParts.Length - 1 ? name : string.Join("/", otherParts, shared, otherParts.Length - shared);
    }

    /// <summary>Figures of the sentence the source of a value may stand beyond: "according to police" after "killed 23",
    /// but not past another figure ("7.5 by MIT, 6.8 by Turkish scientists": each value has its own).</summary>
    private const int MaxSourceDistance = 12;

    /// <summary>
    /// The named source a claim's own sentence gives its value by, or null: "according to the Health Ministry" before or
    /// after the figure, up to another figure of the sentence; for a measured value (a magnitude), also "by" right after it
    /// ("magnitude 7.5 by the MIT scientists", "7.8 by the US Geological Survey"). A toll "killed by gunmen" names who
    /// killed, not who counted, so "by" is not read there. The name is its run of capitalised words, with the plural noun or
    /// the body after it ("Turkish scientists", "the Kurram police").
    /// </summary>
    private static string? SourceOf(Article article, Claim claim)
    {
        var tokens = article.Tokens;
        if (claim.Quantity.SentenceIndex < 0 || claim.Quantity.SentenceIndex >= article.Sentences.Count) return null;
        var sentence = article.Sentences[claim.Quantity.SentenceIndex];
        int first = sentence.FirstToken, end = sentence.FirstToken + sentence.TokenCount;
        var after = first;
        while (after < end && tokens[after].Span.Start < claim.Quantity.Span.End) after++;
        var before = after - 1;
        while (before >= first && tokens[before].Span.Start >= claim.Quantity.Span.Start) before--;
        for (var t = after; t < end && t < after + MaxSourceDistance; t++)
        {
            if (tokens[t].Kind == TokenKind.Number || tokens[t].Text == ";") break;
            if (claim.Event == "magnitude" && t < after + 2 && tokens[t].Text == "by" && SourceName(tokens, t + 1, end) is { } agency) return agency;
            if (tokens[t].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && t + 1 < end && tokens[t + 1].Text == "to") return SourceName(tokens, t + 2, end);
        }

        for (var t = before; t > first && t > before - MaxSourceDistance; t--)
        {
            if (tokens[t].Kind == TokenKind.Number || tokens[t].Text == ";") break;
            if (tokens[t - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[t].Text == "to") return SourceName(tokens, t + 1, end);
        }

        return null;
    }

    /// <summary>Bodies named by a singular noun after their name ("the Kurram police", "the Turkish army").</summary>
    private static readonly HashSet<string> SourceBodies = new(StringComparer.Ordinal) { "police", "army", "military", "ministry", "government", "agency", "institute" };

    /// <summary>The capitalised name that starts at <paramref name="t"/> (after "the"), with a plural noun after it.</summary>
    private static string? SourceName(IReadOnlyList<Token> tokens, int t, int end)
    {
        if (t < end && tokens[t].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) t++;
        var start = t;
        while (t < end && tokens[t].IsWord && tokens[t].IsCapitalized) t++;
        if (t == start) return null;
        if (t < end && tokens[t].IsWord && !tokens[t].IsCapitalized && (tokens[t].Text.Length > 3 && tokens[t].Text.EndsWith("s", StringComparison.Ordinal) || SourceBodies.Contains(tokens[t].Text))) t++;
        var name = new System.Text.StringBuilder();
        for (var i = start; i < t; i++) name.Append(i > start ? " " : string.Empty).Append(tokens[i].Text);
        return name.ToString();
    }
}

/// <summary>What EDL0003 keeps of one article for the corpus pass: its scoped claims and its most frequent names.</summary>
public sealed class ConflictingNumbersSummary
{
    internal ConflictingNumbersSummary(IReadOnlyList<Claim> claims, IReadOnlyCollection<string> names, WordProfile profile, IReadOnlyDictionary<string, double>? risen = null, int? latestYear = null, (int? Year, int Month, int Day)? latestDay = null, int weekdays = 0, IReadOnlyList<string>? storyPlaces = null, (IReadOnlyList<string> Days, bool Daily) storyTime = default, HashSet<int>? calendarDays = null, Dictionary<Claim, string>? sources = null)
    {
        _sources = sources;
        CalendarDays = calendarDays ?? new HashSet<int>();
        StoryDays = storyTime.Days ?? Array.Empty<string>();
        StoryDaily = storyTime.Daily;
        StoryPlaces = storyPlaces ?? Array.Empty<string>();
        Weekdays = weekdays;
        LatestDay = latestDay;
        LatestYear = latestYear;
        Risen = risen ?? new Dictionary<string, double>(StringComparer.Ordinal);
        Claims = claims;
        Profile = profile;
        Names = new HashSet<string>(names, StringComparer.Ordinal);
    }

    internal IReadOnlyList<Claim> Claims { get; }

    /// <summary>Where the story happened: the places its headline and lede name (<see cref="ClaimExtractor.StoryPlaces"/>).</summary>
    internal IReadOnlyList<string> StoryPlaces { get; }

    /// <summary>The days the story's lede names, and whether it gives a rolling day's figures (<see cref="ClaimExtractor.StoryTime"/>).</summary>
    internal IReadOnlyList<string> StoryDays { get; }
    internal bool StoryDaily { get; }

    /// <summary>Per claim key, the highest figure the article says a tally rose to ("the toll rose to 130").</summary>
    internal IReadOnlyDictionary<string, double> Risen { get; }
    internal HashSet<string> Names { get; }

    /// <summary>The latest year the article mentions: evidence of when undated copy was written.</summary>
    internal int? LatestYear { get; }

    /// <summary>The latest calendar day undated copy mentions: how far the story had gone when it was written.</summary>
    internal (int? Year, int Month, int Day)? LatestDay { get; }

    private readonly Dictionary<Claim, string>? _sources;

    /// <summary>The named source the article gives a claim's value by ("7.5 by the MIT scientists"), or null.</summary>
    internal string? SourceOf(Claim claim) => _sources is not null && _sources.TryGetValue(claim, out var source) ? source : null;

    /// <summary>Undated copy: the calendar days it names, as month × 32 + day.</summary>
    internal HashSet<int> CalendarDays { get; }

    /// <summary>Undated copy: the weekdays it names (bit 0 Monday … bit 6 Sunday), see <see cref="ClaimExtractor.Weekdays"/>.</summary>
    internal int Weekdays { get; }

    /// <summary>The article's content words: which event it reports.</summary>
    internal WordProfile Profile { get; }
}
