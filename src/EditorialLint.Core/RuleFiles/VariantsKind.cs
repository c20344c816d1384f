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
        : this(preferred, forms, source, caseSensitive, ruleId, null)
    {
    }

    /// <summary>A group with the desk's <paramref name="reason"/> for its preferred form (<c>reason:</c>).</summary>
    public VariantGroup(string preferred, IReadOnlyList<string> forms, FileLocation? source, bool caseSensitive, string? ruleId, string? reason)
    {
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason!.Trim();
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

    /// <summary>Why the desk prefers <see cref="Preferred"/> (the group's <c>reason:</c>), shown in the message; null if not given.</summary>
    public string? Reason { get; }

    /// <summary>What a message says of the preferred form: "house style", or "house style: " and the reason.</summary>
    public string Basis => Reason is null ? "house style" : "house style: " + Reason;

    /// <summary>The rule that reports this group: EDL0001, or a desk's own ID.</summary>
    public string RuleId { get; }
}

/// <summary>
/// A house list's spelling variety (<c>spelling: british</c> or <c>american</c> beside EDL0001's groups): the
/// variety every British/American pair follows, instead of the one most of the corpus uses.
/// </summary>
public sealed class HouseSpelling
{
    private HouseSpelling(bool american) => American = american;

    public bool American { get; }

    public static bool TryParse(string value, out HouseSpelling spelling)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "british":
                spelling = new HouseSpelling(false);
                return true;
            case "american":
                spelling = new HouseSpelling(true);
                return true;
            default:
                spelling = null!;
                return false;
        }
    }
}

