using System;
using System.Collections.Generic;
using System.Text;
using EditorialLint.Text;

namespace EditorialLint.Testing;

/// <summary>An expected finding parsed from markup.</summary>
public sealed class ExpectedFinding
{
    public ExpectedFinding(string? ruleId, TextSpan span)
    {
        RuleId = ruleId;
        Span = span;
    }

    /// <summary>The rule ID, or null for <c>[|…|]</c> (any ID of the rule under test).</summary>
    public string? RuleId { get; }
    public TextSpan Span { get; }
}

/// <summary>
/// Inline markup for tests: <c>{|EDL0001:Tehrik|}</c> marks a span that rule EDL0001 must report,
/// <c>[|text|]</c> a span the rule under test must report. No line or column literals.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<ExpectedFinding> Expected) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedFinding>();
        var open = new Stack<(int Start, string? Id, bool Brace)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Match(markup, i, "[|"))
            {
                open.Push((text.Length, null, false));
                i++;
                continue;
            }

            if (Match(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0) throw new FormatException("'{|' must be followed by 'ID:'.");
                open.Push((text.Length, markup.Substring(i + 2, colon - i - 2), true));
                i = colon;
                continue;
            }

            if (Match(markup, i, "|]") || Match(markup, i, "|}"))
            {
                if (open.Count == 0) throw new FormatException($"Unbalanced markup close at {i}.");
                var (start, id, brace) = open.Pop();
                if (brace != (markup[i + 1] == '}')) throw new FormatException($"Mismatched markup close at {i}.");
                expected.Add(new ExpectedFinding(id, TextSpan.FromBounds(start, text.Length)));
                i++;
                continue;
            }

            text.Append(markup[i]);
        }

        if (open.Count > 0) throw new FormatException("Unclosed markup.");
        expected.Sort((a, b) => a.Span.CompareTo(b.Span));
        return (text.ToString(), expected);
    }

    /// <summary>Renders text with findings as markup, for readable failure messages.</summary>
    public static string Render(string text, IEnumerable<(string Id, TextSpan Span)> findings)
    {
        var inserts = new List<(int Position, int Order, string Value)>();
        foreach (var (id, span) in findings)
        {
            inserts.Add((span.Start, 1, "{|" + id + ":"));
            inserts.Add((span.End, 0, "|}"));
        }

        inserts.Sort((a, b) => a.Position != b.Position ? b.Position.CompareTo(a.Position) : b.Order.CompareTo(a.Order));
        var builder = new StringBuilder(text);
        foreach (var (position, _, value) in inserts) builder.Insert(position, value);
        return builder.ToString();
    }

    private static bool Match(string s, int i, string value) =>
        i + value.Length <= s.Length && string.CompareOrdinal(s, i, value, 0, value.Length) == 0;
}
