using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EditorialLint.Lexicon;

/// <summary>
/// Word lists generated from SCOWL (see <c>scripts/gen-lexicon.py</c>), embedded as resources and loaded once,
/// lazily. Immutable: safe to share between threads and articles.
/// </summary>
public static class EnglishLexicon
{
    private static readonly Lazy<HashSet<string>> WordSet = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ReadLines("EditorialLint.Lexicon.english-words.txt")) set.Add(line);
        return set;
    });

    // Both spellings of a pair map to the American one, which serves as the pair's key.
    private static readonly Lazy<Dictionary<string, string>> Pairs = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ReadLines("EditorialLint.Lexicon.british-american.txt"))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var american = line.Substring(tab + 1);
            map[line.Substring(0, tab)] = american;
            map[american] = american;
        }

        return map;
    });

    // The vocabulary's words that are written with diacritics (café, façade, communiqué), keyed by their plain
    // spelling, so a plain "cafe" is known to have an accented twin without folding every word.
    private static readonly Lazy<HashSet<string>> AccentedPlain = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordSet.Value)
        {
            if (VariantFolding.HasDiacritics(word)) set.Add(VariantFolding.StripDiacritics(word));
        }

        // SCOWL's common-word list keeps only the plain spelling of most loanwords (facade, communique); these are
        // the ones English prose also writes with their marks.
        foreach (var word in AccentedLoanwords!) set.Add(VariantFolding.StripDiacritics(word));
        return set;
    });

    // English loanwords written with or without their marks (Oxford and Merriam-Webster list both spellings). Not
    // those whose plain spelling is another English word: résumé/resume, exposé/expose, rosé/rose, lamé/lame.
    private static readonly string[] AccentedLoanwords =
    {
        "café", "cafés", "façade", "façades", "communiqué", "communiqués", "naïve", "naïvety", "naïveté",
        "fiancé", "fiancée", "cliché", "clichés", "clichéd", "début", "débuts", "débutante", "élite", "élites", "rôle", "protégé",
        "protégés", "protégée", "entrée", "entrées", "détente", "soirée", "soirées", "séance", "attaché",
        "attachés", "décor", "mêlée", "émigré", "émigrés", "précis", "crêpe", "crêpes", "purée", "sauté", "sautéed",
        "flambé", "soufflé", "canapé", "canapés", "appliqué", "blasé", "passé", "risqué", "outré",
        "décolleté", "negligée", "mélange", "ménage", "régime", "régimes", "jalapeño",
        "jalapeños", "piñata", "señor", "señora", "doppelgänger", "naïf", "cortège", "manqué", "abbé",
    };

    /// <summary>True when <paramref name="plainLowerWord"/> is the plain spelling of an accented English word (cafe).</summary>
    public static bool HasAccentedForm(string plainLowerWord) => AccentedPlain.Value.Contains(plainLowerWord);

    /// <summary>Every word of the vocabulary (lower case).</summary>
    public static IEnumerable<string> Words => WordSet.Value;

    /// <summary>True when <paramref name="lowerWord"/> (lower case) is common English vocabulary.</summary>
    public static bool IsEnglishWord(string lowerWord) => WordSet.Value.Contains(lowerWord);

    private static readonly (string British, string American)[] IsationSuffixes = { ("isation", "ization"), ("isations", "izations") };

    /// <summary>
    /// The American spelling that keys a British/American pair holding <paramref name="lowerWord"/> (lower case),
    /// e.g. "defence" and "defense" both give "defense". Pairs come from the SCOWL table, plus -isation/-ization
    /// nouns when SCOWL lists both spellings as common English (stabilisation): no English word pair differs only
    /// there, whereas -ise/-ize verbs do (prise/prize), so those stay table-only.
    /// </summary>
    public static bool TryGetAmericanSpelling(string lowerWord, out string american)
    {
        if (Pairs.Value.TryGetValue(lowerWord, out american!)) return true;
        foreach (var (british, us) in IsationSuffixes)
        {
            string other;
            if (lowerWord.EndsWith(british, StringComparison.Ordinal)) other = lowerWord.Substring(0, lowerWord.Length - british.Length) + us;
            else if (lowerWord.EndsWith(us, StringComparison.Ordinal)) other = lowerWord;
            else continue;
            var britishForm = other.Substring(0, other.Length - us.Length) + british;
            if (IsEnglishWord(other) && IsEnglishWord(britishForm))
            {
                american = other;
                return true;
            }
        }

        return TryGetDerivedIzeSpelling(lowerWord, out american);
    }

    // The -ise/-ize endings of a verb made from a word (operational → operationalise, dual → dualisation).
    private static readonly (string British, string American)[] IseSuffixes =
    {
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("isers", "izers"), ("iser", "izer"),
        ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
    };

    /// <summary>
    /// A word the vocabulary lacks, made of an English word of four letters or more and -ise/-ize (operationalise,
    /// dualisation, regularising): keyed by its -ize spelling, so the corpus's two spellings meet. Only when
    /// neither spelling is itself an English word, so no pair of words is invented (expertise, otherwise and
    /// prise/prize are English words and stay as they are; the SCOWL table covers the common verbs).
    /// </summary>
    private static bool TryGetDerivedIzeSpelling(string lowerWord, out string american)
    {
        american = string.Empty;
        if (lowerWord.Length < 8 || IsEnglishWord(lowerWord)) return false;
        foreach (var (british, us) in IseSuffixes)
        {
            string stem;
            if (lowerWord.EndsWith(british, StringComparison.Ordinal)) stem = lowerWord.Substring(0, lowerWord.Length - british.Length);
            else if (lowerWord.EndsWith(us, StringComparison.Ordinal)) stem = lowerWord.Substring(0, lowerWord.Length - us.Length);
            else continue;
            if (stem.Length < 4 || !IsEnglishWord(stem) || IsEnglishWord(stem + british) || IsEnglishWord(stem + us)) return false;
            american = stem + us;
            return true;
        }

        return false;
    }

    private static IEnumerable<string> ReadLines(string resource)
    {
        using var stream = typeof(EnglishLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded lexicon " + resource + ".");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') yield return line;
        }
    }

    /// <summary>
    /// An -ly adverb made from an English adjective (quickly, finally, happily, basically, strategically); nouns in
    /// -ly (family, supply, assembly) do not strip to a word. Lower case.
    /// </summary>
    internal static bool IsLyAdverb(string lower)
    {
        if (lower.Length < 5 || !lower.EndsWith("ly", StringComparison.Ordinal)) return false;
        var stem = lower.Substring(0, lower.Length - 2);
        if (stem.Length >= 3 && IsEnglishWord(stem)) return true;
        // -ably, -ibly from -able, -ible (possibly, probably, notably).
        if (lower.EndsWith("bly", StringComparison.Ordinal) && IsEnglishWord(lower.Substring(0, lower.Length - 1) + "e")) return true;
        if (stem.EndsWith("i", StringComparison.Ordinal) && IsEnglishWord(stem.Substring(0, stem.Length - 1) + "y")) return true;
        return stem.EndsWith("al", StringComparison.Ordinal) && lower.EndsWith("ally", StringComparison.Ordinal) && IsEnglishWord(stem.Substring(0, stem.Length - 2));
    }

    /// <summary>
    /// An -ly adverb made from an adjective (newly, highly, heavily, fully, politically, privately, probably): the stem
    /// is an adjective by the word list, one with a superlative (new: newest) or an adjective's ending (-al, -ic, -ful,
    /// -ous, -ive, -ent, -ant, -ate, -able, -ible, -less, -ish). Not the -ly adjectives made from nouns (early, daily,
    /// elderly, costly, friendly, likely, only), which may head a hyphenated modifier (an early-stage plan).
    /// </summary>
    internal static bool IsAdverbOfAdjective(string lower)
    {
        if (!IsLyAdverb(lower)) return false;
        var stem = lower.Substring(0, lower.Length - 2);
        if (lower.EndsWith("bly", StringComparison.Ordinal) && IsEnglishWord(stem + "le")) return true; // probably, possibly
        if (lower.EndsWith("ally", StringComparison.Ordinal) && IsEnglishWord(stem)) return true; // politically, totally
        if (stem.EndsWith("i", StringComparison.Ordinal) && IsEnglishWord(stem.Substring(0, stem.Length - 1) + "y")) stem = stem.Substring(0, stem.Length - 1) + "y";
        else if (lower.EndsWith("lly", StringComparison.Ordinal) && !IsEnglishWord(stem) && IsEnglishWord(stem + "l")) stem += "l"; // fully
        if (!IsEnglishWord(stem)) return false;
        foreach (var ending in AdjectiveEndings)
        {
            if (stem.Length > ending.Length + 2 && stem.EndsWith(ending, StringComparison.Ordinal)) return true;
        }

        var last = stem[stem.Length - 1];
        if (last == 'e') return IsEnglishWord(stem + "st");
        if (last == 'y') return IsEnglishWord(stem.Substring(0, stem.Length - 1) + "iest");
        return IsEnglishWord(stem + "est") || IsEnglishWord(stem + last + "est");
    }

    private static readonly string[] AdjectiveEndings = { "al", "ic", "ful", "ous", "ive", "ent", "ant", "ate", "able", "ible", "less", "ish" };
}
