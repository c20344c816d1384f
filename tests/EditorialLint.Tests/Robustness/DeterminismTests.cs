using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// Findings are a function of the input alone: not of file order, thread count or concurrent analyzer
/// execution, and the CLI and the analyzer agree line for line on the same articles and rule files.
/// </summary>
public class DeterminismTests
{
    private static readonly Lazy<List<(string Path, string Text)>> Corpus = new(BuildCorpus);

    /// <summary>The seeds, a sample of the shared corpus when present (read, never copied), and near-duplicates.</summary>
    private static List<(string Path, string Text)> BuildCorpus()
    {
        var articles = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("articles/seeds/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
        if (RepoPaths.Corpus is { } corpus && Directory.Exists(Path.Combine(corpus, "pk-news")))
        {
            var root = Path.Combine(corpus, "pk-news");
            var sample = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Where((_, i) => i % 60 == 0);
            articles.AddRange(sample.Select(p => ("articles/pk/" + Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText(p))));
        }

        // The same story filed twice with other spellings: food for corpus rules.
        var first = articles[0].Item2;
        articles.Add(("articles/dup/a.txt", first));
        articles.Add(("articles/dup/b.txt", first.Replace("Pakistan", "Pakistan Tehrik-e-Taliban Pakistan", StringComparison.Ordinal)));
        articles.Add(("articles/dup/c.txt", "Tehreek-e-Taliban Pakistan and Tehrik-e-Taliban Pakistan. 1,200 people. 1,300 people.\n"));
        return articles;
    }

    private static List<(string Path, string Text)> Shuffled(int seed)
    {
        var random = new Random(seed);
        return Corpus.Value.OrderBy(_ => random.Next()).ToList();
    }

    [Fact]
    public void the_engine_gives_the_same_findings_whatever_the_file_order_and_thread_count()
    {
        var rules = LintHosts.ShippedRuleFiles();
        var expected = Bounded.Run("engine", () => LintHosts.EngineLint(Corpus.Value, rules, parallelism: 1));
        foreach (var (seed, threads) in new[] { (1, 2), (2, 8), (3, -1) })
            Assert.Equal(expected, Bounded.Run("engine", () => LintHosts.EngineLint(Shuffled(seed), rules, threads)));
    }

    [Fact]
    public async Task the_analyzer_gives_the_same_findings_with_concurrent_execution_and_any_file_order()
    {
        var rules = LintHosts.ShippedRuleFiles();
        var sequential = await Bounded.RunAsync("analyzer", () => LintHosts.AnalyzerLint(Corpus.Value, rules, concurrent: false));
        foreach (var seed in new[] { 1, 2 })
            Assert.Equal(sequential, await Bounded.RunAsync("analyzer", () => LintHosts.AnalyzerLint(Shuffled(seed), rules, concurrent: true)));
    }

    [Fact]
    public async Task the_cli_with_one_or_many_jobs_and_the_analyzer_report_the_same_findings()
    {
        var rules = LintHosts.ShippedRuleFiles();
        var files = Corpus.Value.Select(a => (a.Path, Encoding.UTF8.GetBytes(a.Text)))
            .Concat(rules.Select(r => (r.Path, Encoding.UTF8.GetBytes(r.Text))))
            .ToList();
        var oneJob = Bounded.Run("cli", () => LintHosts.CliLint(files, "--jobs", "1"));
        var shuffledInputs = Shuffled(4).Select(a => a.Path).ToList();
        var manyJobs = Bounded.Run("cli", () => LintHosts.CliLint(files, shuffledInputs, "--jobs", "4"));
        Assert.Equal(oneJob, manyJobs);

        var analyzer = await Bounded.RunAsync("analyzer", () => LintHosts.AnalyzerLint(Corpus.Value, rules, concurrent: true));
        Assert.Equal(analyzer, oneJob);
        Assert.Equal(LintHosts.EngineLint(Corpus.Value, rules), oneJob);
    }
}
