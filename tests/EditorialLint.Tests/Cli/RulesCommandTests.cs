using System.Linq;
using EditorialLint.Rules;

namespace EditorialLint.Tests.Cli;

public sealed class RulesCommandTests : System.IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void rules_lists_ids_default_severities_kinds_and_titles()
    {
        var result = _kit.Run("rules");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ID       SEVERITY    KIND       TITLE", result.Lines[0]);
        Assert.Contains("EDL9060  warning     article    Spelling variant", result.Lines);
        Assert.Contains("EDL9061  error       article    Leftover TODO", result.Lines);
        Assert.Contains("EDL0902  warning     health     Rule file is invalid", result.Lines);
    }

    [Fact]
    public void a_rule_file_rule_links_the_rule_file_docs_in_explain_sarif_and_the_build()
    {
        _kit.Write("rules/style.yml", "kind: substitution\nid: EDL9001\nswap:\n  utilize: use\n");
        _kit.Write("a.txt", "We utilize it.\n");
        var build = EditorialLint.Engine.RuleCatalog.Create(System.Array.Empty<Rule>(), reserveDeskIds: true);
        Assert.True(build.TryGet("EDL9001", out var reserved));
        Assert.Equal(RuleDescriptor.RuleFilesHelpUri, reserved.Descriptor.HelpUri);

        var explain = _kit.Run("explain", "EDL9001", "--rules", "rules");
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("More: " + RuleDescriptor.RuleFilesHelpUri, explain.Lines);

        var sarif = _kit.Run("a.txt", "--rules", "rules", "--format", "sarif");
        using var json = System.Text.Json.JsonDocument.Parse(sarif.Stdout);
        var rule = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().Single(r => r.GetProperty("id").GetString() == "EDL9001");
        Assert.Equal(RuleDescriptor.RuleFilesHelpUri, rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void version_prints_the_informational_version_and_exits_0()
    {
        var result = _kit.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^editorial-lint 0\.1\.0(\+[0-9a-f]+)?\n$", result.Stdout);
        Assert.Equal(0, _kit.Run("lint", "--version").ExitCode);
    }

    [Fact]
    public void explain_prints_the_doc_page_of_every_documented_rule()
    {
        foreach (var id in RuleDocs.Ids)
        {
            var result = _kit.Run("explain", id.ToLowerInvariant());
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(RuleDocs.Get(id)!.TrimEnd('\n'), result.Stdout.TrimEnd('\n'));
        }
    }

    [Fact]
    public void explain_falls_back_to_the_descriptor_for_a_rule_without_a_page()
    {
        var result = _kit.Run("explain", "EDL9061");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# EDL9061: Leftover TODO", result.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("Default severity: error", result.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void explain_an_unknown_rule_is_2() => Assert.Equal(2, _kit.Run("explain", "EDL0999").ExitCode);

    /// <summary>
    /// A newsroom engineer who sees ACME001 (the desk's C# rule) in the build and asks the command about it got only
    /// "no rule ACME001": the command never loads C# rules, and now says so.
    /// </summary>
    [Fact]
    public void explain_a_desk_csharp_rule_says_the_command_does_not_run_csharp_rules()
    {
        var result = _kit.Run("explain", "acme001");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a desk's C# rules such as ACME001 run only in dotnet build and the IDE", result.Stderr, System.StringComparison.Ordinal);
        Assert.Equal("editorial-lint: no rule EDL0999 (see: editorial-lint rules)\n", _kit.Run("explain", "EDL0999").Stderr);
    }

    [Fact]
    public void explain_needs_exactly_one_id() => Assert.Equal(2, _kit.Run("explain").ExitCode);
}
