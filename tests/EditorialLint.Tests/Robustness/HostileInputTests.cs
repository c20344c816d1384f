using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Tests.Analyzers;
using EditorialLint.Tests.Engine;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// Nothing an article, a rule file or an option can hold may crash or hang a host. Each case runs with a
/// generous time bound (<see cref="Bounded"/>); every built-in rule and the shipped rule files are on.
/// </summary>
public class HostileInputTests
{
    public static TheoryData<string> Articles() => HostileArticles.All();

    public static TheoryData<string> RuleFiles() => HostileRuleFiles.All();

    private const string Normal = "Tehrik-e-Taliban Pakistan leaders met in Lahore on Monday. “We are ready,” a spokesman said.\n";

    [Theory]
    [MemberData(nameof(Articles))]
    public void the_engine_parses_and_lints_a_hostile_article(string name)
    {
        var text = HostileArticles.Get(name);
        var path = HostileArticles.PathOf(name);
        var lines = Bounded.Run(name, () =>
        {
            var article = Article.Parse(path, text);
            foreach (var token in article.Tokens) Assert.Equal(text.Substring(token.Span.Start, token.Span.Length), token.Text);
            return LintHosts.EngineLint(new[] { (path, text), ("articles/normal.txt", Normal) }, LintHosts.ShippedRuleFiles());
        }, HostileArticles.Large.Contains(name) ? TimeSpan.FromSeconds(180) : null);
        Assert.Empty(LintHosts.UnexpectedFailures(lines));
    }

    [Fact]
    public async Task the_analyzer_lints_every_small_hostile_article_in_one_compilation_without_AD0001()
    {
        var articles = HostileArticles.Names.Where(n => !HostileArticles.Large.Contains(n))
            .Select(n => (HostileArticles.PathOf(n), HostileArticles.Get(n)))
            .Append(("articles/normal.txt", Normal))
            .ToList();
        var lines = await Bounded.RunAsync("analyzer", () => LintHosts.AnalyzerLint(articles, LintHosts.ShippedRuleFiles()));
        Assert.Empty(LintHosts.UnexpectedFailures(lines));
    }

