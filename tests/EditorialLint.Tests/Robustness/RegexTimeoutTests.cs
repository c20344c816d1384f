using System;
using System.Diagnostics;
using System.Linq;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// A rule file's catastrophic regex costs one match timeout per run, not one per article: the first timeout
/// disables the pattern (EDL0901 on that article, naming the rule file and the pattern), later articles are not
/// searched with it, and the rule's other patterns keep working.
/// </summary>
public class RegexTimeoutTests
{
    private const int Timeout = 250;
    private const int Articles = 40;

    private const string RuleFile =
        "kind: substitution\nid: EDL9074\nregex: true\nmatchTimeout: 250\nswap:\n  '(a+)+b': c\n  'utili[sz]e': use\n";

    private static readonly string Backtracking = "We utilise " + new string('a', 5_000) + "!\n";

    private static (TimeSpan Elapsed, Finding[] Findings) Lint(int parallelism)
    {
        var set = RuleFileSet.Load(new[] { new RuleFileText("rules/slow.yml", RuleFile) }, RuleKindRegistry.CreateDefault(), Array.Empty<string>());
        Assert.Empty(set.Errors);
        var engine = new LintEngine(set.Rules, set.Data);
        var corpus = Enumerable.Range(0, Articles)
            .Select(i => new CorpusArticle(Article.Parse($"articles/{i:D2}.txt", Backtracking), DictionaryOptionSource.Empty))
            .ToList();
        var clock = Stopwatch.StartNew();
        var findings = Bounded.Run("regex-timeout", () => engine.Lint(corpus, parallelism));
        return (clock.Elapsed, findings.ToArray());
    }

    [Fact]
    public void a_pattern_that_timed_out_once_is_not_tried_again_in_later_articles()
    {
        var (elapsed, findings) = Lint(parallelism: 1);

        var failures = findings.Where(f => f.RuleId == RuleIds.RuleFailed).ToList();
        var failure = Assert.Single(failures);
        Assert.Contains("the pattern '(a+)+b' (in rules/slow.yml:6) took longer than its 250 ms match timeout", failure.Message, StringComparison.Ordinal);
        Assert.Contains("disabled for the rest of this run", failure.Message, StringComparison.Ordinal);

        // The rule's other pattern still reports, on every article but the one where the rule was stopped.
        Assert.Equal(Articles - 1, findings.Count(f => f.RuleId == "EDL9074"));
        Assert.DoesNotContain(findings, f => f.RuleId == "EDL9074" && f.Location.Path == failure.Location.Path);

        // One timeout (plus overhead), not one per article (40 × 250 ms = 10 s before the fix). The single EDL0901
        // above is the exact check; the time bound is loose (10 timeouts) so a loaded CI machine does not flake.
        Assert.True(elapsed < TimeSpan.FromMilliseconds(10 * Timeout), $"took {elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void concurrent_articles_time_out_at_most_once_per_thread()
    {
        var (elapsed, findings) = Lint(parallelism: 4);

        // Which article reports depends on scheduling; articles already being searched when the pattern is disabled
        // may time out too, at most one per thread.
        var failures = findings.Where(f => f.RuleId == RuleIds.RuleFailed).ToList();
        Assert.InRange(failures.Count, 1, 4);
        Assert.All(failures, f => Assert.Contains("disabled for the rest of this run", f.Message, StringComparison.Ordinal));
        Assert.Equal(Articles - failures.Count, findings.Count(f => f.RuleId == "EDL9074"));
        Assert.True(elapsed < TimeSpan.FromMilliseconds(10 * Timeout), $"took {elapsed.TotalMilliseconds:F0} ms");
    }
}
