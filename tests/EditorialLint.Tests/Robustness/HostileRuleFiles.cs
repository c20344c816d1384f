using System;
using System.Collections.Generic;
using System.Linq;

namespace EditorialLint.Tests.Robustness;

/// <summary>Rule files that must load into errors (EDL0902) or harmless rules, never a crash or a hang.</summary>
internal static class HostileRuleFiles
{
    private static readonly Dictionary<string, Func<string>> Generators = new(StringComparer.Ordinal)
    {
        ["empty"] = () => string.Empty,
        ["not-yaml"] = () => "\0\u0001\uFFFF{[\"'\n\t- : - ? ! & * |>",
        ["deep-flow-nesting"] = () => new string('[', 100_000) + new string(']', 100_000),
        ["deep-block-nesting"] = () => string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "a:\n")),
        ["billion-laughs"] = () =>
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n" +
            string.Concat(Enumerable.Range(0, 8).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 10))}]\n")) +
            "kind: variants\ngroups: [{preferred: x, variants: *i}]\n",
        ["self-alias"] = () => "kind: variants\ngroups: &g [{preferred: x, variants: *g}]\n",
        ["huge-variant-group"] = () => "kind: variants\ngroups:\n  - preferred: Tehreek\n    variants: [" + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => "v" + i)) + "]\n",
        ["many-groups"] = () => "kind: variants\ngroups:\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"  - preferred: p{i}\n    variants: [q{i}, r{i}]\n")),
        ["cyclic-variant-groups"] = () => "kind: variants\ngroups:\n  - preferred: Tehrik\n    variants: [Tehreek]\n  - preferred: Tehreek\n    variants: [Tehrik]\n  - preferred: a\n    variants: [a, A, a]\n",
        ["duplicate-ids"] = () => "rules:\n  - id: EDL9071\n    kind: variants\n    groups: [{preferred: a, variants: [b]}]\n  - id: EDL9071\n    kind: variants\n    groups: [{preferred: c, variants: [d]}]\n  - id: EDL0001\n    kind: variants\n    groups: [{preferred: e, variants: [f]}]\n",
        ["wrong-shapes"] = () => "rules:\n  - kind: [variants]\n  - kind: variants\n    groups: scalar\n  - kind: variants\n    groups: [~, [], {preferred: ~}, {preferred: '', variants: ~}]\n  - ~\n  - id: EDL99999999999999999999\n    kind: variants\n",
        ["long-strings"] = () => "kind: variants\ngroups:\n  - preferred: " + new string('x', 1_000_000) + "\n    variants: [" + new string('y', 1_000_000) + "]\n",
        ["many-documents"] = () => string.Concat(Enumerable.Repeat("---\nkind: variants\ngroups: [{preferred: a, variants: [b]}]\n", 5_000)),
        // The 'substitution' kind takes regular expressions; these backtrack catastrophically on "aaaa…!". The
        // kind's match timeout stops them: the rule reports EDL0901 naming the pattern, and the run finishes.
        ["catastrophic-regex (substitution kind)"] = () => "kind: substitution\nid: EDL9072\nregex: true\nswap:\n  '(a+)+$': b\n  '(a+a+)+b': c\n  '(\\w+\\s?)+:': d\n  '(x|x)*y': z\n  '(?<=(a|aa)*)b': c\n",
        ["invalid-regex (substitution kind)"] = () => "kind: substitution\nid: EDL9073\nregex: true\nswap:\n  '(unclosed': b\n  '[z-a]': c\n",
    };

    public static IEnumerable<string> Names => Generators.Keys;

    public static string Get(string name) => Generators[name]();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names) data.Add(name);
        return data;
    }
}
