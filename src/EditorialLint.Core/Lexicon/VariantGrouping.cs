using System;
using System.Collections.Generic;

namespace EditorialLint.Lexicon;

/// <summary>One spelling of a term, as counted over an article or a corpus.</summary>
internal sealed class VariantSpelling
{
    public VariantSpelling(string id, string display, int firstOrder)
    {
        Id = id;
        Display = display;
        FirstOrder = firstOrder;
    }

    public string Id { get; }
    public string Display { get; }
    public int FirstOrder { get; }
    public int Count { get; set; }
    public HashSet<string> Evidence { get; } = new(StringComparer.Ordinal);
}

/// <summary>A term written two or more ways: its spellings (most frequent first) and the one to keep.</summary>
internal sealed class VariantSet
{
    public VariantSet(string key, VariantOccurrence sample, List<VariantSpelling> spellings, string preferredId, string preferredDisplay, string basis)
    {
        Key = key;
        Sample = sample;
        Spellings = spellings;
        PreferredId = preferredId;
        PreferredDisplay = preferredDisplay;
        Basis = basis;
    }

    public string Key { get; }
    public VariantOccurrence Sample { get; }
    public List<VariantSpelling> Spellings { get; }
    public string PreferredId { get; }
    public string PreferredDisplay { get; }

    /// <summary>Why the preferred form is preferred: house style, majority or first use.</summary>
    public string Basis { get; }

    public bool Contains(string formId) => Spellings.Exists(s => s.Id == formId);

    public int CountOf(string formId) => Spellings.Find(s => s.Id == formId)?.Count ?? 0;

    public string Describe() => string.Join(", ", Spellings.ConvertAll(s => "'" + s.Display + "' ×" + s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The text that should replace <paramref name="occurrence"/>.</summary>
    public string ReplacementFor(VariantOccurrence occurrence) =>
        occurrence.IgnoresCase ? VariantFolding.MatchCase(PreferredDisplay, occurrence.Surface) : PreferredDisplay;
}

/// <summary>Which spelling variety British/American pairs follow: decided from the text, or set by the desk.</summary>
internal enum SpellingVariety
{
    Auto,
    British,
    American,
}

/// <summary>
/// Joins occurrences on their keys (a hash join: linear, never all pairs) and keeps the terms written in two or
/// more spellings. Names need evidence beyond the fold: a shared neighbouring name, a multi-part name, or a
/// difference in diacritics only.
/// </summary>
internal static class VariantGrouping
{
    /// <summary>The variant sets among <paramref name="occurrences"/>, given in reading order (path, then position).</summary>
    public static List<VariantSet> Find(IReadOnlyList<VariantOccurrence> occurrences, SpellingVariety variety = SpellingVariety.Auto)
    {
        var chosen = variety == SpellingVariety.Auto ? DecideVariety(occurrences) : variety;
        var buckets = new Dictionary<string, (VariantOccurrence Sample, Dictionary<string, VariantSpelling> Spellings)>(StringComparer.Ordinal);
        var keys = new List<string>();
        var order = 0;
        foreach (var occurrence in occurrences)
        {
            if (!buckets.TryGetValue(occurrence.Key, out var bucket))
            {
                bucket = (occurrence, new Dictionary<string, VariantSpelling>(StringComparer.Ordinal));
                buckets.Add(occurrence.Key, bucket);
                keys.Add(occurrence.Key);
            }

            if (!bucket.Spellings.TryGetValue(occurrence.Form, out var spelling))
            {
                var display = occurrence.IgnoresCase ? occurrence.Form : occurrence.Surface;
                if (occurrence.House is { } house)
                {
                    foreach (var listed in house.Forms)
                    {
                        if (string.Equals(listed, occurrence.Form, StringComparison.OrdinalIgnoreCase)) display = listed;
                    }
                }
                bucket.Spellings.Add(occurrence.Form, spelling = new VariantSpelling(occurrence.Form, display, order));
            }

            spelling.Count++;
            foreach (var evidence in occurrence.Evidence) spelling.Evidence.Add(evidence);
            order++;
        }

        var sets = new List<VariantSet>();
        foreach (var key in keys)
        {
            var (sample, spellings) = buckets[key];
            if (spellings.Count < 2) continue;
            var list = new List<VariantSpelling>(spellings.Values);
            list.Sort((a, b) => a.FirstOrder.CompareTo(b.FirstOrder));
            var components = sample.Family == VariantFamily.Name ? Link(list, Linked)
                : sample.Family == VariantFamily.BritishAmerican && sample.Evidence.Count > 0 && sample.Evidence[0] == "title" ? Link(list, SharesContext)
                : new List<List<VariantSpelling>> { list };
            foreach (var component in components)
            {
                if (component.Count >= 2) sets.Add(Build(key, sample, component, chosen, variety == SpellingVariety.Auto));
            }
        }

        return sets;
    }

    /// <summary>
    /// British or American, decided once for all the occurrences (an article, or the whole corpus): the variety
    /// most of its British/American words are written in; a tie is British. So every pair follows one variety
    /// (not fulfil but fulfillment), and no tie depends on the order of the files.
    /// </summary>
    private static SpellingVariety DecideVariety(IReadOnlyList<VariantOccurrence> occurrences)
    {
        var british = 0;
        var american = 0;
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Family != VariantFamily.BritishAmerican) continue;
            if (IsAmericanForm(occurrence.Key, occurrence.Form)) american++;
            else british++;
        }

        return american > british ? SpellingVariety.American : SpellingVariety.British;
    }

