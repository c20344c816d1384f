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
/// dotnet run -c Release --project bench/EditorialLint.Benchmarks -- --filter '*'      (BenchmarkDotNet)
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scaling")
            return CorpusScalingTable.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000);
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
}
