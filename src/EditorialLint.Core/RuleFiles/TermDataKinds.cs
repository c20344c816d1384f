using System;
using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>
/// <c>kind: attribution</c>: data for EDL0002, no ID of its own.
/// <code>
/// kind: attribution
/// verbs: [briefed, disclosed]
/// sources: [ISPR, the Foreign Office]
/// </code>
/// </summary>
public sealed class AttributionKind : RuleKind
{
    private static readonly string[] Keys = { "kind", "verbs", "sources", "title", "description" };

    public override string Name => "attribution";

    public override void Load(RuleDefinition definition, RuleLoadContext context)
    {
        var node = definition.Node;
        if (!DataKinds.CheckKeys(node, context, Keys)) return;
        var verbs = DataKinds.ReadList(node, "verbs", context);
        var sources = DataKinds.ReadList(node, "sources", context);
        if (verbs is null || sources is null) return;
        if (verbs.Count + sources.Count == 0)
        {
            context.Error(node, "An attribution rule lists 'verbs:' and/or 'sources:'.");
            return;
        }

        context.AddData(new AttributionTerms(reportingVerbs: verbs, sources: sources, origin: context.Locate(node)));
    }
}

/// <summary>
/// <c>kind: figures</c>: data for EDL0002, no ID of its own.
/// <code>
/// kind: figures
/// units: [crore, lakh]
/// nouns: [martyrs, casualties]
/// exemptNouns: [overs, wickets]
/// </code>
/// </summary>
public sealed class FiguresKind : RuleKind
{
    private static readonly string[] Keys = { "kind", "units", "nouns", "exemptNouns", "title", "description" };

    public override string Name => "figures";

    public override void Load(RuleDefinition definition, RuleLoadContext context)
    {
        var node = definition.Node;
        if (!DataKinds.CheckKeys(node, context, Keys)) return;
        var units = DataKinds.ReadList(node, "units", context);
        var nouns = DataKinds.ReadList(node, "nouns", context);
        var exempt = DataKinds.ReadList(node, "exemptNouns", context);
        if (units is null || nouns is null || exempt is null) return;
        if (units.Count + nouns.Count + exempt.Count == 0)
        {
            context.Error(node, "A figures rule lists 'units:', 'nouns:' and/or 'exemptNouns:'.");
            return;
        }

        context.AddData(new FigureTerms(exemptNouns: exempt, origin: context.Locate(node), units: units, nouns: nouns));
    }
}

internal static class DataKinds
{
    public static bool CheckKeys(RuleNode node, RuleLoadContext context, string[] keys)
    {
        var ok = true;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value ?? string.Empty;
            if (Array.IndexOf(keys, key) >= 0) continue;
            var hint = key is "id" or "message" or "severity" or "examples" or "files"
                ? " This kind adds words to EDL0002 and does not report under an ID of its own."
                : string.Empty;
            context.Error(entry.Key, $"Unknown key '{key}' for a '{node.GetString("kind")}' rule. Known keys: {string.Join(", ", keys)}.{hint}");
            ok = false;
        }

        return ok;
    }

    /// <summary>A list of non-empty words; null after an error.</summary>
    public static List<string>? ReadList(RuleNode node, string key, RuleLoadContext context)
    {
        var list = new List<string>();
        var value = node[key];
        if (value is null) return list;
        var items = value.Kind switch
        {
            RuleNodeKind.Sequence => value.Items,
            RuleNodeKind.Scalar => new[] { value },
            _ => null,
        };
        if (items is null)
        {
            context.Error(value, $"'{key}:' is a list of words.");
            return null;
        }

        foreach (var item in items)
        {
            if (item.Kind != RuleNodeKind.Scalar || string.IsNullOrWhiteSpace(item.Value))
            {
                context.Error(item, $"Each item of '{key}:' is a word or phrase.");
                return null;
            }

            list.Add(item.Value!.Trim());
        }

        return list;
    }
}
