using System.Collections.Generic;
using System.Threading;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Tests.Engine;

/// <summary>Per-article memo (shared by a corpus rule's AnalyzeArticle and Summarize) and per-run derived data.</summary>
public class MemoTests
{
    private sealed class CountingRule : CorpusRule<List<int>>
    {
        public int Computations;

        public override RuleDescriptor Descriptor { get; } = new("EDL9053", "Counts", "x", "Test", Severity.Warning, "Counts memo computations.", reportsAcrossArticles: true);

        public override void AnalyzeArticle(ArticleContext context) => Work(context);

        public override List<int>? Summarize(ArticleContext context) => Work(context);

        public override void AnalyzeCorpus(CorpusContext<List<int>> context)
        {
        }

        private List<int> Work(ArticleContext context) => context.Memo("work", () =>
        {
            Interlocked.Increment(ref Computations);
            return new List<int> { context.Article.Tokens.Count };
        });
    }

    [Fact]
    public void a_corpus_rule_computes_its_per_article_work_once_per_article_and_never_shares_it_between_articles()
    {
        var rule = new CountingRule();
        var engine = new LintEngine(new Rule[] { rule });
        var one = engine.AnalyzeArticle(Article.Parse("a.txt", "One two three."));
        var two = engine.AnalyzeArticle(Article.Parse("b.txt", "One."));
        Assert.Equal(2, rule.Computations);
        Assert.NotSame(one.Summaries[0], two.Summaries[0]);
        Assert.Equal(4, ((List<int>)one.Summaries[0]!)[0]);
        Assert.Equal(2, ((List<int>)two.Summaries[0]!)[0]);
    }

    [Fact]
    public void derived_rule_data_is_built_once_per_rule_data()
    {
        var data = new RuleData.Builder().Add("x").Build();
        var calls = 0;
        var first = data.GetOrCreate("k", d => { calls++; return new List<string>(d.GetAll<string>()); });
        var second = data.GetOrCreate("k", _ => { calls++; return new List<string>(); });
        Assert.Same(first, second);
        Assert.Equal(1, calls);
        Assert.NotSame(first, new RuleData.Builder().Add("x").Build().GetOrCreate("k", d => new List<string>(d.GetAll<string>())));
    }
}
