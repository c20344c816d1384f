using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.BuiltIn;
using EditorialLint.Cli;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Tests.Analyzers;
using EditorialLint.Tests.Support;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// The same articles and rule files through the three ways EditorialLint runs: the engine in process, the CLI
/// (files on disk, JSON output) and the analyzer (CompilationWithAnalyzers). Findings come back as
/// <c>path(line,col): ID: message</c> lines, sorted, so hosts can be compared.
/// </summary>
internal static class LintHosts
{
    public static IReadOnlyList<RuleFileText> ShippedRuleFiles() =>
        Directory.Exists(RepoPaths.Rules)
            ? Directory.EnumerateFiles(RepoPaths.Rules, "*.*", SearchOption.AllDirectories)
                .Where(RuleFileText.IsRuleFilePath)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new RuleFileText("rules/" + Path.GetRelativePath(RepoPaths.Rules, p).Replace('\\', '/'), File.ReadAllText(p)))
                .ToList()
            : new List<RuleFileText>();

    /// <summary>Every built-in rule plus the rule files' rules, through the pipeline the CLI and the analyzer run.</summary>
    public static LintPipeline Pipeline(IEnumerable<RuleFileText> ruleFiles) => LintPipeline.Create(BuiltInRules.Create(), ruleFiles);

    public static List<string> EngineLint(IEnumerable<(string Path, string Text)> articles, IEnumerable<RuleFileText> ruleFiles, int parallelism = -1)
    {
        var pipeline = Pipeline(ruleFiles);
        // Dated from the path as the CLI and the analyzer date them (no pattern: inferred), so the three hosts see the same articles.
        var corpus = articles.Select(a => new CorpusArticle(Article.Parse(a.Path, a.Text, date: ArticleDates.FromPath(a.Path, null)), DictionaryOptionSource.Empty)).ToList();
        return Lines(pipeline.Lint(corpus, parallelism).Findings);
    }

    /// <summary>Writes the files under a fresh temp folder and runs the CLI there (rules/ is picked up by default).</summary>
    public static List<string> CliLint(IEnumerable<(string Path, byte[] Bytes)> files, params string[] extraArgs) =>
        CliLint(files, null, extraArgs);

    public static List<string> CliLint(IEnumerable<(string Path, byte[] Bytes)> files, IReadOnlyList<string>? inputs, params string[] extraArgs)
    {
        var root = Path.Combine(Path.GetTempPath(), "editorial-lint-robustness-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            }

            Directory.CreateDirectory(Path.Combine(root, "articles"));
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var args = new List<string> { "lint" };
            args.AddRange(inputs ?? new[] { "articles" });
            args.AddRange(new[] { "--format", "json" });
            args.AddRange(extraArgs);
            var exit = CliApp.Run(args.ToArray(), stdout, stderr, root);
            // 2 is also the documented exit for a broken rule file (EDL0902, still printed); a crash would throw.
            Assert.True(exit is CliApp.ExitClean or CliApp.ExitFindings || (exit == CliApp.ExitUsage && stdout.ToString().Contains(RuleIds.InvalidRuleFile, StringComparison.Ordinal)), $"CLI exit {exit}: {stderr}");
            using var json = JsonDocument.Parse(stdout.ToString());
            var lines = new List<string>();
            foreach (var finding in json.RootElement.EnumerateArray())
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{finding.GetProperty("path").GetString()}({finding.GetProperty("line").GetInt32()},{finding.GetProperty("column").GetInt32()}): {finding.GetProperty("id").GetString()}: {finding.GetProperty("message").GetString()}"));
            }

            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    public static AnalyzerHarness Harness(IEnumerable<(string Path, string Text)> articles, IEnumerable<RuleFileText> ruleFiles)
    {
        var harness = new AnalyzerHarness();
        foreach (var (path, text) in articles) harness.AddArticle(path, text);
        foreach (var file in ruleFiles) harness.AddRuleFile(file.Path, file.Text);
        return harness;
    }

    public static async Task<List<string>> AnalyzerLint(IEnumerable<(string Path, string Text)> articles, IEnumerable<RuleFileText> ruleFiles, bool concurrent = true, DiagnosticAnalyzer? analyzer = null)
    {
        var diagnostics = await Harness(articles, ruleFiles).GetAllDiagnosticsAsync(analyzer ?? new EditorialLintAnalyzer(), concurrent);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Select(Line).OrderBy(l => l, StringComparer.Ordinal).ToList();
    }

    public static string Line(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.StartsWith(AnalyzerHarness.Root, StringComparison.Ordinal) ? span.Path.Substring(AnalyzerHarness.Root.Length) : span.Path;
        return string.Create(CultureInfo.InvariantCulture, $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    public static List<string> Lines(IEnumerable<Finding> findings) =>
        findings.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Path}({f.Location.Start.Line + 1},{f.Location.Start.Character + 1}): {f.RuleId}: {f.Message}"))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();

    /// <summary>Findings that mean a rule threw or was stopped (EDL0901).</summary>
    public static List<string> Failures(IEnumerable<string> lines) => lines.Where(l => l.Contains(": " + RuleIds.RuleFailed + ":", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Rule failures other than a user's regex stopped by its match timeout (which is the designed outcome for a
    /// catastrophic pattern): a rule that throws on some input is contained, but a bug all the same.
    /// </summary>
    public static List<string> UnexpectedFailures(IEnumerable<string> lines) =>
        Failures(lines).Where(l => !l.Contains("match timeout", StringComparison.Ordinal)).ToList();
}