    private static bool IsAmericanForm(string key, string form) => string.CompareOrdinal(key, 2, form, 0, Math.Max(key.Length - 2, form.Length)) == 0;

    private static VariantSet Build(string key, VariantOccurrence sample, List<VariantSpelling> spellings, SpellingVariety variety, bool decidedByCorpus)
    {
        spellings.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.FirstOrder.CompareTo(b.FirstOrder));
        if (sample.House is { } house)
        {
            var id = house.CaseSensitive ? house.Preferred : house.Preferred.ToLowerInvariant();
            return new VariantSet(key, sample, spellings, id, house.Preferred, "house style");
        }

        if (sample.Family == VariantFamily.BritishAmerican)
        {
            var wantAmerican = variety == SpellingVariety.American;
            var pick = spellings.Find(s => IsAmericanForm(key, s.Id) == wantAmerican) ?? spellings[0];
            var name = wantAmerican ? "American" : "British";
            return new VariantSet(key, sample, spellings, pick.Id, pick.Display, decidedByCorpus ? name + " spelling, as most of this text" : name + " spelling, house style");
        }

        var top = spellings[0];
        var tie = spellings[1].Count == top.Count;
        if (sample.Family == VariantFamily.Exonym && tie)
        {
            // A tie goes to the place's official name (the list's first form), never to file order.
            var official = key.Substring(2);
            var listed = spellings.Find(s => s.Id == official);
            if (listed is not null && listed.Count == top.Count) return new VariantSet(key, sample, spellings, listed.Id, listed.Display, "official name");
        }

        return new VariantSet(key, sample, spellings, top.Id, top.Display, tie ? "used first" : "more common");
    }

    /// <summary>Connected components of spellings linked by evidence (union-find over one key's few spellings).</summary>
    private static List<List<VariantSpelling>> Link(List<VariantSpelling> spellings, Func<VariantSpelling, VariantSpelling, bool> linked)
    {
        var parent = new int[spellings.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < spellings.Count; i++)
        {
            for (var j = i + 1; j < spellings.Count; j++)
            {
                if (linked(spellings[i], spellings[j])) parent[Root(j)] = Root(i);
            }
        }

        var components = new Dictionary<int, List<VariantSpelling>>();
        var result = new List<List<VariantSpelling>>();
        for (var i = 0; i < spellings.Count; i++)
        {
            var root = Root(i);
            if (!components.TryGetValue(root, out var component))
            {
                components.Add(root, component = new List<VariantSpelling>());
                result.Add(component);
            }

            component.Add(spellings[i]);
        }

        return result;
    }

    /// <summary>
    /// Two spellings of a name (one transliteration key) are one name when the corpus shows it, a scored decision:
    /// <list type="bullet">
    /// <item>for it: the other words of a multi-word name agree (both "unit": Shehbaz Sharif / Shahbaz Sharif), a
    /// shared neighbouring word (Rüdiger Lotz / Rudiger Lotz), the same full name in the article of a one-word
    /// name (Mostefai after Ismael Omar Mostefai);</item>
    /// <item>against it: both spellings used often (three times or more each) and never beside the same word —
    /// two people who spell their names differently (Abdul Qadir the judge, Abdul Qadeer the scientist).</item>
    /// </list>
    /// A one-word name needs a shared word or full name; and unless the spellings differ only in diacritics,
    /// that must be a full name, since one-word names that differ by a vowel are often different people
    /// (Mansoor/Mansour, Amin/Ameen).
    /// </summary>
    private static bool Linked(VariantSpelling a, VariantSpelling b)
    {
        var sharedContext = 0;
        var sharedFullName = 0;
        var sharedNameContext = 0;
        foreach (var evidence in a.Evidence)
        {
            if (evidence == UnitEvidence || !b.Evidence.Contains(evidence)) continue;
            if (evidence.StartsWith("full:", StringComparison.Ordinal)) sharedFullName++;
            else sharedContext++;
            if (evidence.StartsWith("ctxname:", StringComparison.Ordinal)) sharedNameContext++;
        }

        if (a.Evidence.Contains(UnitEvidence) && b.Evidence.Contains(UnitEvidence))
        {
            var disjoint = sharedContext == 0 && a.Count >= MinimumUsesForDisjointContexts && b.Count >= MinimumUsesForDisjointContexts;
            return !disjoint;
        }

        if (sharedFullName > 0) return true;
        var diacriticsOnly = string.Equals(VariantFolding.StripDiacritics(a.Id), VariantFolding.StripDiacritics(b.Id), StringComparison.Ordinal);
        return diacriticsOnly && sharedNameContext > 0;
    }

    /// <summary>A title spelled two ways is one term when both spellings stand beside the same word (Defence/Defense Minister Dong).</summary>
    private static bool SharesContext(VariantSpelling a, VariantSpelling b)
    {
        foreach (var evidence in a.Evidence)
        {
            if (evidence.StartsWith("ctx", StringComparison.Ordinal) && b.Evidence.Contains(evidence)) return true;
        }

        return false;
    }

    // Below this, two spellings' neighbours are too few to show that they never meet.
    private const int MinimumUsesForDisjointContexts = 3;

    private const string UnitEvidence = "unit";
}
