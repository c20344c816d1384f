using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using EditorialLint.Cli;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Tests.Cli;

/// <summary>
/// Issue 11, items 3 and 6: the text format's source line costs the window, not the line (a 50 MB line with a
/// finding every few words must print in linear time), and the caret stands under the span in a terminal.
/// </summary>
public sealed class TextFormatTests : IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void the_caret_counts_combining_marks_as_no_column()
    {
        // "Néé" is 5 UTF-16 units (two combining acute accents) but 3 columns on screen.
        _kit.Write("a.txt", "Ne\u0301e\u0301 Tehrik spoke.\n");
        var lines = _kit.Run("a.txt").Lines;
        Assert.Equal("    Ne\u0301e\u0301 Tehrik spoke.", lines[1]);
        Assert.Equal("        ^^^^^^", lines[2]);
    }

    [Fact]
    public void the_caret_counts_wide_characters_and_emoji_as_two_columns()
    {
        _kit.Write("a.txt", "東京 🚌 Tehrik spoke.\n");
        var lines = _kit.Run("a.txt").Lines;
        Assert.Equal("    " + new string(' ', 2 + 2 + 1 + 2 + 1) + "^^^^^^", lines[2]);
    }

    [Fact]
    public void display_width_of_marks_wide_characters_and_surrogate_pairs()
    {
        Assert.Equal(3, TextFormat.DisplayWidth("Ne\u0301e\u0301", 0, 5));
        Assert.Equal(4, TextFormat.DisplayWidth("東京", 0, 2));
        Assert.Equal(2, TextFormat.DisplayWidth("🚌", 0, 2));
        Assert.Equal(1, TextFormat.DisplayWidth("a\u200D", 0, 2));
    }

    [Fact]
    public void a_long_window_never_splits_a_surrogate_pair()
    {
        var line = string.Concat(Enumerable.Repeat("🚌", 200)) + " Tehrik " + string.Concat(Enumerable.Repeat("🚌", 200));
        _kit.Write("a.txt", line);
        var shown = _kit.Run("a.txt").Lines[1];
        Assert.DoesNotContain(shown, c => char.IsSurrogate(c) && !IsPaired(shown, shown.IndexOf(c, StringComparison.Ordinal)));
        Assert.Contains("Tehrik", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void source_lines_cost_grows_linearly_with_a_single_long_line_full_of_findings()
    {
        // Same density of findings, 4x the line: linear is about 4x the work, the former per-finding scan to the
        // line's end about 16x. Best of three runs each, and a generous bound for a loaded machine.
        var small = BestOf(3, () => RenderAll(100_000));
        var large = BestOf(3, () => RenderAll(400_000));
        Assert.True(large < small * 10, $"100k chars: {small.TotalMilliseconds:F1} ms, 400k chars: {large.TotalMilliseconds:F1} ms (ratio {large / small:F1}; linear is ~4)");
    }

    private static TimeSpan RenderAll(int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length) text.Append("Tehrik TODO ");
        var article = Article.Parse("long.txt", text.ToString());
        var findings = new List<Finding>();
        for (var i = 0; i + 6 <= article.Text.Length; i += 12)
            findings.Add(new Finding("EDL9060", FileLocation.In(article, new TextSpan(i, 6)), "m", Severity.Warning));
        var clock = Stopwatch.StartNew();
        var total = 0;
        foreach (var finding in findings) total += TextFormat.SourceLine(article, finding).Line.Length;
        clock.Stop();
        Assert.True(total > 0);
        return clock.Elapsed;
    }

    private static TimeSpan BestOf(int runs, Func<TimeSpan> run) => Enumerable.Range(0, runs).Select(_ => run()).Min();

    private static bool IsPaired(string s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
