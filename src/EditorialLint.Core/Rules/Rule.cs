using System.Collections.Generic;

namespace EditorialLint.Rules;

/// <summary>
/// A rule. Override <see cref="AnalyzeArticle"/> for findings that need only one article (these run live in
/// the IDE). Derive from <see cref="CorpusRule{TSummary}"/> when findings need every article. Rules must be
/// stateless: the engine calls them concurrently for different articles.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Every descriptor this rule may report under (normally just <see cref="Descriptor"/>).</summary>
    public virtual IEnumerable<RuleDescriptor> SupportedDescriptors
    {
        get { yield return Descriptor; }
    }

    public virtual void AnalyzeArticle(ArticleContext context)
    {
    }
}

/// <summary>Non-generic face of a corpus rule, for the engine.</summary>
public interface ICorpusRule
{
    object? SummarizeArticle(ArticleContext context);

    void AnalyzeCorpus(CorpusContext context, IReadOnlyList<object?> summaries);
}

/// <summary>
/// A rule that sees the whole corpus. <see cref="Summarize"/> runs once per article (concurrently; keep it pure)
/// and keeps what the corpus pass needs; <see cref="AnalyzeCorpus"/> runs once at the end over the summaries in
/// path order. Scale by hashing or blocking on keys, never by comparing all pairs of articles. Keep in the summary
/// everything the corpus pass needs: by then every host has released the articles' tokens and sentences (text,
/// lines, blocks and quotations remain), so a corpus pass that reads tokens sees none.
/// </summary>
public abstract class CorpusRule<TSummary> : Rule, ICorpusRule
    where TSummary : class
{
    public abstract TSummary? Summarize(ArticleContext context);

    public abstract void AnalyzeCorpus(CorpusContext<TSummary> context);

    object? ICorpusRule.SummarizeArticle(ArticleContext context) => Summarize(context);

    void ICorpusRule.AnalyzeCorpus(CorpusContext context, IReadOnlyList<object?> summaries)
    {
        var entries = new List<CorpusEntry<TSummary>>(summaries.Count);
        for (var i = 0; i < summaries.Count; i++)
        {
            if (summaries[i] is TSummary summary) entries.Add(new CorpusEntry<TSummary>(context.Articles[i], summary));
        }

        AnalyzeCorpus(new CorpusContext<TSummary>(context, entries));
    }
}
