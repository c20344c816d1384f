using System;
using System.Collections.Generic;
using System.Threading;
using EditorialLint.Text;

namespace EditorialLint.Rules;

/// <summary>What a rule sees of one article, and where it reports.</summary>
public sealed class ArticleContext
{
    private readonly Action<RuleDescriptor, Article, TextSpan, string, IReadOnlyList<FileLocation>?, IReadOnlyDictionary<string, string>?> _report;

    internal ArticleContext(
        Rule rule,
        Article article,
        IOptionSource options,
        RuleData data,
        Action<RuleDescriptor, Article, TextSpan, string, IReadOnlyList<FileLocation>?, IReadOnlyDictionary<string, string>?> report,
        CancellationToken cancellationToken,
        Dictionary<(Rule, string), object?>? memo = null)
    {
        _memo = memo;
        Rule = rule;
        Article = article;
        OptionSource = options;
        Options = new RuleOptions(options, rule.Descriptor.Id);
        Data = data;
        CancellationToken = cancellationToken;
        _report = report;
    }

    private readonly Dictionary<(Rule, string), object?>? _memo;

    public Rule Rule { get; }
    public Article Article { get; }
    public IOptionSource OptionSource { get; }

    /// <summary>
    /// Work this rule does on this article and needs again in the same analysis: a corpus rule's
    /// <c>AnalyzeArticle</c> and <c>Summarize</c> see the same value, computed once. Lives for one article's analysis
    /// by one engine, so it never leaks between articles, runs or compilations.
    /// </summary>
    public T Memo<T>(string key, Func<T> compute)
    {
        if (_memo is null) return compute();
        if (_memo.TryGetValue((Rule, key), out var found) && found is T value) return value;
        var computed = compute();
        _memo[(Rule, key)] = computed;
        return computed;
    }

    /// <summary>
    /// Like <see cref="Memo{T}"/>, but shared by every rule of this analysis: for pure, option-free derived data that
    /// several built-in rules need (EDL0002 and EDL0003 both read the article's quantities, which was ~40% of each).
    /// </summary>
    internal T SharedMemo<T>(string key, Func<T> compute)
    {
        if (_memo is null) return compute();
        if (_memo.TryGetValue((null!, key), out var found) && found is T value) return value;
        var computed = compute();
        _memo[(null!, key)] = computed;
        return computed;
    }

    /// <summary>This rule's options for this article (<c>editorial_lint.&lt;ID&gt;.&lt;name&gt;</c>).</summary>
    public RuleOptions Options { get; }

    /// <summary>What rule files contributed (house lists, extra verbs, …).</summary>
    public RuleData Data { get; }
    public CancellationToken CancellationToken { get; }

    public void Report(
        TextSpan span,
        string message,
        IReadOnlyList<FileLocation>? related = null,
        IReadOnlyDictionary<string, string>? properties = null,
        RuleDescriptor? descriptor = null) =>
        _report(descriptor ?? Rule.Descriptor, Article, span, message, related, properties);
}

/// <summary>One article of the corpus, with the configuration that applies to it.</summary>
public sealed class CorpusArticle
{
    public CorpusArticle(Article article, IOptionSource options)
    {
        Article = article;
        Options = options;
    }

    public Article Article { get; }
    public IOptionSource Options { get; }
}

/// <summary>What a corpus rule sees at the end: every article in path order, and where it reports.</summary>
public class CorpusContext
{
    private readonly Action<RuleDescriptor, Article, TextSpan, string, IReadOnlyList<FileLocation>?, IReadOnlyDictionary<string, string>?> _report;

    internal CorpusContext(
        Rule rule,
        IReadOnlyList<CorpusArticle> articles,
        RuleData data,
        Action<RuleDescriptor, Article, TextSpan, string, IReadOnlyList<FileLocation>?, IReadOnlyDictionary<string, string>?> report,
        CancellationToken cancellationToken)
    {
        Rule = rule;
        Articles = articles;
        Data = data;
        CancellationToken = cancellationToken;
        _report = report;
    }

    protected CorpusContext(CorpusContext other)
        : this(other.Rule, other.Articles, other.Data, other._report, other.CancellationToken)
    {
    }

    public Rule Rule { get; }

    /// <summary>Every article, sorted by path (ordinal).</summary>
    public IReadOnlyList<CorpusArticle> Articles { get; }
    public RuleData Data { get; }
    public CancellationToken CancellationToken { get; }

    public RuleOptions GetOptions(CorpusArticle article) => new(article.Options, Rule.Descriptor.Id);

    public void Report(
        Article article,
        TextSpan span,
        string message,
        IReadOnlyList<FileLocation>? related = null,
        IReadOnlyDictionary<string, string>? properties = null,
        RuleDescriptor? descriptor = null) =>
        _report(descriptor ?? Rule.Descriptor, article, span, message, related, properties);
}

public sealed class CorpusEntry<TSummary>
{
    public CorpusEntry(CorpusArticle article, TSummary summary)
    {
        Article = article;
        Summary = summary;
    }

    public CorpusArticle Article { get; }
    public TSummary Summary { get; }
}

public sealed class CorpusContext<TSummary> : CorpusContext
{
    internal CorpusContext(CorpusContext context, IReadOnlyList<CorpusEntry<TSummary>> entries)
        : base(context) => Entries = entries;

    /// <summary>The articles that produced a summary, in path order.</summary>
    public IReadOnlyList<CorpusEntry<TSummary>> Entries { get; }
}
