using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EditorialLint.Text;

namespace EditorialLint.Benchmarks;

/// <summary>
/// `scaling`: the corpus pass (every corpus rule's AnalyzeCorpus) in ms per MB as the corpus grows 1×, 2×, 4×, 8×,
/// for three shapes a cross-article rule meets: identical copies of one archive, undated (every story repeated,
/// no date to split on); identical copies keeping their dates (one day holds 8 copies of each story: the worst
/// case for same-day blocking); and a longer dated archive (copy k shifted by k × 40 days). Dates come from the
/// yyyymmdd folder of the path, as `--date-pattern` reads them. Flat means ms/MB 8× ÷ 1× ≤ 1.2.
/// </summary>
internal static class CorpusScalingTable
{
    private const string DatePattern = @"(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})";

    public static int Run(int scalingBase)
    {
        var baseFiles = BenchCorpus.Take(scalingBase);
        var pipeline = BenchCorpus.Pipeline();
        Console.WriteLine($"# corpus pass scaling, one thread: base {baseFiles.Count} articles from {BenchCorpus.Directory}; load {QuickTable.LoadAverage()}");
        Console.WriteLine("shape                      1x ms/MB   2x ms/MB   4x ms/MB   8x ms/MB   8x/1x");
        foreach (var (shape, dateOf) in new (string, Func<string, int, DateTime?>)[]
                 {
                     ("identical copies, undated", (_, _) => null),
                     ("identical copies, dated", (path, _) => ArticleDates.FromPath(path, DatePattern)),
                     ("dated archive (k x 40 d)", (path, copy) => ArticleDates.FromPath(path, DatePattern)?.AddDays(40 * copy)),
                 })
        {
            var cells = new List<double>();
            foreach (var scale in new[] { 1, 2, 4, 8 })
            {
                var analyses = Enumerable.Range(0, scale)
                    .SelectMany(copy => baseFiles.Select(f => pipeline.Analyze(Article.Parse($"copy{copy}/{f.Path}", f.Text, date: dateOf(f.Path, copy)))))
                    .ToList();
                var mb = BenchCorpus.Utf8Bytes(baseFiles.Select(f => f.Text)) * scale / 1e6;
                var seconds = QuickTable.Median(() => pipeline.AnalyzeCorpus(analyses));
                cells.Add(seconds * 1000 / mb);
            }

            Console.WriteLine($"{shape,-25}  " + string.Join("  ", cells.Select(c => c.ToString("F2", CultureInfo.InvariantCulture).PadLeft(9))) +
                              "  " + (cells[3] / cells[0]).ToString("F2", CultureInfo.InvariantCulture).PadLeft(6));
        }

        return 0;
    }
}
