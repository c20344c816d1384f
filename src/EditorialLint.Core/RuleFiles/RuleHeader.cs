using System;
using System.Collections.Generic;
using System.Globalization;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>
/// The keys every reporting rule in a rule file shares: <c>id</c> (EDL9001–EDL9099), <c>message</c> (a
/// <see cref="MessageTemplate"/> with named placeholders), <c>severity</c>, <c>title</c>, <c>description</c>,
/// <c>files</c> (globs), <c>skipQuotations</c> and <c>examples</c>. A rule kind reads them with <see cref="Read"/>.
/// </summary>
public sealed class RuleHeader
{
    /// <summary>Keys every kind accepts.</summary>
    public static readonly IReadOnlyList<string> CommonKeys = new[]
    {
        "kind", "id", "message", "severity", "title", "description", "files", "skipQuotations", "examples",
    };

    private RuleHeader(RuleDescriptor descriptor, PathFilter? files, bool skipQuotations, IReadOnlyList<RuleExample> examples)
    {
        Descriptor = descriptor;
        Files = files;
        SkipQuotations = skipQuotations;
        Examples = examples;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary>Which articles the rule applies to; null for every article.</summary>
    public PathFilter? Files { get; }

    /// <summary>True (the default) to leave direct quotations alone: they are the speaker's words.</summary>
    public bool SkipQuotations { get; }

    public IReadOnlyList<RuleExample> Examples { get; }

    /// <summary>True when the rule runs on an article at <paramref name="path"/>.</summary>
    public bool AppliesTo(string path) => Files is null || path == RuleExample.ArticlePath || Files.Matches(path);

    /// <summary>
    /// Reads the common keys of a reporting rule and checks that no other keys than <paramref name="kindKeys"/> appear.
    /// Returns null (after reporting through <paramref name="context"/>) when the rule cannot be used.
    /// </summary>
    /// <param name="definition">The rule as written.</param>
    /// <param name="context">Where errors go.</param>
    /// <param name="defaultMessage">The message when the rule gives none.</param>
    /// <param name="placeholders">The names the kind fills in messages, e.g. <c>match</c>, <c>replacement</c>.</param>
    /// <param name="kindKeys">The kind's own keys.</param>
    public static RuleHeader? Read(RuleDefinition definition, RuleLoadContext context, string defaultMessage, IReadOnlyList<string> placeholders, params string[] kindKeys)
    {
        var node = definition.Node;
        var ok = CheckKeys(node, context, kindKeys);

        var idNode = node["id"];
        var id = definition.Id;
        if (idNode is null || string.IsNullOrWhiteSpace(id))
        {
            context.Error(idNode ?? node, $"This rule has no 'id:'. A desk's rules use IDs from {RuleIds.CustomRangeStart} to {RuleIds.CustomRangeEnd}.");
            return null;
        }

        if (!RuleIds.IsCustom(id!))
        {
            context.Error(idNode, $"The rule ID '{id}' is outside the range reserved for a desk's rules ({RuleIds.CustomRangeStart}–{RuleIds.CustomRangeEnd}).");
            return null;
        }

        var message = definition.Message ?? defaultMessage;
        foreach (var name in PlaceholdersIn(message))
        {
            if (!Contains(placeholders, name))
            {
                context.Error(node["message"] ?? node, $"The message uses '{{{name}}}', which this kind does not fill. Known placeholders: {Describe(placeholders)}.");
                ok = false;
            }
        }

        var severityText = node.GetString("severity");
        var severity = definition.Severity;
        if (severityText is not null && severity is null)
        {
            context.Error(node["severity"]!, $"Unknown severity '{severityText}'. Use error, warning, suggestion or none.");
            ok = false;
        }

        var skipQuotations = ReadBool(node, "skipQuotations", true, context, ref ok);
        var examples = RuleExample.Read(node["examples"], context, ref ok);
        var globs = definition.Files;
        PathFilter? files = null;
        if (globs.Count > 0)
        {
            files = PathFilter.Create(globs);
            if (files is null)
            {
                context.Error(node["files"]!, "'files:' lists only exclusions ('!…'); add at least one glob to include.");
                ok = false;
            }
        }

        if (!ok) return null;
        var descriptor = new RuleDescriptor(
            id!,
            definition.Title ?? "Desk rule " + id,
            message,
            "HouseStyle",
            severity ?? Severity.Warning,
            definition.Description ?? $"A '{definition.Kind}' rule from {definition.File.Path}.",
            helpUri: RuleDescriptor.RuleFilesHelpUri);
        return new RuleHeader(descriptor, files, skipQuotations, examples);
    }

    /// <summary>"a" or "an" before <paramref name="word"/> (by its first letter: "an 'existence' rule").</summary>
    internal static string Article(string? word) =>
        word is { Length: > 0 } && "aeiouAEIOU".IndexOf(word[0]) >= 0 ? "an" : "a";

    /// <summary>Reports every key of <paramref name="node"/> that is neither common nor one of <paramref name="kindKeys"/>.</summary>
    public static bool CheckKeys(RuleNode node, RuleLoadContext context, IReadOnlyList<string> kindKeys)
    {
        var ok = true;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value ?? string.Empty;
            if (Contains(CommonKeys, key) || Contains(kindKeys, key)) continue;
            var known = Concat(CommonKeys, kindKeys);
            var guess = Nearest(key, known) is { } near ? $"; did you mean '{near}'?" : ".";
            context.Error(entry.Key, $"Unknown key '{key}' for {RuleHeader.Article(node.GetString("kind"))} '{node.GetString("kind")}' rule{guess} Known keys: {Describe(known)}.");
            ok = false;
        }

        return ok;
    }

