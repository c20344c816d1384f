using System;
using System.IO;
using System.Linq;
using EditorialLint.Cli;

namespace EditorialLint.Tests.Cli;

/// <summary>
/// Issue 11, item 2: files the CLI cannot read — dangling links, link loops, unreadable files — are errors located
/// at their path; the rest are linted and the run exits 2 at the end. Folder loops are walked once.
/// </summary>
public sealed class HostileInputFilesTests : IDisposable
{
    private readonly CliTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void a_dangling_symlink_is_a_located_error_and_the_other_articles_are_linted()
    {
        _kit.Write("articles/a.txt", "TODO here.\n");
        File.CreateSymbolicLink(Path.Combine(_kit.Root, "articles", "gone.txt"), Path.Combine(_kit.Root, "nowhere.txt"));
        var result = _kit.Run("articles");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("articles/a.txt(1,1): error EDL9061", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles/gone.txt: error: a dangling symbolic link", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void a_symlink_loop_named_on_the_command_line_or_in_a_folder_is_a_located_error()
    {
        _kit.Write("articles/a.txt", "Clean copy.\n");
        File.CreateSymbolicLink(Path.Combine(_kit.Root, "articles", "x.txt"), Path.Combine(_kit.Root, "articles", "y.txt"));
        File.CreateSymbolicLink(Path.Combine(_kit.Root, "articles", "y.txt"), Path.Combine(_kit.Root, "articles", "x.txt"));
        var folder = _kit.Run("articles");
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("articles/x.txt: error: a symbolic link loop", folder.Stderr, StringComparison.Ordinal);
        Assert.Contains("articles/y.txt: error: a symbolic link loop", folder.Stderr, StringComparison.Ordinal);
        Assert.Contains("in 1 article.", folder.Stdout, StringComparison.Ordinal);

        var named = _kit.Run("articles/x.txt", "articles/a.txt");
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("articles/x.txt: error: a symbolic link loop", named.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void a_folder_link_loop_is_walked_once()
    {
        _kit.Write("articles/desk/a.txt", "TODO once.\n");
        Directory.CreateSymbolicLink(Path.Combine(_kit.Root, "articles", "desk", "again"), Path.Combine(_kit.Root, "articles"));
        Directory.CreateSymbolicLink(Path.Combine(_kit.Root, "articles", "mirror"), Path.Combine(_kit.Root, "articles", "desk"));
        var result = _kit.Run("articles");
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.FindingLines);
        Assert.Contains("in 1 article.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void an_unreadable_file_is_a_located_error_and_the_others_are_linted()
    {
        _kit.Write("articles/a.txt", "TODO here.\n");
        var locked = _kit.Write("articles/locked.txt", "TODO there.\n");
        _kit.Host = new CliHost
        {
            CreateRules = _kit.Host.CreateRules,
            ReadAllBytes = path => path == locked ? throw new UnauthorizedAccessException("Access to the path is denied.") : File.ReadAllBytes(path),
        };
        var result = _kit.Run("articles");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.FindingLines);
        Assert.Contains("articles/a.txt(1,1)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles/locked.txt: error: cannot read: permission denied", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void a_glob_matching_nothing_is_2_with_a_clear_message()
    {
        _kit.Write("articles/a.txt", "Clean copy.\n");
        var result = _kit.Run("articles/**/*.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("articles/**/*.md: error: no file matches this pattern", result.Stderr, StringComparison.Ordinal);

        var mixed = _kit.Run("articles/*.txt", "drafts/*.txt");
        Assert.Equal(2, mixed.ExitCode);
        Assert.Contains("in 1 article.", mixed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void real_paths_see_through_links_and_report_loops()
    {
        var target = _kit.Write("real/a.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(_kit.Root, "link"), Path.Combine(_kit.Root, "real"));
        Assert.Equal(InputFiles.RealPath(target), InputFiles.RealPath(Path.Combine(_kit.Root, "link", "a.txt")));
        File.CreateSymbolicLink(Path.Combine(_kit.Root, "self.txt"), Path.Combine(_kit.Root, "self.txt"));
        Assert.Null(InputFiles.RealPath(Path.Combine(_kit.Root, "self.txt")));
    }
}
