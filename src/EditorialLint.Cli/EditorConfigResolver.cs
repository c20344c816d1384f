using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using EditorialLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Cli;

/// <summary>
/// The same configuration the compiler gives the analyzer: every <c>.editorconfig</c> from the file's folder up to
/// a <c>root = true</c> one, and <c>.globalconfig</c> files in those folders, resolved by Roslyn's own
/// <see cref="AnalyzerConfigSet"/> so sections, precedence and globals behave exactly as in the build.
/// </summary>
internal sealed class EditorConfigResolver
{
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet?> _setByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (AnalyzerConfig Config, bool IsRoot)?> _configByPath = new(StringComparer.Ordinal);

    public IOptionSource For(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath) ?? "/";
        var set = _setByDirectory.GetOrAdd(directory, CreateSet);
        // No .editorconfig or .globalconfig anywhere up the tree: nothing to resolve, and no Roslyn code to JIT.
        if (set is null) return NoConfig;
        var result = set.GetOptionsForSourcePath(fullPath);
        var values = result.AnalyzerOptions;
        var globals = set.GlobalConfigOptions.AnalyzerOptions;
        if (!globals.IsEmpty)
        {
            var merged = globals.ToBuilder();
            foreach (var pair in values) merged[pair.Key] = pair.Value;
            values = merged.ToImmutable();
        }

        // Roslyn takes dotnet_diagnostic.<ID>.severity out of the options (it applies them to code, never to an article):
        // pass EditorialLint's own IDs on, so the engine can say which key to write instead (EDL0904).
        foreach (var pair in result.TreeOptions)
        {
            // A .globalconfig's severity is a whole-build switch that works (README, Configure): no hint for it.
            if (!pair.Key.StartsWith("EDL", StringComparison.OrdinalIgnoreCase) || pair.Value == ReportDiagnostic.Default) continue;
            if (set.GlobalConfigOptions.TreeOptions.TryGetValue(pair.Key, out var global) && global == pair.Value) continue;
            values = values.SetItem(Engine.LintEngine.RoslynSeverityKey(pair.Key.ToUpperInvariant()), SeverityName(pair.Value));
        }

        return new DictionaryOptionSource(values.WithComparers(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The .editorconfig word for a severity Roslyn parsed (the user wrote one of these or an alias).</summary>
    private static string SeverityName(ReportDiagnostic severity) => severity switch
    {
        ReportDiagnostic.Suppress => "none",
        ReportDiagnostic.Hidden => "silent",
        ReportDiagnostic.Info => "suggestion",
        ReportDiagnostic.Warn => "warning",
        ReportDiagnostic.Error => "error",
        _ => "default",
    };

    private static readonly IOptionSource NoConfig = DictionaryOptionSource.Empty;

    private AnalyzerConfigSet? CreateSet(string directory)
    {
        var configs = new List<AnalyzerConfig>();
        var sawRoot = false;
        for (var dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var global = Load(Path.Combine(dir, ".globalconfig"));
            if (global is not null) configs.Add(global.Value.Config);
            if (sawRoot) continue;
            var editorConfig = Load(Path.Combine(dir, ".editorconfig"));
            if (editorConfig is null) continue;
            configs.Add(editorConfig.Value.Config);
            if (editorConfig.Value.IsRoot) sawRoot = true;
        }

        return configs.Count == 0 ? null : AnalyzerConfigSet.Create(configs);
    }

    private (AnalyzerConfig Config, bool IsRoot)? Load(string path) => _configByPath.GetOrAdd(path, p =>
    {
        if (!File.Exists(p)) return null;
        var text = File.ReadAllText(p);
        return (AnalyzerConfig.Parse(text, p), IsRoot(text));
    });

    /// <summary><c>root = true</c> in the preamble (AnalyzerConfig keeps this flag internal).</summary>
    private static bool IsRoot(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('[')) return false;
            if (line.StartsWith('#') || line.StartsWith(';') || line.Length == 0) continue;
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && line[..eq].Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
                return line[(eq + 1)..].Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
