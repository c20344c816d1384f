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
        if (files is null) throw new ArgumentNullException(nameof(files));
        return Load(files.Select(RuleFileDocument.Parse), registry, reservedIds);
    }

    /// <summary>
    /// Loads rule files already parsed (a host may keep a <see cref="RuleFileDocument"/> per file text and reuse it
    /// while the text does not change). <paramref name="reservedIds"/> are IDs no rule file may take (the host's rules).
    /// </summary>
    public static RuleFileSet Load(IEnumerable<RuleFileDocument> documents, RuleKindRegistry? registry = null, IEnumerable<string>? reservedIds = null)
    {
        if (documents is null) throw new ArgumentNullException(nameof(documents));
        registry ??= RuleKindRegistry.CreateDefault();
        var rules = new List<Rule>();
        var data = new RuleData.Builder();
        var errors = new List<Finding>();
        var ids = new Dictionary<string, FileLocation?>(StringComparer.Ordinal);
        foreach (var reserved in reservedIds ?? Array.Empty<string>()) ids[reserved] = null;

        foreach (var document in documents.OrderBy(d => d.File.Path, StringComparer.Ordinal))
        {
            if (document.Error is not null)
            {
                errors.Add(document.Error);
                continue;
            }

            for (var index = 0; index < document.Roots.Count; index++)
            {
                var root = document.Roots[index];
                if (root.Kind != RuleNodeKind.Mapping)
                {
                    // A stray '---' (often at the end of the file) starts a YAML document with nothing in it.
                    var message = index > 0 && root.Kind == RuleNodeKind.Scalar && string.IsNullOrWhiteSpace(root.Value)
                        ? $"The file has an empty {DocumentOrdinal(index + 1)} YAML document: a '---' with no rule after it. Remove the stray '---'."
                        : "A rule file holds a mapping with at least 'kind:'.";
                    errors.Add(new Finding(RuleIds.InvalidRuleFile, FileLocation.In(document.File.Path, document.Lines, root.Span), message, Severity.Warning));
                    continue;
                }

                // A file may hold one rule, or a list of them under 'rules:'.
                var definitions = root["rules"] is { Kind: RuleNodeKind.Sequence } list ? list.Items : new[] { root };
                foreach (var node in definitions) LoadOne(new RuleDefinition(document.File, node, document.Lines), registry, rules, data, errors, ids);
            }
        }

        return new RuleFileSet(rules, data.Build(), errors);
    }

    private static string DocumentOrdinal(int n) => n switch
    {
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "no. " + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void LoadOne(RuleDefinition definition, RuleKindRegistry registry, List<Rule> rules, RuleData.Builder data, List<Finding> errors, Dictionary<string, FileLocation?> ids)
    {
        // The rule loads on its own first: only a rule that loaded may claim its ID, so a broken rule that sorts
        // first cannot take the ID from a valid rule in another file (and have the valid one blamed as the duplicate).
        var loadedRules = new List<Rule>();
        var loadedData = new RuleData.Builder();
        var context = new RuleLoadContext(definition, loadedRules, loadedData, errors);
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

        try
        {
            kind.Load(definition, context);
        }
        catch (Exception ex)
        {
            context.Error(node, $"The '{kindName}' rule kind could not read this rule: {ex.Message}");
        }

        // Duplicate IDs are checked among rules that loaded, in path order (deterministic whatever order files arrive in).
        if (loadedRules.Count > 0 && node["id"] is { } idNode && idNode.Value is { Length: > 0 } id && RuleIds.IsCustom(id))
        {
            if (ids.TryGetValue(id, out var first))
            {
                var where = first is null ? "a built-in rule" : $"the rule at {first}";
                context.Error(idNode, $"The rule ID {id} is already used by {where}.");
                return;
            }

            ids[id] = context.Locate(idNode);
        }

        rules.AddRange(loadedRules);
        data.AddFrom(loadedData);
    }
}

