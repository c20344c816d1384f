using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;

namespace EditorialLint.Engine;

/// <summary>Where a catalogued rule comes from and what it looks at.</summary>
public enum RuleScope
{
    /// <summary>A rule that needs one article (live in the IDE).</summary>
    Article,

    /// <summary>A rule that also reports from the corpus pass.</summary>
    Corpus,

    /// <summary>A rule defined in one of the desk's rule files.</summary>
    RuleFile,

    /// <summary>EditorialLint's own health: a rule failed, a rule file or an option is invalid.</summary>
    Health,

    /// <summary>An ID reserved for a desk's rule files, declared up front by the analyzer (Roslyn needs every ID before it runs).</summary>
    DeskReserved,
}

/// <summary>One rule the catalog knows.</summary>
public sealed class RuleCatalogEntry
{
    internal RuleCatalogEntry(RuleDescriptor descriptor, RuleScope scope)
    {
        Descriptor = descriptor;
        Scope = scope;
    }

    public RuleDescriptor Descriptor { get; }
    public RuleScope Scope { get; }
    public string Id => Descriptor.Id;

    /// <summary>The scope as the CLI and SARIF name it: article, corpus, rule file, health, desk.</summary>
    public string ScopeName => Scope switch
    {
        RuleScope.Article => "article",
        RuleScope.Corpus => "corpus",
        RuleScope.RuleFile => "rule file",
        RuleScope.Health => "health",
        _ => "desk",
    };
}

/// <summary>
/// Every descriptor a run can report, by ID, in ID order: the host's rules, the rule files' rules, and EditorialLint's
/// health diagnostics. The one list the CLI (<c>rules</c>, <c>explain</c>, SARIF <c>tool.driver.rules</c>) and the
/// analyzer (<c>SupportedDiagnostics</c>) are built from. The first descriptor listed for an ID wins.
/// </summary>
public sealed class RuleCatalog : IReadOnlyList<RuleCatalogEntry>
{
    private readonly List<RuleCatalogEntry> _entries;
    private readonly Dictionary<string, RuleCatalogEntry> _byId;

    private RuleCatalog(List<RuleCatalogEntry> entries, Dictionary<string, RuleCatalogEntry> byId)
    {
        _entries = entries;
        _byId = byId;
    }

    /// <summary>The health descriptors every run may report, whatever its rules.</summary>
    public static IReadOnlyList<RuleDescriptor> EngineHealth { get; } = new[] { LintEngine.RuleFailedDescriptor, LintEngine.InvalidOptionDescriptor, LintEngine.InvalidEncodingDescriptor };

    /// <summary>
    /// The catalog of a run. <paramref name="ruleFileHealth"/> adds the rule-file diagnostics (EDL0902, EDL0903) of a
    /// host that reports them; <paramref name="reserveDeskIds"/> adds a placeholder for every ID a rule file may use.
    /// </summary>
    public static RuleCatalog Create(IEnumerable<Rule> rules, IEnumerable<Rule>? ruleFileRules = null, bool ruleFileHealth = true, bool reserveDeskIds = false)
    {
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        var byId = new Dictionary<string, RuleCatalogEntry>(StringComparer.Ordinal);
        void Add(RuleDescriptor descriptor, RuleScope scope)
        {
            if (!byId.ContainsKey(descriptor.Id)) byId.Add(descriptor.Id, new RuleCatalogEntry(descriptor, scope));
        }

        foreach (var rule in rules)
        {
            foreach (var descriptor in rule.SupportedDescriptors)
                Add(descriptor, descriptor.ReportsAcrossArticles || rule is ICorpusRule ? RuleScope.Corpus : RuleScope.Article);
        }

        foreach (var rule in ruleFileRules ?? Array.Empty<Rule>())
        {
            foreach (var descriptor in rule.SupportedDescriptors) Add(descriptor, RuleScope.RuleFile);
        }

        foreach (var descriptor in EngineHealth) Add(descriptor, RuleScope.Health);
        if (ruleFileHealth)
        {
            foreach (var descriptor in RuleFileDescriptors.Health) Add(descriptor, RuleScope.Health);
        }

        if (reserveDeskIds)
        {
            for (var n = RuleIds.CustomFirst; n <= RuleIds.CustomLast; n++)
            {
                var id = "EDL" + n.ToString(CultureInfo.InvariantCulture);
                Add(new RuleDescriptor(id, "Desk rule " + id, "{message}", "HouseStyle", Severity.Warning, "A rule defined in one of the desk's rule files (rules/*.yml).", helpUri: RuleDescriptor.RuleFilesHelpUri), RuleScope.DeskReserved);
            }
        }

        var entries = new List<RuleCatalogEntry>(byId.Values);
        entries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new RuleCatalog(entries, byId);
    }

    public int Count => _entries.Count;

    public RuleCatalogEntry this[int index] => _entries[index];

    public bool TryGet(string id, out RuleCatalogEntry entry) => _byId.TryGetValue(id, out entry!);

    public IEnumerator<RuleCatalogEntry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
