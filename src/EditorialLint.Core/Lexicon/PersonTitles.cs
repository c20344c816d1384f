using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EditorialLint.Lexicon;

/// <summary>
/// Titles and roles written before a person's name (Lexicon/Data/person-titles.txt): where one stands inside a
/// run of capitalised words, the name starts after it.
/// </summary>
internal static class PersonTitles
{
    private static readonly Lazy<HashSet<string>> Titles = new(() => Load("person-titles"));

    private static readonly Lazy<HashSet<string>> BodyHeads = new(() => Load("body-heads"));

    private static readonly Lazy<HashSet<string>> GivenNames = new(() => Load("given-names"));

    private static HashSet<string> Load(string name)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(PersonTitles).Assembly.GetManifestResourceStream("EditorialLint.Lexicon." + name + ".txt")
            ?? throw new InvalidOperationException("Missing embedded list EditorialLint.Lexicon." + name + ".txt.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') set.Add(line);
        }

        return set;
    }

    /// <summary>True when <paramref name="word"/> (any case) is a listed title.</summary>
    public static bool IsTitle(string word) => Titles.Value.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> (any case) heads a body (Assembly, Council, Court: Lexicon/Data/body-heads.txt):
    /// right before a person's name inside a run of capitalised words, it ends the body and the name starts after it.
    /// </summary>
    public static bool IsBodyHead(string word) => BodyHeads.Value.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> (any case) is a given name the English word list also holds (Amir, Hamza:
    /// Lexicon/Data/given-names.txt): right before a name word that is not English, it starts the name.
    /// </summary>
    public static bool IsGivenName(string word) => GivenNames.Value.Contains(word);
}