    /// <summary>Reads <c>true</c>/<c>false</c>; reports anything else.</summary>
    public static bool ReadBool(RuleNode node, string key, bool defaultValue, RuleLoadContext context, ref bool ok)
    {
        var value = node.GetString(key);
        if (value is null) return defaultValue;
        switch (value.Trim().ToLowerInvariant())
        {
            case "true":
            case "yes":
                return true;
            case "false":
            case "no":
                return false;
            default:
                context.Error(node[key]!, $"'{key}:' takes true or false, not '{value}'.");
                ok = false;
                return defaultValue;
        }
    }

    /// <summary>Reads a whole number within bounds; reports anything else.</summary>
    public static int ReadInt(RuleNode node, string key, int defaultValue, int min, int max, RuleLoadContext context, ref bool ok)
    {
        var value = node.GetString(key);
        if (value is null) return defaultValue;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        context.Error(node[key]!, $"'{key}:' takes a whole number from {min} to {max}, not '{value}'.");
        ok = false;
        return defaultValue;
    }

    private static IEnumerable<string> PlaceholdersIn(string template)
    {
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{') continue;
            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0) yield break;
            yield return template.Substring(i + 1, close - i - 1);
            i = close;
        }
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The known key nearest a misspelt one (edit distance at most 2, or a third of its length), or null.</summary>
    internal static string? Nearest(string key, IReadOnlyList<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, key.Length / 3);
        foreach (var candidate in known)
        {
            var distance = EditDistance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static List<string> Concat(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var all = new List<string>(a);
        all.AddRange(b);
        return all;
    }

    private static string Describe(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return "(none)";
        var parts = new string[names.Count];
        for (var i = 0; i < names.Count; i++) parts[i] = names[i];
        return string.Join(", ", parts);
    }
}

/// <summary>
/// A rule read from a rule file: its <see cref="RuleHeader"/> (descriptor, file globs, examples) and the kind's
/// matching in <see cref="Analyze"/>. A plugin's kind may derive from it to get globs and examples for free.
/// </summary>
public abstract class DeclarativeRule : Rule
{
    protected DeclarativeRule(RuleHeader header) => Header = header ?? throw new ArgumentNullException(nameof(header));

    public RuleHeader Header { get; }

    public override RuleDescriptor Descriptor => Header.Descriptor;

    /// <summary>The rule's <c>examples:</c>, checked by <see cref="RuleExampleRunner"/>.</summary>
    public IReadOnlyList<RuleExample> Examples => Header.Examples;

    public sealed override void AnalyzeArticle(ArticleContext context)
    {
        if (!Header.AppliesTo(context.Article.Path)) return;
        Analyze(context);
    }

    /// <summary>Finds and reports in one article the rule applies to.</summary>
    protected abstract void Analyze(ArticleContext context);
}
