using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;
using EditorialLint.Text;

namespace EditorialLint.Benchmarks;

/// <summary>The text model alone: Article.Parse (blocks, tokens, sentences, quotations) on one thread.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private IReadOnlyList<(string Path, string Text)> _files = null!;

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchCorpus.Take(Articles);
        Throughput.Record<ParseBenchmarks>(BenchCorpus.Utf8Bytes(_files.Select(f => f.Text)), Articles);
    }

    [Benchmark]
    public int Parse()
    {
        var tokens = 0;
        foreach (var (path, text) in _files) tokens += Article.Parse(path, text).Tokens.Count;
        return tokens;
    }
}

/// <summary>
/// Per-article rules on one thread over parsed articles (parsing excluded): each rule alone, then all together.
/// A corpus rule's per-article part (its summary) is included; its corpus pass is in <see cref="CorpusScalingBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private List<Article> _articles = null!;
    private LintEngine _engine = null!;

    [ParamsSource(nameof(RuleNames))]
    public string Rule { get; set; } = "all";

    // EDL_BENCH_RULES=EDL0002,all times only those cases: BenchmarkDotNet's --filter cannot select a parameter, and
    // in-process cases share one heap, so a rule timed alone is the clean number.
    public static IEnumerable<string> RuleNames()
    {
        var only = Environment.GetEnvironmentVariable("EDL_BENCH_RULES");
        if (string.IsNullOrWhiteSpace(only)) return BenchCorpus.RuleNames();
        var wanted = new HashSet<string>(only!.Split(',').Select(r => r.Trim()), StringComparer.Ordinal);
        return BenchCorpus.RuleNames().Where(wanted.Contains);
    }

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchCorpus.Take(1000);
        _articles = BenchCorpus.Parse(files);
        _engine = BenchCorpus.EngineFor(Rule);
        Throughput.Record<RuleBenchmarks>(BenchCorpus.Utf8Bytes(files.Select(f => f.Text)), Rule);
    }

    [Benchmark]
    public int AnalyzeArticles()
    {
        var findings = 0;
        foreach (var article in _articles) findings += _engine.AnalyzeArticle(article).Findings.Count;
        return findings;
    }
}

/// <summary>
/// The corpus pass (every corpus rule's AnalyzeCorpus over per-article summaries) as the corpus grows:
/// the base sample replicated 1×, 2×, 4×, 8× under distinct paths. Time per MB should stay flat.
/// </summary>
[MemoryDiagnoser]
public class CorpusScalingBenchmarks
{
    private List<ArticleAnalysis> _analyses = null!;
    private LintPipeline _pipeline = null!;

    [Params(1, 2, 4, 8)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchCorpus.Take(1000);
        _pipeline = BenchCorpus.Pipeline();
        var replicated = Replicate(files, Scale);
        _analyses = replicated.Select(f => _pipeline.Analyze(Article.Parse(f.Path, f.Text))).ToList();
        Throughput.Record<CorpusScalingBenchmarks>(BenchCorpus.Utf8Bytes(replicated.Select(f => f.Text)), Scale);
    }

    [Benchmark]
    public int AnalyzeCorpus() => _pipeline.AnalyzeCorpus(_analyses).Count;

    internal static List<(string Path, string Text)> Replicate(IReadOnlyList<(string Path, string Text)> files, int scale) =>
        Enumerable.Range(0, scale).SelectMany(copy => files.Select(f => ($"copy{copy}/{f.Path}", f.Text))).ToList();
}

/// <summary>One ~5 KB article through the per-file (IDE) path, warm: the engine alone, and the whole Roslyn path.</summary>
[MemoryDiagnoser]
public class PerFileBenchmarks
{
    private (string Path, string Text) _file;
    private LintPipeline _pipeline = null!;
    private InProcessHost _host = null!;

    [GlobalSetup]
    public void Setup()
    {
        _file = BenchCorpus.NearestSize(5000);
        _pipeline = BenchCorpus.Pipeline();
        _host = new InProcessHost(new[] { _file }, BenchCorpus.RuleFiles().Select(r => (r.Path, r.Text)));
        Throughput.Record<PerFileBenchmarks>(BenchCorpus.Utf8Bytes(new[] { _file.Text }));
    }

    /// <summary>Article.Parse + every per-article rule, pipeline built once.</summary>
    [Benchmark(Baseline = true)]
    public int Engine() => _pipeline.Analyze(Article.Parse(_file.Path, _file.Text)).Findings.Count;

    /// <summary>A new CompilationWithAnalyzers (compilation start: rule files loaded) + GetAnalysisResultAsync(file).</summary>
    [Benchmark]
    public async Task<int> Roslyn() => (await _host.AnalyzeFileAsync(_host.Articles[0]).ConfigureAwait(false)).Length;
}
