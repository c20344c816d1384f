using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EditorialLint.Rules;

namespace EditorialLint.Engine;

/// <summary>
/// The options the built-in rules' pages document (docs/rules/EDL000N.md, "Configuration"), with the values each
/// understands, so a value no rule can read (<c>max_days_apart = a week</c>, <c>window = many</c>) is EDL0904 rather
/// than silently the default. Checked by the engine, like the severity keys, so every host reports the same.
/// List options (<c>sources</c>, <c>exempt_nouns</c>, <c>reporting_verbs</c>) take any text and are not listed.
/// </summary>
internal static class DocumentedOptions
{
    internal sealed class Spec
    {
        public Spec(string ruleId, string name, string expected, string effect, Func<string, bool> accepts)
        {
            RuleId = ruleId;
            Name = name;
            Expected = expected;
            Effect = effect;
            Accepts = accepts;
        }

        public string RuleId { get; }
        public string Name { get; }
        public string Expected { get; }
        public string Effect { get; }
        public Func<string, bool> Accepts { get; }
    }

    public static IReadOnlyList<Spec> All { get; } = new[]
    {
        Bool(RuleIds.SpellingVariants, "automatic"),
        Bool(RuleIds.SpellingVariants, "across_articles"),
        Choice(RuleIds.SpellingVariants, "spelling_variety", "auto", "auto", "british", "american"),
        Integer(RuleIds.UnattributedFigure, "window", "1"),
        Number(RuleIds.UnattributedFigure, "min_value", "10"),
        Choice(RuleIds.UnattributedFigure, "routine_figures", "suggestion", "none", "suggestion", "warning"),
        Choice(RuleIds.UnattributedFigure, "background_figures", "suggestion", "none", "suggestion", "warning"),
        Integer(RuleIds.ConflictingNumbers, "max_days_apart", "365"),
        Number(RuleIds.ConflictingNumbers, "min_similarity", "0.3"),
        Bool(RuleIds.ConflictingNumbers, "across_articles"),
    };

    private static Spec Integer(string id, string name, string defaultValue) =>
        new(id, name, "a whole number", $"{id} uses its default, {defaultValue}", v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));

    private static Spec Number(string id, string name, string defaultValue) =>
        new(id, name, "a number", $"{id} uses its default, {defaultValue}", v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    // RuleOptions.GetBool reads true, 1 and yes as true and anything else as false.
    private static Spec Bool(string id, string name) =>
        new(id, name, "true or false", $"{id} reads it as false", v => v is "true" or "false" or "yes" or "no" or "1" or "0");

    private static Spec Choice(string id, string name, string defaultValue, params string[] values) =>
        new(id, name, "one of " + string.Join(", ", values), $"{id} uses its default, {defaultValue}", v => values.Contains(v));

    /// <summary>The documented options of these rules whose values are set but not understood.</summary>
    public static IEnumerable<(string Key, string Value, Spec Spec)> Invalid(IEnumerable<string> ruleIds, IOptionSource options)
    {
        var present = new HashSet<string>(ruleIds, StringComparer.Ordinal);
        foreach (var spec in All)
        {
            if (!present.Contains(spec.RuleId)) continue;
            var value = new RuleOptions(options, spec.RuleId).GetString(spec.Name);
            if (value is null || value.Length == 0 || spec.Accepts(value.ToLowerInvariant())) continue;
            yield return (RuleOptions.Key(spec.RuleId, spec.Name), value, spec);
        }
    }
}
