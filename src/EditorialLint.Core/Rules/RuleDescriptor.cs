using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EditorialLint.Rules;

public enum Severity
{
    /// <summary>Off: the rule reports nothing.</summary>
    None,
    /// <summary>Info level ("suggestion" in .editorconfig).</summary>
    Suggestion,
    Warning,
    Error,
}

/// <summary>What values a <see cref="RuleOption"/> takes, so the engine can report one it cannot read (EDL0904).</summary>
public enum RuleOptionKind
{
    /// <summary>Any text (a word, a list): never reported.</summary>
    Text,
    /// <summary>An integer, as <see cref="RuleOptions.GetInt"/> reads it.</summary>
    WholeNumber,
    /// <summary>A number, as <see cref="RuleOptions.GetDouble"/> reads it.</summary>
    Number,
    /// <summary>true/false (also yes/no, 1/0), as <see cref="RuleOptions.GetBool"/> reads it.</summary>
    TrueFalse,
    /// <summary>One of the option's <see cref="RuleOption.AllowedValues"/> (compared ignoring case).</summary>
    OneOf,
}

/// <summary>An option a rule reads from <c>.editorconfig</c> as <c>editorial_lint.&lt;ID&gt;.&lt;key&gt;</c>.</summary>
public sealed class RuleOption
{
    public RuleOption(string key, string description, string defaultValue)
        : this(key, description, defaultValue, RuleOptionKind.Text)
    {
    }

    /// <summary>
    /// An option whose values the engine checks: a set value of another <paramref name="kind"/> is EDL0904. For
    /// <see cref="RuleOptionKind.OneOf"/>, <paramref name="allowedValues"/> lists the values the rule understands.
    /// </summary>
    public RuleOption(string key, string description, string defaultValue, RuleOptionKind kind, params string[] allowedValues)
    {
        if (kind == RuleOptionKind.OneOf && (allowedValues is null || allowedValues.Length == 0))
            throw new ArgumentException($"Option '{key}' is one of listed values but lists none.", nameof(allowedValues));
        Key = key;
        Description = description;
        DefaultValue = defaultValue;
        Kind = kind;
        AllowedValues = kind == RuleOptionKind.OneOf ? allowedValues!.Select(v => v.Trim().ToLowerInvariant()).ToArray() : Array.Empty<string>();
    }

    public string Key { get; }
    public string Description { get; }
    public string DefaultValue { get; }
    public RuleOptionKind Kind { get; }

    /// <summary>The values a <see cref="RuleOptionKind.OneOf"/> option takes, lower case; empty for other kinds.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>What the option takes, in words ("a whole number", "one of none, suggestion, warning"); null for text.</summary>
    public string? Expected => Kind switch
    {
        RuleOptionKind.WholeNumber => "a whole number",
        RuleOptionKind.Number => "a number",
        RuleOptionKind.TrueFalse => "true or false",
        RuleOptionKind.OneOf => "one of " + string.Join(", ", AllowedValues),
        _ => null,
    };

    /// <summary>Whether the rule can read this set value (surrounding space ignored, as the option readers do).</summary>
    public bool Accepts(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        return Kind switch
        {
            RuleOptionKind.WholeNumber => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            RuleOptionKind.Number => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            // GetBool reads true, 1 and yes as true and anything else as false: only these are meant.
            RuleOptionKind.TrueFalse => v is "true" or "false" or "yes" or "no" or "1" or "0",
            RuleOptionKind.OneOf => AllowedValues.Contains(v),
            _ => true,
        };
    }
}

/// <summary>What a rule is: everything a host, a doc page or a SARIF file needs to know about it.</summary>
public sealed class RuleDescriptor
{
    public const string DocsBaseUri = "https://github.com/editorial-lint/editorial-lint/blob/main/docs/rules/";

    /// <summary>
    /// The help link of every rule a desk defines in a rule file (EDL9001–EDL9099): the rule-file docs, the same in the
    /// build, the CLI (<c>explain</c>, SARIF <c>helpUri</c>) and the editor server; there is no page per desk rule.
    /// </summary>
    public const string RuleFilesHelpUri = "https://github.com/editorial-lint/editorial-lint/blob/main/docs/authoring.md";

    public RuleDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        Severity defaultSeverity,
        string description,
        IReadOnlyList<RuleOption>? options = null,
        string? helpUri = null,
        bool reportsAcrossArticles = false,
        string? relatedLocationFormat = null)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A rule needs an ID.", nameof(id));
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Options = options ?? Array.Empty<RuleOption>();
        HelpUri = helpUri ?? DocsBaseUri + id + ".md";
        ReportsAcrossArticles = reportsAcrossArticles;
        RelatedLocationFormat = relatedLocationFormat ?? "Related: “{text}”";
    }

    public string Id { get; }
    public string Title { get; }

    /// <summary>The message shape with named placeholders, e.g. <c>'{actual}' is also written '{preferred}'</c>.</summary>
    public string MessageFormat { get; }
    public string Category { get; }
    public Severity DefaultSeverity { get; }
    public string Description { get; }
    public IReadOnlyList<RuleOption> Options { get; }
    public string HelpUri { get; }

    /// <summary>True when the rule also reports from the corpus pass (compilation end in the build).</summary>
    public bool ReportsAcrossArticles { get; }

    /// <summary>
    /// What a related location of this rule's findings is, for reports that label them (SARIF's
    /// <c>relatedLocations</c>): a template with <c>{text}</c>, the text at that location.
    /// </summary>
    public string RelatedLocationFormat { get; }

    /// <summary>The label of a related location whose text is <paramref name="text"/>.</summary>
    public string FormatRelatedLocation(string text) => MessageTemplate.Format(RelatedLocationFormat, ("text", text));

    /// <summary>Fills the named placeholders of <see cref="MessageFormat"/>.</summary>
    public string FormatMessage(params (string Name, object? Value)[] arguments) => MessageTemplate.Format(MessageFormat, arguments);

    public override string ToString() => Id + ": " + Title;
}

/// <summary>Named placeholders: <c>{name}</c>; <c>{{</c> and <c>}}</c> stand for braces.</summary>
public static class MessageTemplate
{
    public static string Format(string template, params (string Name, object? Value)[] arguments)
    {
        var builder = new System.Text.StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{') { builder.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < template.Length && template[i + 1] == '}') { builder.Append('}'); i++; continue; }
            if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close > i)
                {
                    var name = template.Substring(i + 1, close - i - 1);
                    var found = false;
                    foreach (var (argName, value) in arguments)
                    {
                        if (string.Equals(argName, name, StringComparison.Ordinal))
                        {
                            builder.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                            found = true;
                            break;
                        }
                    }

                    if (found) { i = close; continue; }
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
