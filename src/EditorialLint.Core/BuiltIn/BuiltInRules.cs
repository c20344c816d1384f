using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.BuiltIn;

/// <summary>The rules EditorialLint ships. Each is written against the public rule API only, as a desk's own rule would be.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<Rule> Create() => new List<Rule>
    {
        new SpellingVariantsRule(),
        new UnattributedFigureRule(),
        new ConflictingNumbersRule(),
    };
}
