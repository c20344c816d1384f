using System.Collections.Generic;

namespace EditorialLint.Quantities;

/// <summary>
/// Whether two claims of one key state the same quantity, judged by the names that scope them and where they stand.
/// Anywhere in the text, claims with the same names in the same order match. Beyond that only the headline and the
/// lede are compared, because there a toll is the story's main figure rather than one incident or part of many:
/// two lede claims of two articles, or the headline and the lede of one article, match when they share a name below
/// country level ("India" alone does not make an air crash and a militant attack one event) and neither is a
/// national figure against the other's regional one ("3,261 killed in Izmit region" vs "Turkey … 10,000 dead").
/// </summary>
public static class ClaimMatch
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> count the same thing in the same place.</summary>
    public static bool SameQuantity(Claim a, Claim b, bool acrossArticles)
    {
        if (a is null || b is null || a.Key != b.Key) return false;
        if (a.Entities.Count > 0 && Equal(a.Entities, b.Entities)) return true;
        if (!a.InLead || !b.InLead || !(acrossArticles || a.InHeading || b.InHeading)) return false;
        return SharesPlace(a, b) && !NationalAgainstLocal(a, b) && !NationalAgainstLocal(b, a);
    }

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

    private static bool Equal(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i]) return false;
        }

        return true;
    }

    /// <summary>A name below country level that both claims carry (a dateline counts: "QUETTA:" and "Quetta blast").</summary>
    private static bool SharesPlace(Claim a, Claim b)
    {
        foreach (var name in a.Entities)
        {
            if (!CountryNames.IsCountryLevel(name) && Contains(b.Entities, name)) return true;
        }

        return false;
    }

    /// <summary>
    /// <paramref name="national"/> is scoped only by country-level names (outside its dateline) while
    /// <paramref name="local"/> is scoped below country level: a nation's toll against a region's or a city's.
    /// </summary>
    private static bool NationalAgainstLocal(Claim national, Claim local)
    {
        var country = false;
        foreach (var name in national.Entities)
        {
            if (Contains(national.DatelineNames, name)) continue;
            if (!CountryNames.IsCountryLevel(name)) return false;
            country = true;
        }

        if (!country) return false;
        foreach (var name in local.Entities)
        {
            if (!Contains(local.DatelineNames, name) && !CountryNames.IsCountryLevel(name)) return true;
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var other in names)
        {
            if (other == name) return true;
        }

        return false;
    }
}
