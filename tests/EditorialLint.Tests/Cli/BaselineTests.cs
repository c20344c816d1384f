using System.IO;
using System.Text.Json;

namespace EditorialLint.Tests.Cli;

public sealed class BaselineTests : System.IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void after_write_baseline_inserting_a_paragraph_above_old_findings_reports_only_the_new_finding()
    {
        _kit.Write("a.txt", "Intro paragraph.\n\nThe Tehrik group met. TODO check.\n\nLater the Tehrik group left.\n");
        var write = _kit.Run("a.txt", "--write-baseline", "baseline.json");
        Assert.Equal(0, write.ExitCode);
        Assert.Equal(3, JsonDocument.Parse(_kit.Read("baseline.json")).RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(0, _kit.Run("a.txt", "--baseline", "baseline.json", "--fail-on", "warning").ExitCode);

        _kit.Write("a.txt", "Intro paragraph.\n\nBreaking: a Tehrik spokesman said more.\n\nThe Tehrik group met. TODO check.\n\nLater the  Tehrik group\tleft.\n");
        var result = _kit.Run("a.txt", "--baseline", "baseline.json");
        Assert.Equal(new[] { "a.txt(3,13): warning EDL9060: 'Tehrik' is also written 'Tehreek'" }, result.FindingLines);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void a_repeat_of_the_same_text_in_the_same_context_counts_as_new()
    {
        _kit.Write("a.txt", "The Tehrik group met.\n");
        _kit.Run("a.txt", "--write-baseline", "baseline.json");
        _kit.Write("a.txt", "The Tehrik group met.\n\nThe Tehrik group met.\n");
        Assert.Single(_kit.Run("a.txt", "--baseline", "baseline.json").FindingLines);
    }

    [Fact]
    public void fixed_findings_simply_drop_out_and_the_baseline_is_sorted_and_readable()
    {
        _kit.Write("b.txt", "TODO one.\n");
        _kit.Write("a.txt", "Tehrik one.\n");
        _kit.Run(".", "--write-baseline", "base.json");
        var baseline = _kit.Read("base.json");
        Assert.True(baseline.IndexOf("\"path\": \"a.txt\"", System.StringComparison.Ordinal) < baseline.IndexOf("\"path\": \"b.txt\"", System.StringComparison.Ordinal));
        Assert.Contains("\"text\": \"Tehrik\"", baseline, System.StringComparison.Ordinal);
        File.Delete(Path.Combine(_kit.Root, "b.txt"));
        var result = _kit.Run(".", "--baseline", "base.json");
        Assert.Empty(result.FindingLines);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void the_sarif_fingerprint_is_the_baseline_key()
    {
        _kit.Write("a.txt", "The Tehrik group met.\n");
        _kit.Run("a.txt", "--write-baseline", "baseline.json");
        var key = JsonDocument.Parse(_kit.Read("baseline.json")).RootElement.GetProperty("findings")[0].GetProperty("key").GetString();
        var sarif = JsonDocument.Parse(_kit.Run("a.txt", "--format", "sarif").Stdout).RootElement;
        Assert.Equal(key, sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty("editorialLint/v1").GetString());
    }

    /// <summary>
    /// A run that the baseline leaves clean said only "No findings in 1 article.", as if there were none: the reader
    /// could not tell a clean archive from one whose findings are all accepted. It now says on stderr how many the
    /// baseline held back (stdout, the report itself, is unchanged, so json and sarif stay parseable).
    /// </summary>
    [Fact]
    public void it_says_on_stderr_how_many_findings_the_baseline_held_back()
    {
        _kit.Write("a.txt", "The Tehrik group met. TODO check.\n\nLater the Tehrik group left.\n");
        _kit.Run("a.txt", "--write-baseline", "baseline.json");
        var result = _kit.Run("a.txt", "--baseline", "baseline.json");
        Assert.Equal("No findings in 1 article.\n", result.Stdout);
        Assert.Equal("editorial-lint: 3 findings in the baseline (baseline.json) not shown\n", result.Stderr);

        _kit.Write("b.txt", "Nothing to see.\n");
        Assert.Equal(string.Empty, _kit.Run("b.txt", "--baseline", "baseline.json").Stderr);
    }

    [Fact]
    public void a_baseline_that_is_not_json_is_a_usage_error()
    {
        _kit.Write("a.txt", "x");
        _kit.Write("baseline.json", "{ nope");
        Assert.Equal(2, _kit.Run("a.txt", "--baseline", "baseline.json").ExitCode);
    }
}
