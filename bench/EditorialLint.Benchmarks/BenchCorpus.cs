using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.Benchmarks;

/// <summary>
/// Real articles read at run time from the shared corpus (never copied into the repo), and the rules a run uses:
/// the built-in ones plus the repo's rule files (rules/*.yml).
/// </summary>
internal static class BenchCorpus
{
    public const string CorpusVariable = "EDITORIAL_BENCH_CORPUS";
    public const string LimitVariable = "EDITORIAL_BENCH_ARTICLES";
    public const string DefaultCorpus = "/work/shared/corpus/pk-news";

    private static IReadOnlyList<(string Path, string Text)>? _files;

    public static string Directory => Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } dir ? dir : DefaultCorpus;

    /// <summary>Every .txt/.md under the corpus folder, in path order (or the first EDITORIAL_BENCH_ARTICLES).</summary>
    public static IReadOnlyList<(string Path, string Text)> Files => _files ??= Load();

    public static long Utf8Bytes(IEnumerable<string> texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    private static List<(string Path, string Text)> Load()
    {
        if (!System.IO.Directory.Exists(Directory))
            throw new DirectoryNotFoundException($"Corpus folder {Directory} not found; set {CorpusVariable}.");
        var paths = System.IO.Directory.EnumerateFiles(Directory, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (int.TryParse(Environment.GetEnvironmentVariable(LimitVariable), out var limit) && limit > 0 && limit < paths.Count)
            paths = paths.Take(limit).ToList();
        return paths.Select(p => (Path.GetRelativePath(Directory, p).Replace('\\', '/'), File.ReadAllText(p))).ToList();
    }

    /// <summary>The first <paramref name="count"/> articles (all when 0).</summary>
    public static IReadOnlyList<(string Path, string Text)> Take(int count) => count <= 0 || count >= Files.Count ? Files : Files.Take(count).ToList();

    /// <summary>The article whose UTF-8 size is nearest to <paramref name="bytes"/>.</summary>
    public static (string Path, string Text) NearestSize(int bytes) =>
        Files.OrderBy(f => Math.Abs(Encoding.UTF8.GetByteCount(f.Text) - bytes)).ThenBy(f => f.Path, StringComparer.Ordinal).First();

    public static string RepoRoot
    {
        get
        {
            for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "EditorialLint.sln"))) return dir;
            }

            return System.IO.Directory.GetCurrentDirectory();
        }
    }

    public static IReadOnlyList<RuleFileText> RuleFiles()
    {
        var dir = Path.Combine(RepoRoot, "rules");
        if (!System.IO.Directory.Exists(dir)) return Array.Empty<RuleFileText>();
        return System.IO.Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories)
            .Where(RuleFileText.IsRuleFilePath)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new RuleFileText("rules/" + Path.GetRelativePath(dir, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    /// <summary>The pipeline the CLI and the analyzer run: built-in rules plus the repo's rule files.</summary>
    public static LintPipeline Pipeline() => LintPipeline.Create(BuiltInRules.Create(), RuleFiles());

    /// <summary>The names the per-rule benchmark takes: each rule's ID (rule-file rules may share one), and "all".</summary>
    public static IEnumerable<string> RuleNames() =>
        Pipeline().Engine.Rules.Select(r => r.Descriptor.Id).Distinct(StringComparer.Ordinal).Append("all");

    /// <summary>
    /// The pipeline's engine, or one of its rules alone with the rule files' data: for timing per-article rules on
    /// articles parsed once (the pipeline frees an article's tokens after its analysis, so it cannot be re-analysed).
    /// </summary>
    public static LintEngine EngineFor(string ruleName)
    {
        var pipeline = Pipeline();
        return ruleName == "all"
            ? pipeline.Engine
            : new LintEngine(pipeline.Engine.Rules.Where(r => r.Descriptor.Id == ruleName).Take(1), pipeline.RuleFiles.Data);
    }

    public static List<Article> Parse(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => Article.Parse(f.Path, f.Text)).ToList();
}
