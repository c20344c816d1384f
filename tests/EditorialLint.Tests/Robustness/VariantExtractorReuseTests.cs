using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using EditorialLint.Lexicon;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// EDL0001's extractor reuses its per-token arrays from one article to the next on a thread (and caches word facts
/// per thread): what it finds in an article must not depend on what the thread extracted before it.
/// </summary>
public class VariantExtractorReuseTests
{
    // Text written for this test: names, compounds, British/American pairs, abbreviations and an acronym's expansion.
    private const string Long =
        "Defence Minister Khawaja Asif met Shehbaz Sharif in Islamabad on Friday. The cross-border talks on the heat wave " +
        "and the heatwave plan were under way, the U.S. and the US envoy said. The Pakistan Tehreek-e-Insaf (PTI) and " +
        "Tehrik-i-Insaf leaders organised a long-term plan in the long term. The colour of the color guard was grey.\n\n" +
        "Mr Shahbaz Sharif said the per cent figure and the percent figure were right; the e-mail and email said so. " +
        "The World Health Organisation and the World Health Organization (WHO) agreed with Dr Rüdiger Lotz and Rudiger Lotz.\n";

    private const string Short = "The Kiev office and the Kyiv office. A heat wave.\n";

    private static string Describe(IEnumerable<VariantOccurrence> occurrences) =>
        string.Join("\n", occurrences.Select(o => $"{o.Family} {o.Key} {o.Form} {o.Surface} {o.Span.Start}+{o.Span.Length} [{string.Join(",", o.Evidence)}]"));

    private static string ExtractOnNewThread(string text)
    {
        string? result = null;
        var thread = new Thread(() => result = Describe(VariantExtractor.Extract(Article.Parse("a.txt", text), Array.Empty<VariantGroup>(), automatic: true)));
        thread.Start();
        thread.Join();
        return result!;
    }

    [Fact]
    public void an_article_extracts_the_same_after_a_longer_or_shorter_one_on_the_same_thread()
    {
        var longer = new StringBuilder();
        for (var i = 0; i < 40; i++) longer.Append(Long);
        var texts = new[] { longer.ToString(), Short, Long, Short, longer.ToString(), Long };
        var fresh = texts.Select(ExtractOnNewThread).ToList();
        Assert.Contains("Compound", fresh[1], StringComparison.Ordinal);

        string?[] reused = new string?[texts.Length];
        var thread = new Thread(() =>
        {
            for (var i = 0; i < texts.Length; i++) reused[i] = Describe(VariantExtractor.Extract(Article.Parse("a.txt", texts[i]), Array.Empty<VariantGroup>(), automatic: true));
        });
        thread.Start();
        thread.Join();
        for (var i = 0; i < texts.Length; i++) Assert.Equal(fresh[i], reused[i]);
    }
}
