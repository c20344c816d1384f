using System;
using System.Collections.Generic;
using System.Globalization;

namespace EditorialLint.Rules;

/// <summary>
/// The configuration keys that apply to one article (from <c>.editorconfig</c>/<c>.globalconfig</c> in the build
/// and the CLI, where they are resolved by Roslyn's own AnalyzerConfigSet).
/// </summary>
public interface IOptionSource
{
    bool TryGetValue(string key, out string value);
}

public sealed class DictionaryOptionSource : IOptionSource
{
    public static readonly DictionaryOptionSource Empty = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _values;

    public DictionaryOptionSource(IReadOnlyDictionary<string, string> values) => _values = values;

    public bool TryGetValue(string key, out string value)
    {
        if (_values.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }
}

/// <summary>The options of one rule for one article: keys <c>editorial_lint.&lt;ID&gt;.&lt;name&gt;</c>.</summary>
public sealed class RuleOptions
{
    public const string Prefix = "editorial_lint.";

    private static readonly char[] ListSeparators = { ',', ';' };

    private readonly IOptionSource _source;
    private readonly string _ruleId;

    public RuleOptions(IOptionSource source, string ruleId)
    {
        _source = source;
        _ruleId = ruleId;
    }

    public static string Key(string ruleId, string name) => Prefix + ruleId + "." + name;

    public string? GetString(string name)
    {
        if (_source.TryGetValue(Key(_ruleId, name), out var value)) return value.Trim();
        if (_source.TryGetValue(Key(_ruleId.ToLowerInvariant(), name), out value)) return value.Trim();
        return null;
    }

    public string GetString(string name, string defaultValue) => GetString(name) ?? defaultValue;

    public int GetInt(string name, int defaultValue) =>
        int.TryParse(GetString(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : defaultValue;

    public double GetDouble(string name, double defaultValue) =>
        double.TryParse(GetString(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : defaultValue;

    public bool GetBool(string name, bool defaultValue)
    {
        var value = GetString(name);
        if (value is null) return defaultValue;
        return value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" || value.Equals("yes", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A comma- or space-separated list.</summary>
    public IReadOnlyList<string> GetList(string name)
    {
        var value = GetString(name);
        if (string.IsNullOrEmpty(value)) return Array.Empty<string>();
        var parts = value!.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);
        var list = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0) list.Add(trimmed);
        }

        return list;
    }

    /// <summary>The article's severity for this rule, or null when unset or not understood.</summary>
    public Severity? GetSeverity() => ParseSeverity(GetString("severity"));

    public static Severity? ParseSeverity(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "none" or "silent" or "off" or "hidden" => Severity.None,
        "suggestion" or "info" => Severity.Suggestion,
        "warning" or "warn" => Severity.Warning,
        "error" => Severity.Error,
        _ => null,
    };
}
