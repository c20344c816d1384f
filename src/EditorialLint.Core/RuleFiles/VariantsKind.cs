using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>
/// A house-style group of spellings of one term, with the preferred form first in <see cref="Forms"/>.
/// Contributed by <c>kind: variants</c> rule files; EDL0001 reads them.
/// </summary>
public sealed class VariantGroup
{
    public VariantGroup(string preferred, IReadOnlyList<string> forms, FileLocation? source = null, bool caseSensitive = true, string? ruleId = null)
    {
        Preferred = preferred;
        Forms = forms;
        Source = source;
        CaseSensitive = caseSensitive;
        RuleId = ruleId ?? RuleIds.SpellingVariants;
    }

    public string Preferred { get; }

    /// <summary>Every spelling, the preferred one first.</summary>
    public IReadOnlyList<string> Forms { get; }
    public FileLocation? Source { get; }
    public bool CaseSensitive { get; }

    /// <summary>The rule that reports this group: EDL0001, or a desk's own ID.</summary>
    public string RuleId { get; }
}

/// <summary>
/// <c>kind: variants</c>: N-way groups with a preferred form.
/// <code>
/// kind: variants
/// groups:
///   - preferred: Tehreek-e-Taliban Pakistan
///     variants: [Tehrik-e-Taliban Pakistan, Tehrik-i-Taliban Pakistan]
/// </code>
/// </summary>
public sealed class VariantsKind : RuleKind
{
    public override string Name => "variants";

    public override void Load(RuleDefinition definition, RuleLoadContext context)
    {
        var node = definition.Node;
        var ruleId = definition.Id ?? RuleIds.SpellingVariants;
        if (ruleId != RuleIds.SpellingVariants && !RuleIds.IsCustom(ruleId))
        {
            context.Error(node["id"]!, $"A variants rule reports as {RuleIds.SpellingVariants} or under an ID from {RuleIds.CustomRangeStart}–{RuleIds.CustomRangeEnd}; '{ruleId}' is neither.");
            return;
        }

        var caseSensitive = !string.Equals(node.GetString("ignoreCase"), "true", System.StringComparison.OrdinalIgnoreCase);
        var groups = node["groups"];
        if (groups is null || groups.Kind != RuleNodeKind.Sequence)
        {
            context.Error(groups ?? node, "A variants rule needs 'groups:', a list of { preferred: …, variants: [...] }.");
            return;
        }

        foreach (var group in groups.Items)
        {
            var preferred = group.GetString("preferred");
            if (string.IsNullOrWhiteSpace(preferred))
            {
                context.Error(group, "This group has no 'preferred:' form.");
                continue;
            }

            var forms = new List<string> { preferred!.Trim() };
            var seen = new HashSet<string>(forms, System.StringComparer.Ordinal);
            foreach (var variant in group.GetStrings("variants"))
            {
                var trimmed = variant.Trim();
                if (trimmed.Length > 0 && seen.Add(trimmed)) forms.Add(trimmed);
            }

            if (forms.Count < 2)
            {
                context.Error(group, $"The group for '{preferred}' lists no other spelling under 'variants:'.");
                continue;
            }

            context.AddData(new VariantGroup(forms[0], forms, context.Locate(group), caseSensitive, ruleId));
        }
    }
}
