using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Benchmarks;

/// <summary>
/// The analyzer as the IDE runs it, without MSBuild: an empty C# compilation, articles and rule files as
/// in-memory AdditionalFiles tagged with EditorialLintKind, and CompilationWithAnalyzers (see ROSLYN.md).
/// </summary>
internal sealed class InProcessHost
{
    private readonly CSharpCompilation _compilation = CSharpCompilation.Create("bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EditorialLintAnalyzer());

    public InProcessHost(IEnumerable<(string Path, string Text)> articles, IEnumerable<(string Path, string Text)> ruleFiles)
    {
        Articles = articles.Select(a => new MemoryText("/bench/" + a.Path, a.Text)).ToImmutableArray();
        RuleFiles = ruleFiles.Select(r => new MemoryText("/bench/" + r.Path, r.Text)).ToImmutableArray();
        var kinds = Articles.ToDictionary(a => a.Path, _ => "article", StringComparer.Ordinal);
        foreach (var rule in RuleFiles) kinds[rule.Path] = "rules";
        Options = new AnalyzerOptions(Articles.AddRange(RuleFiles).CastArray<AdditionalText>(), new KindOptionsProvider(kinds));
    }

    public ImmutableArray<MemoryText> Articles { get; }
    public ImmutableArray<MemoryText> RuleFiles { get; }
    public AnalyzerOptions Options { get; }

    /// <summary>A new analysis session, as after an edit: compilation start runs again (rule files are re-read).</summary>
    public CompilationWithAnalyzers Start(bool concurrent) =>
        _compilation.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(Options, onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false));

    /// <summary>The IDE's per-file path: only this file's (non compilation-end) diagnostics.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzeFileAsync(AdditionalText file, CancellationToken cancellationToken = default)
    {
        var result = await Start(concurrent: false).GetAnalysisResultAsync(file, cancellationToken).ConfigureAwait(false);
        return result.GetAllDiagnostics();
    }

    internal sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class KindOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string> _kinds;

        public KindOptionsProvider(Dictionary<string, string> kinds) => _kinds = kinds;

        public override AnalyzerConfigOptions GlobalOptions => KindOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => KindOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _kinds.TryGetValue(textFile.Path, out var kind) ? new KindOptions(kind) : KindOptions.Empty;
    }

    private sealed class KindOptions : AnalyzerConfigOptions
    {
        public static readonly KindOptions Empty = new(null);
        private readonly string? _kind;

        public KindOptions(string? kind) => _kind = kind;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = key == "build_metadata.AdditionalFiles.EditorialLintKind" ? _kind : null;
            return value is not null;
        }
    }
}
