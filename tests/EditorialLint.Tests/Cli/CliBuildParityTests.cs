using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EditorialLint.Analyzers;
using EditorialLint.Tests.Analyzers;

namespace EditorialLint.Tests.Cli;

/// <summary>
/// The build (the analyzer, in a host with full globalization) and the CLI (its own process, which runs with
/// InvariantGlobalization, where string.Normalize does nothing) must give the same EDL0001 findings over a folder
/// whose variants differ only in diacritics. The CLI is the built editorial-lint.dll with its own runtimeconfig, not
/// an in-process call, so the test fails if diacritic folding ever depends on ICU again.
/// </summary>
public sealed class CliBuildParityTests : IDisposable
{
    private static readonly (string Name, string Text)[] Articles =
    {
        ("a.txt", "Talks in Türkiye resumed. Officials in Türkiye said the café near the façade would reopen.\n"),
        ("b.txt", "Talks in Turkiye resumed. The cafe near the old facade stayed shut, said Rüdiger Lotz.\n"),
        // Decomposed marks (u + U+0308) fold like the precomposed letters.
        ("c.txt", "The consul Rudiger Lotz met officials in Tu\u0308rkiye. A communiqué followed.\n"),
        ("d.txt", "Another communique was issued. Consul Rüdiger Lotz left Türkiye.\n"),
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "edl-parity-" + Guid.NewGuid().ToString("N")[..10]);

    public CliBuildParityTests()
    {
        Directory.CreateDirectory(_root);
        foreach (var (name, text) in Articles) File.WriteAllText(Path.Combine(_root, name), text);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task cli_and_build_give_identical_EDL0001_over_a_folder_with_diacritics()
    {
        var harness = new AnalyzerHarness();
        foreach (var (name, text) in Articles) harness.AddArticle(name, text);
        var build = (await harness.GetAllDiagnosticsAsync(new EditorialLintAnalyzer()))
            .Where(d => d.Id == "EDL0001")
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

        var cli = RunCli().OrderBy(s => s, StringComparer.Ordinal).ToArray();

        // Not vacuous: the diacritic variants are found at all (by both, as the equality below then says).
        Assert.Contains(build, l => l.Contains("'Turkiye'", StringComparison.Ordinal) || l.Contains("'Türkiye'", StringComparison.Ordinal));
        Assert.Contains(build, l => l.Contains("café", StringComparison.Ordinal) || l.Contains("cafe", StringComparison.Ordinal));
        Assert.Contains(build, l => l.Contains("Rudiger", StringComparison.Ordinal) || l.Contains("Rüdiger", StringComparison.Ordinal));
        Assert.Equal(build, cli);
    }

    private string[] RunCli()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll"));
        start.ArgumentList.Add(_root);
        start.ArgumentList.Add("--no-rules");
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add("json");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the CLI did not finish");
        Assert.True(stdout.TrimStart().StartsWith('['), "no JSON from the CLI: " + stdout + stderr.Result);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray()
            .Where(f => f.GetProperty("id").GetString() == "EDL0001")
            .Select(f => $"{Path.GetFileName(f.GetProperty("path").GetString())}({f.GetProperty("line").GetInt32()},{f.GetProperty("column").GetInt32()}): {f.GetProperty("message").GetString()}")
            .ToArray();
    }
}
