using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>
/// <c>kind: substitution</c>: a written form and what the desk writes instead. Whole words, case-aware (a term in
/// lower case matches any case and the replacement follows the capitalisation written); <c>regex: true</c> makes
/// the keys .NET regular expressions (replacements may use <c>$1</c>), run with a match timeout.
/// <code>
/// kind: substitution
/// id: EDL9001
/// message: "Write '{replacement}' rather than '{match}'."
/// swap:
///   utilize: use
///   clean up operation: clean-up operation
/// </code>
/// </summary>
public sealed class SubstitutionKind : RuleKind
{
    private static readonly string[] Placeholders = { "match", "replacement" };

    public override string Name => "substitution";

    public override void Load(RuleDefinition definition, RuleLoadContext context)
    {
        var keys = new List<string>(PhraseSearch.Keys) { "swap" };
        var header = RuleHeader.Read(definition, context, "Write '{replacement}' rather than '{match}'.", Placeholders, keys.ToArray());
        var swap = definition.Node["swap"];
        if (swap is null || swap.Kind != RuleNodeKind.Mapping || swap.Entries.Count == 0)
        {
            context.Error(swap ?? definition.Node, "A substitution rule needs 'swap:', a mapping of what is written to what to write instead.");
            return;
        }

        var ok = true;
        var entries = new List<(RuleNode, string, string?)>();
        foreach (var entry in swap.Entries)
        {
            if (entry.Value.Kind != RuleNodeKind.Scalar || string.IsNullOrEmpty(entry.Key.Value))
            {
                context.Error(entry.Key, "Each 'swap:' entry maps a written form to one replacement.");
                ok = false;
                continue;
            }

            entries.Add((entry.Key, entry.Key.Value!, entry.Value.Value ?? string.Empty));
        }

        var search = PhraseSearch.Read(definition.Node, entries, context, ref ok);
        if (header is null || search is null || !ok) return;
        context.AddRule(new SubstitutionRule(header, search));
    }

    private sealed class SubstitutionRule : DeclarativeRule
    {
        private readonly PhraseSearch _search;

        public SubstitutionRule(RuleHeader header, PhraseSearch search)
            : base(header) => _search = search;

        protected override void Analyze(ArticleContext context)
        {
            foreach (var hit in _search.Find(context.Article, Header.SkipQuotations))
            {
                var replacement = hit.Replacement ?? string.Empty;
                if (string.Equals(replacement, hit.Text, System.StringComparison.Ordinal)) continue;
                context.Report(
                    hit.Span,
                    Descriptor.FormatMessage(("match", hit.Text), ("replacement", replacement)),
                    properties: new Dictionary<string, string> { [Finding.ReplacementProperty] = replacement });
            }
        }
    }
}
