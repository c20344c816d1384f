using System;
using System.IO;

namespace EditorialLint.Tests.Support;

internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("EditorialLint.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Rules => Path.Combine(Root, "rules");

    public static string Docs => Path.Combine(Root, "docs", "rules");

    /// <summary>The shared corpus, when this machine has it (never copied into the repo).</summary>
    public static string? Corpus
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("EDITORIAL_CORPUS");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
            var sibling = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
            return Directory.Exists(sibling) ? sibling : null;
        }
    }
}
