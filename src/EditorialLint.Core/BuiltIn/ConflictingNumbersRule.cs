using System;
using System.Collections.Generic;
using System.Globalization;
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
    private const int DefaultMaxDaysApart = 0;
    private const double DefaultMinSharedNames = 0.25;
    private const int TopNames = 12;
    private const int MaxComparedPerClaim = 1000;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.ConflictingNumbers,
        "Conflicting numbers",
        "'{figure}' conflicts with '{other}' in {where}",
        "Accuracy",
        Severity.Warning,
        "The same quantity is given incompatible values: two claims that count the same thing (noun), for the same event " +
        "(killed, injured, arrested, on board, …), scoped by the same names and time anchors, whose value intervals (from " +
        "'at least', 'about', 'up to', ranges, round figures) do not overlap. Updates ('rose to', 'revised', 'now'), quoted " +
        "figures and contested claims are not conflicts. Claims are compared by their places (\"in Quetta\", \"Quetta blast\", " +
        "the dateline), never by a country alone; across articles only articles of one story (sharing some of their names) " +
        "that are both undated, or dated at most max_days_apart days apart, are compared.",
        new[]
        {
            new RuleOption("max_days_apart", "Dated articles further apart than this many days are not compared.", DefaultMaxDaysApart.ToString(CultureInfo.InvariantCulture)),
            new RuleOption("min_shared_names", "Share of their most frequent names two articles must have in common to be one story (0–1).", DefaultMinSharedNames.ToString(CultureInfo.InvariantCulture)),
            new RuleOption("across_articles", "Also compare claims across the corpus, not only within each article.", "true"),
        },
        reportsAcrossArticles: true,
        relatedLocationFormat: "The other figure: “{text}”");

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        // Shared with Summarize (and the quantities with EDL0002): extracted once per article.
        var claims = ClaimExtractor.Extract(context);
        var seen = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!claim.IsScoped) continue;
            if (!seen.TryGetValue(claim.Key, out var earlier)) seen.Add(claim.Key, earlier = new List<Claim>());
            for (var i = earlier.Count - 1; i >= 0; i--)
            {
                if (earlier[i].Quantity.SentenceIndex == claim.Quantity.SentenceIndex || !Conflict(earlier[i], claim) || !ClaimMatch.SameQuantity(earlier[i], claim, acrossArticles: false)) continue;
                context.Report(claim.Quantity.Span, Message(claim, earlier[i], context.Article, sameArticle: true), new[] { FileLocation.In(context.Article, earlier[i].Quantity.Span) });
                break;
            }

            earlier.Add(claim);
        }
    }

    public override ConflictingNumbersSummary? Summarize(ArticleContext context)
    {
        if (!context.Options.GetBool("across_articles", true)) return null;
        var claims = new List<Claim>();
        foreach (var claim in ClaimExtractor.Extract(context))
        {
            if (claim.IsScoped && !claim.IsUpdate) claims.Add(claim);
        }

        return claims.Count == 0 ? null : new ConflictingNumbersSummary(claims, ClaimExtractor.TopNames(context.Article, TopNames));
    }

    public override void AnalyzeCorpus(CorpusContext<ConflictingNumbersSummary> context)
    {
        var buckets = new Dictionary<string, List<(int Entry, Claim Claim)>>(StringComparer.Ordinal);
        for (var e = 0; e < context.Entries.Count; e++)
        {
            foreach (var claim in context.Entries[e].Summary.Claims)
            {
                if (!buckets.TryGetValue(claim.Key, out var bucket)) buckets.Add(claim.Key, bucket = new List<(int, Claim)>());
                bucket.Add((e, claim));
            }
        }

        var entries = context.Entries;
        foreach (var bucket in buckets.Values)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (bucket.Count < 2) continue;

            // Later mentions last: by date, then path order; ties within an article keep text order.
            bucket.Sort((a, b) =>
            {
                var c = Nullable.Compare(Date(entries[a.Entry]), Date(entries[b.Entry]));
                return c != 0 ? c : a.Entry != b.Entry ? a.Entry.CompareTo(b.Entry) : a.Claim.Quantity.Span.Start.CompareTo(b.Claim.Quantity.Span.Start);
            });
            for (var j = 1; j < bucket.Count; j++)
            {
                var (laterEntry, later) = bucket[j];
                var options = context.GetOptions(entries[laterEntry].Article);
                var maxDays = options.GetInt("max_days_apart", DefaultMaxDaysApart);
                var minShared = options.GetDouble("min_shared_names", DefaultMinSharedNames);
                for (var i = j - 1; i >= 0 && i >= j - MaxComparedPerClaim; i--)
                {
                    var (earlierEntry, earlier) = bucket[i];
                    if (!Near(Date(entries[earlierEntry]), Date(entries[laterEntry]), maxDays)) break;
                    if (earlierEntry == laterEntry || !Conflict(earlier, later) || !ClaimMatch.SameQuantity(earlier, later, acrossArticles: true)) continue;

                    // Two undated daily statistics ("in the last 24 hours") are two days' figures until dates say otherwise.
                    if ((earlier.Daily || later.Daily) && (Date(entries[earlierEntry]) is null || Date(entries[laterEntry]) is null)) continue;
                    if (Risen(earlier, Date(entries[earlierEntry]), later, Date(entries[laterEntry]))) continue;
                    if (ClaimMatch.SharedNames(entries[earlierEntry].Summary.Names, entries[laterEntry].Summary.Names) < minShared) continue;
                    var other = entries[earlierEntry].Article.Article;
                    context.Report(entries[laterEntry].Article.Article, later.Quantity.Span, Message(later, earlier, other, sameArticle: false), new[] { FileLocation.In(other, earlier.Quantity.Span) });
                    break;
                }
            }
        }
    }

    private static bool Conflict(Claim earlier, Claim later) => !earlier.IsUpdate && !later.IsUpdate && earlier.Contradicts(later);

    /// <summary>Events whose counts only grow as news comes in: a higher toll on a later day is an update.</summary>
    private static readonly HashSet<string> GrowingEvents = new(StringComparer.Ordinal) { "killed", "injured", "arrested", "displaced", "evacuated", "rescued", "infected", "destroyed", "damaged", "homeless" };

    private static bool Risen(Claim earlier, DateTime? earlierDate, Claim later, DateTime? laterDate) =>
        earlierDate is { } a && laterDate is { } b && b > a && later.Low > earlier.High && GrowingEvents.Contains(later.Event);

    private static DateTime? Date(CorpusEntry<ConflictingNumbersSummary> entry) => entry.Article.Article.Date;

    /// <summary>Both articles dated and close, or both undated: the contract is path order for undated articles,
    /// and a desk without dates still wants two versions of one toll found. A dated and an undated article are not
    /// compared (nothing says they are of one time).</summary>
    private static bool Near(DateTime? a, DateTime? b, int maxDays) =>
        a is null && b is null || a is { } x && b is { } y && Math.Abs((x - y).TotalDays) <= maxDays;

    /// <summary>
    /// The other claim is named by file name and line/column: the full path differs between hosts (absolute in the
    /// build, as typed in the CLI) and is in the related location anyway.
    /// </summary>
    private static string Message(Claim claim, Claim other, Article otherArticle, bool sameArticle)
    {
        var position = otherArticle.Lines.GetLinePosition(other.Quantity.Span.Start);
        var file = otherArticle.Path.Substring(otherArticle.Path.LastIndexOfAny(PathSeparators) + 1);
        return Rule.FormatMessage(
            ("figure", claim.Figure),
            ("other", other.Figure),
            ("where", (sameArticle ? "this article" : file) + "(" + position + ")"));
    }

    private static readonly char[] PathSeparators = { '/', '\\' };
}

/// <summary>What EDL0003 keeps of one article for the corpus pass: its scoped claims and its most frequent names.</summary>
public sealed class ConflictingNumbersSummary
{
    internal ConflictingNumbersSummary(IReadOnlyList<Claim> claims, IReadOnlyCollection<string> names)
    {
        Claims = claims;
        Names = new HashSet<string>(names, StringComparer.Ordinal);
    }

    internal IReadOnlyList<Claim> Claims { get; }
    internal HashSet<string> Names { get; }
}
