using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Engine;

/// <summary>How a host assembles its pipeline.</summary>
public sealed class LintPipelineOptions
{
    /// <summary>The rule kinds rule files may use (default: the built-in kinds).</summary>
    public RuleKindRegistry? Registry { get; set; }

    /// <summary>
    /// True (the default) to run the rule files' own rules and report their problems (EDL0902, EDL0903). False for a
    /// host beside EditorialLint's own (a desk's C# analyzer): it takes only the rule files' data, so nothing is
    /// reported twice.
    /// </summary>
    public bool RunRuleFiles { get; set; } = true;
}

/// <summary>
/// The one way every host runs EditorialLint: the CLI, the analyzer, the benchmarks, the test kit (and an editor
/// server). It owns the order of a run — rule files loaded beside the host's rules, each article analysed (any thread,
/// any order; its tokens freed as soon as its per-article rules are done), the corpus pass over every analysis in
/// path order, then everything sorted — and the catalog of what the run can report. Hosts only read files and
/// translate findings.
/// <para>
/// A host that keeps analyses between runs (an editor) re-analyses only a changed article and reruns the corpus pass:
/// see <see cref="LintWorkspace"/>. A pipeline is immutable and thread-safe; when rule files change, make a new one.
/// </para>
/// </summary>
public sealed class LintPipeline
{
    private readonly Lazy<IReadOnlyList<Finding>> _ruleFileDiagnostics;

    private LintPipeline(LintEngine engine, RuleFileSet ruleFiles, RuleCatalog catalog, bool runsRuleFiles)
    {
        Engine = engine;
        RuleFiles = ruleFiles;
        Catalog = catalog;
        _ruleFileDiagnostics = new Lazy<IReadOnlyList<Finding>>(() => runsRuleFiles ? ruleFiles.Diagnose() : Array.Empty<Finding>());
    }

    /// <summary>A pipeline over an engine the caller built (no rule files).</summary>
    internal LintPipeline(LintEngine engine)
        : this(engine, RuleFileSet.Empty, RuleCatalog.Create(engine.Rules, ruleFileHealth: false), runsRuleFiles: false)
    {
    }

    /// <summary>The host's rules plus the rule files (read by the host), loaded and checked.</summary>
    public static LintPipeline Create(IEnumerable<Rule> rules, IEnumerable<RuleFileText>? ruleFiles = null, LintPipelineOptions? options = null) =>
        Create(rules, (ruleFiles ?? Array.Empty<RuleFileText>()).Select(RuleFileDocument.Parse), options);

    /// <summary>The host's rules plus rule files the host parsed (and may have cached per text).</summary>
    public static LintPipeline Create(IEnumerable<Rule> rules, IEnumerable<RuleFileDocument> ruleFiles, LintPipelineOptions? options = null)
    {
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        if (ruleFiles is null) throw new ArgumentNullException(nameof(ruleFiles));
        options ??= new LintPipelineOptions();
        var hostRules = rules.ToArray();
        if (!options.RunRuleFiles)
        {
            // A desk's engine beside EditorialLint's (its own analyzer): an ID of EditorialLint's range would be
            // reported, configured and suppressed as one of EditorialLint's rules. Said as clearly as a duplicate ID
            // is (the build shows it as AD0001 naming the analyzer), rather than passing silently.
            foreach (var rule in hostRules)
            {
                var id = rule.Descriptor.Id;
                if (RuleIds.IsBuiltInRange(id))
                    throw new ArgumentException($"The rule {rule.GetType().Name} uses the ID {id}, in EditorialLint's own range (EDL0001–EDL0999: its built-in rules and health). Give your C# rules an ID with your own prefix, such as ACME001 (docs/authoring.md, IDs).", nameof(rules));
            }
        }

        var set = RuleFileSet.Load(ruleFiles, options.Registry, hostRules.Select(r => r.Descriptor.Id));
        var fileRules = options.RunRuleFiles ? set.Rules : Array.Empty<Rule>();
        LintEngine engine;
        try
        {
            engine = new LintEngine(hostRules.Concat(fileRules), set.Data);
        }
        catch (ArgumentException)
        {
            // A rule file's ID clashes with another rule's: the loader reported it (EDL0902); run the host's rules alone.
            fileRules = Array.Empty<Rule>();
            engine = new LintEngine(hostRules, set.Data);
        }

        engine.ReportsArticleHealth = options.RunRuleFiles;
        var catalog = RuleCatalog.Create(hostRules, fileRules, ruleFileHealth: options.RunRuleFiles);
        return new LintPipeline(engine, set, catalog, options.RunRuleFiles);
    }

    public LintEngine Engine { get; }

    /// <summary>What the rule files defined (rules, data, load errors).</summary>
    public RuleFileSet RuleFiles { get; }

    /// <summary>Every descriptor this run can report.</summary>
    public RuleCatalog Catalog { get; }

    /// <summary>
    /// The problems to report in the rule files themselves: load errors (EDL0902) and examples that do not hold
    /// (EDL0903), sorted. Empty when the pipeline does not run rule files. Computed on first use.
    /// </summary>
    public IReadOnlyList<Finding> RuleFileDiagnostics => _ruleFileDiagnostics.Value;

