using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace EditorialLint.Rules;

/// <summary>The rule doc pages (<c>docs/rules/&lt;ID&gt;.md</c>), embedded in Core so every host can show them.</summary>
public static class RuleDocs
{
    private const string Prefix = "EditorialLint.Docs.";
    private const string Suffix = ".md";

    /// <summary>The IDs that have a doc page, sorted.</summary>
    public static IReadOnlyList<string> Ids
    {
        get
        {
            var ids = new List<string>();
            foreach (var name in typeof(RuleDocs).Assembly.GetManifestResourceNames())
            {
                if (name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
                    ids.Add(name.Substring(Prefix.Length, name.Length - Prefix.Length - Suffix.Length));
            }

            ids.Sort(StringComparer.Ordinal);
            return ids;
        }
    }

    /// <summary>The Markdown doc page of a rule (ID in any case), or null when it has none.</summary>
    public static string? Get(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        Assembly assembly = typeof(RuleDocs).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + id.Trim().ToUpperInvariant() + Suffix);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
