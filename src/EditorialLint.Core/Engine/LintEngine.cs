using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Engine;

/// <summary>What the engine learned from one article: its findings and what its corpus rules kept.</summary>
public sealed class ArticleAnalysis
{
    internal ArticleAnalysis(LintEngine engine, CorpusArticle article, SuppressionMap suppressions, IReadOnlyList<Finding> findings, object?[] summaries)
    {
        Engine = engine;
        Article = article;
        Suppressions = suppressions;
        Findings = findings;
        Summaries = summaries;
    }

    public CorpusArticle Article { get; }
    public SuppressionMap Suppressions { get; }

    /// <summary>The article's path (<see cref="Text.Article.Path"/>).</summary>
    public string Path => Article.Article.Path;

    /// <summary>The engine that made it: its summaries are only meaningful to that engine's corpus rules.</summary>
    internal LintEngine Engine { get; }

    /// <summary>The per-article findings, filtered by suppressions and severity, in order.</summary>
    public IReadOnlyList<Finding> Findings { get; }
    internal object?[] Summaries { get; }

    /// <summary>
    /// Frees the article's tokens and sentences once its per-article rules are done (its text, lines, blocks,
    /// quotations and excluded spans stay). <see cref="LintPipeline.Analyze"/> does it for every host, so corpus rules
    /// read their summaries, never an article's tokens, whichever host runs them.
    /// </summary>
    internal void ReleaseTokens() => Article.Article.ReleaseTokens();
}

/// <summary>
/// Runs rules over articles: per-article rules first (any thread, any order), then corpus rules over the
/// summaries in path order. Applies suppressions and per-article severity, contains rule failures, and sorts.
/// Hosts use it through <see cref="LintPipeline"/>, which adds rule files, the catalog and the run's order.
/// </summary>
public sealed class LintEngine
{
    public static readonly RuleDescriptor RuleFailedDescriptor = new(
        RuleIds.RuleFailed,
        "A rule failed",
        "Rule {rule} failed on this article and was skipped: {error}",
        "EditorialLint",
        Severity.Warning,
        "A rule threw an exception. EditorialLint contains the failure to that rule and article and keeps every other rule running.");

    public static readonly RuleDescriptor InvalidOptionDescriptor = new(
        RuleIds.InvalidOption,
        "Configuration value not understood",
        "'{key} = {value}' is not {expected}: {effect}",
        "EditorialLint",
        Severity.Warning,
        "A severity in .editorconfig or .globalconfig (editorial_lint.<ID>.severity), or a documented rule option " +
        "(editorial_lint.EDL0003.max_days_apart, …), has a value EditorialLint does not understand. Ignoring it silently " +
        "would leave a rule on that a desk meant to turn off (or the reverse); the rule runs at its default and this " +
        "diagnostic, once per build or run at the start of the first article the value applies to, names the key. " +
        "A dotnet_diagnostic.<ID>.severity line in .editorconfig, which does nothing to articles, gets a hint naming the key to use.");

    public static readonly RuleDescriptor InvalidEncodingDescriptor = new(
        RuleIds.InvalidArticleEncoding,
        "Article is not valid UTF-8",
        "The article is not valid UTF-8: {count} here{after} could not be decoded and {were} linted as U+FFFD; save the file as UTF-8 and restore the lost characters",
        "EditorialLint",
        Severity.Warning,
        "An article's bytes are not valid UTF-8 (a file saved as Windows-1252 or Latin-1, a truncated copy), or its text " +
        "holds U+FFFD left by an earlier bad conversion. EditorialLint lints it with U+FFFD in place of each bad sequence, " +
        "in the build, the CLI and the editor alike, and reports the first, so the lost characters get fixed.");

    /// <summary>EDL0905's message for a file that is not text at all (<see cref="InvalidEncoding.IsBinary"/>).</summary>
    public const string NotTextMessage =
        "The article is not text (a NUL or mostly undecodable bytes here, as in a binary file or UTF-16 without a byte-order mark): it was not linted; save it as UTF-8 text or keep it out of the linted files";

    private readonly Rule[] _rules;
    private readonly (Rule Rule, ICorpusRule Corpus)[] _corpusRules;

    public LintEngine(IEnumerable<Rule> rules, RuleData? data = null)
    {
        _rules = rules.ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            if (!ids.Add(rule.Descriptor.Id)) throw new ArgumentException($"Two rules share the ID {rule.Descriptor.Id}.", nameof(rules));
        }

