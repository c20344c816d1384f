using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EditorialLint.RuleFiles;

/// <summary>
/// The starter house list every host loads unless told not to (<c>EditorialLintDefaultRules=false</c> in a
/// project, <c>--no-default-rules</c> on the command line, <c>defaultRules: false</c> in an editor): the repo's
/// <c>rules/house-style.yml</c>, built into Core so the package, the tool and the editor server ship the same list.
/// A desk overrides it with its own rule file of the same name (<c>house-style.yml</c> in any rules folder), which
/// then replaces it entirely.
/// </summary>
public static class DefaultRuleFiles
{
    /// <summary>The file name a desk's own list uses to replace the default.</summary>
    public const string HouseStyleFileName = "house-style.yml";

    /// <summary>Where findings in the default list are located (it is not a file on the desk's disk).</summary>
    public const string HouseStylePath = "editorial-lint/default/" + HouseStyleFileName;

    private static readonly Lazy<RuleFileText> HouseStyleText = new(() =>
    {
        using var stream = typeof(DefaultRuleFiles).Assembly.GetManifestResourceStream("EditorialLint.DefaultRules.house-style.yml")
            ?? throw new InvalidOperationException("The default house list is not embedded in EditorialLint.Core.");
        using var reader = new StreamReader(stream);
        return new RuleFileText(HouseStylePath, reader.ReadToEnd());
    });

    /// <summary>The starter house list.</summary>
    public static RuleFileText HouseStyle => HouseStyleText.Value;

    /// <summary>True when a desk's rule file at <paramref name="path"/> replaces the default list (same file name).</summary>
    public static bool Overrides(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return string.Equals(path.Substring(slash + 1), HouseStyleFileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The desk's files followed by the default list (unless one of them overrides it): where a desk group and a
    /// default group list the same form, the desk's, listed first, wins.
    /// </summary>
    public static IReadOnlyList<RuleFileText> With(IEnumerable<RuleFileText> deskFiles)
    {
        if (deskFiles is null) throw new ArgumentNullException(nameof(deskFiles));
        var desk = deskFiles.ToList();
        if (desk.Any(f => Overrides(f.Path))) return desk;
        desk.Add(HouseStyle);
        return desk;
    }
}
