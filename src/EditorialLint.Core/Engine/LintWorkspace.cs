using System;
using System.Collections.Generic;
using System.Threading;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Engine;

/// <summary>
/// Analyses kept between runs, one per article path, for a host that re-lints as articles change (an editor server;
/// <c>fix</c> checking that its edits hold): analyse a changed article again, keep the others, and rerun the corpus
/// pass over all of them. The path is the identity: analysing an article replaces the analysis kept for its path.
/// Thread-safe; the corpus pass runs over a snapshot.
/// </summary>
public sealed class LintWorkspace
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ArticleAnalysis> _byPath = new(StringComparer.Ordinal);

    public LintWorkspace(LintPipeline pipeline) => Pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));

    public LintPipeline Pipeline { get; }

    /// <summary>Analyses one article (per-article rules) and keeps it in place of the analysis of the same path.</summary>
    public ArticleAnalysis Analyze(Article article, IOptionSource? options = null, CancellationToken cancellationToken = default)
    {
        var analysis = Pipeline.Analyze(article, options, cancellationToken);
        Set(analysis);
        return analysis;
    }

    /// <summary>Keeps an analysis this workspace's pipeline made, in place of the one of the same path.</summary>
    public void Set(ArticleAnalysis analysis)
    {
        if (analysis is null) throw new ArgumentNullException(nameof(analysis));
        if (!ReferenceEquals(analysis.Engine, Pipeline.Engine)) throw new ArgumentException("The analysis was made by another pipeline.", nameof(analysis));
        lock (_gate) _byPath[analysis.Path] = analysis;
    }

    /// <summary>Forgets an article (deleted or closed without a file behind it).</summary>
    public bool Remove(string path)
    {
        lock (_gate) return _byPath.Remove(path);
    }

    public bool TryGet(string path, out ArticleAnalysis analysis)
    {
        lock (_gate) return _byPath.TryGetValue(path, out analysis!);
    }

    public int Count
    {
        get
        {
            lock (_gate) return _byPath.Count;
        }
    }

    /// <summary>The analyses kept, in path order (a snapshot).</summary>
    public IReadOnlyList<ArticleAnalysis> Analyses
    {
        get
        {
            List<ArticleAnalysis> snapshot;
            lock (_gate) snapshot = new List<ArticleAnalysis>(_byPath.Values);
            snapshot.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return snapshot;
        }
    }

    /// <summary>The corpus pass over every analysis kept (its findings only, sorted).</summary>
    public IReadOnlyList<Finding> AnalyzeCorpus(CancellationToken cancellationToken = default) => Pipeline.AnalyzeCorpus(Analyses, cancellationToken);

    /// <summary>Everything: every kept article's findings, the corpus pass's and the rule files' problems, sorted.</summary>
    public LintResult Lint(CancellationToken cancellationToken = default) => Pipeline.Result(Analyses, cancellationToken);
}
