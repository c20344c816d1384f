using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;

namespace EditorialLint.Testing;

/// <summary>
/// Checks rule files from a test: every file loads without EDL0902 and every <c>examples:</c> snippet holds
/// (no EDL0903) — what <c>editorial-lint test-rules</c> checks, as an assertion.
/// <code>[Fact] public void house_rules_hold() => RuleFileVerifier.VerifyDirectory("rules");</code>
/// </summary>
public static class RuleFileVerifier
{
    /// <summary>Every *.yml / *.yaml below <paramref name="directory"/>.</summary>
    public static void VerifyDirectory(string directory, RuleKindRegistry? registry = null)
    {
        var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(RuleFileText.IsRuleFilePath)
            .Where(p => !InBuildOutput(p.Substring(directory.Length)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0) throw new RuleVerificationException($"No rule files (*.yml, *.yaml) below '{directory}'.");
        Verify(files.Select(f => new RuleFileText(f, File.ReadAllText(f))), registry);
    }

    public static void VerifyFiles(params string[] paths) => Verify(paths.Select(f => new RuleFileText(f, File.ReadAllText(f))));

    /// <summary>Rule files given as text.</summary>
    public static void Verify(IEnumerable<RuleFileText> files, RuleKindRegistry? registry = null)
    {
        var problems = Diagnose(files, registry);
        if (problems.Count == 0) return;
        var message = new StringBuilder("The rule files have problems:").AppendLine();
        foreach (var problem in problems) message.AppendLine($"  {problem.Location}: {problem.RuleId}: {problem.Message}");
        throw new RuleVerificationException(message.ToString());
    }

    private static bool InBuildOutput(string relativePath) =>
        relativePath.Split('/', '\\').Any(segment => segment is "bin" or "obj");

    /// <summary>The EDL0902/EDL0903 findings for rule files (for tests that expect a problem).</summary>
    public static IReadOnlyList<Finding> Diagnose(IEnumerable<RuleFileText> files, RuleKindRegistry? registry = null) =>
        RuleFileSet.Load(files, registry).Diagnose();
}
