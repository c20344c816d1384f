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
    public void EDL0904_escapes_a_look_alike_letter_in_the_value_it_quotes()
    {
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial_lint.EDL0002.severity = non\u0435\n");
        _kit.Write("a.txt", "Flood\n\nThe flood destroyed 300 houses.\n");
        var result = _kit.Run("a.txt", "--no-default-rules");
        Assert.Contains("warning EDL0904: 'editorial_lint.EDL0002.severity = non\\u0435' is not a severity", result.Stdout, StringComparison.Ordinal);
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

    [Fact]
    public void a_mistyped_value_is_reported_once_per_run_at_the_first_article_it_applies_to()
    {
        // Stop 24: it was reported at (1,1) of every article under the section.
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial_lint.EDL0002.severity = nonee\n\n[opinion/*.txt]\neditorial_lint.EDL0003.max_days_apart = a week\n");
        _kit.Write("b.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n");
        _kit.Write("a.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n");
        _kit.Write("opinion/c.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n");
        _kit.Write("opinion/d.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n");
        var lines = _kit.Run(".", "--no-default-rules").Stdout.Split('\n');
        var severity = Assert.Single(lines, l => l.Contains("EDL0002.severity = nonee", StringComparison.Ordinal));
        Assert.Contains("a.txt(1,1): warning EDL0904", severity, StringComparison.Ordinal);
        var days = Assert.Single(lines, l => l.Contains("max_days_apart = a week", StringComparison.Ordinal));
        Assert.Contains("c.txt(1,1): warning EDL0904", days, StringComparison.Ordinal);
    }

    [Fact]
    public void Roslyns_severity_key_for_an_EDL_rule_gets_a_hint_naming_EditorialLints_key()
    {
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.EDL0002.severity = none\ndotnet_diagnostic.CA1000.severity = none\n");
        _kit.Write("a.txt", "Flood\n\nThe flood destroyed 300 houses.\n");
        _kit.Write("b.txt", "Flood\n\nThe flood destroyed 300 houses.\n");
        var result = _kit.Run(".", "--no-default-rules");
        var hint = Assert.Single(result.Stdout.Split('\n'), l => l.Contains("EDL0904", StringComparison.Ordinal));
        Assert.Contains("a.txt(1,1): warning EDL0904: 'dotnet_diagnostic.EDL0002.severity = none' is not applied to articles (Roslyn applies it to code only): write 'editorial_lint.EDL0002.severity = none' instead", hint, StringComparison.Ordinal);
        Assert.DoesNotContain("CA1000", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void no_hint_when_EditorialLints_own_key_is_set_too_or_the_severity_is_a_globalconfigs()
    {
        _kit.Write(".editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.EDL0002.severity = none\neditorial_lint.EDL0002.severity = none\n");
        _kit.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.EDL0001.severity = error\n");
        _kit.Write("a.txt", "Flood\n\nThe flood destroyed 300 houses.\n");
        Assert.DoesNotContain("EDL0904", _kit.Run("a.txt", "--no-default-rules").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task the_build_reports_a_mistyped_value_once_at_the_first_article_and_live_there()
    {
        var harness = new EditorialLint.Tests.Analyzers.AnalyzerHarness()
            .AddEditorConfig(".editorconfig", "root = true\n[*.txt]\neditorial_lint.EDL0002.severity = nonee\n")
            .AddArticle("articles/b.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n")
            .AddArticle("articles/a.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n")
            .AddArticle("articles/c.txt", "Flood\n\nThe flood destroyed 300 houses, police said.\n");
        var analyzer = new EditorialLint.Analyzers.EditorialLintAnalyzer();
        var all = await harness.GetAllDiagnosticsAsync(analyzer);
        var once = Assert.Single(all, d => d.Id == "EDL0904");
        Assert.StartsWith("articles/a.txt(1,1): warning EDL0904: 'editorial_lint.EDL0002.severity = nonee'", EditorialLint.Tests.Analyzers.AnalyzerHarness.Format(once), StringComparison.Ordinal);
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
        // The IDE's per-file path still shows it live on that article (and only there).
        Assert.Contains(await harness.GetFileDiagnosticsAsync(analyzer, "articles/a.txt"), d => d.Id == "EDL0904");
        Assert.DoesNotContain(await harness.GetFileDiagnosticsAsync(analyzer, "articles/b.txt"), d => d.Id == "EDL0904");
    }
}
