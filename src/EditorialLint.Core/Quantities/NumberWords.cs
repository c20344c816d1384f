using System;
using System.Collections.Generic;
using System.Globalization;
using Humanizer;

namespace EditorialLint.Quantities;

/// <summary>
/// English number words. The cardinal lexicon is generated from Humanizer's <c>ToWords()</c> at type-init
/// (0–99 and the short-scale powers), so it spells numbers exactly as Humanizer does; the South Asian scale words
/// (lakh, crore) and the suffixes of compact money (bn, trn, m, k) are added by hand. Read-only after init.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, long> Units = BuildUnits();
    private static readonly Dictionary<string, double> Scales = BuildScales();

    /// <summary>Compact scale suffixes written after digits: "50bn", "1.2trn", "5m", "20k", "3cr".</summary>
    private static readonly Dictionary<string, double> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3,
        ["m"] = 1e6,
        ["mn"] = 1e6,
        ["mln"] = 1e6,
        ["b"] = 1e9,
        ["bn"] = 1e9,
        ["bln"] = 1e9,
        ["tr"] = 1e12,
        ["trn"] = 1e12,
        ["tn"] = 1e12,
        ["cr"] = 1e7,
    };

    /// <summary>The value of a cardinal word below a hundred ("four" = 4, "twenty" = 20), as Humanizer spells it.</summary>
    public static bool TryGetUnit(string word, out long value) => Units.TryGetValue(word, out value);

    /// <summary>The multiplier of a scale word: hundred, thousand, million, billion, trillion, lakh, crore (and plurals).</summary>
    public static bool TryGetScale(string word, out double value) => Scales.TryGetValue(word, out value);

    /// <summary>The multiplier of a compact suffix after digits: bn, m, mn, trn, k, cr, and the scale words themselves.</summary>
    public static bool TryGetSuffix(string suffix, out double value) =>
        Suffixes.TryGetValue(suffix, out value) || Scales.TryGetValue(suffix, out value);

    private static Dictionary<string, long> BuildUnits()
    {
        var units = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var english = CultureInfo.GetCultureInfo("en");
        for (var n = 0; n < 100; n++)
        {
            // Humanizer writes 21 as "twenty-one"; the tokenizer sees "twenty", "-", "one", so only the parts matter.
            var words = n.ToWords(english);
            if (words.IndexOf('-') < 0 && words.IndexOf(' ') < 0) units[words] = n;
        }

        return units;
    }

    private static Dictionary<string, double> BuildScales()
    {
        var scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var english = CultureInfo.GetCultureInfo("en");
        foreach (var power in new[] { 100L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L })
        {
            // "one hundred", "one thousand", …: the last word is the scale word.
            var words = power.ToWords(english);
            var scale = words.Substring(words.LastIndexOf(' ') + 1);
            scales[scale] = power;
            scales[scale + "s"] = power;
        }

        // South Asian scale words, which Humanizer does not know.
        scales["lakh"] = 1e5;
        scales["lakhs"] = 1e5;
        scales["lac"] = 1e5;
        scales["lacs"] = 1e5;
        scales["crore"] = 1e7;
        scales["crores"] = 1e7;
        return scales;
    }
}
