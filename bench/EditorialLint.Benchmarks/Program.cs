using System;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EditorialLint.Benchmarks;

/// <summary>
/// dotnet run -c Release --project bench/EditorialLint.Benchmarks -- quick [scaling-base-articles]
/// dotnet run -c Release --project bench/EditorialLint.Benchmarks -- scaling [base-articles]   (corpus pass, three shapes)
/// dotnet run -c Release --project bench/EditorialLint.Benchmarks -- rule EDL0001 [seconds]   (one rule in a loop: for a profiler)
/// dotnet run -c Release --project bench/EditorialLint.Benchmarks -- --filter '*'      (BenchmarkDotNet)
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
            return CorpusScalingTable.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
        if (args.Length > 1 && args[0] == "rule")
            return RuleLoop(args[1], args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20);
        if (args.Length > 0 && args[0] == "quick")
            return QuickTable.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);

        // In-process: no per-benchmark project generation and build (slow on 2 shared cores), and the
        // throughput columns can read what each benchmark's setup recorded.
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10).WithId("InProcess"))
            .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.MillisecondsPerMegabyte)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    /// <summary>One per-article rule over the 1,000 bench articles again and again for a while, MB/s per pass: a steady load to attach a profiler to.</summary>
    private static int RuleLoop(string rule, double seconds)
    {
        var files = BenchCorpus.Take(1000);
        var articles = BenchCorpus.Parse(files);
        var engine = BenchCorpus.EngineFor(rule);
        var mb = BenchCorpus.Utf8Bytes(System.Linq.Enumerable.Select(files, f => f.Text)) / 1e6;
        var total = System.Diagnostics.Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            // CPU time as well as wall time: on a loaded machine the wall clock counts the time other processes ran.
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var pass = System.Diagnostics.Stopwatch.StartNew();
            foreach (var article in articles) engine.AnalyzeArticle(article);
            var cpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
            Console.WriteLine($"{rule}: {(mb / pass.Elapsed.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture)} MB/s wall, {(mb / cpuSeconds).ToString("F1", CultureInfo.InvariantCulture)} MB/s of CPU time, {allocatedMb.ToString("F1", CultureInfo.InvariantCulture)} MB allocated ({mb.ToString("F2", CultureInfo.InvariantCulture)} MB)");
        }

        return 0;
    }
}
