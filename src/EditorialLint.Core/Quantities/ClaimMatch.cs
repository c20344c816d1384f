using System.Collections.Generic;

namespace EditorialLint.Quantities;

/// <summary>
/// Whether two claims of one key state the same quantity, judged by the names that scope them and where they stand.
/// Anywhere in the text, claims with the same names in the same order match. Beyond that only the headline and the
/// lede are compared, because there a toll is the story's main figure rather than one incident or part of many:
/// two lede claims of two articles, or the headline and the lede of one article, match when they share a name.
/// </summary>
public static class ClaimMatch
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> count the same thing in the same place.</summary>
    public static bool SameQuantity(Claim a, Claim b, bool acrossArticles)
    {
        if (a is null || b is null || a.Key != b.Key) return false;
        if (a.Entities.Count > 0 && Equal(a.Entities, b.Entities)) return true;
        if (!a.InLead || !b.InLead || !(acrossArticles || a.InHeading || b.InHeading)) return false;
        return a.Entities.Count > 0 && b.Entities.Count > 0 && Overlap(a.Entities, b.Entities);
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

    private static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var name in a)
        {
            foreach (var other in b)
            {
                if (name == other) return true;
            }
        }

        return false;
    }
}