    /// <summary>
    /// Runs the per-article rules on one article and frees its tokens (the corpus pass reads summaries only). The
    /// findings are final for this article's own rules; keep the analysis for <see cref="AnalyzeCorpus"/>.
    /// </summary>
    public ArticleAnalysis Analyze(Article article, IOptionSource? options = null, CancellationToken cancellationToken = default)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var analysis = Engine.AnalyzeArticle(article, options, cancellationToken);
        analysis.ReleaseTokens();
        return analysis;
    }

    /// <summary>The corpus pass over analyses made by this pipeline (any order in; path order inside), sorted.</summary>
    public IReadOnlyList<Finding> AnalyzeCorpus(IEnumerable<ArticleAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        if (analyses is null) throw new ArgumentNullException(nameof(analyses));
        return Engine.AnalyzeCorpus(analyses, cancellationToken);
    }

    /// <summary>Lints articles already parsed: per-article rules in parallel, the corpus pass, the rule files' problems; sorted.</summary>
    public LintResult Lint(IReadOnlyList<CorpusArticle> articles, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default) =>
        Lint(articles, a => a, maxDegreeOfParallelism, null, cancellationToken);

    /// <summary>
    /// Lints inputs a host loads itself (read, decode, parse) on the pipeline's worker threads. <paramref name="load"/>
    /// returns null for an input the host could not load (the host reports why); the others are linted.
    /// <paramref name="loaded"/> is called once per input, from any thread (a progress display).
    /// </summary>
    public LintResult Lint<TInput>(
        IReadOnlyList<TInput> inputs,
        Func<TInput, CorpusArticle?> load,
        int maxDegreeOfParallelism = -1,
        Action<TInput>? loaded = null,
        CancellationToken cancellationToken = default)
    {
        if (inputs is null) throw new ArgumentNullException(nameof(inputs));
        if (load is null) throw new ArgumentNullException(nameof(load));
        var analyses = new ArticleAnalysis?[inputs.Count];
        Parallel.For(
            0,
            inputs.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                var article = load(inputs[i]);
                if (article is not null) analyses[i] = Analyze(article.Article, article.Options, cancellationToken);
                loaded?.Invoke(inputs[i]);
            });
        return Result(analyses.Where(a => a is not null).Select(a => a!).ToList(), cancellationToken);
    }

    /// <summary>
    /// A configuration problem (EDL0904) once per run, not at every article the value applies to: each message is kept
    /// at the first article in ordinal path order that reports it (the analyzer keeps the same one, see
    /// <see cref="FirstReports"/>).
    /// </summary>
    internal static List<Finding> OncePerRun(List<Finding> findings)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (!IsConfigurationFileProblem(finding)) continue;
            if (!first.TryGetValue(finding.Message, out var path) || string.CompareOrdinal(finding.Path, path) < 0) first[finding.Message] = finding.Path;
        }

        if (first.Count == 0) return findings;
        return findings.Where(f => !IsConfigurationFileProblem(f) || first[f.Message] == f.Path).ToList();
    }

    /// <summary>
    /// An EDL0904 about a configuration file or property, reported at the start of an article (an empty span at 0); one
    /// about a comment in the article's own text sits on that comment and is the article's alone.
    /// </summary>
    private static bool IsConfigurationFileProblem(Finding finding) =>
        finding.RuleId == RuleIds.InvalidOption && finding.Span.Start == 0 && finding.Span.Length == 0;

    /// <summary>
    /// For a host that reports per article as it goes (the analyzer): each configuration problem's message mapped to the
    /// first article, in ordinal path order, whose options hold it, the one article that reports it.
    /// </summary>
    public IReadOnlyDictionary<string, string> FirstReports(IEnumerable<(string Path, IOptionSource Options)> articles, CancellationToken cancellationToken = default)
    {
        if (articles is null) throw new ArgumentNullException(nameof(articles));
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, options) in articles.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (message, _) in Engine.ConfigurationProblems(options))
            {
                if (!first.ContainsKey(message)) first[message] = path;
            }
        }

        return first;
    }

    /// <summary>Everything a set of analyses adds up to: their findings, the corpus pass's, the rule files' problems.</summary>
    internal LintResult Result(IReadOnlyList<ArticleAnalysis> analyses, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var analysis in analyses) findings.AddRange(analysis.Findings);
        findings = OncePerRun(findings);
        findings.AddRange(AnalyzeCorpus(analyses, cancellationToken));
        findings.AddRange(RuleFileDiagnostics);
        findings.Sort();
        return new LintResult(findings, analyses);
    }
}

/// <summary>What a run found, and the articles it read (formats show their lines; fixes edit them).</summary>
public sealed class LintResult
{
    private readonly Dictionary<string, ArticleAnalysis> _byPath = new(StringComparer.Ordinal);

    internal LintResult(IReadOnlyList<Finding> findings, IEnumerable<ArticleAnalysis> analyses)
    {
        Findings = findings;
        foreach (var analysis in analyses) _byPath[analysis.Path] = analysis;
        var ordered = new List<ArticleAnalysis>(_byPath.Values);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        Analyses = ordered;
    }

    /// <summary>Every finding, sorted (path, position, rule, message).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The analysed articles, in path order.</summary>
    public IReadOnlyList<ArticleAnalysis> Analyses { get; }

    public bool TryGetArticle(string path, out Article article)
    {
        if (_byPath.TryGetValue(path, out var analysis))
        {
            article = analysis.Article.Article;
            return true;
        }

        article = null!;
        return false;
    }

    /// <summary>The findings located in one file (an article or a rule file), in order.</summary>
    public IReadOnlyList<Finding> FindingsIn(string path) => Findings.Where(f => string.Equals(f.Path, path, StringComparison.Ordinal)).ToList();
}
