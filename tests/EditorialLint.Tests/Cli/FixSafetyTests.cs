using System;
using System.IO;

namespace EditorialLint.Tests.Cli;

/// <summary>
/// Issue 11, item 4: <c>fix</c> is safe — fixes that disagree are reported and neither applied (so a second run
/// changes nothing), read-only and unwritable files are reported and skipped, links survive.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FixSafetyTests : IDisposable
{
    // A desk rule under its own ID that prefers the form the test rule (EDL9060: Tehrik -> Tehreek) replaces.
    private const string DeskRule = "kind: variants\nid: EDL9010\ngroups:\n  - preferred: Tehrik\n    variants: [Tehreek]\n";

    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void fixes_that_swap_two_forms_are_reported_and_neither_is_applied()
    {
        const string text = "The Tehrik group met. The Tehreek spokesman spoke. TODO.\n";
        _kit.Write("rules/desk.yml", DeskRule);
        _kit.Write("a.txt", text);
        var result = _kit.Run("fix", "a.txt");
        Assert.Equal(text, _kit.Read("a.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.txt(1,5): fix conflict: EDL9060 would write 'Tehreek', but EDL9010 rewrites 'Tehreek' to 'Tehrik'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("fix conflict: EDL9010 would write 'Tehrik'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Applied 0 fixes in 0 files.", result.Stdout, StringComparison.Ordinal);

        // Idempotent: the next run is the same, and the text never changes.
        _kit.Run("fix", "a.txt");
        Assert.Equal(text, _kit.Read("a.txt"));
    }

    [Fact]
    public void a_conflict_is_reported_once_when_an_earlier_fix_in_the_file_shifts_its_position()
    {
        // Round 1 applies the substitution before the conflicting pair; round 2 finds the same pair at shifted offsets.
        _kit.Write("rules/desk.yml", DeskRule);
        _kit.Write("rules/style.yml", "kind: substitution\nid: EDL9001\nswap:\n  utilize: use\n");
        _kit.Write("a.txt", "We utilize it. The Tehrik group met. The Tehreek spokesman spoke.\n");
        var result = _kit.Run("fix", "a.txt");
        Assert.Equal("We use it. The Tehrik group met. The Tehreek spokesman spoke.\n", _kit.Read("a.txt"));
        Assert.Equal(1, CountOf(result.Stderr, "fix conflict: EDL9060 would write 'Tehreek'"));
        Assert.Equal(1, CountOf(result.Stderr, "fix conflict: EDL9010 would write 'Tehrik'"));
        Assert.Contains("2 fixes left unapplied", result.Stderr, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void a_read_only_file_is_reported_and_skipped_and_the_others_are_fixed()
    {
        var locked = _kit.Write("a.txt", "The Tehrik group.\n");
        _kit.Write("b.txt", "The Tehrik group.\n");
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var result = _kit.Run("fix", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("The Tehrik group.\n", _kit.Read("a.txt"));
        Assert.Equal("The Tehreek group.\n", _kit.Read("b.txt"));
        Assert.Contains("a.txt: error: read-only; left unchanged", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(locked));
    }

    [Fact]
    public void a_file_that_cannot_be_written_is_reported_and_the_run_goes_on()
    {
        var failing = _kit.Write("a.txt", "The Tehrik group.\n");
        _kit.Write("b.txt", "The Tehrik group.\n");
        _kit.Host = new EditorialLint.Cli.CliHost
        {
            CreateRules = _kit.Host.CreateRules,
            WriteInPlace = (path, bytes) =>
            {
                if (path == failing) throw new IOException("No space left on device");
                EditorialLint.Cli.InPlaceFile.Write(path, bytes);
            },
        };
        var result = _kit.Run("fix", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("The Tehrik group.\n", _kit.Read("a.txt"));
        Assert.Equal("The Tehreek group.\n", _kit.Read("b.txt"));
        Assert.Contains("a.txt: error: cannot write: No space left on device; left unchanged", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void fixing_through_a_symlink_keeps_the_link_and_hard_links_share_the_change()
    {
        var real = _kit.Write("store/a.txt", "The Tehrik group.\n");
        Directory.CreateDirectory(Path.Combine(_kit.Root, "articles"));
        var link = Path.Combine(_kit.Root, "articles", "a.txt");
        File.CreateSymbolicLink(link, real);
        var hard = Path.Combine(_kit.Root, "store", "hard.txt");
        Assert.Equal(0, EditorialLint.Tests.Support.ProcessRunner.Run("ln", $"\"{real}\" \"{hard}\"", _kit.Root, TimeSpan.FromSeconds(30)).ExitCode);

        var result = _kit.Run("fix", "articles");
        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("The Tehreek group.\n", File.ReadAllText(real));
        Assert.Equal("The Tehreek group.\n", File.ReadAllText(hard));
    }
}
