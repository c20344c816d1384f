using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using EditorialLint.Lexicon;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// EDL0001's house forms are matched in one walk over the tokens (<see cref="HouseFormIndex"/>); it must find
/// exactly what the former search (one <c>IndexOf</c> per form over the text) found, and in time linear-ish in
/// the text whatever the list.
/// </summary>
public class HouseFormIndexTests
{
    // The former MatchHouseForms, kept as the reference: IndexOf per form, a match starts a token and sits between
    // word boundaries; at one position the longest, then the first listed, wins.
    private static List<(int Start, int Length, string Preferred, string Form)> Reference(Article article, IReadOnlyList<VariantGroup> groups)
    {
        var text = article.Text;
        var starts = new HashSet<int>(article.Tokens.Select(t => t.Span.Start));
        var matches = new List<(int Start, int Length, int Order, VariantGroup Group, string Form)>();
        var order = 0;
        foreach (var group in groups)
        {
            var comparison = group.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            foreach (var form in group.Forms)
            {
                for (var at = text.IndexOf(form, comparison); at >= 0; at = at + 1 > text.Length ? -1 : text.IndexOf(form, at + 1, comparison))
                {
                    var end = at + form.Length;
                    if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
                    if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
                    if (!starts.Contains(at)) continue;
                    matches.Add((at, form.Length, order, group, form));
                }

                order++;
            }
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Order.CompareTo(b.Order));
        var found = new List<(int, int, string, string)>();
        var covered = -1;
        foreach (var m in matches)
        {
            if (m.Start < covered) continue;
            covered = m.Start + m.Length;
            found.Add((m.Start, m.Length, m.Group.Preferred, m.Group.CaseSensitive ? m.Form : m.Form.ToLowerInvariant()));
        }

        return found;
    }

    private static List<(int Start, int Length, string Preferred, string Form)> Actual(Article article, IReadOnlyList<VariantGroup> groups) =>
        VariantExtractor.Extract(article, groups, automatic: false)
            .Select(o => (o.Span.Start, o.Span.Length, o.House!.Preferred, o.Form))
            .ToList();

    // Letters in both cases, digits, separators, and the characters whose case partner is of the other class
    // (U+0345 and Greek iota), plus a Deseret surrogate pair in both cases.
    private static readonly string[] Pieces = { "a", "A", "b", "B", "ab", "Ab", "1", " ", " ", "-", ".", "'", "\u0345", "\u0399", "\u03B9", "\U00010400", "\U00010428", "\n" };

    private static string Random(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    [Fact]
    public void the_one_walk_finds_what_one_search_per_form_found()
    {
        var random = new Random(20251122);
        var total = 0;
        for (var round = 0; round < 400; round++)
        {
            var groups = Enumerable.Range(0, random.Next(1, 6))
                .Select(g => new VariantGroup("p" + g, Enumerable.Range(0, random.Next(1, 5)).Select(_ => Random(random, random.Next(1, 4))).Where(f => f.Length > 0).ToArray(), caseSensitive: random.Next(2) == 0))
                .ToList();
            var article = Article.Parse("articles/a.txt", Random(random, random.Next(0, 80)), ArticleFormat.PlainText);
            var expected = Reference(article, groups);
            var actual = Actual(article, groups);
            Assert.True(expected.SequenceEqual(actual), $"round {round}: '{article.Text}' with [{string.Join("; ", groups.Select(g => (g.CaseSensitive ? "cs " : "ci ") + string.Join("|", g.Forms)))}]");
            total += expected.Count;
        }

        Assert.True(total > 400, $"only {total} matches: the comparison proves little");
    }

    [Fact]
    public void a_huge_list_over_a_large_article_is_linear_ish()
    {
        // 20,000 groups over ~2 MB: one IndexOf per form was 20,000 passes over the text.
        var groups = Enumerable.Range(0, 20_000).Select(i => new VariantGroup("p" + i, new[] { "v" + i, "w" + i + " x" }, caseSensitive: i % 2 == 0)).ToList();
        var text = string.Concat(Enumerable.Repeat("The v17 and w3 x met v19999 in Lahore. ", 50_000));
        var article = Article.Parse("articles/big.txt", text, ArticleFormat.PlainText);
        var clock = Stopwatch.StartNew();
        var found = Bounded.Run("house forms", () => VariantExtractor.Extract(article, groups, automatic: false));
        Assert.Equal(150_000, found.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
