using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Cli;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other viewers: every rule the run knows in <c>tool.driver.rules</c>,
/// results with paths relative to the working directory (<c>%SRCROOT%</c>), UTF-16 columns as everywhere in
/// EditorialLint, related locations, and the baseline key as <c>partialFingerprints</c>.
/// </summary>
internal sealed class SarifFormat : IOutputFormat
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string FingerprintName = "editorialLint/v1";
    private const string SourceRoot = "%SRCROOT%";
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(IReadOnlyList<Finding> findings, LintSession session, TextWriter output)
    {
        var catalog = session.Catalog;
        var ruleIds = catalog.Select(e => e.Id).Concat(findings.Select(f => f.RuleId)).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var ruleIndex = ruleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var keys = BaselineKeys.Compute(findings, session.Articles);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "EditorialLint");
            json.WriteString("informationUri", "https://github.com/editorial-lint/editorial-lint");
            var version = typeof(SarifFormat).Assembly.GetName().Version;
            var semantic = version is null ? "0.0.0" : $"{version.Major}.{version.Minor}.{version.Build}";
            json.WriteString("version", semantic);
            json.WriteString("semanticVersion", semantic);
            json.WriteStartArray("rules");
            foreach (var id in ruleIds)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                if (catalog.TryGet(id, out var entry))
                {
                    var descriptor = entry.Descriptor;
                    json.WriteString("name", PascalName(descriptor.Title, id));
                    WriteMessage(json, "shortDescription", descriptor.Title);
                    WriteMessage(json, "fullDescription", descriptor.Description.Length > 0 ? descriptor.Description : descriptor.Title);
                    json.WriteString("helpUri", descriptor.HelpUri);
                    json.WriteStartObject("defaultConfiguration");
                    json.WriteString("level", Level(descriptor.DefaultSeverity));
                    if (descriptor.DefaultSeverity == Severity.None) json.WriteBoolean("enabled", false);
                    json.WriteEndObject();
                    json.WriteStartObject("properties");
                    json.WriteString("category", descriptor.Category);
                    json.WriteString("kind", entry.ScopeName);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteString("name", id);
                    WriteMessage(json, "shortDescription", "Rule " + id);
                    json.WriteString("helpUri", RuleIds.IsCustom(id) ? RuleDescriptor.RuleFilesHelpUri : RuleDescriptor.DocsBaseUri + id + ".md");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(session.WorkingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            for (var i = 0; i < findings.Count; i++)
            {
                var finding = findings[i];
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteNumber("ruleIndex", ruleIndex[finding.RuleId]);
                json.WriteString("level", Level(finding.Severity));
                WriteMessage(json, "message", finding.Message);
                json.WriteStartArray("locations");
                if (finding.Path.Length > 0)
                {
                    json.WriteStartObject();
                    WritePhysicalLocation(json, finding.Location, session.WorkingDirectory);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                var related = finding.Related.Where(r => r.Path.Length > 0).ToList();
                if (related.Count > 0)
                {
                    json.WriteStartArray("relatedLocations");
                    for (var r = 0; r < related.Count; r++)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("id", r + 1);
                        WritePhysicalLocation(json, related[r], session.WorkingDirectory);
                        WriteMessage(json, "message", RelatedMessage(finding, related[r], session));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteStartObject("partialFingerprints");
                json.WriteString(FingerprintName, keys[i]);
                json.WriteEndObject();
                JsonFormat.WriteProperties(json, finding);

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>SARIF levels: error, warning, note, none.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    /// <summary>A percent-encoded relative URI for paths under the working directory, else an absolute file URI.</summary>
    internal static (string Uri, bool Relative) ArtifactUri(string path, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        var relative = Path.GetRelativePath(workingDirectory, full);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return (new Uri(full).AbsoluteUri, false);
        return (string.Join("/", relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString)), true);
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, FileLocation location, string workingDirectory)
    {
        var (uri, relative) = ArtifactUri(location.Path, workingDirectory);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        if (relative) json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Start.Line + 1);
        json.WriteNumber("startColumn", location.Start.Character + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A related location labelled in its rule's words (EDL0001: another spelling; EDL0003: the other figure).</summary>
    private static string RelatedMessage(Finding finding, FileLocation location, LintSession session)
    {
        if (session.Articles.TryGetValue(location.Path, out var article) && location.Span.End <= article.Text.Length && location.Span.Length > 0)
        {
            var text = article.GetText(location.Span);
            return session.Catalog.TryGet(finding.RuleId, out var entry) ? entry.Descriptor.FormatRelatedLocation(text) : "Related: “" + text + "”";
        }

        return "Related location";
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's rule <c>name</c> is an identifier: "Spelling variants" → "SpellingVariants".</summary>
    private static string PascalName(string title, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var word in title.Split(' ', '-', '_', '/', '.', ',', '\'', '(', ')'))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length == 0) continue;
            builder.Append(char.ToUpperInvariant(letters[0])).Append(letters, 1, letters.Length - 1);
        }

        return builder.Length == 0 || char.IsDigit(builder[0]) ? fallback : builder.ToString();
    }
}

/// <summary>
/// GitHub Actions workflow commands: <c>::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=ID::message</c>,
/// escaped as the Actions toolkit does (data: % CR LF; properties also : and ,).
/// </summary>
internal sealed class GitHubFormat : IOutputFormat
{
    public void Write(IReadOnlyList<Finding> findings, LintSession session, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var command = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var properties = new List<string>();
            if (finding.Path.Length > 0)
            {
                properties.Add("file=" + EscapeProperty(BaselineKeys.NormalizePath(finding.Path)));
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={finding.Location.Start.Line + 1}"));
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={finding.Location.Start.Character + 1}"));
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"endLine={finding.Location.End.Line + 1}"));
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"endColumn={finding.Location.End.Character + 1}"));
            }

            properties.Add("title=" + EscapeProperty(finding.RuleId));
            output.WriteLine($"::{command} {string.Join(",", properties)}::{EscapeData(finding.Message)}");
        }
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
