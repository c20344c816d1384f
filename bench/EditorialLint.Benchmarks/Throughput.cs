using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EditorialLint.Benchmarks;

/// <summary>
/// MB processed per benchmark operation, recorded by each benchmark's setup (the in-process toolchain runs
/// setup in this process), so the summary can show MB/s and ms per MB beside the mean.
/// </summary>
public static class Throughput
{
    private static readonly ConcurrentDictionary<string, long> BytesByCase = new();

    /// <summary>Records by the declared benchmark class: the in-process toolchain runs an emitted subclass.</summary>
    public static void Record<TBenchmark>(long utf8Bytes, params object[] parameters) =>
        BytesByCase[Key(typeof(TBenchmark).Name, parameters.Select(p => p.ToString() ?? string.Empty))] = utf8Bytes;

    internal static bool TryGet(BenchmarkCase benchmarkCase, out long bytes) =>
        BytesByCase.TryGetValue(Key(benchmarkCase.Descriptor.Type.Name, benchmarkCase.Parameters.Items.Select(p => p.Value?.ToString() ?? string.Empty)), out bytes);

    private static string Key(string type, IEnumerable<string> parameters) => type + "|" + string.Join(",", parameters);
}

/// <summary>A summary column: MB/s (UTF-8 MB of articles per second) or ms per MB.</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly bool _perMb;

    private ThroughputColumn(bool perMb) => _perMb = perMb;

    public static readonly ThroughputColumn MegabytesPerSecond = new(perMb: false);
    public static readonly ThroughputColumn MillisecondsPerMegabyte = new(perMb: true);

    public string Id => _perMb ? "ms/MB" : "MB/s";
    public string ColumnName => Id;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => _perMb ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => _perMb ? "Milliseconds per UTF-8 megabyte of articles" : "UTF-8 megabytes of articles per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is null || !Throughput.TryGet(benchmarkCase, out var bytes) || bytes == 0) return "-";
        var seconds = mean.Value / 1e9;
        var mb = bytes / 1e6;
        var value = _perMb ? seconds * 1000 / mb : mb / seconds;
        return value.ToString("F2", CultureInfo.InvariantCulture);
    }
}
