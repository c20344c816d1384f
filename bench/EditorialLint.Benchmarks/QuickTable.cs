using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using EditorialLint.Text;

namespace EditorialLint.Benchmarks;

/// <summary>
/// `quick`: the same workloads as the BenchmarkDotNet classes, timed with a Stopwatch (warm-up, then the median
/// of several runs) in well under a minute, printed as one table. bench/run.sh prints it beside the CLI and peers.
/// </summary>
internal static class QuickTable
{
    public static int Run(int scalingBase)
    {
        var rows = new List<(string Measure, string Value, string Target)>();
        var files = BenchCorpus.Files;
        var mb = BenchCorpus.Utf8Bytes(files.Select(f => f.Text)) / 1e6;
        Console.WriteLine($"# in-process, one thread: {files.Count} articles, {mb.ToString("F2", CultureInfo.InvariantCulture)} MB from {BenchCorpus.Directory}; {Environment.ProcessorCount} cores; load {LoadAverage()}");

        var parse = Median(() => BenchCorpus.Parse(files));
        rows.Add(("parse (text model)", Rate(mb, parse), ""));
        var articles = BenchCorpus.Parse(files);

        foreach (var name in BenchCorpus.RuleNames())
        {
            var engine = BenchCorpus.EngineFor(name);
            var seconds = Median(() =>
            {
                foreach (var article in articles) engine.AnalyzeArticle(article);
            });
            rows.Add((name == "all" ? "all per-article rules (parse excluded)" : "rule " + name + " (parse excluded)", Rate(mb, seconds), name == "all" ? "" : ">= 30 MB/s"));
            if (name == "all") rows.Add(("parse + all per-article rules", Rate(mb, parse + seconds), ">= 30 MB/s"));
        }

        var baseFiles = BenchCorpus.Take(scalingBase);
        var all = BenchCorpus.Pipeline();
        double? first = null;
        double last = 0;
        foreach (var scale in new[] { 1, 2, 4, 8 })
        {
            var replicated = CorpusScalingBenchmarks.Replicate(baseFiles, scale);
            var scaledMb = BenchCorpus.Utf8Bytes(replicated.Select(f => f.Text)) / 1e6;
            var analyses = replicated.Select(f => all.Analyze(Article.Parse(f.Path, f.Text))).ToList();
            var seconds = Median(() => all.AnalyzeCorpus(analyses));
            var msPerMb = seconds * 1000 / scaledMb;
            first ??= msPerMb;
            last = msPerMb;
            rows.Add(($"corpus pass {scale}x ({replicated.Count} articles, {scaledMb.ToString("F1", CultureInfo.InvariantCulture)} MB)", msPerMb.ToString("F3", CultureInfo.InvariantCulture) + " ms/MB", ""));
        }

        rows.Add(("corpus pass growth, ms/MB 8x / 1x", first > 0.001 ? (last / first!.Value).ToString("F2", CultureInfo.InvariantCulture) : "n/a (no corpus work)", "<= 1.2"));

        var file = BenchCorpus.NearestSize(5000);
        var one = BenchCorpus.Pipeline();
        var engineMs = Median(() => one.Analyze(Article.Parse(file.Path, file.Text)), minRuns: 200) * 1000;
        rows.Add(($"per-file {System.Text.Encoding.UTF8.GetByteCount(file.Text)} B article, engine (parse + rules)", engineMs.ToString("F3", CultureInfo.InvariantCulture) + " ms", "<= 2 ms"));
        var host = new InProcessHost(new[] { file }, BenchCorpus.RuleFiles().Select(r => (r.Path, r.Text)));
        var roslynMs = Median(() => host.AnalyzeFileAsync(host.Articles[0]).GetAwaiter().GetResult(), minRuns: 50) * 1000;
        rows.Add(("per-file, Roslyn CompilationWithAnalyzers (new session each)", roslynMs.ToString("F3", CultureInfo.InvariantCulture) + " ms", "<= 2 ms"));

        var width = rows.Max(r => r.Measure.Length);
        Console.WriteLine($"{"measure".PadRight(width)}  {"value",-14}  target");
        foreach (var (measure, value, target) in rows) Console.WriteLine($"{measure.PadRight(width)}  {value,-14}  {target}");
        return 0;
    }

    private static string Rate(double mb, double seconds) => (mb / seconds).ToString("F1", CultureInfo.InvariantCulture) + " MB/s";

    /// <summary>One warm-up, then at least <paramref name="minRuns"/> runs and 1 s; the median, in seconds.</summary>
    internal static double Median(Action action, int minRuns = 3)
    {
        action();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < minRuns || (total.Elapsed.TotalSeconds < 1 && times.Count < 10_000))
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    internal static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (System.IO.IOException)
        {
            return "?";
        }
    }
}
