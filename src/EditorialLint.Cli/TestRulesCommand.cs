using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;

namespace EditorialLint.Cli;

/// <summary>
/// <c>editorial-lint test-rules &lt;dir&gt;...</c>: loads the rule files below each folder (or the files named) and
/// checks every rule's <c>examples:</c>. Exit 0 when all load and every example holds; 1 with each problem printed
/// as <c>path(line,col): EDL0903: …</c> (EDL0902 for a file that does not load); 2 for usage errors.
/// </summary>
internal static class TestRulesCommand
{
    public const string Usage = "       editorial-lint test-rules [<rules folder or file>...]   check the rule files' examples (default ./rules)";

    public static int Run(CliOptions options, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var files = new List<RuleFileText>();
        var inputs = options.Inputs;
        if (inputs.Count == 0)
        {
            // Like lint: the rules folder of the current folder when none is named.
            if (!Directory.Exists(Path.Combine(workingDirectory, "rules")))
                throw new UsageException("test-rules: no rules folder or file given, and there is no ./rules");
            inputs = new List<string> { "rules" };
        }

        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(new RuleFileText(input.Replace('\\', '/'), LintSession.ReadText(full)));
            }
            else if (Directory.Exists(full))
            {
                foreach (var path in Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories)
                             .Where(RuleFileText.IsRuleFilePath)
                             .Where(p => !InBuildOutput(Path.GetRelativePath(full, p)))
                             .OrderBy(p => p, StringComparer.Ordinal))
                {
                    var display = input.Replace('\\', '/').TrimEnd('/') + "/" + Path.GetRelativePath(full, path).Replace('\\', '/');
                    files.Add(new RuleFileText(display, LintSession.ReadText(path)));
                }
            }
            else
            {
                throw new UsageException($"no such rules folder or file: {input}");
            }
        }

        var pipeline = LintPipeline.Create(CliApp.CreateRules(), files);
        var ruleSet = pipeline.RuleFiles;
        var problems = pipeline.RuleFileDiagnostics;
        foreach (var problem in problems) stdout.WriteLine($"{problem.Location}: {problem.RuleId}: {problem.Message}");

        var examples = ruleSet.Rules.OfType<DeclarativeRule>().Sum(r => r.Examples.Count);
        var failed = problems.Count(p => p.RuleId == RuleIds.RuleExampleFailed);
        var summary = $"{files.Count} rule file(s), {ruleSet.Rules.Count} rule(s), {examples - failed} of {examples} example(s) hold";
        if (problems.Count == 0)
        {
            stdout.WriteLine(summary + ".");
            return CliApp.ExitClean;
        }

        stderr.WriteLine($"{summary}; {problems.Count} problem(s).");
        return CliApp.ExitFindings;
    }

    /// <summary>Rule files copied into bin/ or obj/ of a rule project are not the desk's rule files.</summary>
    private static bool InBuildOutput(string relativePath)
    {
        foreach (var segment in relativePath.Split('/', '\\'))
        {
            if (segment is "bin" or "obj") return true;
        }

        return false;
    }
}
