using System.Collections.Generic;
using System.Threading;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.LanguageServer;

/// <summary>
/// The server's one use of the engine, on Core's host pipeline (<see cref="LintPipeline"/>, as the CLI and the
/// analyzer): the rules (built-in plus rule files), one article analysed, the corpus pass over a set of analyses, the
/// rule files' own problems, and the catalog. The articles on disk are kept in a <see cref="LintWorkspace"/> (one
/// analysis per path); the server lays its open buffers over them for each corpus pass, so closing a buffer brings
/// back its file rather than losing it. A change of rules or configuration makes a new backend.
/// </summary>
internal sealed class LintBackend
{
    private readonly LintPipeline _pipeline;

    public LintBackend(IReadOnlyList<Rule> builtInRules, IEnumerable<RuleFileText> ruleFiles)
    {
        _pipeline = LintPipeline.Create(builtInRules, ruleFiles);
    }

    /// <summary>What the rule files themselves get: load errors (EDL0902) and examples that do not hold (EDL0903).</summary>
    public IReadOnlyList<Finding> RuleFileDiagnostics => _pipeline.RuleFileDiagnostics;

    public RuleDescriptor? GetDescriptor(string id) => _pipeline.Catalog.TryGet(id, out var entry) ? entry.Descriptor : null;

    /// <summary>A fresh, empty store for the analyses of the articles on disk.</summary>
    public LintWorkspace CreateWorkspace() => new(_pipeline);

    /// <summary>Per-article rules and corpus summaries for one article (its tokens freed by the pipeline).</summary>
    public ArticleAnalysis Analyze(Article article, IOptionSource options, CancellationToken cancellationToken) =>
        _pipeline.Analyze(article, options, cancellationToken);

    /// <summary>The corpus rules over the given analyses (one per path, all made by this backend), findings sorted.</summary>
    public IReadOnlyList<Finding> AnalyzeCorpus(IEnumerable<ArticleAnalysis> analyses, CancellationToken cancellationToken) =>
        _pipeline.AnalyzeCorpus(analyses, cancellationToken);
}
