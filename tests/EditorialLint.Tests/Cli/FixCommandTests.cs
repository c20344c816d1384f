using EditorialLint.Cli;
using EditorialLint.Fixes;
using EditorialLint.Text;
using System.Linq;
using System.Text;

namespace EditorialLint.Tests.Cli;

public sealed class FixCommandTests : System.IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void dry_run_prints_a_unified_diff_writes_nothing_and_exits_1()
    {
        const string text = "One.\nTwo.\nThree.\nFour.\nThe Tehrik group met.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\nA Tehrik man.";
        _kit.Write("a.txt", text);
        var result = _kit.Run("fix", "--dry-run", "a.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(text, _kit.Read("a.txt"));
        Assert.Equal(
            "--- a/a.txt\n+++ b/a.txt\n" +
            "@@ -2,7 +2,7 @@\n Two.\n Three.\n Four.\n-The Tehrik group met.\n+The Tehreek group met.\n Six.\n Seven.\n Eight.\n" +
            "@@ -10,4 +10,4 @@\n Ten.\n Eleven.\n Twelve.\n-A Tehrik man.\n\\ No newline at end of file\n+A Tehreek man.\n\\ No newline at end of file\n",
            result.Stdout);
        Assert.Contains("2 fixes to apply in 1 file", result.Stderr, System.StringComparison.Ordinal);
    }

    [Fact]
    public void fix_changes_exactly_the_flagged_spans_reports_counts_and_a_second_run_changes_nothing()
    {
        _kit.Write("a.txt", "The Tehrik group met. TODO check.\n\nTehrik again.\n");
        _kit.Write("b.txt", "Nothing here.\n");
        var result = _kit.Run("fix", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("a.txt: 2 fixes\nApplied 2 fixes in 1 file.\n", result.Stdout);
        Assert.Equal("The Tehreek group met. TODO check.\n\nTehreek again.\n", _kit.Read("a.txt"));
        Assert.Equal("Nothing here.\n", _kit.Read("b.txt"));

        var again = _kit.Run("fix", ".");
        Assert.Equal("Applied 0 fixes in 0 files.\n", again.Stdout);
        Assert.Equal(0, _kit.Run("fix", "--dry-run", ".").ExitCode);
    }

    [Fact]
    public void fix_repeats_until_nothing_changes_so_a_second_run_and_the_dry_run_agree()
    {
        using var kit = new CliTestKit { Host = new CliHost() };   // the built-in rules: EDL0001's automatic variants
        // Within a.txt one spelling wins; once a.txt is consistent, the corpus pass asks for the other articles' form.
        const string a = "Budget talks\n\nThe stabilisation fund grew. The stabilization plan stalled. The stabilization office said so.\n";
        kit.Write("a.txt", a);
        kit.Write("b.txt", "Fund\n\nThe stabilisation fund met. The stabilisation team spoke.\n");
        kit.Write("c.txt", "Fund again\n\nThe stabilisation fund paid.\n");
        const string fixedA = "Budget talks\n\nThe stabilisation fund grew. The stabilisation plan stalled. The stabilisation office said so.\n";

        var dryRun = kit.Run("fix", "--dry-run", ".", "--no-rules");
        Assert.Equal(1, dryRun.ExitCode);
        Assert.Equal(a, kit.Read("a.txt"));
        Assert.Equal("--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n Budget talks\n \n-" + a.Split('\n')[2] + "\n+" + fixedA.Split('\n')[2] + "\n", dryRun.Stdout);

        Assert.Equal(0, kit.Run("fix", ".", "--no-rules").ExitCode);
        Assert.Equal(fixedA, kit.Read("a.txt"));
        Assert.Equal("Applied 0 fixes in 0 files.\n", kit.Run("fix", ".", "--no-rules").Stdout);
        Assert.Equal(0, kit.Run("fix", "--dry-run", ".", "--no-rules").ExitCode);
    }

    [Fact]
    public void fix_counts_the_distinct_edits_made_not_the_sum_over_its_rounds()
    {
        using var kit = new CliTestKit { Host = new CliHost() };
        // As above: round 1 makes a.txt consistent one way, round 2 turns it to the corpus's form, undoing round 1's edit.
        kit.Write("a.txt", "Budget talks\n\nThe stabilisation fund grew. The stabilization plan stalled. The stabilization office said so.\n");
        kit.Write("b.txt", "Fund\n\nThe stabilisation fund met. The stabilisation team spoke.\n");
        kit.Write("c.txt", "Fund again\n\nThe stabilisation fund paid.\n");
        var result = kit.Run("fix", ".", "--no-rules");
        Assert.Equal("a.txt: 2 fixes\nApplied 2 fixes in 1 file.\n", result.Stdout);
    }

    [Fact]
    public void the_edit_ledger_merges_an_edit_made_again_and_drops_one_undone()
    {
        const string original = "one two three four";
        var ledger = new EditLedger();
        // Round 1: "two" -> "2", "four" -> "4".
        ledger.Apply(new[] { new TextEdit(new TextSpan(4, 3), "2"), new TextEdit(new TextSpan(14, 4), "4") });
        var round1 = "one 2 three 4";
        Assert.Equal(2, ledger.Count(original, round1));
        // Round 2: "2" -> "two" (undone), "4" -> "IV" (changed again), "one" -> "1" (new).
        ledger.Apply(new[] { new TextEdit(new TextSpan(0, 3), "1"), new TextEdit(new TextSpan(4, 1), "two"), new TextEdit(new TextSpan(12, 1), "IV") });
        Assert.Equal(2, ledger.Count(original, "1 two three IV"));
    }

    [Fact]
    public void the_edit_ledger_keeps_a_later_edit_inside_a_region_an_earlier_edit_of_its_round_took_in()
    {
        const string original = "a b";
        var ledger = new EditLedger();
        // Round 1: "b" -> "b c d e f g" (one region that grew by ten).
        ledger.Apply(new[] { new TextEdit(new TextSpan(2, 1), "b c d e f g") });
        // Round 2: "a b" -> "A B" touches that region's start and takes it in; "c" -> "C" lies inside it, after the first
        // edit's end. Before the fix the second edit was mapped to the original from the region's end (position -6),
        // the region came out reversed and Count threw ArgumentOutOfRangeException.
        ledger.Apply(new[] { new TextEdit(new TextSpan(0, 3), "A B"), new TextEdit(new TextSpan(4, 1), "C") });
        Assert.Equal(1, ledger.Count(original, "A B C d e f g"));
        // Round 3 puts the text back: nothing differs.
        ledger.Apply(new[] { new TextEdit(new TextSpan(0, 13), "a b") });
        Assert.Equal(0, ledger.Count(original, "a b"));
    }

    [Fact]
    public void dry_run_names_files_relative_to_the_working_directory_so_git_apply_takes_the_diff()
    {
        _kit.Write("desk/a.txt", "The Tehrik group met.\n");
        var absolute = System.IO.Path.Combine(_kit.Root, "desk", "a.txt");
        var result = _kit.Run("fix", "--dry-run", absolute);
        Assert.StartsWith("--- a/desk/a.txt\n+++ b/desk/a.txt\n@@ ", result.Stdout, System.StringComparison.Ordinal);
        Assert.DoesNotContain("outside the current folder", result.Stderr, System.StringComparison.Ordinal);

        var outside = System.IO.Path.GetFullPath(System.IO.Path.Combine(_kit.Root, "..", "elsewhere", "b.txt"));
        Assert.Equal((outside.Replace('\\', '/'), outside.Replace('\\', '/')), FixCommand.DiffPath(_kit.Root, outside));
    }

    [Fact]
    public void fix_keeps_a_BOM_and_CRLF_line_endings()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        _kit.WriteBytes("a.txt", bom.Concat(Encoding.UTF8.GetBytes("Première ligne.\r\nThe Tehrik group.\r\n\r\nTehrik.\r\n")).ToArray());
        _kit.Run("fix", "a.txt");
        Assert.Equal(bom.Concat(Encoding.UTF8.GetBytes("Première ligne.\r\nThe Tehreek group.\r\n\r\nTehreek.\r\n")).ToArray(), _kit.ReadBytes("a.txt"));
    }

    [Fact]
    public void fix_keeps_UTF16_with_its_BOM()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        _kit.WriteBytes("a.txt", encoding.GetPreamble().Concat(encoding.GetBytes("The Tehrik group.\n")).ToArray());
        _kit.Run("fix", "a.txt");
        Assert.Equal(encoding.GetPreamble().Concat(encoding.GetBytes("The Tehreek group.\n")).ToArray(), _kit.ReadBytes("a.txt"));
    }

    [Fact]
    public void fix_never_touches_quotations_or_code()
    {
        const string text = "The Tehrik group met.\n\n“Tehrik is our name,” he said.\n\n```\nTehrik = 1\n```\n";
        _kit.Write("a.md", text);
        var result = _kit.Run("fix", "a.md");
        Assert.Equal("a.md: 1 fix\nApplied 1 fix in 1 file.\n", result.Stdout);
        Assert.Equal(text.Replace("The Tehrik", "The Tehreek", System.StringComparison.Ordinal), _kit.Read("a.md"));
    }

    [Fact]
    public void fix_leaves_a_file_that_is_not_valid_UTF8_alone()
    {
        var bytes = Encoding.UTF8.GetBytes("The Tehrik group.\n").Concat(new byte[] { 0xFF, 0x0A }).ToArray();
        _kit.WriteBytes("a.txt", bytes);
        var result = _kit.Run("fix", "a.txt");
        Assert.Equal(bytes, _kit.ReadBytes("a.txt"));
        Assert.Contains("left unchanged", result.Stderr, System.StringComparison.Ordinal);
    }

    [Fact]
    public void fix_leaves_no_temp_files_behind()
    {
        _kit.Write("a.txt", "Tehrik.\n");
        _kit.Run("fix", "a.txt");
        Assert.Equal(new[] { "a.txt" }, System.IO.Directory.GetFiles(_kit.Root).Select(System.IO.Path.GetFileName).ToArray());
    }
}
