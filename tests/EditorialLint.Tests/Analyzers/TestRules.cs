using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analyzers;
using EditorialLint.Rules;
using EditorialLint.Tests.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Tests.Analyzers;

/// <summary>A corpus rule for host tests: flags a capitalised word used in another article before this one.</summary>
internal sealed class RepeatedNameRule : CorpusRule<List<(string Word, EditorialLint.Text.TextSpan Span)>>
{
    public static readonly RuleDescriptor Rule = new("EDL9060", "Repeated name", "'{word}' also appears in another article", "Test", Severity.Warning, "Test rule.", reportsAcrossArticles: true);

    public override RuleDescriptor Descriptor => Rule;

    public override List<(string Word, EditorialLint.Text.TextSpan Span)>? Summarize(ArticleContext context) =>
        context.Article.Tokens.Where(t => t.IsWord && t.Text.StartsWith('Z')).Select(t => (t.Text, t.Span)).ToList();

    public override void AnalyzeCorpus(CorpusContext<List<(string Word, EditorialLint.Text.TextSpan Span)>> context)
    {
        var first = new Dictionary<string, FileLocation>();
        foreach (var entry in context.Entries)
        {
            foreach (var (word, span) in entry.Summary)
            {
                if (first.TryGetValue(word, out var earlier) && earlier.Path != entry.Article.Article.Path)
                {
                    context.Report(entry.Article.Article, span, Rule.FormatMessage(("word", word)), new[] { earlier },
                        new Dictionary<string, string> { [Finding.ReplacementProperty] = word.ToUpperInvariant() });
                }
                else if (!first.ContainsKey(word))
                {
                    first[word] = FileLocation.In(entry.Article.Article, span);
                }
            }
        }
    }
}

[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class TestRulesAnalyzer : EditorialLintAnalyzerBase
{
    protected override IEnumerable<Rule> CreateRules() => new Rule[] { new FlagWordRule(), new RepeatedNameRule() };
}
