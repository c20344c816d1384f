using System;
using System.Collections.Generic;
using System.Text;

namespace EditorialLint.Lexicon;

/// <summary>
/// String folds that map spellings of one term to one key. Each fold is narrow on purpose: the callers decide
/// which tokens a fold may touch (names only for transliteration, lexicon pairs only for British/American).
/// </summary>
public static class VariantFolding
{
    /// <summary>
    /// Removes diacritics with a fixed table: "Türkiye" → "Turkiye", "façade" → "facade", "Mostefaï" → "Mostefai".
    /// No Unicode normalisation: hosts that run with invariant globalization (the CLI) make
    /// <c>string.Normalize</c> a no-op, and the build and the CLI must give the same findings. Combining marks
    /// (U+0300–U+036F) are dropped, so a decomposed "u" + U+0308 folds like the precomposed "ü".
    /// </summary>
    public static string StripDiacritics(string value)
    {
        var i = 0;
        while (i < value.Length && value[i] <= '\u007F') i++;
        if (i == value.Length) return value;
        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, i);
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (c <= '\u007F') builder.Append(c);
            else if (c >= '\u0300' && c <= '\u036F') { }
            else if (Folds.TryGetValue(c, out var plain)) builder.Append(plain);
            else builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="value"/> holds a letter the diacritic table folds (or a combining mark).</summary>
    public static bool HasDiacritics(string value)
    {
        foreach (var c in value)
        {
            if (c > '\u007F' && ((c >= '\u0300' && c <= '\u036F') || Folds.ContainsKey(c))) return true;
        }

        return false;
    }

