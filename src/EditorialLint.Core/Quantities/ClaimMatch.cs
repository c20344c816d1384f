using System.Collections.Generic;

namespace EditorialLint.Quantities;

/// <summary>
/// Whether two claims of one key state the same quantity, judged by where the figure happened. A claim's places
/// (<see cref="Claim.Places"/>) are the names below country level that a locative or an incident word marks ("killed
/// in Quetta", "Quetta blast", "Killi Mangal area"), a headline's names, and the dateline of a lede ("QUETTA:").
/// Two claims match when their places are the same set, or —
/// only for the headline and lede, where a toll is the story's main figure — when they share a place: "Five dead as
/// Karak families clash" and "a clash in the Kotla area of Karak district left five people dead".
/// Never a match: a country alone ("India" does not make an air crash and a militant attack one event; a national
/// toll is not a city's), different countries, sentences naming incidents of different kinds (a blast and a road
/// accident in Quetta), figures over different numbers of sites ("in two KP operations", "in three KP IBOs"), or
/// figures so far apart that one is a part or another incident (four vs 129).
/// Body figures need equal sets because "89 killed at the Bataclan in Paris" is a part of "129 killed in Paris".
/// </summary>
public static class ClaimMatch
{
    /// <summary>Figures further apart than this factor count different things (a part, another incident), not one
    /// thing misreported: real disagreements are 23 vs 25, 14 vs 16, 127 vs 132, two vs four.</summary>
    private const double MaxRatio = 3;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> count the same thing in the same place.
    /// <paramref name="acrossArticles"/> lets two lede claims meet; within an article only a headline meets its lede.</summary>
    public static bool SameQuantity(Claim a, Claim b, bool acrossArticles)
    {
        if (a is null || b is null || a.Key != b.Key || a.Places.Count == 0 || b.Places.Count == 0 || OtherScope(a, b)) return false;
        if (Disjoint(a.Incidents, b.Incidents) || Disjoint(a.Countries, b.Countries) || Disjoint(a.Days, b.Days) || !Comparable(a.Quantity.Value, b.Quantity.Value)) return false;

        // "7 terrorists killed in two KP operations" and "9 … in three KP IBOs" count over different sets of sites.
        if (a.Sites > 0 && b.Sites > 0 && a.Sites != b.Sites) return false;
        if (a.Places.Count > 0 && Equal(a.Places, b.Places)) return true;
        return a.InLead && b.InLead && (acrossArticles || a.InHeading || b.InHeading) && Overlap(a.Places, b.Places);
    }

    /// <summary>
    /// True when two claims of one key, in two articles already found to report one event, count the same thing. Places
    /// still decide when both claims have them (equal sets; in the ledes, sets that describe one spot). A claim with a
    /// place and one without meet only when their figures are close (within <see cref="PlacedVsUnplaced"/>): the placed
    /// one may otherwise be a part of the whole ("89 at the Bataclan" below "more than 120 in the attacks"). Two claims
    /// without places are the event's own figure in both articles. Incidents, countries, days and sites as in
    /// <see cref="SameQuantity"/>.
    /// </summary>
    public static bool SameQuantityInEvent(Claim a, Claim b)
    {
        if (a is null || b is null || a.Key != b.Key || OtherScope(a, b)) return false;
        // Two round-ups of a day's road crashes need not gather the same crashes (one desk has six, the other two of them);
        // a rolling day's official statistic ("in the last 24 hours") or a month's is one count, whoever prints it.
        if (RoundUpOfADay(a) || RoundUpOfADay(b)) return false;
        // Ages years apart are two people of one name (a 17-year-old and a 30-year-old Aram Bibi), not a misprint.
        if (a.IsAge) return a.Places.Count == 1 && b.Places.Count == 1 && a.Places[0] == b.Places[0] && System.Math.Abs(a.Quantity.Value - b.Quantity.Value) <= MaxAgeGap;

        // Rival estimates of one quake differ by a few tenths; magnitudes further apart are another quake (an aftershock,
        // a historic one, a forecast threshold), and small tremors come in series.
        if (a.Event == "magnitude") return a.Quantity.Value >= MinMagnitude && b.Quantity.Value >= MinMagnitude && System.Math.Abs(a.Quantity.Value - b.Quantity.Value) <= MaxMagnitudeGap + 1e-9;
        // A fixed fact (the crew) is the same whichever day a sentence mentions; a tally is counted by the day.
        if (Disjoint(a.Incidents, b.Incidents) || Disjoint(a.Countries, b.Countries) || a.IsTally && Disjoint(a.Days, b.Days) || !Comparable(a.Quantity.Value, b.Quantity.Value) || !Close(a, b)) return false;
        if (a.Sites > 0 && b.Sites > 0 && a.Sites != b.Sites) return false;
        if (Equal(a.Places, b.Places) || a.InLead && b.InLead && Overlap(a.Places, b.Places)) return true;

        // One claim's places within the other's ("killed 248 at the U.S. Embassy" and "213 at the U.S. Embassy in
        // Nairobi"; or no place at all): one count when the figures are close, else possibly a part and its whole.
        if (!Within(a.Places, b.Places) && !Within(b.Places, a.Places)) return false;
        var (low, high) = (System.Math.Min(a.Quantity.Value, b.Quantity.Value), System.Math.Max(a.Quantity.Value, b.Quantity.Value));
        return high <= PlacedVsUnplaced * low;
    }

