using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.RuleFiles;

/// <summary>Descriptors of the rule-file health diagnostics, reported in the rule file itself.</summary>
public static class RuleFileDescriptors
{
    public static readonly RuleDescriptor InvalidRuleFile = new(
        RuleIds.InvalidRuleFile,
        "Rule file is invalid",
        "{message}",
        "EditorialLint",
        Severity.Warning,
        "A rule file could not be read: bad YAML, an unknown kind, a bad pattern, or a duplicate or out-of-range ID. The rest of the rules keep working.");

    public static readonly RuleDescriptor RuleExampleFailed = new(
        RuleIds.RuleExampleFailed,
        "Rule example does not hold",
        "{message}",
        "EditorialLint",
        Severity.Warning,
        "An 'examples:' snippet of a rule file does not behave as it says: a 'correct' example is flagged or an 'incorrect' one is not.");

    public static IReadOnlyList<RuleDescriptor> Health { get; } = new[] { InvalidRuleFile, RuleExampleFailed };
}
