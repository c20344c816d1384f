using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Tests.Analyzers;
using EditorialLint.Tests.Cli;
using EditorialLint.Text;

namespace EditorialLint.Tests.Engine;

/// <summary>The one host pipeline: its order, its catalog, and the workspace an editor server keeps.</summary>
public class PipelineTests
{
    /// <summary>A corpus rule that reports what it sees of tokens in the corpus pass (nothing, once released).</summary>
    private sealed class TokenPeekingRule : CorpusRule<Article>
    {
        public override RuleDescriptor Descriptor { get; } = new("EDL9070", "Peeks", "{count} tokens in the corpus pass", "Test", Severity.Warning, "Test rule.", reportsAcrossArticles: true);

        public override Article? Summarize(ArticleContext context) => context.Article;

        public override void AnalyzeCorpus(CorpusContext<Article> context)
        {
            foreach (var entry in context.Entries)
                context.Report(entry.Summary, new TextSpan(0, 0), Descriptor.FormatMessage(("count", entry.Summary.Tokens.Count)));
        }
    }

    private const string ExampleFails = """
        kind: existence
        id: EDL9001
        terms: [martyr]
        examples:
          correct: ["A martyr was buried."]
        """;

    [Fact]
    public void the_pipeline_frees_tokens_before_the_corpus_pass_so_corpus_rules_see_the_same_in_every_host()
    {
        var pipeline = LintPipeline.Create(new Rule[] { new TokenPeekingRule() });
        var analysis = pipeline.Analyze(Article.Parse("a.txt", "Three words here."));
        var finding = Assert.Single(pipeline.AnalyzeCorpus(new[] { analysis }));
        Assert.Equal("0 tokens in the corpus pass", finding.Message);
    }

    [Fact]
    public void a_workspace_reanalyses_one_changed_article_and_reruns_the_corpus_pass_over_the_others_kept()
    {
        var workspace = new LintWorkspace(LintPipeline.Create(new Rule[] { new RepeatedNameRule() }));
        workspace.Analyze(Article.Parse("a.txt", "Zardari spoke."));
        workspace.Analyze(Article.Parse("b.txt", "Nobody spoke."));
        Assert.Empty(workspace.AnalyzeCorpus());

        var kept = Assert.Single(workspace.Analyses, a => a.Path == "a.txt");
        workspace.Analyze(Article.Parse("b.txt", "Then Zardari spoke again."));
        var finding = Assert.Single(workspace.AnalyzeCorpus());
        Assert.Equal("b.txt", finding.Path);
        Assert.Same(kept, Assert.Single(workspace.Analyses, a => a.Path == "a.txt"));
        Assert.Equal(2, workspace.Count);

        Assert.True(workspace.Remove("a.txt"));
        Assert.Empty(workspace.AnalyzeCorpus());
    }

    [Fact]
    public void an_analysis_from_another_pipeline_cannot_join_a_corpus_pass()
    {
        var first = LintPipeline.Create(new Rule[] { new RepeatedNameRule() });
        var second = LintPipeline.Create(new Rule[] { new RepeatedNameRule() });
        var analysis = first.Analyze(Article.Parse("a.txt", "Zardari."));
        Assert.Throws<ArgumentException>(() => second.AnalyzeCorpus(new[] { analysis }));
        Assert.Throws<ArgumentException>(() => new LintWorkspace(second).Set(analysis));
    }

    [Fact]
    public void the_catalog_lists_rules_rule_files_and_health_once_each_in_id_order()
    {
        var pipeline = LintPipeline.Create(new Rule[] { new FlagWordRule(), new RepeatedNameRule() }, new[] { new RuleFileText("rules/x.yml", ExampleFails) });
        var ids = pipeline.Catalog.Select(e => e.Id).ToList();
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        Assert.Equal(new[] { "EDL0901", "EDL0902", "EDL0903", "EDL0904", "EDL0905", "EDL9001", "EDL9050", "EDL9060" }, ids);
        Assert.True(pipeline.Catalog.TryGet("EDL9060", out var corpus));
        Assert.Equal("corpus", corpus.ScopeName);
        Assert.True(pipeline.Catalog.TryGet("EDL9001", out var fromFile));
        Assert.Equal("rule file", fromFile.ScopeName);
    }

