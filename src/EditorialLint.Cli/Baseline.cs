using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Cli;

/// <summary>
/// Keys that survive unrelated edits: rule, path, the flagged text with a few words of context on its own line
/// (whitespace normalised), and an occurrence index for repeats of that same text and context — never line numbers.
/// The same key is the SARIF <c>partialFingerprints</c> value, so code scanning tracks findings the same way.
/// </summary>
internal static class BaselineKeys
{
    private const int ContextWords = 3;

    /// <summary>One key per finding, in the order given.</summary>
    public static string[] Compute(IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, Article> articles)
    {
        var keys = new string[findings.Count];
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, findings.Count).OrderBy(i => findings[i]).ToArray();
        foreach (var i in order)
        {
            var finding = findings[i];
            var identity = Identity(finding, articles.TryGetValue(finding.Path, out var article) ? article : null);
            occurrences.TryGetValue(identity, out var occurrence);
            occurrences[identity] = occurrence + 1;
            keys[i] = Hash(identity + "\n#" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return keys;
    }

    /// <summary>The path a key uses: forward slashes, no leading <c>./</c>.</summary>
    public static string NormalizePath(string path)
    {
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return path;
    }

    public static string FlaggedText(Finding finding, Article? article) =>
        article is null || finding.Span.End > article.Text.Length ? string.Empty : Normalize(article.Text.Substring(finding.Span.Start, finding.Span.Length));

    private static string Identity(Finding finding, Article? article)
    {
        var path = NormalizePath(finding.Path);
        if (article is null || finding.Span.End > article.Text.Length)
            return string.Join("\n", finding.RuleId, path, finding.Message);
        var text = article.Text;
        var line = article.Lines.GetLineFromPosition(finding.Span.Start);
        var lineStart = article.Lines.GetLineStart(line);
        var lineEnd = LineEnd(text, finding.Span.End);
        var before = LastWords(text.Substring(lineStart, finding.Span.Start - lineStart));
        var after = FirstWords(text.Substring(finding.Span.End, lineEnd - finding.Span.End));
        return string.Join("\n", finding.RuleId, path, before, Normalize(text.Substring(finding.Span.Start, finding.Span.Length)), after);
    }

    private static int LineEnd(string text, int position)
    {
        for (var i = position; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') return i;
        }

        return text.Length;
    }

    private static string LastWords(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words.Skip(Math.Max(0, words.Length - ContextWords)));
    }

    private static string FirstWords(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(ContextWords));

    private static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
}

/// <summary>A baseline file: the keys of findings a desk has accepted for now, with enough text to review it.</summary>
internal sealed class Baseline
{
    private const int FormatVersion = 1;
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, int> _counts;

    private Baseline(Dictionary<string, int> counts) => _counts = counts;

    public static Baseline Load(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"no such baseline file: {path}");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                throw new UsageException($"{path} is not an editorial-lint baseline (no 'findings' array)");
            foreach (var entry in findings.EnumerateArray())
            {
                var key = entry.TryGetProperty("key", out var k) ? k.GetString() : null;
                if (string.IsNullOrEmpty(key)) throw new UsageException($"{path}: a baseline entry has no 'key'");
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            return new Baseline(counts);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{path} is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>The findings whose keys the baseline does not hold (each baseline entry absorbs one finding).</summary>
    public IReadOnlyList<Finding> Filter(IReadOnlyList<Finding> findings, IReadOnlyList<string> keys)
    {
        var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        var result = new List<Finding>();
        for (var i = 0; i < findings.Count; i++)
        {
            if (remaining.TryGetValue(keys[i], out var left) && left > 0)
            {
                remaining[keys[i]] = left - 1;
                continue;
            }

            result.Add(findings[i]);
        }

        return result;
    }

    public static void Write(string path, IReadOnlyList<Finding> findings, IReadOnlyList<string> keys, IReadOnlyDictionary<string, Article> articles)
    {
        var entries = findings
            .Select((f, i) => (Finding: f, Key: keys[i], Path: BaselineKeys.NormalizePath(f.Path), Text: BaselineKeys.FlaggedText(f, articles.GetValueOrDefault(f.Path))))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Finding.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Key, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("tool", "editorial-lint");
            json.WriteStartArray("findings");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("key", entry.Key);
                json.WriteString("id", entry.Finding.RuleId);
                json.WriteString("path", entry.Path);
                json.WriteString("text", entry.Text);
                json.WriteString("message", entry.Finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        AtomicFile.Write(path, stream.ToArray());
    }
}
