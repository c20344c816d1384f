namespace EditorialLint.Tests.Cli;

/// <summary>The CLI reads .editorconfig and .globalconfig exactly as the analyzer does (Roslyn's AnalyzerConfigSet).</summary>
public sealed class ConfigurationTests : System.IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void a_per_folder_editorconfig_section_turns_a_rule_off_for_those_files_only()
    {
        _kit.Write(".editorconfig", "root = true\n\n[opinion/**]\neditorial_lint.EDL9060.severity = none\n");
        _kit.Write("news/a.txt", "Tehrik.");
        _kit.Write("opinion/b.txt", "Tehrik.");
        var result = _kit.Run(".");
        Assert.Equal(new[] { "news/a.txt(1,1): warning EDL9060: 'Tehrik' is also written 'Tehreek'" }, result.FindingLines);
    }

    [Fact]
    public void a_per_file_section_raises_a_rule_to_error_and_the_exit_code_follows()
    {
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial_lint.EDL9060.severity = warning\n\n[breaking.txt]\neditorial_lint.EDL9060.severity = error\n");
        _kit.Write("breaking.txt", "Tehrik.");
        _kit.Write("feature.txt", "Tehrik.");
        var result = _kit.Run(".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("breaking.txt(1,1): error EDL9060", result.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("feature.txt(1,1): warning EDL9060", result.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void a_nearer_editorconfig_overrides_a_farther_one()
    {
        _kit.Write(".editorconfig", "root = true\n\n[*]\neditorial_lint.EDL9060.severity = error\n");
        _kit.Write("archive/.editorconfig", "[*]\neditorial_lint.EDL9060.severity = none\n");
        _kit.Write("archive/a.txt", "Tehrik.");
        _kit.Write("b.txt", "Tehrik.");
        Assert.Equal(new[] { "b.txt(1,1): error EDL9060: 'Tehrik' is also written 'Tehreek'" }, _kit.Run(".").FindingLines);
    }

    [Fact]
    public void a_globalconfig_applies_to_every_file()
    {
        _kit.Write(".globalconfig", "is_global = true\neditorial_lint.EDL9061.severity = none\n");
        _kit.Write("a.txt", "TODO Tehrik.");
        var result = _kit.Run("a.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "a.txt(1,6): warning EDL9060: 'Tehrik' is also written 'Tehreek'" }, result.FindingLines);
    }

    [Fact]
    public void an_editorconfig_section_beats_the_globalconfig()
    {
        _kit.Write(".globalconfig", "is_global = true\neditorial_lint.EDL9060.severity = none\n");
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial_lint.EDL9060.severity = error\n");
        _kit.Write("a.txt", "Tehrik.");
        Assert.Equal(new[] { "a.txt(1,1): error EDL9060: 'Tehrik' is also written 'Tehreek'" }, _kit.Run("a.txt").FindingLines);
    }
}
