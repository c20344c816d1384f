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
        // The same number of findings twice: 16 renderings of a 50k-character line's findings against one of an
        // 800k-character line's (16x the line, so the same count of findings). Linear work is equal; the former
        // per-finding scan to the line's end is 16x on the long line. Both runs are equally long (no short run that a
        // loaded machine happens to leave alone), best of three, bound 4x. The allocation bound is exact work: a
        // finding's window must not cost its line (a copy of the line per finding allocates 16x as much).
        var (smallTime, smallBytes) = BestOf(3, () => RenderAll(50_000, renderings: 16));
        var (largeTime, largeBytes) = BestOf(3, () => RenderAll(800_000, renderings: 1));
        Assert.True(largeBytes < smallBytes * 2, $"bytes per finding: 50k chars {smallBytes:F0}, 800k chars {largeBytes:F0} (the window is fixed, so the same)");
        Assert.True(largeTime < smallTime * 4, $"16 x 50k chars: {smallTime.TotalMilliseconds:F1} ms, 1 x 800k chars: {largeTime.TotalMilliseconds:F1} ms (ratio {largeTime / smallTime:F1}; linear is ~1, a scan per finding ~16)");
    }

    [Fact]
    public void sarif_labels_related_locations_in_the_rule_s_own_words()
    {
        // Issue 11, item 6: EDL0003's related location was labelled with EDL0001's "Also written … here".
        _kit.Host = new CliHost();
        _kit.Write("a.txt", "Bannu clash\n\nAt least 40 people were killed in Bannu, police said. Rescuers searched. In all, 32 people were killed in Bannu, police said.\n");
        var sarif = _kit.Run("a.txt", "--format", "sarif", "--no-default-rules").Stdout;
        using var json = System.Text.Json.JsonDocument.Parse(sarif);
        var conflict = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "EDL0003");
        var label = conflict.GetProperty("relatedLocations")[0].GetProperty("message").GetProperty("text").GetString();
        Assert.StartsWith("The other figure: “", label, StringComparison.Ordinal);
    }

    /// <summary>Renders every finding's source line <paramref name="renderings"/> times; returns the time taken and the bytes allocated per rendered finding.</summary>
    private static (TimeSpan Time, double BytesPerFinding) RenderAll(int length, int renderings)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length) text.Append("Tehrik TODO ");
        var article = Article.Parse("long.txt", text.ToString());
        var findings = new List<Finding>();
        for (var i = 0; i + 6 <= article.Text.Length; i += 12)
            findings.Add(new Finding("EDL9060", FileLocation.In(article, new TextSpan(i, 6)), "m", Severity.Warning));
        var total = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < renderings; r++)
        {
            foreach (var finding in findings) total += TextFormat.SourceLine(article, finding).Line.Length;
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(total > 0);
        return (clock.Elapsed, (double)allocated / (findings.Count * renderings));
    }

    private static (TimeSpan Time, double BytesPerFinding) BestOf(int runs, Func<(TimeSpan Time, double BytesPerFinding)> run)
    {
        var results = Enumerable.Range(0, runs).Select(_ => run()).ToList();
        return (results.Min(r => r.Time), results.Min(r => r.BytesPerFinding));
    }

    private static bool IsPaired(string s, int i) =>
        char.IsHighSurrogate(s[i]) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
