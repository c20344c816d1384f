namespace EditorialLint.Rules;

/// <summary>
/// The ledger of rule IDs. IDs are never renumbered or reused.
/// <list type="bullet">
/// <item>EDL0001–EDL0899: built-in editorial rules.</item>
/// <item>EDL0900–EDL0999: EditorialLint's own health: broken rule files, rules that failed.</item>
/// <item>EDL9001–EDL9099: reserved for a desk's own rules (rule files and C# rules).</item>
/// </list>
/// </summary>
public static class RuleIds
{
    public const string SpellingVariants = "EDL0001";
    public const string UnattributedFigure = "EDL0002";
    public const string ConflictingNumbers = "EDL0003";

    /// <summary>A rule threw while analysing an article; the other rules kept running.</summary>
    public const string RuleFailed = "EDL0901";

    /// <summary>A rule file could not be read (bad YAML, unknown kind, bad regex, duplicate or out-of-range ID).</summary>
    public const string InvalidRuleFile = "EDL0902";

    /// <summary>An example in a rule file does not behave as it says.</summary>
    public const string RuleExampleFailed = "EDL0903";

    /// <summary>An option in .editorconfig/.globalconfig has a value EditorialLint does not understand (a severity).</summary>
    public const string InvalidOption = "EDL0904";

    /// <summary>An article's bytes are not valid UTF-8 (it was linted with U+FFFD in place of the bad bytes).</summary>
    public const string InvalidArticleEncoding = "EDL0905";

    public const string CustomRangeStart = "EDL9001";
    public const string CustomRangeEnd = "EDL9099";
    public const int CustomFirst = 9001;
    public const int CustomLast = 9099;

    /// <summary>True for an ID of EditorialLint's own range, EDL0001–EDL0999 (built-in rules and health).</summary>
    public static bool IsBuiltInRange(string id) => Number(id) is >= 1 and <= 999;

    public static bool IsCustom(string id) => Number(id) is >= CustomFirst and <= CustomLast;

    /// <summary>The number of an ID of the form EDL + 4 digits, or -1.</summary>
    private static int Number(string id) =>
        id.Length == 7 && id.StartsWith("EDL", System.StringComparison.Ordinal) &&
        int.TryParse(id.Substring(3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : -1;
}
