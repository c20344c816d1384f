using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.Cli;
using EditorialLint.Tests.Analyzers;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Snapshots;

/// <summary>The build and the CLI are two thin hosts of one engine: over the seeds they report the same findings.</summary>
public class HostAgreementTests
{
    [Fact]
    public async Task the_cli_json_over_the_seeds_lists_the_same_findings_as_the_build()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(new[] { "seeds", "--format", "json" }, stdout, stderr, RepoPaths.Root);
        Assert.True(exit == CliApp.ExitClean, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var cli = json.RootElement.EnumerateArray()
            .Select(f => $"{Path.GetFileName(f.GetProperty("path").GetString())}({f.GetProperty("line").GetInt32()},{f.GetProperty("column").GetInt32()}) {f.GetProperty("id").GetString()}: {f.GetProperty("message").GetString()}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

        var harness = new AnalyzerHarness();
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            harness.AddArticle("seeds/" + Path.GetFileName(seed), File.ReadAllText(seed));
        foreach (var rule in Directory.GetFiles(RepoPaths.Rules, "*.yml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            harness.AddRuleFile("rules/" + Path.GetRelativePath(RepoPaths.Rules, rule).Replace('\\', '/'), File.ReadAllText(rule));
        var diagnostics = await harness.GetAllDiagnosticsAsync(new EditorialLintAnalyzer());
        var build = diagnostics
            .Select(d => (Span: d.Location.GetLineSpan(), d))
            .Select(x => $"{Path.GetFileName(x.Span.Path)}({x.Span.StartLinePosition.Line + 1},{x.Span.StartLinePosition.Character + 1}) {x.d.Id}: {x.d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

        Assert.Contains(cli, l => l.StartsWith("004_b04480063e768ec3.txt(10,168) EDL0001:", StringComparison.Ordinal));
        Assert.Equal(cli, build);
    }
}