    /// <summary>A part and a whole: a count its own sentence makes a part ("55 others infected" beside the dead, "five in
    /// the capital and one in the suburbs") against one that is not, or one site's count ("an explosion in Argun", "the
    /// scene where 90 were killed") against several incidents' ("five blasts", "a series of attacks"), or one site's count
    /// (<see cref="Claim.Site"/>) against another site's or the whole event's.</summary>
    private static bool OtherScope(Claim a, Claim b) => a.IsPart != b.IsPart || a.Site != b.Site || System.Math.Min(a.Reach, b.Reach) == 1 && System.Math.Max(a.Reach, b.Reach) >= 2;

    /// <summary>A desk's round-up of a day's separate crashes ("six killed in road crashes on Saturday"): not a rolling day's
    /// statistic, nor a count over a month or a decade.</summary>
    private static bool RoundUpOfADay(Claim c) => c.Reach == Claim.RoundUp && c.Days.Count > 0 && !c.Daily;

    private const double MaxAgeGap = 3;
    private const double MinMagnitude = 6.0;
    private const double MaxMagnitudeGap = 0.3;

    /// <summary>How far apart a figure with a place and one without may be and still be one count rather than a part
    /// and its whole.</summary>
    private const double PlacedVsUnplaced = 1.2;

    /// <summary>Two articles' figures for one count that disagree differ by a few ("127" and "132", "eight" and "seven",
    /// "11,759" and "10,759"): at most <see cref="MaxGap"/> of the larger interval end, or three. Further apart, one is a part
    /// of the other (a venue's toll and the attack's) or another count, which a desk does not take for a misreport. Two
    /// ledes are exempt.</summary>
    private static bool Close(Claim a, Claim b)
    {
        // Two ledes' figures are each story's main count, not a part of it: "at least 12" and "eight" are one toll.
        if (a.InLead && b.InLead) return true;
        var (low, high) = a.High < b.Low ? (a.High, b.Low) : (b.High, a.Low);
        return high - low <= System.Math.Max(MinGap, MaxGap * high);
    }

    private const double MaxGap = 0.25;
    private const double MinGap = 3;

    private static bool Comparable(double a, double b) => a > 0 && b > 0 && System.Math.Max(a, b) <= MaxRatio * System.Math.Min(a, b);

    /// <summary>Share of the smaller set of an article's top names that the other set holds: two articles of one story.</summary>
    public static double SharedNames(HashSet<string> a, HashSet<string> b)
    {
        if (a is null || b is null || a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var name in small)
        {
            if (large.Contains(name)) shared++;
        }

        return (double)shared / small.Count;
    }

    private static bool Within(IReadOnlyList<string> part, IReadOnlyList<string> whole)
    {
        foreach (var x in part)
        {
            var found = false;
            foreach (var y in whole) found |= x == y;
            if (!found) return false;
        }

        return true;
    }

    private static bool Equal(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i]) return false;
        }

        return true;
    }

    /// <summary>Lede places that describe one spot: one set within the other ("Bannu" and "the Hadri Mamandkhel area of
    /// Bannu district") or two names in common. "Brewery Road area" and "Killi Mangal area", both in Quetta, are two spots.</summary>
    private static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y) shared++;
            }
        }

        return shared > 0 && (shared == a.Count || shared == b.Count || shared >= 2);
    }

    /// <summary>Both claims say something and nothing in common: incidents of different kinds (a blast, a road
    /// accident), different countries ("in Kenya", "in neighbouring Tanzania"), different days.</summary>
    private static bool Disjoint(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Count > 0 && b.Count > 0 && !Intersect(a, b);

    private static bool Intersect(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y) return true;
            }
        }

        return false;
    }
}
