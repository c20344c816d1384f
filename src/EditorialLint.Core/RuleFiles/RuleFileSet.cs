using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Rules;
using EditorialLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.RuleFiles;

/// <summary>
/// Everything a run's rule files define: declarative rules, data for built-in rules, and located errors
/// (EDL0902) for what could not be read. A broken file never stops the others from loading.
/// </summary>
public sealed class RuleFileSet
{
    public static readonly RuleFileSet Empty = new(Array.Empty<Rule>(), RuleData.Empty, Array.Empty<Finding>());

    private RuleFileSet(IReadOnlyList<Rule> rules, RuleData data, IReadOnlyList<Finding> errors)
    {
        Rules = rules;
        Data = data;
        Errors = errors;
    }

    public IReadOnlyList<Rule> Rules { get; }
    public RuleData Data { get; }
    public IReadOnlyList<Finding> Errors { get; }

    /// <summary>
    /// Lints each rule's <c>examples:</c> with that rule alone; every example that does not hold is an EDL0903
    /// finding located at the example in its rule file.
    /// </summary>
    public IReadOnlyList<Finding> CheckExamples() => RuleExampleRunner.Check(Rules, Data);

    /// <summary>The load errors and the failing examples together, in order: everything to report in rule files.</summary>
    public IReadOnlyList<Finding> Diagnose()
    {
        var all = new List<Finding>(Errors);
        all.AddRange(CheckExamples());
        all.Sort();
        return all;
    }

    public static RuleFileSet Load(IEnumerable<RuleFileText> files, RuleKindRegistry? registry = null, IEnumerable<string>? reservedIds = null)
    {
        registry ??= RuleKindRegistry.CreateDefault();
        var rules = new List<Rule>();
        var data = new RuleData.Builder();
        var errors = new List<Finding>();
        var ids = new Dictionary<string, FileLocation?>(StringComparer.Ordinal);
        foreach (var reserved in reservedIds ?? Array.Empty<string>()) ids[reserved] = null;

        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var lines = new LineMap(file.Text);
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(file.Text));
            }
            catch (YamlException ex)
            {
                var index = (int)Math.Min(Math.Max(0L, (long)ex.Start.Index), file.Text.Length);
                errors.Add(new Finding(
                    RuleIds.InvalidRuleFile,
                    FileLocation.In(file.Path, lines, new TextSpan(index, 0)),
                    "This rule file is not valid YAML: " + ex.Message,
                    Severity.Warning));
                continue;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
            {
                // The parser gives up on some malformed input without a position: report it at the top of the file.
                errors.Add(new Finding(
                    RuleIds.InvalidRuleFile,
                    FileLocation.In(file.Path, lines, new TextSpan(0, 0)),
                    "This rule file is not valid YAML (the parser stopped without a position; check brackets and quotes): " + ex.Message,
                    Severity.Warning));
                continue;
            }

            foreach (var document in stream.Documents)
            {
                var root = RuleNode.From(document.RootNode, file.Text);
                if (root.Kind != RuleNodeKind.Mapping)
                {
                    errors.Add(new Finding(RuleIds.InvalidRuleFile, FileLocation.In(file.Path, lines, root.Span), "A rule file holds a mapping with at least 'kind:'.", Severity.Warning));
                    continue;
                }

                // A file may hold one rule, or a list of them under 'rules:'.
                var definitions = root["rules"] is { Kind: RuleNodeKind.Sequence } list ? list.Items : new[] { root };
                foreach (var node in definitions) LoadOne(new RuleDefinition(file, node, lines), registry, rules, data, errors, ids);
            }
        }

        return new RuleFileSet(rules, data.Build(), errors);
    }

    private static void LoadOne(RuleDefinition definition, RuleKindRegistry registry, List<Rule> rules, RuleData.Builder data, List<Finding> errors, Dictionary<string, FileLocation?> ids)
    {
        var context = new RuleLoadContext(definition, rules, data, errors);
        var node = definition.Node;
        if (node.Kind != RuleNodeKind.Mapping)
        {
            context.Error(node, "A rule is a mapping with at least 'kind:'.");
            return;
        }

        var kindNode = node["kind"];
        if (kindNode?.Value is not { Length: > 0 } kindName)
        {
            context.Error(node, "This rule has no 'kind:'. Known kinds: " + string.Join(", ", registry.Names) + ".");
            return;
        }

        if (!registry.TryGet(kindName, out var kind))
        {
            context.Error(kindNode, $"Unknown rule kind '{kindName}'. Known kinds: {string.Join(", ", registry.Names)}.");
            return;
        }

        if (node["id"] is { } idNode && idNode.Value is { Length: > 0 } id && RuleIds.IsCustom(id))
        {
            if (ids.TryGetValue(id, out var first))
            {
                var where = first is null ? "a built-in rule" : $"the rule at {first}";
                context.Error(idNode, $"The rule ID {id} is already used by {where}.");
                return;
            }

            ids[id] = context.Locate(idNode);
        }

        try
        {
            kind.Load(definition, context);
        }
        catch (Exception ex)
        {
            context.Error(node, $"The '{kindName}' rule kind could not read this rule: {ex.Message}");
        }
    }
}
