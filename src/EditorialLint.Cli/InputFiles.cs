using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditorialLint.Cli;

/// <summary>One file to lint: the path as the user wrote it (for output) and its full path (for reading and config).</summary>
internal sealed record InputFile(string DisplayPath, string FullPath);

/// <summary>Turns command-line paths, folders and globs into files, in a stable order.</summary>
internal static class InputFiles
{
    private static readonly System.Buffers.SearchValues<char> GlobCharacters = System.Buffers.SearchValues.Create("*?[{");
    private static readonly string[] ArticlePatterns = { "**/*.txt", "**/*.md", "**/*.markdown" };

    public static IReadOnlyList<InputFile> Resolve(IEnumerable<string> inputs, string workingDirectory, IReadOnlyCollection<string>? excludes = null)
    {
        var excluded = CreateExcludeMatcher(excludes);
        var result = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input, workingDirectory);
            if (File.Exists(full))
            {
                if (!IsExcluded(excluded, workingDirectory, full, null)) Add(result, seen, Normalize(input), full);
            }
            else if (Directory.Exists(full))
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddIncludePatterns(ArticlePatterns);
                foreach (var relative in matcher.GetResultsInFullPath(full).Select(p => Path.GetRelativePath(full, p)).OrderBy(p => p, StringComparer.Ordinal))
                {
                    if (!IsExcluded(excluded, workingDirectory, Path.Combine(full, relative), relative))
                        Add(result, seen, Join(input, relative), Path.Combine(full, relative));
                }
            }
            else if (input.AsSpan().IndexOfAny(GlobCharacters) >= 0)
            {
                var (root, pattern) = SplitGlob(input, workingDirectory);
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(pattern);
                var rootFull = Path.GetFullPath(root, workingDirectory);
                foreach (var relative in matcher.GetResultsInFullPath(rootFull).Select(p => Path.GetRelativePath(rootFull, p)).OrderBy(p => p, StringComparer.Ordinal))
                {
                    if (!IsExcluded(excluded, workingDirectory, Path.Combine(rootFull, relative), relative))
                        Add(result, seen, Join(root == "." ? string.Empty : root, relative), Path.Combine(rootFull, relative));
                }
            }
            else
            {
                throw new UsageException($"no such file or folder: {input}");
            }
        }

        return result;
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

    private static void Add(List<InputFile> result, HashSet<string> seen, string display, string full)
    {
        if (seen.Add(full)) result.Add(new InputFile(display, full));
    }

    private static (string Root, string Pattern) SplitGlob(string glob, string workingDirectory)
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
        _ = workingDirectory;
        var pattern = string.Join("/", parts.Skip(rootParts.Count));
        return (root, pattern);
    }

    private static string Join(string root, string relative)
    {
        relative = relative.Replace('\\', '/');
        if (root.Length == 0) return relative;
        root = Normalize(root).TrimEnd('/');
        return root is "." or "" ? relative : root + "/" + relative;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
