using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Tests.Analyzers;

/// <summary>
/// Runs an analyzer the way the compiler and the IDE do, in process: a C# compilation, in-memory additional
/// files tagged as articles or rule files, and real .editorconfig semantics through Roslyn's AnalyzerConfigSet.
/// </summary>
internal sealed class AnalyzerHarness
{
    public const string Root = "/proj/";

    private readonly List<(string Path, string Text, string Kind, string? Date)> _files = new();
    private readonly List<(string Path, string Text)> _configs = new();

    // One AdditionalText (one SourceText) per file for the harness's life, as an IDE keeps an unchanged file's
    // text: two runs of one harness see the same text objects; ReplaceText makes a new one, as an edit does.
    private readonly Dictionary<int, AdditionalText> _texts = new();

    /// <summary>Gives a file added before new text (a new SourceText), as an edit in the IDE does.</summary>
    public AnalyzerHarness ReplaceText(string relativePath, string text)
    {
        var index = _files.FindIndex(f => f.Path == Root + relativePath);
        if (index < 0) throw new ArgumentException($"No file {relativePath} in the harness.", nameof(relativePath));
        _files[index] = (_files[index].Path, text, _files[index].Kind, _files[index].Date);
        _texts.Remove(index);
        return this;
    }

    public AnalyzerHarness AddArticle(string relativePath, string text, string? date = null)
    {
        _files.Add((Root + relativePath, text, "article", date));
        return this;
    }

    /// <summary>
    /// An article given as the file's bytes, decoded as the compiler decodes an AdditionalFile: <paramref name="encoding"/>
    /// null is UTF-8 with U+FFFD for bad bytes (what csc 5.9 does, SourceText.Encoding UTF-8); a single-byte encoding
    /// stands for a compiler that falls back to Latin-1 or the ANSI code page.
    /// </summary>
    public AnalyzerHarness AddArticleBytes(string relativePath, byte[] bytes, System.Text.Encoding? encoding = null)
    {
        _files.Add((Root + relativePath, string.Empty, "article", null));
        _texts[_files.Count - 1] = new InMemoryAdditionalText(Root + relativePath, SourceText.From(new System.IO.MemoryStream(bytes), encoding ?? new System.Text.UTF8Encoding(false), throwIfBinaryDetected: false));
        return this;
    }

    public AnalyzerHarness AddRuleFile(string relativePath, string text)
    {
        _files.Add((Root + relativePath, text, "rules", null));
        return this;
    }

    /// <summary>Any other additional file (another analyzer's): EditorialLint must leave it alone.</summary>
    public AnalyzerHarness AddForeignFile(string relativePath, string text)
    {
        _files.Add((Root + relativePath, text, string.Empty, null));
        return this;
    }

    public AnalyzerHarness AddEditorConfig(string relativePath, string text)
    {
        _configs.Add((Root + relativePath, text));
        return this;
    }

    /// <summary>The build's path: every diagnostic, compilation-end ones included.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetAllDiagnosticsAsync(DiagnosticAnalyzer analyzer, bool concurrent = true)
    {
        var (withAnalyzers, _) = Create(analyzer, concurrent);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return Sort(diagnostics);
    }

    /// <summary>The IDE's per-file path: only what one additional file's own analysis reports.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetFileDiagnosticsAsync(DiagnosticAnalyzer analyzer, string relativePath)
    {
        var (withAnalyzers, texts) = Create(analyzer, concurrent: true);
        var file = texts.Single(t => t.Path == Root + relativePath);
        var result = await withAnalyzers.GetAnalysisResultAsync(file, CancellationToken.None);
        var diagnostics = result.AdditionalFileDiagnostics.TryGetValue(file, out var byAnalyzer)
            ? byAnalyzer.Values.SelectMany(d => d).ToImmutableArray()
            : ImmutableArray<Diagnostic>.Empty;
        return Sort(diagnostics);
    }

    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.StartsWith(Root, StringComparison.Ordinal) ? span.Path.Substring(Root.Length) : span.Path;
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private (CompilationWithAnalyzers, ImmutableArray<AdditionalText>) Create(DiagnosticAnalyzer analyzer, bool concurrent)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("class C { }", path: Root + "C.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: concurrent));
        var texts = _files.Select((f, i) => _texts.TryGetValue(i, out var kept) ? kept : _texts[i] = new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var configs = _configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList();
        var set = AnalyzerConfigSet.Create(configs);
        var provider = new HarnessOptionsProvider(set, _files.ToDictionary(f => f.Path, f => (f.Kind, f.Date), StringComparer.Ordinal));
        var options = new AnalyzerOptions(texts, provider);
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return (withAnalyzers, texts);
    }

    private static ImmutableArray<Diagnostic> Sort(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
            : this(path, SourceText.From(text))
        {
        }

        public InMemoryAdditionalText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class HarnessOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;
        private readonly Dictionary<string, (string Kind, string? Date)> _metadata;

        public HarnessOptionsProvider(AnalyzerConfigSet set, Dictionary<string, (string Kind, string? Date)> metadata)
        {
            _set = set;
            _metadata = metadata;
        }

        public override AnalyzerConfigOptions GlobalOptions => new DictionaryOptions(_set.GlobalConfigOptions.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var values = _set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions.ToBuilder();
            if (_metadata.TryGetValue(textFile.Path, out var metadata))
            {
                // As the compiler sees CompilerVisibleItemMetadata: present, and "" when unset.
                values["build_metadata.AdditionalFiles.EditorialLintKind"] = metadata.Kind;
                values["build_metadata.AdditionalFiles.EditorialLintDate"] = metadata.Date ?? string.Empty;
            }

            return new DictionaryOptions(values.ToImmutable());
        }
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
