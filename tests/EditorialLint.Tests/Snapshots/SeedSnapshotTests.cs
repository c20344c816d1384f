using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EditorialLint.Cli;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Snapshots;

/// <summary>
/// Every finding on the seed articles, with the shipped rules/ files, in <c>path(line,col): severity ID: message</c>
/// form (from the CLI's JSON, so the golden file does not change with the text format's presentation).
/// </summary>
public class SeedSnapshotTests
{
    [Fact]
    public void seed_findings()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(new[] { "lint", "seeds", "--format", "json" }, stdout, stderr, RepoPaths.Root);
        Assert.True(exit == CliApp.ExitClean, stderr.ToString());
        var lines = new StringBuilder();
        using var json = JsonDocument.Parse(stdout.ToString());
        foreach (var finding in json.RootElement.EnumerateArray())
        {
            lines.Append(finding.GetProperty("path").GetString()).Append('(')
                .Append(finding.GetProperty("line").GetInt32()).Append(',').Append(finding.GetProperty("column").GetInt32()).Append("): ")
                .Append(finding.GetProperty("severity").GetString()).Append(' ')
                .Append(finding.GetProperty("id").GetString()).Append(": ")
                .Append(finding.GetProperty("message").GetString());
            var related = finding.GetProperty("related").EnumerateArray()
                .Select(r => $"{r.GetProperty("path").GetString()}({r.GetProperty("line").GetInt32()},{r.GetProperty("column").GetInt32()})")
                .ToArray();
            if (related.Length > 0) lines.Append(" [related: ").Append(string.Join(", ", related)).Append(']');
            lines.Append('\n');
        }

        Snapshot.Verify(lines.ToString(), "seeds");
    }
}
