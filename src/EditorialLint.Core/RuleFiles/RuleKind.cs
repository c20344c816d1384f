using System;
using System.Collections.Generic;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.RuleFiles;

/// <summary>
/// A kind of declarative rule (<c>kind: variants</c>, <c>substitution</c>, …). The set of kinds is open: a plugin
/// registers its own in a <see cref="RuleKindRegistry"/>.
/// </summary>
public abstract class RuleKind
{
    public abstract string Name { get; }

    /// <summary>Reads one rule definition; reports problems through <paramref name="context"/> rather than throwing.</summary>
    public abstract void Load(RuleDefinition definition, RuleLoadContext context);
}

/// <summary>One rule as written in a rule file: its common keys, and the whole node for kind-specific ones.</summary>
public sealed class RuleDefinition
{
    internal RuleDefinition(RuleFileText file, RuleNode node, LineMap lines)
    {
        File = file;
        Node = node;
        Lines = lines;
    }

    public RuleFileText File { get; }
    public RuleNode Node { get; }
    internal LineMap Lines { get; }

    public string? Id => Node.GetString("id");
    public string? Kind => Node.GetString("kind");
    public string? Message => Node.GetString("message");
    public string? Title => Node.GetString("title");
    public string? Description => Node.GetString("description");
    public Severity? Severity => RuleOptions.ParseSeverity(Node.GetString("severity"));
    public IReadOnlyList<string> Files => Node.GetStrings("files");

    public FileLocation Locate(RuleNode node) => FileLocation.In(File.Path, Lines, node.Span);
}

/// <summary>Where a rule kind puts what it read: rules, data for other rules, and errors.</summary>
public sealed class RuleLoadContext
{
    private readonly List<Rule> _rules;
    private readonly RuleData.Builder _data;
    private readonly List<Finding> _errors;
    private readonly RuleDefinition _definition;

    internal RuleLoadContext(RuleDefinition definition, List<Rule> rules, RuleData.Builder data, List<Finding> errors)
    {
        _definition = definition;
        _rules = rules;
        _data = data;
        _errors = errors;
    }

    public void AddRule(Rule rule) => _rules.Add(rule);

    public void AddData<T>(T item)
        where T : class => _data.Add(item);

    /// <summary>Reports a problem in the rule file, located at <paramref name="node"/>.</summary>
    public void Error(RuleNode node, string message) =>
        _errors.Add(new Finding(RuleIds.InvalidRuleFile, _definition.Locate(node), message, Severity.Warning));

    public FileLocation Locate(RuleNode node) => _definition.Locate(node);
}

/// <summary>The rule kinds a run knows. <see cref="CreateDefault"/> has the built-in ones; add your own.</summary>
public sealed class RuleKindRegistry
{
    private readonly Dictionary<string, RuleKind> _kinds = new(StringComparer.OrdinalIgnoreCase);

    public static RuleKindRegistry CreateDefault()
    {
        var registry = new RuleKindRegistry();
        registry.Register(new VariantsKind());
        registry.Register(new SubstitutionKind());
        registry.Register(new ExistenceKind());
        registry.Register(new AttributionKind());
        registry.Register(new FiguresKind());
        return registry;
    }

    public RuleKindRegistry Register(RuleKind kind)
    {
        _kinds[kind.Name] = kind;
        return this;
    }

    public bool TryGet(string name, out RuleKind kind) => _kinds.TryGetValue(name, out kind!);

    public IEnumerable<string> Names
    {
        get
        {
            var names = new List<string>(_kinds.Keys);
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }
}

/// <summary>The text of a rule file, as the host read it.</summary>
public sealed class RuleFileText
{
    public RuleFileText(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    public string Path { get; }
    public string Text { get; }

    public static bool IsRuleFilePath(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
