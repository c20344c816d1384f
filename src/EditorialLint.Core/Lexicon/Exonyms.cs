using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EditorialLint.Lexicon;

/// <summary>
/// The built-in exonym list (Lexicon/Data/exonyms.txt): places with an English exonym or old name and their own
/// or new official name (Kiev/Kyiv, Bombay/Mumbai, Turkey/Türkiye). Data, not code: a desk adds its own pairs as
/// a house-style <c>kind: variants</c> list, which takes precedence.
/// </summary>
internal static class Exonyms
{
    private static readonly Lazy<Dictionary<string, string>> Names = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(Exonyms).Assembly.GetManifestResourceStream("EditorialLint.Lexicon.exonyms.txt")
            ?? throw new InvalidOperationException("Missing embedded list EditorialLint.Lexicon.exonyms.txt.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var forms = line.Split('\t');
            foreach (var form in forms)
            {
                if (form.Length > 0 && !map.ContainsKey(form)) map.Add(form, forms[0]);
            }
        }

        return map;
    });

    /// <summary>The official name of the place <paramref name="form"/> names, when it is listed (case-sensitive).</summary>
    public static bool TryGetOfficialName(string form, out string official) => Names.Value.TryGetValue(form, out official!);
}
