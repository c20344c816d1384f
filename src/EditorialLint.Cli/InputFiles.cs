using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditorialLint.Cli;

/// <summary>One file to lint: the path as the user wrote it (for output) and its full path (for reading and config).</summary>
internal sealed record InputFile(string DisplayPath, string FullPath);

/// <summary>A file or folder that could not be linted (unreadable, a dangling link, a link loop, a glob matching nothing).</summary>
internal sealed record InputProblem(string DisplayPath, string Message);

/// <summary>The files to lint and the problems met finding them.</summary>
internal sealed record ResolvedInputs(IReadOnlyList<InputFile> Files, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Turns command-line paths, folders and globs into files, in a stable order. Folders are walked by hand rather
/// than by the globbing library so that symbolic links are followed once: a folder reached again through a link
/// (a loop, or two links to one place) is skipped by its real path, and a file reached twice is linted once.
/// A dangling link or an unreadable folder is a problem named by its path; the walk goes on.
/// </summary>
internal static class InputFiles
{
    private static readonly System.Buffers.SearchValues<char> GlobCharacters = System.Buffers.SearchValues.Create("*?[{");
    private static readonly string[] ArticleExtensions = { ".txt", ".md", ".markdown" };

    /// <summary>How many links one path may pass through before it counts as a loop (Linux's ELOOP limit).</summary>
    private const int MaxLinkHops = 40;

    public static ResolvedInputs Resolve(IEnumerable<string> inputs, string workingDirectory, IReadOnlyCollection<string>? excludes = null)
    {
        var excluded = CreateExcludeMatcher(excludes);
        var walk = new Walk();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input, workingDirectory);
            if (new FileInfo(full).LinkTarget is not null && LeadsNowhere(full))
            {
                walk.Problem(Normalize(input), DescribeBrokenLink(full));
            }
            else if (Directory.Exists(full))
            {
                foreach (var (relative, fullPath, problem) in walk.Enumerate(full, Normalize(input), maxDepth: int.MaxValue).OrderBy(p => p.Relative, StringComparer.Ordinal))
                {
                    if (!IsArticle(relative) || IsExcluded(excluded, workingDirectory, fullPath, relative)) continue;
                    if (problem is null) walk.AddFile(Join(input, relative), fullPath);
                    else walk.Problem(Join(input, relative), problem);
                }
            }
            else if (File.Exists(full))
            {
                if (!IsExcluded(excluded, workingDirectory, full, null)) walk.AddFile(Normalize(input), full);
            }
            else if (input.AsSpan().IndexOfAny(GlobCharacters) >= 0)
            {
                var (root, pattern) = SplitGlob(input);
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(pattern);
                var rootFull = Path.GetFullPath(root, workingDirectory);
                var maxDepth = pattern.Contains("**", StringComparison.Ordinal) ? int.MaxValue : pattern.Split('/').Length;
                var displayRoot = root == "." ? string.Empty : root;
                var candidates = Directory.Exists(rootFull)
                    ? walk.Enumerate(rootFull, displayRoot.Length == 0 ? "." : Normalize(displayRoot), maxDepth).ToList()
                    : new List<(string Relative, string FullPath, string? Problem)>();
                var matched = 0;
                foreach (var (relative, fullPath, problem) in candidates.OrderBy(p => p.Relative, StringComparer.Ordinal))
                {
                    if (!matcher.Match(relative).HasMatches) continue;
                    matched++;
                    if (IsExcluded(excluded, workingDirectory, fullPath, relative)) continue;
                    if (problem is null) walk.AddFile(Join(displayRoot, relative), fullPath);
                    else walk.Problem(Join(displayRoot, relative), problem);
                }

                if (matched == 0) walk.Problem(Normalize(input), "no file matches this pattern");
            }
            else
            {
                throw new UsageException($"no such file or folder: {input}");
            }
        }

        return new ResolvedInputs(walk.Files, walk.Problems);
    }

    private static bool IsArticle(string relative) =>
        ArticleExtensions.Any(e => relative.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The state of one resolution: files by real path, folders already walked by real path, problems.</summary>
    private sealed class Walk
    {
        private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenProblems = new(StringComparer.Ordinal);

        public List<InputFile> Files { get; } = new();

        public List<InputProblem> Problems { get; } = new();

        public void AddFile(string display, string full)
        {
            var real = RealPath(full) ?? full;
            if (_seenFiles.Add(real)) Files.Add(new InputFile(display, full));
        }

        public void Problem(string display, string message)
        {
            if (_seenProblems.Add(display)) Problems.Add(new InputProblem(display, message));
        }

        /// <summary>
        /// Every file (or link to one) under <paramref name="root"/>, relative to it with '/', each folder visited
        /// once by its real path in this walk (links to folders are followed, never round a loop). A link that leads
        /// nowhere comes with the problem to report should the caller want that file.
        /// </summary>
        public List<(string Relative, string FullPath, string? Problem)> Enumerate(string root, string displayRoot, int maxDepth)
        {
            var results = new List<(string, string, string?)>();
            var rootReal = RealPath(root);
            if (rootReal is null)
            {
                Problem(displayRoot, "a symbolic link loop");
                return results;
            }

            var visited = new HashSet<string>(StringComparer.Ordinal) { rootReal };
            var pending = new Stack<(string Full, string Real, string Relative, int Depth)>();
            pending.Push((root, rootReal, string.Empty, 1));
            while (pending.Count > 0)
            {
                var (directory, real, relative, depth) = pending.Pop();
                FileSystemInfo[] entries;
                try
                {
                    entries = new DirectoryInfo(directory).GetFileSystemInfos();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    Problem(Join(displayRoot, relative), "cannot read this folder: " + Reason(ex));
                    continue;
                }

                foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
                {
                    var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                    var isLink = entry.LinkTarget is not null;
                    if (entry is DirectoryInfo || (isLink && Directory.Exists(entry.FullName)))
                    {
                        if (depth >= maxDepth) continue;
                        var childReal = isLink ? RealPath(entry.FullName) : Path.Combine(real, entry.Name);
                        if (childReal is null)
                        {
                            Problem(Join(displayRoot, childRelative), "a symbolic link loop; skipped");
                            continue;
                        }

                        // A folder seen before in this walk (a link back up the tree, or a second link to it) is skipped.
                        if (!visited.Add(childReal)) continue;
                        pending.Push((entry.FullName, childReal, childRelative, depth + 1));
                    }
                    else if (isLink && LeadsNowhere(entry.FullName))
                    {
                        results.Add((childRelative, entry.FullName, DescribeBrokenLink(entry.FullName)));
                    }
                    else
                    {
                        results.Add((childRelative, entry.FullName, null));
                    }
                }
            }

            return results;
        }
    }

    /// <summary>True for a link whose target does not exist or that loops (File.Exists is true for such a link itself).</summary>
    private static bool LeadsNowhere(string link)
    {
        var real = RealPath(link);
        return real is null || !(File.Exists(real) || Directory.Exists(real));
    }

    /// <summary>Why a link leads nowhere: a loop, or a target that does not exist.</summary>
    private static string DescribeBrokenLink(string path)
    {
        if (RealPath(path) is null) return "a symbolic link loop; skipped";
        string? target = null;
        try
        {
            target = new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
        }

        return target is null ? "a dangling symbolic link; skipped" : $"a dangling symbolic link (to {target}); skipped";
    }

    internal static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it no longer exists",
        _ => ex.Message,
    };

    /// <summary>
    /// The path with every symbolic link resolved (as realpath(3)), or null when resolving passes through more than
    /// <see cref="MaxLinkHops"/> links (a loop). A missing component ends the resolution with what is left appended.
    /// </summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var remaining = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var hops = 0;
        while (remaining.Count > 0)
        {
            var part = remaining.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops) return null;
            var targetFull = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            var targetRoot = Path.GetPathRoot(targetFull) ?? root;
            foreach (var segment in targetFull[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                remaining.Push(segment);
            current = targetRoot;
        }

        return current;
    }

    private static Matcher? CreateExcludeMatcher(IReadOnlyCollection<string>? excludes)
    {
        if (excludes is null || excludes.Count == 0) return null;
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var exclude in excludes)
        {
            var pattern = Normalize(exclude);
            if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
            matcher.AddInclude(pattern);
        }

        return matcher;
    }

    /// <summary>An exclude glob matches the path relative to the working directory, or to the folder or glob root given.</summary>
    private static bool IsExcluded(Matcher? excluded, string workingDirectory, string fullPath, string? relativeToInput)
    {
        if (excluded is null) return false;
        var relativeToWorkingDirectory = Normalize(Path.GetRelativePath(workingDirectory, fullPath));
        if (excluded.Match(relativeToWorkingDirectory).HasMatches) return true;
        return relativeToInput is not null && excluded.Match(Normalize(relativeToInput)).HasMatches;
    }

    private static (string Root, string Pattern) SplitGlob(string glob)
    {
        var normalized = glob.Replace('\\', '/');
        var parts = normalized.Split('/');
        var rootParts = new List<string>();
        foreach (var part in parts)
        {
            if (part.AsSpan().IndexOfAny(GlobCharacters) >= 0) break;
            rootParts.Add(part);
        }

        var root = rootParts.Count == 0 ? "." : string.Join("/", rootParts);
        if (normalized.StartsWith('/') && rootParts.Count > 0 && rootParts[0].Length == 0) root = "/" + string.Join("/", rootParts.Skip(1));
        var pattern = string.Join("/", parts.Skip(rootParts.Count));
        return (root, pattern);
    }

    private static string Join(string root, string relative)
    {
        relative = relative.Replace('\\', '/');
        if (root.Length == 0) return relative;
        root = Normalize(root).TrimEnd('/');
        if (relative.Length == 0) return root;
        return root is "." or "" ? relative : root + "/" + relative;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
