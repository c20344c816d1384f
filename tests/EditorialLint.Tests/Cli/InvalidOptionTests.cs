using System;
using EditorialLint.Cli;

namespace EditorialLint.Tests.Cli;

/// <summary>Issue 11, item 6: an invalid severity value in .editorconfig is reported (EDL0904), not silently ignored.</summary>
public sealed class InvalidOptionTests : IDisposable
{
    private readonly CliTestKit _kit = new() { Host = new CliHost() };

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void a_misspelt_severity_is_EDL0904_naming_the_key_and_the_rule_keeps_its_default()
    {
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial_lint.EDL0002.severity = nonee\neditorial_lint.EDL0001.severity = none\n");
        _kit.Write("a.txt", "Flood\n\nThe flood destroyed 300 houses.\n");
        var result = _kit.Run("a.txt", "--no-default-rules");
        Assert.Contains("a.txt(1,1): warning EDL0904: 'editorial_lint.EDL0002.severity = nonee' is not a severity", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("EDL0002 runs at its default, warning", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning EDL0002", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("EDL0001.severity", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_documented_option_whose_value_cannot_be_read_is_EDL0904_too()
    {
        // New-user report, stop 23: these were ignored silently.
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial_lint.EDL0003.max_days_apart = a week\neditorial_lint.EDL0002.window = many\neditorial_lint.EDL0002.min_value = 5\neditorial_lint.EDL0001.spelling_variety = British\n");
        _kit.Write("a.txt", "Flood\n\nThe flood destroyed 300 houses.\n");
        var result = _kit.Run("a.txt", "--no-default-rules");
        Assert.Contains("a.txt(1,1): warning EDL0904: 'editorial_lint.EDL0003.max_days_apart = a week' is not a whole number: EDL0003 uses its default, 365", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("a.txt(1,1): warning EDL0904: 'editorial_lint.EDL0002.window = many' is not a whole number: EDL0002 uses its default, 1", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("min_value", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("spelling_variety", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task the_build_reports_an_unreadable_option_as_the_cli_does()
    {
        var diagnostics = await new EditorialLint.Tests.Analyzers.AnalyzerHarness()
            .AddEditorConfig(".editorconfig", "root = true\n[*.txt]\neditorial_lint.EDL0003.across_articles = nope\n")
            .AddArticle("articles/a.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n")
            .GetAllDiagnosticsAsync(new EditorialLint.Analyzers.EditorialLintAnalyzer());
        Assert.Contains(diagnostics, d => d.Id == "EDL0904" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) == "'editorial_lint.EDL0003.across_articles = nope' is not true or false: EDL0003 reads it as false");
    }

    [Fact]
    public void EDL0904_can_itself_be_turned_off()
    {
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial_lint.EDL0002.severity = nonee\neditorial_lint.EDL0904.severity = none\n");
        _kit.Write("a.txt", "Flood\n\nThe flood destroyed 300 houses.\n");
        Assert.DoesNotContain("EDL0904", _kit.Run("a.txt", "--no-default-rules").Stdout, StringComparison.Ordinal);
    }
}