        _corpusRules = _rules.OfType<ICorpusRule>().Select(c => ((Rule)c, c)).ToArray();
        Data = data ?? RuleData.Empty;
    }

    public IReadOnlyList<Rule> Rules => _rules;

    /// <summary>
    /// False for an engine beside EditorialLint's own (a desk's analyzer, <see cref="LintPipelineOptions.RunRuleFiles"/>
    /// false): the article's own health (EDL0905) is reported once, by EditorialLint's.
    /// </summary>
    internal bool ReportsArticleHealth { get; set; } = true;
    public RuleData Data { get; }

    public ArticleAnalysis AnalyzeArticle(Article article, IOptionSource? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DictionaryOptionSource.Empty;
        var corpusArticle = new CorpusArticle(article, options);
        var suppressions = SuppressionMap.Parse(article);
        var findings = new List<Finding>();
        var summaries = new object?[_corpusRules.Length];
        var memo = new Dictionary<(Rule, string), object?>();
        ReportInvalidConfiguration(findings, article, options);
        ReportInvalidEncoding(findings, article, options, suppressions);
        ReportUnreadSuppressions(findings, article, options);
        if (article.InvalidEncoding is { IsBinary: true })
        {
            // Not text: every rule would lint decoded garbage (a PDF's streams read as hundreds of "figures"). The article
            // stays in the run with its EDL0905 and no summary, so the corpus rules leave it out.
            findings.Sort();
            return new ArticleAnalysis(this, corpusArticle, suppressions, findings, summaries);
        }

        foreach (var rule in _rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var severity = EffectiveSeverity(rule.Descriptor, options);
            if (severity == Severity.None) continue;
            var context = new ArticleContext(rule, article, options, Data, (descriptor, target, span, message, related, properties) =>
                Collect(findings, descriptor, corpusArticle, suppressions, target, span, message, related, properties), cancellationToken, memo);
            try
            {
                rule.AnalyzeArticle(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                findings.Add(Failure(rule, article, ex));
            }
        }

        for (var i = 0; i < _corpusRules.Length; i++)
        {
            var (rule, corpus) = _corpusRules[i];
            var context = new ArticleContext(rule, article, options, Data, (_, _, _, _, _, _) =>
                throw new InvalidOperationException("Summarize must not report; report from AnalyzeArticle or AnalyzeCorpus."), cancellationToken, memo);
            try
            {
                summaries[i] = corpus.SummarizeArticle(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                findings.Add(Failure(rule, article, ex));
            }
        }

        findings.Sort();
        return new ArticleAnalysis(this, corpusArticle, suppressions, findings, summaries);
    }

    /// <summary>Runs the corpus rules over per-article analyses (any order in; path order inside).</summary>
    public IReadOnlyList<Finding> AnalyzeCorpus(IEnumerable<ArticleAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        if (_corpusRules.Length == 0) return Array.Empty<Finding>();
        var ordered = new List<ArticleAnalysis>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var analysis in analyses.OrderBy(a => a.Article.Article.Path, StringComparer.Ordinal))
        {
            if (!ReferenceEquals(analysis.Engine, this)) throw new ArgumentException("An analysis made by another engine (other rules) cannot join this corpus pass; analyse the article again.", nameof(analyses));
            if (seen.Add(analysis.Article.Article.Path)) ordered.Add(analysis);
        }

        var byPath = ordered.ToDictionary(a => a.Article.Article.Path, StringComparer.Ordinal);
        var articles = ordered.Select(a => a.Article).ToArray();
        var findings = new List<Finding>();
        for (var i = 0; i < _corpusRules.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (rule, corpus) = _corpusRules[i];
            var summaries = ordered.Select(a => a.Summaries[i]).ToArray();
            var context = new CorpusContext(rule, articles, Data, (descriptor, target, span, message, related, properties) =>
            {
                if (!byPath.TryGetValue(target.Path, out var analysis)) return;
                Collect(findings, descriptor, analysis.Article, analysis.Suppressions, target, span, message, related, properties);
            }, cancellationToken);
            try
            {
                corpus.AnalyzeCorpus(context, summaries);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var first = articles.Length > 0 ? articles[0].Article : null;
                findings.Add(first is null
                    ? new Finding(RuleIds.RuleFailed, new FileLocation(string.Empty, default, default, default), FailureMessage(rule, ex), Severity.Warning)
                    : Failure(rule, first, ex));
            }
        }

        findings.Sort();
        return findings;
    }

    /// <summary>Lints a whole set of articles: per-article in parallel, then the corpus pass. Deterministic.</summary>
    public IReadOnlyList<Finding> Lint(IReadOnlyList<CorpusArticle> articles, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default) =>
        new LintPipeline(this).Lint(articles, maxDegreeOfParallelism, cancellationToken).Findings;

    /// <summary>
    /// EDL0904 for each rule whose severity key holds a value that is not a severity (the rule keeps its default), and
    /// for each option a loaded rule declares with a kind (<see cref="RuleOption.Kind"/>) whose set value it cannot read.
    /// </summary>
    private void ReportInvalidConfiguration(List<Finding> findings, Article article, IOptionSource options)
    {
        foreach (var (message, severity) in ConfigurationProblems(options))
            findings.Add(new Finding(RuleIds.InvalidOption, FileLocation.In(article, new TextSpan(0, 0)), message, severity));
    }

    /// <summary>
    /// The configuration problems (EDL0904) one article's options hold, as messages with EDL0904's severity there: a
    /// function of the options alone, so a host can tell which article reports a problem first
    /// (<see cref="LintPipeline.FirstReports"/>) without analysing the articles.
    /// </summary>
    public IReadOnlyList<(string Message, Severity Severity)> ConfigurationProblems(IOptionSource options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var problems = new List<(string Message, Severity Severity)>();
        if (EffectiveSeverity(InvalidOptionDescriptor, options) is var own && own == Severity.None) return problems;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var descriptor in _rules.Select(r => r.Descriptor).Concat(RuleCatalog.EngineHealth))
        {
            if (!seen.Add(descriptor.Id)) continue;
            var value = new RuleOptions(options, descriptor.Id).GetString("severity");
            if (value is null || value.Trim().Length == 0)
            {
                // Roslyn's own severity key never reaches a diagnostic in an article (roslyn #31916); a host that can
                // see it (the CLI and the editor server read .editorconfig with Roslyn and pass it on) says which key to use.
                if (options.TryGetValue(RoslynSeverityKey(descriptor.Id), out var roslyn) && roslyn.Trim().Length > 0)
                {
                    problems.Add((InvalidOptionDescriptor.FormatMessage(
                        ("key", RoslynSeverityKey(descriptor.Id)),
                        ("value", QuoteSafe(roslyn.Trim())),
                        ("expected", "applied to articles (Roslyn applies it to code only)"),
                        ("effect", $"write '{RuleOptions.Key(descriptor.Id, "severity")} = {roslyn.Trim()}' instead")), own));
                }

                continue;
            }

            if (RuleOptions.ParseSeverity(value) is not null) continue;
            var message = InvalidOptionDescriptor.FormatMessage(
                ("key", RuleOptions.Key(descriptor.Id, "severity")),
                ("value", QuoteSafe(value.Trim())),
                ("expected", "a severity (none, suggestion, warning or error)"),
                ("effect", $"{descriptor.Id} runs at its default, {descriptor.DefaultSeverity.ToString().ToLowerInvariant()}"));
            problems.Add((message, own));
        }

        var checkedRules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var descriptor in _rules.Select(r => r.Descriptor))
        {
            if (!checkedRules.Add(descriptor.Id)) continue;
            var ruleOptions = new RuleOptions(options, descriptor.Id);
            foreach (var option in descriptor.Options)
            {
                if (option.Expected is not { } expected) continue;
                var value = ruleOptions.GetString(option.Key);
                if (value is null || value.Length == 0 || option.Accepts(value)) continue;
                var effect = option.Kind == RuleOptionKind.TrueFalse
                    ? $"{descriptor.Id} reads it as false"
                    : $"{descriptor.Id} uses its default, {option.DefaultValue}";
                var message = InvalidOptionDescriptor.FormatMessage(
                    ("key", RuleOptions.Key(descriptor.Id, option.Key)), ("value", QuoteSafe(value)), ("expected", expected), ("effect", effect));
                problems.Add((message, own));
            }
        }

        return problems;
    }

    /// <summary>
    /// A configuration value as EDL0904 quotes it: every character outside printable ASCII written <c>\uXXXX</c>, so a
    /// look-alike letter shows (a Cyrillic <c>е</c> in <c>nonе</c> gives <c>non\u0435</c>, not <c>none</c>).
    /// </summary>
    public static string QuoteSafe(string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is >= ' ' and <= '~') builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The key Roslyn reads a diagnostic's severity from, <c>dotnet_diagnostic.&lt;ID&gt;.severity</c>.</summary>
    public static string RoslynSeverityKey(string id) => "dotnet_diagnostic." + id + ".severity";

    /// <summary>
    /// EDL0904 at each part of a suppression comment that suppresses nothing (an unknown verb, a mistyped EDL ID), where
    /// it is written: a desk that silences a noisy finding must not be left wondering why it is still there. An ID of
    /// EditorialLint's own ranges (EDL0001–EDL0999) must be a rule or health check of this engine; the desk's range
    /// (EDL9001–EDL9099) only needs the right shape, since a host may run without the rule files that define it.
    /// </summary>
    private void ReportUnreadSuppressions(List<Finding> findings, Article article, IOptionSource options)
    {
        if (!ReportsArticleHealth) return;
        var problems = SuppressionMap.FindUnread(article, IsKnownId);
        if (problems.Count == 0) return;
        var severity = EffectiveSeverity(InvalidOptionDescriptor, options);
        if (severity == Severity.None) return;
        foreach (var (span, message) in problems) findings.Add(new Finding(RuleIds.InvalidOption, FileLocation.In(article, span), message, severity));
    }

    private bool IsKnownId(string id)
    {
        if (id.Length != 7 || !int.TryParse(id.Substring(3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)) return false;
        if (number >= RuleIds.CustomFirst && number <= RuleIds.CustomLast) return true;
        if (number >= 1000) return false;
        return id == RuleIds.InvalidRuleFile || id == RuleIds.RuleExampleFailed ||
               RuleCatalog.EngineHealth.Any(d => d.Id == id) || _rules.Any(r => r.Descriptor.Id == id);
    }

    /// <summary>EDL0905 at the first U+FFFD (the start of the article when it cannot be placed).</summary>
    private void ReportInvalidEncoding(List<Finding> findings, Article article, IOptionSource options, SuppressionMap suppressions)
    {
        if (!ReportsArticleHealth || article.InvalidEncoding is not { } problem) return;
        var severity = EffectiveSeverity(InvalidEncodingDescriptor, options);
        if (severity == Severity.None) return;
        var offset = problem.TextOffset;
        var span = offset >= 0 && offset < article.Text.Length ? new TextSpan(offset, 1) : new TextSpan(0, 0);
        if (suppressions.IsSuppressed(InvalidEncodingDescriptor.Id, span)) return;
        if (problem.IsBinary)
        {
            findings.Add(new Finding(RuleIds.InvalidArticleEncoding, FileLocation.In(article, span), NotTextMessage, severity));
            return;
        }

        var more = problem.Count - 1;
        var message = InvalidEncodingDescriptor.FormatMessage(
            ("count", span.Length > 0 ? "the character" : "a character"),
            ("after", span.Length == 0 ? " (its place is unknown: reported at the start of the article)" : more == 0 ? string.Empty : string.Format(System.Globalization.CultureInfo.InvariantCulture, " and {0} more after it", more)),
            ("were", more == 0 ? "was" : "were"));
        findings.Add(new Finding(RuleIds.InvalidArticleEncoding, FileLocation.In(article, span), message, severity));
    }

    public static Severity EffectiveSeverity(RuleDescriptor descriptor, IOptionSource options) =>
        new RuleOptions(options, descriptor.Id).GetSeverity() ?? descriptor.DefaultSeverity;

    private static void Collect(
        List<Finding> findings,
        RuleDescriptor descriptor,
        CorpusArticle owner,
        SuppressionMap suppressions,
        Article target,
        TextSpan span,
        string message,
        IReadOnlyList<FileLocation>? related,
        IReadOnlyDictionary<string, string>? properties)
    {
        if (!ReferenceEquals(target, owner.Article) && target.Path != owner.Article.Path) return;
        var severity = EffectiveSeverity(descriptor, owner.Options);
        if (severity == Severity.None) return;
        // A rule's span is clamped to the article rather than trusted: a bad span must not crash the host.
        var start = Math.Max(0, Math.Min(span.Start, target.Text.Length));
        var end = Math.Max(start, Math.Min(span.End, target.Text.Length));
        var clamped = TextSpan.FromBounds(start, end);
        if (suppressions.IsSuppressed(descriptor.Id, clamped)) return;
        lock (findings)
        {
            findings.Add(new Finding(descriptor.Id, FileLocation.In(target, clamped), message, severity, related, properties));
        }
    }

    private static Finding Failure(Rule rule, Article article, Exception ex) =>
        new(RuleIds.RuleFailed, FileLocation.In(article, new TextSpan(0, 0)), FailureMessage(rule, ex), Severity.Warning);

    private static string FailureMessage(Rule rule, Exception ex) =>
        RuleFailedDescriptor.FormatMessage(("rule", rule.Descriptor.Id), ("error", ex.GetType().Name + ": " + ex.Message));
}