    [Fact]
    public void the_cli_reads_and_lints_every_hostile_file_as_bytes_large_ones_included_beside_every_hostile_rule_file()
    {
        var files = HostileArticles.Names.Select(n => (HostileArticles.PathOf(n), Encoding.UTF8.GetBytes(HostileArticles.Get(n)))).ToList();
        files.Add(("articles/raw-invalid-utf8.txt", new byte[] { 0x54, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE, 0x00, 0x2E }));
        files.Add(("articles/raw-binary.txt", Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7919 % 251)).ToArray()));
        files.Add(("articles/utf16-bom.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Normal)).ToArray()));
        files.Add(("articles/utf32-bom.txt", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Normal)).ToArray()));
        files.Add(("articles/bom-only.txt", Encoding.UTF8.GetPreamble()));
        files.Add(("articles/normal.txt", Encoding.UTF8.GetBytes(Normal)));
        files.AddRange(LintHosts.ShippedRuleFiles().Select(r => (r.Path, Encoding.UTF8.GetBytes(r.Text))));
        // Every hostile rule file, the catastrophic regexes included: a pattern is disabled after its first timeout
        // (one timeout per pattern per run, not per article), and EDL0001 matches house forms in one walk over the
        // tokens (HouseFormIndex), so the 20,000-variant, 5,000-group, 5,000-document and 1 MB-form lists cost
        // about what the 10 MB article costs without them (docs/robustness.md).
        files.AddRange(HostileRuleFiles.Names.Select((n, i) => ($"rules/hostile/{i:00}.yml", Encoding.UTF8.GetBytes(HostileRuleFiles.Get(n)))));
        var lines = Bounded.Run("cli", () => LintHosts.CliLint(files), TimeSpan.FromSeconds(240));
        Assert.Empty(LintHosts.UnexpectedFailures(lines));
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void a_hostile_rule_file_loads_into_errors_or_rules_and_the_run_finishes(string name)
    {
        var ruleFiles = LintHosts.ShippedRuleFiles().Append(new RuleFileText("rules/hostile.yml", HostileRuleFiles.Get(name))).ToList();
        var lines = Bounded.Run(name, () => LintHosts.EngineLint(new[] { ("articles/normal.txt", Normal), ("articles/a.txt", Backtracking) }, ruleFiles));
        // A regex stopped by its match timeout is reported (EDL0901 naming the pattern); any other failure is a bug.
        Assert.Empty(LintHosts.UnexpectedFailures(lines));
    }

    private static readonly string Backtracking = new string('a', 5_000) + "! Tehrik " + new string('x', 5_000);

    [Fact]
    public void a_catastrophic_regex_is_stopped_by_its_timeout_and_reported_with_its_pattern()
    {
        var ruleFiles = new[] { new RuleFileText("rules/slow.yml", "kind: substitution\nid: EDL9072\nregex: true\nswap:\n  '(\\w+\\s?)+:': c\n") };
        var lines = Bounded.Run("regex", () => LintHosts.EngineLint(new[] { ("articles/a.txt", Backtracking), ("articles/normal.txt", Normal) }, ruleFiles));
        var failures = LintHosts.Failures(lines);
        Assert.Contains(failures, f => f.StartsWith("articles/a.txt(", StringComparison.Ordinal));
        Assert.All(failures, f => Assert.Contains(@"the pattern '(\w+\s?)+:' (in rules/slow.yml:5) took longer than its", f, StringComparison.Ordinal));
    }

    [Fact]
    public void rule_files_that_would_overflow_the_stack_or_expand_exponentially_are_reported_not_loaded()
    {
        foreach (var name in new[] { "deep-flow-nesting", "billion-laughs", "self-alias" })
        {
            var set = Bounded.Run(name, () => RuleFileSet.Load(new[] { new RuleFileText("rules/x.yml", HostileRuleFiles.Get(name)) }));
            Assert.Empty(set.Rules);
            Assert.Contains(set.Errors, e => e.RuleId == RuleIds.InvalidRuleFile);
        }
    }

    [Fact]
    public async Task the_analyzer_loads_every_hostile_rule_file_at_once_without_AD0001()
    {
        var ruleFiles = HostileRuleFiles.Names.Select((n, i) => new RuleFileText($"rules/hostile{i:00}.yml", HostileRuleFiles.Get(n)))
            .Concat(LintHosts.ShippedRuleFiles())
            .ToList();
        var lines = await Bounded.RunAsync("analyzer", () => LintHosts.AnalyzerLint(new[] { ("articles/normal.txt", Normal) }, ruleFiles));
        Assert.Empty(LintHosts.UnexpectedFailures(lines));
        Assert.Contains(lines, l => l.StartsWith("rules/hostile", StringComparison.Ordinal) && l.Contains(RuleIds.InvalidRuleFile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_rule_failing_on_one_article_is_contained_and_every_other_article_is_still_analysed()
    {
        var articles = Enumerable.Range(0, 20).Select(i => ($"articles/{i:00}.txt", i % 5 == 0 ? "BOOM Tehrik here." : "Tehrik here."));
        var diagnostics = await new AnalyzerHarness().AddArticles(articles).GetAllDiagnosticsAsync(new FailingRuleAnalyzer());
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(20, diagnostics.Count(d => d.Id == FlagWordRule.Rule.Id));
        Assert.Equal(4, diagnostics.Count(d => d.Id == RuleIds.RuleFailed));
    }

    [Fact]
    public async Task hostile_options_and_date_patterns_do_not_reach_the_host()
    {
        var harness = new AnalyzerHarness()
            .AddArticle("articles/99999/a.txt", Normal)
            .AddArticle("articles/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!/b.txt", Normal, date: "not a date \0")
            .AddArticle("articles/c.txt", "---\ndate: 99999-99-99T99:99\n---\n" + Normal, date: "0000-00-00")
            .AddEditorConfig(".editorconfig", "root = true\n[*]\neditorial_lint.EDL0001.severity = \u0001\neditorial_lint.EDL0002.window = 99999999999999999999\neditorial_lint.EDL0001.ignore = [[[\n")
            .AddEditorConfig(".globalconfig", "is_global = true\nbuild_property.EditorialLintDatePattern = (?<year>\\d+)|((a+)+)+$|(\n");
        var diagnostics = await Bounded.RunAsync("analyzer", () => harness.GetAllDiagnosticsAsync(new EditorialLintAnalyzer()));
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or RuleIds.RuleFailed);
        Assert.Null(ArticleDates.FromPath("articles/99999/a.txt", @"(?<year>\d+)"));
        Assert.Null(ArticleDates.FromPath(new string('a', 5_000) + "!", "((a+)+)+$"));
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class FailingRuleAnalyzer : EditorialLintAnalyzerBase
    {
        protected override IEnumerable<Rule> CreateRules() => new Rule[] { new FlagWordRule(), new ThrowOnMarkerRule() };
    }

    private sealed class ThrowOnMarkerRule : Rule
    {
        public override RuleDescriptor Descriptor { get; } = new("EDL9052", "Throws on BOOM", "x", "Test", Severity.Warning, "Throws on articles holding BOOM.");

        public override void AnalyzeArticle(ArticleContext context)
        {
            if (context.Article.Text.Contains("BOOM", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
        }
    }
}

internal static class AnalyzerHarnessExtensions
{
    public static AnalyzerHarness AddArticles(this AnalyzerHarness harness, IEnumerable<(string Path, string Text)> articles)
    {
        foreach (var (path, text) in articles) harness.AddArticle(path, text);
        return harness;
    }
}