    [Fact]
    public void a_desks_engine_refuses_a_rule_with_an_id_of_editoriallints_own_range()
    {
        // ux-s32: a desk's C# rule declared as EDL0002 reported as if it were EditorialLint's EDL0002, with no word.
        var error = Assert.Throws<ArgumentException>(() => LintPipeline.Create(new Rule[] { new FlagWordRule(), new BuiltInIdRule() }, Array.Empty<RuleFileText>(), new LintPipelineOptions { RunRuleFiles = false }));
        Assert.Contains("The rule BuiltInIdRule uses the ID EDL0002, in EditorialLint's own range", error.Message, StringComparison.Ordinal);
        Assert.Single(LintPipeline.Create(new Rule[] { new FlagWordRule() }, Array.Empty<RuleFileText>(), new LintPipelineOptions { RunRuleFiles = false }).Engine.Rules);
    }

    private sealed class BuiltInIdRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EDL0002", "Clashes", "x", "Desk", Severity.Warning, "A desk rule with a built-in ID.");

        public override void AnalyzeArticle(ArticleContext context)
        {
        }
    }

    [Fact]
    public void a_host_that_does_not_run_rule_files_takes_their_data_but_reports_nothing_of_them()
    {
        var pipeline = LintPipeline.Create(new Rule[] { new FlagWordRule() }, new[] { new RuleFileText("rules/x.yml", ExampleFails + "\nbroken: [") }, new LintPipelineOptions { RunRuleFiles = false });
        Assert.Empty(pipeline.RuleFileDiagnostics);
        Assert.DoesNotContain(pipeline.Catalog, e => e.Id is "EDL9001" or "EDL0902");
        Assert.Single(pipeline.Engine.Rules);
    }

    /// <summary>
    /// On 85773b1 the CLI reported a rule file's load errors but not its failing examples (EDL0903), which the build
    /// reported: the two hosts assembled rule files differently.
    /// </summary>
    [Fact]
    public async Task the_cli_and_the_build_report_the_same_rule_file_problems_failing_examples_included()
    {
        using var kit = new CliTestKit { Host = new EditorialLint.Cli.CliHost { CreateRules = () => new Rule[] { new FlagWordRule() } } };
        kit.Write("articles/a.txt", "Nothing to see.");
        kit.Write("rules/x.yml", ExampleFails);
        var cli = kit.Run("articles", "--format", "json");
        Assert.Contains("\"EDL0903\"", cli.Stdout, StringComparison.Ordinal);

        var harness = new AnalyzerHarness().AddArticle("articles/a.txt", "Nothing to see.").AddRuleFile("rules/x.yml", ExampleFails);
        var diagnostics = await harness.GetAllDiagnosticsAsync(new TestRulesAnalyzerWithRuleFiles());
        Assert.Contains(diagnostics, d => d.Id == "EDL0903");
    }

    [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    private sealed class TestRulesAnalyzerWithRuleFiles : EditorialLint.Analyzers.EditorialLintAnalyzerBase
    {
        protected override IEnumerable<Rule> CreateRules() => new Rule[] { new FlagWordRule() };

        protected override bool RunsRuleFiles => true;
    }

    [Fact]
    public void lint_reads_inputs_through_the_hosts_loader_and_skips_what_it_could_not_load()
    {
        var pipeline = LintPipeline.Create(new Rule[] { new FlagWordRule() });
        var inputs = new[] { "a.txt", "missing.txt", "b.txt" };
        var loaded = new List<string>();
        var result = pipeline.Lint(
            inputs,
            path => path == "missing.txt" ? null : new CorpusArticle(Article.Parse(path, "Tehrik."), DictionaryOptionSource.Empty),
            maxDegreeOfParallelism: 1,
            loaded: path => loaded.Add(path));
        Assert.Equal(new[] { "a.txt", "b.txt" }, result.Analyses.Select(a => a.Path));
        Assert.Equal(new[] { "a.txt", "b.txt" }, result.Findings.Select(f => f.Path));
        Assert.Equal(inputs, loaded);
        Assert.True(result.TryGetArticle("b.txt", out var article));
        Assert.Equal("Tehrik.", article.Text);
    }
}
