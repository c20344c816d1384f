using System;
using System.IO;
using EditorialLint.Cli;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Cli;

public sealed class TestRulesCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "edl-test-rules-" + Guid.NewGuid().ToString("N"));

    public TestRulesCommandTests() => Directory.CreateDirectory(Path.Combine(_directory, "rules"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, _directory);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void the_shipped_rules_pass()
    {
        var (exit, output, _) = Run("test-rules", Path.Combine(RepoPaths.Root, "rules"));
        Assert.True(exit == CliApp.ExitClean, output);
        Assert.Contains("example(s) hold.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void a_broken_example_fails_with_the_example_named()
    {
        File.WriteAllText(Path.Combine(_directory, "rules", "style.yml"), "kind: substitution\nid: EDL9001\nswap:\n  utilize: use\nexamples:\n  incorrect:\n    - We employ it.\n");
        var (exit, output, _) = Run("test-rules", "rules");
        Assert.Equal(CliApp.ExitFindings, exit);
        Assert.Contains("rules/style.yml(7,7): EDL0903: This incorrect example of EDL9001 is not flagged", output, StringComparison.Ordinal);
    }

    [Fact]
    public void with_no_argument_it_checks_the_rules_folder_of_the_working_directory()
    {
        File.WriteAllText(Path.Combine(_directory, "rules", "style.yml"), "kind: substitution\nid: EDL9001\nswap:\n  utilize: use\nexamples:\n  incorrect:\n    - We utilize it.\n");
        var (exit, output, err) = Run("test-rules");
        Assert.True(exit == CliApp.ExitClean, output + err);
        Assert.Contains("example(s) hold.", output, StringComparison.Ordinal);

        Directory.Delete(Path.Combine(_directory, "rules"), recursive: true);
        var (missing, _, message) = Run("test-rules");
        Assert.Equal(CliApp.ExitUsage, missing);
        Assert.Contains("no ./rules", message, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(_directory, "rules"));
    }

    [Fact]
    public void a_broken_rule_file_fails_with_EDL0902()
    {
        File.WriteAllText(Path.Combine(_directory, "rules", "style.yml"), "kind: nope\n");
        var (exit, output, _) = Run("test-rules", "rules");
        Assert.Equal(CliApp.ExitFindings, exit);
        Assert.Contains("rules/style.yml(1,7): EDL0902", output, StringComparison.Ordinal);
    }

    [Fact]
    public void a_missing_folder_is_a_usage_error()
    {
        Assert.Equal(CliApp.ExitUsage, Run("test-rules", "missing").Exit);
    }
}