    // Latin letters with marks and their plain letters: Latin-1 Supplement, Latin Extended-A and the Extended-B
    // letters romanisations use (ǎ ǐ ǒ ǔ, ș ț). Pairs of (marked letters, plain letter); a few letters fold to two.
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    private static Dictionary<char, string> BuildFolds()
    {
        var table = new (string Marked, string Plain)[]
        {
            ("ÀÁÂÃÄÅĀĂĄǍ", "A"), ("àáâãäåāăąǎ", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİǏ", "I"), ("ìíîïĩīĭįıǐ", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņňŉ", "n"), ("ÒÓÔÕÖØŌŎŐǑ", "O"), ("òóôõöøōŏőǒ", "o"),
            ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠȘ", "S"), ("śŝşšș", "s"), ("ŢŤŦȚ", "T"), ("ţťŧț", "t"),
            ("ÙÚÛÜŨŪŬŮŰŲǓǕǗǙǛ", "U"), ("ùúûüũūŭůűųǔǖǘǚǜ", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"),
            ("ŹŻŽ", "Z"), ("źżž", "z"), ("ß", "ss"), ("Æ", "AE"), ("æ", "ae"), ("Œ", "OE"), ("œ", "oe"), ("Þ", "Th"), ("þ", "th"),
            ("Ð", "D"), ("ð", "d"),
        };
        var folds = new Dictionary<char, string>();
        foreach (var (marked, plain) in table)
        {
            foreach (var c in marked) folds[c] = plain;
        }

        return folds;
    }

    /// <summary>
    /// The transliteration key of one name part (lower case, no diacritics), for the ways Urdu, Arabic, Persian
    /// and Hebrew names are romanised: every run of vowels after the first letter is one vowel slot (Ahmad/Ahmed,
    /// Mahbub/Mehboob, Udeid/Udaid), doubled letters are one (Musarrat/Musarat, Mossi/Mosi), an h after a
    /// consonant other than s or c is dropped (Bhutto/Butto; Shabbir/Sabir differ), and so is a final h after a vowel (Attouh/Attou), q is k (Marqa/Marka),
    /// and apostrophes go (Ma'arka); a final -que is -q (Rafique/Rafiq). The first letter stays as written, except that a
    /// first o or a is u, a first e is i and a first q is k (Omar/Umar, Azma/Uzma, Ehsan/Ihsan, Qazi/Kazi: the grouping
    /// still weighs a first a against u as a vowel of another kind); y is a consonant (Kelly/Kelley differ) except at the end
    /// after a consonant, where it is the vowel i (Samy/Sami; Danny/Diane then differ by vowel kind), and between a
    /// vowel and a, o or u, where it is the glide between them (Aliya/Alia, Kayani/Kiani). Consonants
    /// are otherwise kept, so Asif/Asim and Iran/Iraq keep different keys. A key only puts spellings in one
    /// bucket; the grouping still asks for evidence that they name one person or thing.
    /// </summary>
    public static string TransliterationKey(string lowerPart)
    {
        // A doubled final y is one (Zelenskyy/Zelensky).
        if (lowerPart.Length > 2 && lowerPart[lowerPart.Length - 1] == 'y' && lowerPart[lowerPart.Length - 2] == 'y') lowerPart = lowerPart.Substring(0, lowerPart.Length - 1);
        // A final -iy is the Arabic nisba ending written letter by letter: one sound with -i (Al-Malkiy/Al-Malki).
        else if (lowerPart.Length > 3 && lowerPart[lowerPart.Length - 1] == 'y' && lowerPart[lowerPart.Length - 2] == 'i') lowerPart = lowerPart.Substring(0, lowerPart.Length - 1);
        // A final -que is the French way of writing a final q (Rafique/Rafiq, Siddique/Siddiq, Tarique/Tariq).
        else if (lowerPart.Length > 4 && lowerPart.EndsWith("que", StringComparison.Ordinal) && IsVowel(lowerPart[lowerPart.Length - 4])) lowerPart = lowerPart.Substring(0, lowerPart.Length - 2);
        var builder = new StringBuilder(lowerPart.Length);
        var previous = '\0';
        for (var i = 0; i < lowerPart.Length; i++)
        {
            var c = lowerPart[i];
            if (c is '\'' or '\u2019' or '\u02BC' or '`') continue;
            if (builder.Length == 0)
            {
                // A first vowel keeps its sound, not its letter: o/u (Omar/Umar, Osman/Usman), e/i (Ehsan/Ihsan), and
                // a/u (Azma/Uzma Bukhari: only multi-word names use this letter, and the grouping still weighs a
                // against u as a vowel of another kind, so Ammar/Umair differ). A first q is k, as everywhere else (Qazi/Kazi).
                builder.Append(FirstLetter(c));
                previous = IsVowel(c) ? 'V' : c;
                continue;
            }

            // A y between a vowel and a, o or u is the glide from one to the other, written or not (Aliya/Alia,
            // Riyaz/Riaz, Kiani/Kiyani/Kayani, Suraia/Suraiya, Qaiyum/Qayyum): part of the vowel run. Before e or i
            // it stays a consonant (Sayed is not Saeed).
            // A final y after a consonant is the vowel i (Samy/Sami); after a vowel it stays (Kelly/Kelley differ).
            if (IsVowel(c) || (c == 'y' && i == lowerPart.Length - 1 && previous != 'V') || IsGlideY(lowerPart, i))
            {
                if (previous != 'V') builder.Append('V');
                previous = 'V';
                continue;
            }

            if (c == 'q') c = 'k';
            // Sh and ch are letters of their own (Shabbir/Sabir differ); other aspirates drop (Bhachar/Bachar).
            if (c == 'h' && previous != 'V' && previous is not ('s' or 'c')) continue;
            // A final h after a vowel is often not written (Attouh/Attou, Fatimah/Fatima, Abdullah/Abdulla).
            if (c == 'h' && i == lowerPart.Length - 1) continue;
            if (c == previous) continue;
            builder.Append(c);
            previous = c;
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// The first letter of a name part in its key: o and a are u, e is i (Omar/Umar, Azma/Uzma, Ehsan/Ihsan), q is k
    /// (Qazi/Kazi); any other letter as written. One-word names keep theirs (<see cref="OneWordFirstLetter"/>).
    /// </summary>
    internal static char FirstLetter(char c) => c switch { 'o' or 'a' => 'u', 'e' => 'i', 'q' => 'k', _ => c };

    /// <summary>
    /// The first letter of a one-word name in its key: as written (Omar and Umar alone may be any two men), but q
    /// is k, one sound romanised two ways (Qazi/Kazi, Qasim/Kasim).
    /// </summary>
    internal static char OneWordFirstLetter(char c) => c == 'q' ? 'k' : c;

    /// <summary>
    /// A y (or yy) between a vowel and a, o or u (Aliya, Riyaz, Kayani, Qayyum): the glide from one vowel to the
    /// next, not a consonant of its own.
    /// </summary>
    internal static bool IsGlideY(string lower, int i)
    {
        if (lower[i] != 'y' || i == 0) return false;
        var before = lower[i - 1] == 'y' && i > 1 ? lower[i - 2] : lower[i - 1];
        var j = i + 1;
        if (j < lower.Length && lower[j] == 'y' && lower[i - 1] != 'y') j++;
        return IsVowel(before) && j < lower.Length && lower[j] is 'a' or 'o' or 'u';
    }

    /// <summary>The connecting particle of compound names (Tehreek-e-Insaf, Tehrik-i-Insaf): -e- and -i- are one.</summary>
    public static bool IsNameConnector(string lowerPart) => lowerPart is "e" or "i" or "ul" or "al" or "el" or "ud" or "ur" or "us";

    /// <summary>The letters of a string without vowels (lower case): the skeleton two spellings of a name share.</summary>
    public static string ConsonantSkeleton(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in StripDiacritics(value).ToLowerInvariant())
        {
            if (char.IsLetter(c) && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y')) builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Gives <paramref name="preferred"/> the capitalisation of <paramref name="actual"/> (for case-insensitive
    /// forms): "Cross Border" and "cross-border" give "Cross-Border"; "Defense" and "defence" give "Defence".
    /// </summary>
    public static string MatchCase(string preferred, string actual)
    {
        if (actual.Length == 0 || preferred.Length == 0 || !char.IsUpper(actual[0])) return preferred;
        var letters = 0;
        var upper = 0;
        foreach (var c in actual)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }

        if (letters > 1 && upper == letters) return preferred.ToUpperInvariant();
        var titleEveryPart = true;
        for (var i = 1; i < actual.Length; i++)
        {
            if ((actual[i - 1] == ' ' || actual[i - 1] == '-') && !char.IsUpper(actual[i])) titleEveryPart = false;
        }

        var builder = new StringBuilder(preferred);
        for (var i = 0; i < builder.Length; i++)
        {
            if (i == 0 || (titleEveryPart && (builder[i - 1] == ' ' || builder[i - 1] == '-'))) builder[i] = char.ToUpperInvariant(builder[i]);
        }

        return builder.ToString();
    }

    internal static readonly HashSet<string> CompoundPrefixes = new(StringComparer.Ordinal)
    {
        "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "inter", "intra", "mid", "multi", "non", "post", "pre",
        "pro", "re", "self", "semi", "sub", "trans", "tri", "ultra",
    };

    /// <summary>Closed words whose hyphenated twin is another word (re-sign is not resign).</summary>
    internal static readonly HashSet<string> ClosedCompoundBlocklist = new(StringComparer.Ordinal)
    {
        "coop", "react", "recollect", "recount", "recover", "recreation", "redress", "refuse", "reform", "relay",
        "release", "remark", "represent", "repress", "resent", "reserve", "reside", "resign", "resort", "restrain",
        "retreat", "unionized", "unionised", "defuse", "recede", "resound", "reclaim", "repose", "restore",
    };

    // Every blocked word with every suffix, built once: one lookup per word instead of a substring per matching suffix
    // (most words end in -s, -d, -er or -ing). Same answer as stripping each suffix and looking the stem up when the
    // stem is longer than 3 letters.
    private static readonly HashSet<string> BlockedForms = BuildBlockedForms();

    private static HashSet<string> BuildBlockedForms()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ClosedCompoundBlocklist)
        {
            forms.Add(word);
            if (word.Length <= 3) continue;
            foreach (var suffix in new[] { "s", "d", "ed", "ing", "er", "ers", "ation", "ations" }) forms.Add(word + suffix);
        }

        return forms;
    }

    /// <summary>A closed word (or an inflection of one: resigned, reforms) whose hyphenated twin is another word.</summary>
    internal static bool IsBlockedClosedCompound(string lower) => BlockedForms.Contains(lower);
}
