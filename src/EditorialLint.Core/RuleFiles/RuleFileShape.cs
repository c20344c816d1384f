using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EditorialLint.RuleFiles;

/// <summary>
/// Bounds a rule file's shape before it is loaded: nesting depth and the number of nodes once aliases are
/// expanded. Uses YamlDotNet's event parser, which keeps its own state stack rather than recursing.
/// </summary>
internal static class RuleFileShape
{
    /// <summary>Real rule files nest about five levels deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>Far beyond any house list (a 10,000-entry variants list is ~20,000 nodes).</summary>
    public const long MaxNodes = 1_000_000;

    /// <summary>Null when the file's shape is fine; else where and why it is not. YAML syntax errors throw YamlException.</summary>
    public static (int Index, string Message)? Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new List<(string? Anchor, long Size)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current;
            var index = current is null ? 0 : (int)Math.Min(Math.Max(0L, (long)current.Start.Index), text.Length);
            long size;
            switch (current)
            {
                case SequenceStart start:
                    open.Add((AnchorOf(start), 1));
                    if (open.Count > MaxDepth) return (index, $"This rule file nests more than {MaxDepth} levels deep.");
                    continue;
                case MappingStart start:
                    open.Add((AnchorOf(start), 1));
                    if (open.Count > MaxDepth) return (index, $"This rule file nests more than {MaxDepth} levels deep.");
                    continue;
                case SequenceEnd or MappingEnd:
                {
                    if (open.Count == 0) continue;
                    var (anchor, closed) = open[open.Count - 1];
                    open.RemoveAt(open.Count - 1);
                    if (anchor is not null) anchors[anchor] = closed;
                    size = closed;
                    break;
                }

                case Scalar scalar:
                    size = 1;
                    if (AnchorOf(scalar) is { } scalarAnchor) anchors[scalarAnchor] = 1;
                    break;
                case AnchorAlias alias:
                    // An alias to a node still open would make a cycle once loaded.
                    if (!anchors.TryGetValue(alias.Value.Value, out size))
                        return (index, $"The alias *{alias.Value.Value} does not refer to a complete node before it.");
                    break;
                default:
                    continue;
            }

            if (open.Count > 0)
            {
                var (anchor, parentSize) = open[open.Count - 1];
                open[open.Count - 1] = (anchor, parentSize + size);
                if (parentSize + size > MaxNodes) return (index, "This rule file expands to more than 1,000,000 values (aliases included).");
            }
            else
            {
                total += size;
                if (total > MaxNodes) return (index, "This rule file expands to more than 1,000,000 values (aliases included).");
            }
        }

        return null;
    }

    private static string? AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;
}
