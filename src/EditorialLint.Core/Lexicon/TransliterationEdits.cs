using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EditorialLint.Lexicon;

/// <summary>
/// The edits by which two romanisations of one name differ (Lexicon/Data/transliteration-edits.txt: ee/i, oo/u,
/// a doubled consonant, a silent h …) and the given names and surnames people spell as their own in more than one
/// way (Lexicon/Data/personal-names.txt: Rashid and Rasheed are two names). Data, read once.
/// </summary>
internal static class TransliterationEdits
{
    private sealed class Table
    {
        public readonly List<(string Left, string Right)> Groups = new();
        public bool Double;
        public bool SilentH;
    }

    private static readonly char[] Space = { ' ' };

    private static readonly Lazy<Table> Edits = new(LoadEdits);

    private static readonly Lazy<HashSet<string>> PersonalNames = new(() => ReadLines("personal-names", new HashSet<string>(StringComparer.Ordinal)));

    /// <summary>
    /// True when two spellings (lower case, no diacritics) differ at one place, by one edit of the table: a letter
    /// group for another (Yaseen/Yasin, Marsoos/Marsous, Aqeel/Akeel), a consonant written twice (Sibi/Sibbi) or an h
    /// after a consonant or at the end (Shigar/Shighar, Mansoora/Mansoorah).
    /// </summary>
    public static bool DifferByOneEdit(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        var prefix = 0;
        while (prefix < a.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;
        var shortLength = a.Length - prefix - suffix;
        var longLength = b.Length - prefix - suffix;
        if (longLength == 0) return false;
        var table = Edits.Value;
        if (shortLength == 0 && longLength == 1)
        {
            var c = b[prefix];
            var before = prefix > 0 ? b[prefix - 1] : '\0';
            var after = prefix + 1 < b.Length ? b[prefix + 1] : '\0';
            if (table.Double && !IsVowel(c) && (before == c || after == c)) return true;
            if (table.SilentH && c == 'h' && prefix > 0 && (!IsVowel(before) || prefix == b.Length - 1)) return true;
        }

        // The differing letters, and the same with one shared letter on each side (Marsoos/Marsous: o/u inside oo/ou).
        for (var k = 0; k <= 1; k++)
        {
            if (prefix - k < 0 || suffix - k < 0) break;
            foreach (var (left, right) in table.Groups)
            {
                if ((Matches(a, prefix - k, shortLength + 2 * k, left) && Matches(b, prefix - k, longLength + 2 * k, right))
                    || (Matches(a, prefix - k, shortLength + 2 * k, right) && Matches(b, prefix - k, longLength + 2 * k, left))) return true;
            }
        }

        return false;
    }

    /// <summary>True when both spellings are listed given names or surnames: two names in their own right.</summary>
    public static bool AreBothPersonalNames(string a, string b) => PersonalNames.Value.Contains(a) && PersonalNames.Value.Contains(b);

    private static bool Matches(string text, int start, int length, string group) =>
        length == group.Length && string.CompareOrdinal(text, start, group, 0, length) == 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static Table LoadEdits()
    {
        var table = new Table();
        foreach (var line in ReadLines("transliteration-edits", new List<string>()))
        {
            if (line == "double") table.Double = true;
            else if (line == "h") table.SilentH = true;
            else
            {
                var parts = line.Split(Space, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2) table.Groups.Add((parts[0], parts[1]));
            }
        }

        return table;
    }

    private static T ReadLines<T>(string name, T lines)
        where T : ICollection<string>
    {
        using var stream = typeof(TransliterationEdits).Assembly.GetManifestResourceStream("EditorialLint.Lexicon." + name + ".txt")
            ?? throw new InvalidOperationException("Missing embedded list EditorialLint.Lexicon." + name + ".txt.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }

        return lines;
    }
}
