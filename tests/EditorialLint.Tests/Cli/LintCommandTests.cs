using System.IO;
using System.Linq;
using System.Text.Json;
using EditorialLint.Cli;

namespace EditorialLint.Tests.Cli;

public sealed class LintCommandTests : System.IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    public sealed class Text : System.IDisposable
    {
        private readonly CliTestKit _kit = new();

        public void Dispose() => _kit.Dispose();

        [Fact]
        public void prints_location_severity_id_message_then_the_source_line_and_a_caret_under_the_span()
        {
            _kit.Write("a.txt", "First line.\nThe Tehrik group spoke.\n");
            var result = _kit.Run("a.txt");
            Assert.Equal(
                "a.txt(2,5): warning EDL9060: 'Tehrik' is also written 'Tehreek'\n" +
                "    The Tehrik group spoke.\n" +
                "        ^^^^^^\n" +
                "1 finding (0 errors, 1 warning, 0 suggestions) in 1 article.\n",
                result.Stdout);
        }

        [Fact]
        public void windows_a_long_line_around_the_span()
        {
            var before = string.Concat(Enumerable.Repeat("word ", 60));
            _kit.Write("a.txt", before + "Tehrik " + before);
            var lines = _kit.Run("a.txt").Lines;
            Assert.StartsWith("    …", lines[1], System.StringComparison.Ordinal);
            Assert.EndsWith("…", lines[1], System.StringComparison.Ordinal);
            Assert.True(lines[1].Length < 120);
            var caret = lines[2].IndexOf('^', System.StringComparison.Ordinal);
            Assert.Equal("Tehrik", lines[1].Substring(caret, 6));
        }

        [Fact]
        public void is_plain_when_stdout_is_not_a_terminal()
        {
            _kit.Write("a.txt", "Tehrik.");
            Assert.DoesNotContain("\u001b[", _kit.Run("a.txt").Stdout, System.StringComparison.Ordinal);
        }

        [Fact]
        public void is_coloured_on_a_terminal()
        {
            _kit.Write("a.txt", "Tehrik.");
            _kit.Host = new CliHost { CreateRules = _kit.Host.CreateRules, StdoutIsTerminal = true };
            Assert.Contains("\u001b[33mwarning", _kit.Run("a.txt").Stdout, System.StringComparison.Ordinal);
        }

        [Fact]
        public void NO_COLOR_turns_colour_off_on_a_terminal()
        {
            _kit.Write("a.txt", "Tehrik.");
            _kit.Host = new CliHost { CreateRules = _kit.Host.CreateRules, StdoutIsTerminal = true, GetEnvironmentVariable = n => n == "NO_COLOR" ? "1" : null };
            Assert.DoesNotContain("\u001b[", _kit.Run("a.txt").Stdout, System.StringComparison.Ordinal);
        }

        [Fact]
        public void says_so_when_there_is_nothing_to_report()
        {
            _kit.Write("a.txt", "Clean copy.");
            var result = _kit.Run("a.txt");
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No findings in 1 article.\n", result.Stdout);
        }
    }

    [Fact]
    public void json_keeps_its_shape()
    {
        _kit.Write("a.txt", "Tehreek first. Then Tehrik.");
        var result = _kit.Run("a.txt", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(
            new[] { "path", "line", "column", "endLine", "endColumn", "id", "severity", "message", "related", "properties" },
            finding.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("a.txt", finding.GetProperty("path").GetString());
        Assert.Equal(21, finding.GetProperty("column").GetInt32());
        Assert.Equal(27, finding.GetProperty("endColumn").GetInt32());
        var related = Assert.Single(finding.GetProperty("related").EnumerateArray());
        Assert.Equal(new[] { "path", "line", "column" }, related.EnumerateObject().Select(p => p.Name).ToArray());
    }

    public sealed class ExitCodes : System.IDisposable
    {
        private readonly CliTestKit _kit = new();

        public void Dispose() => _kit.Dispose();

        [Fact]
        public void clean_is_0() => Assert.Equal(0, Write("Clean copy.").Run("a.txt").ExitCode);

        [Fact]
        public void warnings_below_the_default_threshold_are_0() => Assert.Equal(0, Write("Tehrik.").Run("a.txt").ExitCode);

        [Fact]
        public void warnings_with_fail_on_warning_are_1() => Assert.Equal(1, Write("Tehrik.").Run("a.txt", "--fail-on", "warning").ExitCode);

        [Fact]
        public void errors_are_1() => Assert.Equal(1, Write("TODO.").Run("a.txt").ExitCode);

        [Fact]
        public void an_unknown_option_is_2_with_the_error_and_a_pointer_to_help_on_stderr()
        {
            var result = Write("x").Run("a.txt", "--frobnicate");
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(new[] { "editorial-lint: unknown option '--frobnicate'", "run 'editorial-lint --help' for the commands and options" },
                result.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray());
        }

        [Fact]
        public void no_paths_is_2_with_the_whole_usage()
        {
            var result = _kit.Run();
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("usage:", result.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void a_missing_path_is_2() => Assert.Equal(2, _kit.Run("nope.txt").ExitCode);

        [Fact]
        public void an_unknown_format_is_2() => Assert.Equal(2, Write("x").Run("a.txt", "--format", "xml").ExitCode);

        [Fact]
        public void a_bad_fail_on_is_2() => Assert.Equal(2, Write("x").Run("a.txt", "--fail-on", "suggestion").ExitCode);

        [Fact]
        public void a_missing_baseline_is_2() => Assert.Equal(2, Write("x").Run("a.txt", "--baseline", "none.json").ExitCode);

        [Fact]
        public void a_broken_rule_file_is_a_configuration_error_2()
        {
            Write("Clean copy.");
            _kit.Write("rules/bad.yml", "kind: nonsense\n");
            var result = _kit.Run("a.txt");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("EDL0902", result.Stdout, System.StringComparison.Ordinal);
        }

        [Fact]
        public void a_broken_rule_file_says_on_stderr_why_the_run_exits_2()
        {
            Write("Clean copy.");
            _kit.Write("rules/bad.yml", "kind: nonsense\n");
            var result = _kit.Run("a.txt", "--format", "github");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("::warning file=rules/bad.yml", result.Stdout, System.StringComparison.Ordinal);
            Assert.Contains("exit 2: the rule file rules/bad.yml has problems (EDL0902 says where and why)", result.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void one_broken_rule_in_a_file_does_not_make_stderr_say_the_whole_file_did_not_run()
        {
            // ux-s32: stderr said "the rule file … did not load …, so its rules did not run" while its other rule ran.
            Write("The martyrs were buried.");
            _kit.Write("rules/desk.yml", "rules:\n  - kind: existence\n    id: EDL9050\n    terms: [martyrs]\n  - kind: nonsense\n");
            var result = _kit.Run("a.txt");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("EDL9050", result.Stdout, System.StringComparison.Ordinal);
            Assert.DoesNotContain("did not load", result.Stderr, System.StringComparison.Ordinal);
            Assert.Contains("the rules it points at did not run, every other rule did", result.Stderr, System.StringComparison.Ordinal);
        }

        [Fact]
        public void help_is_0() => Assert.Equal(0, _kit.Run("--help").ExitCode);

        private CliTestKit Write(string text)
        {
            _kit.Write("a.txt", text);
            return _kit;
        }
    }

    [Fact]
    public void exclude_globs_leave_files_out_relative_to_the_working_directory_or_the_folder_given()
    {
        _kit.Write("news/a.txt", "Tehrik.");
        _kit.Write("news/drafts/b.txt", "Tehrik.");
        _kit.Write("news/c.md", "Tehrik.");
        Assert.Equal(new[] { "news/a.txt(1,1)" }, Paths(_kit.Run("news", "--exclude", "news/drafts/**", "--exclude", "**/*.md")));
        Assert.Equal(new[] { "news/a.txt(1,1)", "news/c.md(1,1)" }, Paths(_kit.Run("news", "--exclude", "drafts/**")));
        Assert.Equal(new[] { "news/c.md(1,1)" }, Paths(_kit.Run("news/**/*.*", "--exclude", "**/*.txt")));
    }

    [Fact]
    public void progress_goes_to_stderr_only_on_a_terminal()
    {
        for (var i = 0; i < 5; i++) _kit.Write($"a{i}.txt", "Tehrik.");
        var result = _kit.Run(".");
        Assert.Equal(string.Empty, result.Stderr);
    }

    private static string[] Paths(CliResult result) => result.FindingLines.Select(l => l[..l.IndexOf(':', System.StringComparison.Ordinal)]).ToArray();
}