/// <summary>
/// <c>kind: variants</c>: N-way groups with a preferred form.
/// <code>
/// kind: variants
/// groups:
///   - preferred: Tehreek-e-Taliban Pakistan
///     variants: [Tehrik-e-Taliban Pakistan, Tehrik-i-Taliban Pakistan]
/// </code>
/// Without an <c>id:</c> (or with <c>id: EDL0001</c>) the groups join EDL0001's house list as
/// <see cref="VariantGroup"/> data. With an ID of its own (EDL9001–EDL9099) the rule stands alone: it reports each
/// non-preferred form under that ID, with the preferred form as the replacement.
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

        var standalone = RuleIds.IsCustom(ruleId);
        // A house list (no ID) takes no header keys: RuleHeader.Read checks a standalone rule's keys, this one's here,
        // so that a misspelt 'spelling:' or a 'message:' EDL0001 would never use is reported, not silently ignored.
        if (!standalone && !CheckHouseListKeys(node, context)) return;
        var header = standalone
            ? RuleHeader.Read(definition, context, "Write '{preferred}' rather than '{match}' ({reason}).", Placeholders, "groups", "ignoreCase")
            : null;
        if (standalone && header is null) return;
        var caseSensitive = !string.Equals(node.GetString("ignoreCase"), "true", System.StringComparison.OrdinalIgnoreCase);
        var groups = node["groups"];
        if (groups is null || groups.Kind != RuleNodeKind.Sequence)
        {
            context.Error(groups ?? node, "A variants rule needs 'groups:', a list of { preferred: …, variants: [...] }.");
            return;
        }

        var loaded = new List<VariantGroup>();
        foreach (var group in groups.Items)
        {
            if (group.Kind == RuleNodeKind.Mapping && !CheckKeys(group, context, GroupKeys, "in a variants group")) continue;
            var preferred = group.GetString("preferred");
            if (string.IsNullOrWhiteSpace(preferred))
            {
                context.Error(group, "This group has no 'preferred:' form.");
                continue;
            }

            var forms = new List<string> { preferred!.Trim() };
            var seen = new HashSet<string>(forms, System.StringComparer.Ordinal);
            var usable = true;
            foreach (var variant in group.GetStrings("variants"))
            {
                var trimmed = variant.Trim();
                if (trimmed.Length > 0 && seen.Add(trimmed)) forms.Add(trimmed);
            }

            // Every form is matched by the one term matcher (whole tokens): a form with no word in it could never match.
            foreach (var form in forms)
            {
                if (Term.Create(form, TermCase.Exact) is not null) continue;
                context.Error(group, $"'{form}' holds no word to match.");
                usable = false;
            }

            if (!usable) continue;

            if (forms.Count < 2)
            {
                context.Error(group, $"The group for '{preferred}' lists no other spelling under 'variants:'.");
                continue;
            }

            var reasonNode = group["reason"];
            if (reasonNode is not null && reasonNode.Kind != RuleNodeKind.Scalar)
            {
                context.Error(reasonNode, "'reason:' is one line of text: why the desk prefers this form.");
                continue;
            }

            loaded.Add(new VariantGroup(forms[0], forms, context.Locate(group), caseSensitive, ruleId, reasonNode?.Value));
        }

        if (header is null)
        {
            foreach (var group in loaded) context.AddData(group);
            if (node.GetString("spelling") is { } spelling)
            {
                // The built-in starter list is one desk's list shipped to every desk: its terms help anyone, but its
                // variety would tell an American desk to write British. It applies only where a desk made the file
                // its own (a house-style.yml in its rules folder); the built-in copy leaves the variety to the corpus.
                var builtInDefault = definition.File.Path == DefaultRuleFiles.HouseStylePath;
                if (!HouseSpelling.TryParse(spelling, out var house)) context.Error(node["spelling"]!, $"'spelling:' is british or american, not '{spelling}'.");
                else if (!builtInDefault) context.AddData(house);
            }
        }
        else if (loaded.Count > 0)
        {
            context.AddRule(new VariantsRule(header, loaded));
        }
    }

    private static readonly string[] Placeholders = { "match", "preferred", "reason" };

    private static readonly string[] GroupKeys = { "preferred", "variants", "reason" };

    // title: and description: document a file of any kind (the data kinds take them too): a house list accepts them, so that
    // a desk's documented list still loads.
    private static readonly string[] HouseListKeys = { "kind", "id", "groups", "ignoreCase", "spelling", "title", "description" };

    /// <summary>Header keys a standalone rule takes but a house list (EDL0001's) cannot use.</summary>
    private static readonly string[] StandaloneOnlyKeys = { "message", "severity", "files", "skipQuotations", "examples" };

    private static bool CheckHouseListKeys(RuleNode node, RuleLoadContext context)
    {
        var ok = true;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value ?? string.Empty;
            if (System.Array.IndexOf(HouseListKeys, key) >= 0) continue;
            ok = false;
            if (System.Array.IndexOf(StandaloneOnlyKeys, key) >= 0)
            {
                context.Error(entry.Key, $"'{key}:' has no effect on a variants rule without an 'id:': its groups join EDL0001's house list, which reports with EDL0001's message and severity (set in .editorconfig). Give the rule an ID from {RuleIds.CustomRangeStart}–{RuleIds.CustomRangeEnd} to report the groups under it with '{key}:', or remove the key.");
                continue;
            }

            var guess = RuleHeader.Nearest(key, HouseListKeys) is { } near ? $"; did you mean '{near}'?" : ".";
            context.Error(entry.Key, $"Unknown key '{key}' for a house list (a variants rule without an 'id:'){guess} Known keys: {string.Join(", ", HouseListKeys)}.");
        }

        return ok;
    }

    /// <summary>Reports every key of <paramref name="node"/> not in <paramref name="known"/>, with the nearest known key.</summary>
    private static bool CheckKeys(RuleNode node, RuleLoadContext context, string[] known, string where)
    {
        var ok = true;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value ?? string.Empty;
            if (System.Array.IndexOf(known, key) >= 0) continue;
            var guess = RuleHeader.Nearest(key, known) is { } near ? $"; did you mean '{near}'?" : ".";
            context.Error(entry.Key, $"Unknown key '{key}' {where}{guess} Known keys: {string.Join(", ", known)}.");
            ok = false;
        }

        return ok;
    }

    /// <summary>
    /// A stand-alone variants rule: every listed form matched by <see cref="TermMatcher"/>, exactly as EDL0001
    /// matches its house list; each non-preferred form is reported with the preferred one as the replacement.
    /// </summary>
    private sealed class VariantsRule : DeclarativeRule
    {
        private readonly TermMatcher _matcher;

        public VariantsRule(RuleHeader header, IReadOnlyList<VariantGroup> groups)
            : base(header)
        {
            var terms = new List<Term>();
            foreach (var group in groups)
            {
                var termCase = group.CaseSensitive ? TermCase.Exact : TermCase.Ignore;
                foreach (var form in group.Forms)
                {
                    if (Term.Create(form, termCase, group) is { } term) terms.Add(term);
                }
            }

            _matcher = new TermMatcher(terms);
        }

        protected override void Analyze(ArticleContext context)
        {
            foreach (var match in _matcher.Find(context.Article, Header.SkipQuotations))
            {
                var group = (VariantGroup)match.Term.Tag!;
                // The preferred form (in any case the group allows, with either apostrophe) is what the desk wants.
                if (string.Equals(match.Term.Text, group.Preferred, System.StringComparison.Ordinal)) continue;
                context.Report(
                    match.Span,
                    Descriptor.FormatMessage(("match", match.Text), ("preferred", group.Preferred), ("reason", group.Basis)),
                    properties: new Dictionary<string, string> { [Finding.ReplacementProperty] = group.Preferred });
            }
        }
    }
}