/// <summary>
/// One rule file parsed (its YAML read into <see cref="RuleNode"/>s, or the EDL0902 that says why it could not be),
/// before any rule is loaded from it. Immutable: a host may parse a file once per text and reuse the result.
/// </summary>
public sealed class RuleFileDocument
{
    private RuleFileDocument(RuleFileText file, LineMap lines, IReadOnlyList<RuleNode> roots, Finding? error)
    {
        File = file;
        Lines = lines;
        Roots = roots;
        Error = error;
    }

    public RuleFileText File { get; }

    /// <summary>The EDL0902 finding when the file is not usable YAML; null when it parsed.</summary>
    public Finding? Error { get; }

    internal LineMap Lines { get; }
    internal IReadOnlyList<RuleNode> Roots { get; }

    public static RuleFileDocument Parse(RuleFileText file)
    {
        if (file is null) throw new ArgumentNullException(nameof(file));
        var lines = new LineMap(file.Text);
        RuleFileDocument Failed(int index, string message) =>
            new(file, lines, Array.Empty<RuleNode>(), new Finding(RuleIds.InvalidRuleFile, FileLocation.In(file.Path, lines, new TextSpan(index, 0)), message, Severity.Warning));

        var stream = new YamlStream();
        try
        {
            // Checked first with the streaming parser: YamlStream.Load recurses per nesting level (a deep file
            // overflows the stack and kills the compiler) and aliases expand in RuleNode.From (a "billion
            // laughs" file would never finish).
            if (RuleFileShape.Check(file.Text) is { } shapeError) return Failed(shapeError.Index, shapeError.Message);
            stream.Load(new StringReader(file.Text));
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlException for bad YAML; the others are the parser's own failures on inputs it did not expect,
            // whose messages ("Operation is not valid due to the current state of the object") mean nothing to a
            // desk: say where the parser stopped instead, and which bracket is left open.
            var index = ex is YamlException yaml ? (int)Math.Min(Math.Max(0L, (long)yaml.Start.Index), file.Text.Length) : StopIndex(file.Text);
            var what = ex is YamlException ? ex.Message.TrimEnd('.') : "the YAML parser could not go on";
            var stopped = lines.GetLinePosition(index);
            var message = $"This rule file is not valid YAML: {what}; the parser stopped at line {stopped.Line + 1}, column {stopped.Character + 1}.";
            if (UnclosedBracket(file.Text) is { } open)
            {
                var at = lines.GetLinePosition(open);
                var close = file.Text[open] == '[' ? ']' : '}';
                message += $" The '{file.Text[open]}' at line {at.Line + 1}, column {at.Character + 1} is never closed with '{close}' (a list or mapping written inline must close on its own line or a later one before the next key).";
            }

            return Failed(index, message);
        }

        var roots = new List<RuleNode>();
        foreach (var document in stream.Documents) roots.Add(RuleNode.From(document.RootNode, file.Text));
        return new RuleFileDocument(file, lines, roots, null);
    }

    /// <summary>How far the streaming parser gets before it fails: the end of the last event it produced.</summary>
    private static int StopIndex(string text)
    {
        var index = 0;
        try
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is { } current) index = (int)Math.Min(Math.Max(0L, (long)current.End.Index), text.Length);
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // The place reached is what we wanted.
        }

        return index;
    }

    /// <summary>
    /// The first '[' or '{' of the file that no bracket closes (quoted scalars and comments skipped), or null.
    /// Errors inside an inline list or mapping are reported where the parser gave up, often lines later; this names
    /// where the list began.
    /// </summary>
    private static int? UnclosedBracket(string text)
    {
        var open = new Stack<int>();
        var end = text.Length;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                while (i < end && text[i] != '\n') i++;
            }
            else if ((c == '"' || c == '\'') && (i == 0 || " \t[{,:".IndexOf(text[i - 1]) >= 0))
            {
                var j = i + 1;
                while (j < end && text[j] != c) j += text[j] == '\\' && c == '"' ? 2 : 1;
                i = j;
            }
            else if (c is '[' or '{')
            {
                open.Push(i);
            }
            else if (c is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count > 0 ? open.Last() : null;
    }
}
