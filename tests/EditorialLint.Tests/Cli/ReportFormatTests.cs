using System.Linq;
using System.Text.Json;
using EditorialLint.Cli;

namespace EditorialLint.Tests.Cli;

/// <summary>SARIF 2.1.0 (the schema's required shape, checked offline) and GitHub workflow annotations.</summary>
public sealed class ReportFormatTests : System.IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void sarif_has_the_required_shape_of_SARIF_2_1_0()
    {
        _kit.Write("news/a b.txt", "Tehreek first.\nThen Tehrik, and TODO.");
        var result = _kit.Run("news", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        SarifShape.AssertValid(json.RootElement);

        var run = Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "EDL9060");
        Assert.Equal("SpellingVariant", rule.GetProperty("name").GetString());
        Assert.Equal("Spelling variant", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.EndsWith("/EDL9060.md", rule.GetProperty("helpUri").GetString(), System.StringComparison.Ordinal);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "EDL9060", "EDL9061" }, results.Select(r => r.GetProperty("ruleId").GetString()).ToArray());
        var variant = results[0];
        Assert.Equal("warning", variant.GetProperty("level").GetString());
        Assert.Equal("error", results[1].GetProperty("level").GetString());
        Assert.Equal(rules.IndexOf(rule), variant.GetProperty("ruleIndex").GetInt32());
        var physical = Assert.Single(variant.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("news/a%20b.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal((2, 6, 2, 12), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

        var related = Assert.Single(variant.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal("Also written “Tehreek” here", related.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(1, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(32, variant.GetProperty("partialFingerprints").GetProperty(SarifFormat.FingerprintName).GetString()!.Length);
    }

    [Fact]
    public void sarif_of_a_clean_run_is_valid_with_no_results()
    {
        _kit.Write("a.txt", "Clean copy.");
        using var json = JsonDocument.Parse(_kit.Run("a.txt", "--format", "sarif").Stdout);
        SarifShape.AssertValid(json.RootElement);
        Assert.Empty(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void github_prints_one_workflow_command_per_finding()
    {
        _kit.Write("a.txt", "Tehreek.\nTehrik and TODO.");
        var result = _kit.Run("a.txt", "--format", "github");
        Assert.Equal(
            new[]
            {
                "::warning file=a.txt,line=2,col=1,endLine=2,endColumn=7,title=EDL9060::'Tehrik' is also written 'Tehreek'",
                "::error file=a.txt,line=2,col=12,endLine=2,endColumn=16,title=EDL9061::Remove the TODO",
            },
            result.Lines);
    }

    [Fact]
    public void github_escapes_paths_and_messages_as_the_actions_toolkit_does()
    {
        _kit.Write("a,b:c.txt", "Tehrik.");
        Assert.StartsWith("::warning file=a%2Cb%3Ac.txt,line=1", _kit.Run("a,b:c.txt", "--format", "github").Stdout, System.StringComparison.Ordinal);
        Assert.Equal("100%25%0D%0Adone: a, b", GitHubFormat.EscapeData("100%\r\ndone: a, b"));
        Assert.Equal("100%25%0D%0Adone%3A a%2C b", GitHubFormat.EscapeProperty("100%\r\ndone: a, b"));
    }
}

/// <summary>
/// The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) a consumer such as GitHub code scanning relies on:
/// required properties and their types, enum values, and 1-based regions. Checked without network access.
/// </summary>
internal static class SarifShape
{
    private static readonly string[] Levels = { "none", "note", "warning", "error" };

    public static void AssertValid(JsonElement log)
    {
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal(SarifFormat.SchemaUri, log.GetProperty("$schema").GetString());
        var runs = log.GetProperty("runs");
        Assert.Equal(JsonValueKind.Array, runs.ValueKind);
        foreach (var run in runs.EnumerateArray())
        {
            var driver = run.GetProperty("tool").GetProperty("driver");
            Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
            var ruleIds = new System.Collections.Generic.List<string>();
            foreach (var rule in driver.GetProperty("rules").EnumerateArray())
            {
                var id = rule.GetProperty("id").GetString();
                Assert.False(string.IsNullOrEmpty(id));
                ruleIds.Add(id!);
                Assert.Equal(JsonValueKind.String, rule.GetProperty("shortDescription").GetProperty("text").ValueKind);
                Assert.True(System.Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), System.UriKind.Absolute));
                if (rule.TryGetProperty("defaultConfiguration", out var configuration))
                    Assert.Contains(configuration.GetProperty("level").GetString(), Levels);
            }

            Assert.Equal(ruleIds.Count, ruleIds.Distinct(System.StringComparer.Ordinal).Count());
            if (run.TryGetProperty("originalUriBaseIds", out var bases))
            {
                foreach (var baseId in bases.EnumerateObject())
                    Assert.EndsWith("/", baseId.Value.GetProperty("uri").GetString(), System.StringComparison.Ordinal);
            }

            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.String, result.GetProperty("message").GetProperty("text").ValueKind);
                var ruleId = result.GetProperty("ruleId").GetString();
                Assert.Contains(ruleId, ruleIds);
                Assert.Equal(ruleId, ruleIds[result.GetProperty("ruleIndex").GetInt32()]);
                Assert.Contains(result.GetProperty("level").GetString(), Levels);
                var locations = result.GetProperty("locations").EnumerateArray().ToList();
                Assert.NotEmpty(locations);
                foreach (var location in locations) AssertPhysicalLocation(location);
                if (result.TryGetProperty("relatedLocations", out var related))
                {
                    foreach (var location in related.EnumerateArray())
                    {
                        Assert.True(location.GetProperty("id").GetInt32() >= 0);
                        Assert.Equal(JsonValueKind.String, location.GetProperty("message").GetProperty("text").ValueKind);
                        AssertPhysicalLocation(location);
                    }
                }

                if (result.TryGetProperty("partialFingerprints", out var fingerprints))
                {
                    foreach (var fingerprint in fingerprints.EnumerateObject()) Assert.Equal(JsonValueKind.String, fingerprint.Value.ValueKind);
                }
            }
        }
    }

    private static void AssertPhysicalLocation(JsonElement location)
    {
        var physical = location.GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.True(System.Uri.IsWellFormedUriString(uri, System.UriKind.RelativeOrAbsolute), uri);
        var region = physical.GetProperty("region");
        var startLine = region.GetProperty("startLine").GetInt32();
        var startColumn = region.GetProperty("startColumn").GetInt32();
        var endLine = region.GetProperty("endLine").GetInt32();
        var endColumn = region.GetProperty("endColumn").GetInt32();
        Assert.True(startLine >= 1 && startColumn >= 1 && endLine >= startLine && endColumn >= 1);
        Assert.True(endLine > startLine || endColumn >= startColumn);
    }
}
