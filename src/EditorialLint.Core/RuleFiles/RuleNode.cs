using System;
using System.Collections.Generic;
using EditorialLint.Text;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.RuleFiles;

public enum RuleNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// A node of a rule file, with its span in the file so every error can be located. A thin, stable view over the
/// YAML parser so rule kinds (ours and plugins') never depend on the parser's own types.
/// </summary>
public sealed class RuleNode
{
    private RuleNode(RuleNodeKind kind, TextSpan span, string? value, IReadOnlyList<RuleNode> items, IReadOnlyList<KeyValuePair<RuleNode, RuleNode>> entries)
    {
        Kind = kind;
        Span = span;
        Value = value;
        Items = items;
        Entries = entries;
    }

    public RuleNodeKind Kind { get; }
    public TextSpan Span { get; }

    /// <summary>The text of a scalar; null for sequences and mappings.</summary>
    public string? Value { get; }

    /// <summary>The items of a sequence.</summary>
    public IReadOnlyList<RuleNode> Items { get; }

    /// <summary>The key/value pairs of a mapping, in file order.</summary>
    public IReadOnlyList<KeyValuePair<RuleNode, RuleNode>> Entries { get; }

    public RuleNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal)) return entry.Value;
            }

            return null;
        }
    }

    public string? GetString(string key) => this[key] is { Kind: RuleNodeKind.Scalar } node ? node.Value : null;

    /// <summary>A scalar or a sequence of scalars as a list of strings.</summary>
    public IReadOnlyList<string> GetStrings(string key)
    {
        var node = this[key];
        if (node is null) return Array.Empty<string>();
        if (node.Kind == RuleNodeKind.Scalar) return node.Value is null ? Array.Empty<string>() : new[] { node.Value };
        var list = new List<string>();
        foreach (var item in node.Items)
        {
            if (item.Kind == RuleNodeKind.Scalar && item.Value is not null) list.Add(item.Value);
        }

        return list;
    }

    internal static RuleNode From(YamlNode node, string text)
    {
        var span = SpanOf(node, text);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new RuleNode(RuleNodeKind.Scalar, span, scalar.Value ?? string.Empty, Array.Empty<RuleNode>(), Array.Empty<KeyValuePair<RuleNode, RuleNode>>());
            case YamlSequenceNode sequence:
            {
                var items = new List<RuleNode>();
                foreach (var child in sequence.Children) items.Add(From(child, text));
                return new RuleNode(RuleNodeKind.Sequence, span, null, items, Array.Empty<KeyValuePair<RuleNode, RuleNode>>());
            }

            case YamlMappingNode mapping:
            {
                var entries = new List<KeyValuePair<RuleNode, RuleNode>>();
                foreach (var child in mapping.Children) entries.Add(new KeyValuePair<RuleNode, RuleNode>(From(child.Key, text), From(child.Value, text)));
                return new RuleNode(RuleNodeKind.Mapping, span, null, Array.Empty<RuleNode>(), entries);
            }

            default:
                // Aliases resolve to their anchors in the representation model; anything else is empty.
                return new RuleNode(RuleNodeKind.Scalar, span, string.Empty, Array.Empty<RuleNode>(), Array.Empty<KeyValuePair<RuleNode, RuleNode>>());
        }
    }

    private static TextSpan SpanOf(YamlNode node, string text)
    {
        var start = (int)Math.Min(Math.Max(0L, (long)node.Start.Index), text.Length);
        var end = (int)Math.Min(Math.Max((long)start, (long)node.End.Index), text.Length);
        return TextSpan.FromBounds(start, end);
    }
}
