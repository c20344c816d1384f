using System;
using System.Collections.Generic;
using EditorialLint.Text;

namespace EditorialLint.Rules;

/// <summary>A place in a file: its path, its UTF-16 span and the line/column the one <see cref="LineMap"/> gave it.</summary>
public sealed class FileLocation : IComparable<FileLocation>
{
    public FileLocation(string path, TextSpan span, LinePosition start, LinePosition end)
    {
        Path = path;
        Span = span;
        Start = start;
        End = end;
    }

    public string Path { get; }
    public TextSpan Span { get; }
    public LinePosition Start { get; }
    public LinePosition End { get; }

    public static FileLocation In(Article article, TextSpan span)
    {
        var (start, end) = article.Lines.GetLinePositionSpan(span);
        return new FileLocation(article.Path, span, start, end);
    }

    public static FileLocation In(string path, LineMap lines, TextSpan span)
    {
        var (start, end) = lines.GetLinePositionSpan(span);
        return new FileLocation(path, span, start, end);
    }

    public int CompareTo(FileLocation? other)
    {
        if (other is null) return 1;
        var byPath = string.CompareOrdinal(Path, other.Path);
        return byPath != 0 ? byPath : Span.CompareTo(other.Span);
    }

    public override string ToString() => $"{Path}({Start})";
}

/// <summary>One thing a rule found.</summary>
public sealed class Finding : IComparable<Finding>
{
    public const string ReplacementProperty = "replacement";

    public Finding(
        string ruleId,
        FileLocation location,
        string message,
        Severity severity,
        IReadOnlyList<FileLocation>? related = null,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        RuleId = ruleId;
        Location = location;
        Message = message;
        Severity = severity;
        Related = related ?? Array.Empty<FileLocation>();
        Properties = properties ?? EmptyProperties;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = new Dictionary<string, string>();

    public string RuleId { get; }
    public FileLocation Location { get; }
    public string Path => Location.Path;
    public TextSpan Span => Location.Span;
    public string Message { get; }
    public Severity Severity { get; }
    public IReadOnlyList<FileLocation> Related { get; }

    /// <summary>Machine-readable extras, e.g. <see cref="ReplacementProperty"/> for a fix.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    public Finding WithSeverity(Severity severity) => new(RuleId, Location, Message, severity, Related, Properties);

    /// <summary>Deterministic order: path, position, rule, message.</summary>
    public int CompareTo(Finding? other)
    {
        if (other is null) return 1;
        var c = Location.CompareTo(other.Location);
        if (c != 0) return c;
        c = string.CompareOrdinal(RuleId, other.RuleId);
        return c != 0 ? c : string.CompareOrdinal(Message, other.Message);
    }

    public override string ToString() => $"{Location.Path}({Location.Start}): {Severity.ToString().ToLowerInvariant()} {RuleId}: {Message}";
}
