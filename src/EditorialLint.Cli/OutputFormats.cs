using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Cli;

internal interface IOutputFormat
{
    void Write(IReadOnlyList<Finding> findings, LintSession session, TextWriter output);
}

internal static class OutputFormats
{
    private static readonly Dictionary<string, IOutputFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = new TextFormat(),
        ["json"] = new JsonFormat(),
        ["sarif"] = new SarifFormat(),
        ["github"] = new GitHubFormat(),
    };

    public static IReadOnlyCollection<string> Names => Formats.Keys;

    public static IOutputFormat Get(string name) => Formats[name];

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        _ => "none",
    };
}

/// <summary>
/// <c>path(line,col): severity ID: message</c>, as compilers print, then the source line and a caret under the
/// span; a count at the end. Colour only on a terminal (and never with NO_COLOR).
/// </summary>
internal sealed class TextFormat : IOutputFormat
{
    private const int Window = 100;
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    public void Write(IReadOnlyList<Finding> findings, LintSession session, TextWriter output)
    {
        var color = session.Host.UseColor(session.Options.ColorMode);
        foreach (var finding in findings)
        {
            var severity = OutputFormats.SeverityName(finding.Severity);
            var where = finding.Path.Length == 0 ? "editorial-lint" : $"{finding.Path}({finding.Location.Start})";
            output.WriteLine(color
                ? $"{Bold}{where}{Reset}: {SeverityColor(finding.Severity)}{severity}{Reset} {Dim}{finding.RuleId}{Reset}: {finding.Message}"
                : $"{where}: {severity} {finding.RuleId}: {finding.Message}");
            if (session.Articles.TryGetValue(finding.Path, out var article) && finding.Span.End <= article.Text.Length)
            {
                var (line, caret) = SourceLine(article, finding);
                if (line.Trim().Length == 0) continue;
                output.WriteLine("    " + line);
                output.WriteLine("    " + (color ? SeverityColor(finding.Severity) + caret + Reset : caret));
            }
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var suggestions = findings.Count - errors - warnings;
        var files = session.Files.Count;
        output.WriteLine(findings.Count == 0
            ? $"No findings in {Plural(files, "article")}."
            : $"{Plural(findings.Count, "finding")} ({Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(suggestions, "suggestion")}) in {Plural(files, "article")}.");
    }

    /// <summary>
    /// The finding's line (a window of it when long, tabs as spaces) and a caret line under the span. The line's end
    /// comes from the article's line map, so each finding costs the window, never the line: a 50 MB line with a
    /// finding every few words prints in linear time. The caret is placed by display width (combining marks take no
    /// column, wide characters two), so it stands under the span in a terminal.
    /// </summary>
    internal static (string Line, string Caret) SourceLine(Article article, Finding finding)
    {
        var text = article.Text;
        var lines = article.Lines;
        var lineNumber = finding.Location.Start.Line;
        var lineStart = lines.GetLineStart(lineNumber);
        var lineEnd = lineNumber + 1 < lines.LineCount ? lines.GetLineStart(lineNumber + 1) : text.Length;
        while (lineEnd > lineStart && text[lineEnd - 1] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') lineEnd--;
        var column = finding.Span.Start - lineStart;
        var length = Math.Max(1, Math.Min(finding.Span.End, lineEnd) - finding.Span.Start);
        var from = 0;
        var to = lineEnd - lineStart;
        if (to > Window)
        {
            from = Math.Max(0, Math.Min(column - (Window / 3), to - Window));
            to = Math.Min(to, from + Window);

            // Never cut a surrogate pair (nor a base character from its combining marks) at either edge.
            while (from > 0 && (char.IsLowSurrogate(text[lineStart + from]) || IsZeroWidth(text, lineStart + from))) from--;
            while (lineStart + to < lineEnd && (char.IsLowSurrogate(text[lineStart + to]) || IsZeroWidth(text, lineStart + to))) to++;
        }

        var prefix = from > 0 ? "…" : string.Empty;
        var suffix = lineStart + to < lineEnd ? "…" : string.Empty;
        var shown = prefix + text.Substring(lineStart + from, to - from).Replace('\t', ' ') + suffix;
        var caretStart = lineStart + Math.Max(from, Math.Min(column, to));
        var caretEnd = Math.Min(lineStart + to, caretStart + length);
        var caretColumn = prefix.Length + DisplayWidth(text, lineStart + from, caretStart);
        var caretLength = Math.Max(1, DisplayWidth(text, caretStart, caretEnd));
        return (shown, new string(' ', caretColumn) + new string('^', caretLength));
    }

    /// <summary>Terminal columns taken by <c>text[start..end)</c>: 0 for combining marks and format characters, 2 for wide ones.</summary>
    internal static int DisplayWidth(string text, int start, int end)
    {
        var width = 0;
        for (var i = start; i < end; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            width += CodePointWidth(codePoint);
        }

        return width;
    }

    private static bool IsZeroWidth(string text, int index) =>
        !char.IsSurrogate(text[index]) && CodePointWidth(text[index]) == 0;

    private static int CodePointWidth(int codePoint)
    {
        if (codePoint == '\t') return 1;
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) return 0;
        var category = codePoint <= 0xFFFF
            ? System.Globalization.CharUnicodeInfo.GetUnicodeCategory((char)codePoint)
            : System.Globalization.CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format)
            return 0;
        return IsWide(codePoint) ? 2 : 1;
    }

    /// <summary>East Asian Wide and Fullwidth blocks, and the emoji planes most terminals draw two columns wide.</summary>
    private static bool IsWide(int c) =>
        (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x1FA70 && c <= 0x1FAFF) ||
        (c >= 0x20000 && c <= 0x3FFFD);

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static string Plural(int n, string word) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + word + (n == 1 ? string.Empty : "s");
}

/// <summary>One JSON array; 1-based lines and columns; paths as given on the command line.</summary>
internal sealed class JsonFormat : IOutputFormat
{
    /// <summary>A finding's properties (the fix's replacement, …) as a "properties" object, keys in order; nothing when empty.</summary>
    internal static void WriteProperties(Utf8JsonWriter json, Finding finding)
    {
        if (finding.Properties.Count == 0) return;
        json.WriteStartObject("properties");
        foreach (var pair in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(pair.Key, pair.Value);
        json.WriteEndObject();
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(IReadOnlyList<Finding> findings, LintSession session, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("path", finding.Path);
                json.WriteNumber("line", finding.Location.Start.Line + 1);
                json.WriteNumber("column", finding.Location.Start.Character + 1);
                json.WriteNumber("endLine", finding.Location.End.Line + 1);
                json.WriteNumber("endColumn", finding.Location.End.Character + 1);
                json.WriteString("id", finding.RuleId);
                json.WriteString("severity", OutputFormats.SeverityName(finding.Severity));
                json.WriteString("message", finding.Message);
                json.WriteStartArray("related");
                foreach (var related in finding.Related)
                {
                    json.WriteStartObject();
                    json.WriteString("path", related.Path);
                    json.WriteNumber("line", related.Start.Line + 1);
                    json.WriteNumber("column", related.Start.Character + 1);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WriteProperties(json, finding);

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
