using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Rules;

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

/// <summary><c>path(line,col): severity ID: message</c>, as compilers print.</summary>
internal sealed class TextFormat : IOutputFormat
{
    public void Write(IReadOnlyList<Finding> findings, LintSession session, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var where = finding.Path.Length == 0 ? "editorial-lint" : $"{finding.Path}({finding.Location.Start})";
            output.WriteLine($"{where}: {OutputFormats.SeverityName(finding.Severity)} {finding.RuleId}: {finding.Message}");
        }
    }
}

/// <summary>One JSON array; 1-based lines and columns; paths as given on the command line.</summary>
internal sealed class JsonFormat : IOutputFormat
{
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
                if (finding.Properties.Count > 0)
                {
                    json.WriteStartObject("properties");
                    foreach (var pair in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(pair.Key, pair.Value);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
