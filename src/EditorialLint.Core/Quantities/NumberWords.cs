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
    // Declared before the lexicon fields: static fields initialise in text order.
    private static readonly string[] Ones =
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    private static readonly string[] Tens = { string.Empty, string.Empty, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    /// <summary>Humanizer falls back to English for the invariant culture; "en" itself is missing where the host runs
    /// with invariant globalization (the CLI, some compiler servers), so never ask for it by name.</summary>
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

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
        for (var n = 0; n < 100; n++)
        {
            // Humanizer writes 21 as "twenty-one"; the tokenizer sees "twenty", "-", "one", so only the parts matter.
            var words = Spell(n);
            if (words.IndexOf('-') < 0 && words.IndexOf(' ') < 0) units[words] = n;
        }

        return units;
    }

    /// <summary>
    /// Humanizer's spelling of a number. Humanizer 2.14 builds every culture's formatter by name on first use, which
    /// throws where the host runs with invariant globalization (the CLI; containers with
    /// DOTNET_SYSTEM_GLOBALIZATION_INVARIANT): there the same spellings come from a small table.
    /// </summary>
    private static string Spell(long n)
    {
        try
        {
            return n.ToWords(English);
        }
        catch (Exception ex) when (ex is TypeInitializationException or CultureNotFoundException)
        {
            return Fallback(n);
        }
    }

    internal static string Fallback(long n) => n switch
    {
        < 20 => Ones[n],
        < 100 => Tens[n / 10] + (n % 10 == 0 ? string.Empty : "-" + Ones[n % 10]),
        100 => "one hundred",
        1_000 => "one thousand",
        1_000_000 => "one million",
        1_000_000_000 => "one billion",
        _ => "one trillion",
    };

    private static Dictionary<string, double> BuildScales()
    {
        var scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var power in new[] { 100L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L })
        {
            // "one hundred", "one thousand", …: the last word is the scale word.
            var words = Spell(power);
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
