using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>
/// <c>kind: existence</c>: terms to flag wherever the desk writes them (loaded words that need attribution, words
/// the style guide bans). Whole words, case-aware, quotations skipped unless <c>skipQuotations: false</c>;
/// <c>regex: true</c> makes the terms .NET regular expressions run with a match timeout.
/// <code>
/// kind: existence
/// id: EDL9002
/// message: "'{match}' is a loaded word: attribute it or choose a neutral one."
/// terms: [martyrs, martyred, terrorist]
/// </code>
/// </summary>
public sealed class ExistenceKind : RuleKind
{
    private static readonly string[] Placeholders = { "match" };

    public override string Name => "existence";

    public override void Load(RuleDefinition definition, RuleLoadContext context)
    {
        var keys = new List<string>(PhraseSearch.Keys) { "terms" };
        var header = RuleHeader.Read(definition, context, "Avoid '{match}' (house style).", Placeholders, keys.ToArray());
        var termsNode = definition.Node["terms"];
        if (termsNode is null || termsNode.Kind == RuleNodeKind.Mapping || definition.Node.GetStrings("terms").Count == 0)
        {
            context.Error(termsNode ?? definition.Node, "An existence rule needs 'terms:', a list of words or phrases to flag.");
            return;
        }

        var ok = true;
        var entries = new List<(RuleNode, string, string?)>();
        var items = termsNode.Kind == RuleNodeKind.Sequence ? termsNode.Items : new[] { termsNode };
        foreach (var item in items)
        {
            if (item.Kind != RuleNodeKind.Scalar || string.IsNullOrWhiteSpace(item.Value))
            {
                context.Error(item, "Each term is a word or phrase.");
                ok = false;
                continue;
            }

            entries.Add((item, item.Value!, null));
        }

        var search = PhraseSearch.Read(definition.Node, entries, context, ref ok);
        if (header is null || search is null || !ok) return;
        context.AddRule(new ExistenceRule(header, search));
    }

    private sealed class ExistenceRule : DeclarativeRule
    {
        private readonly PhraseSearch _search;

        public ExistenceRule(RuleHeader header, PhraseSearch search)
            : base(header) => _search = search;

        protected override void Analyze(ArticleContext context)
        {
            foreach (var hit in _search.Find(context.Article, Header.SkipQuotations))
                context.Report(hit.Span, Descriptor.FormatMessage(("match", hit.Text)));
        }
    }
}
