using System.IO;

namespace EditorialLint.Tests.RuleFiles;

internal static class RepoPaths
{
    /// <summary>The repository root: the folder above the test binaries that holds EditorialLint.sln.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EditorialLint.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("EditorialLint.sln not found above " + System.AppContext.BaseDirectory);
    }
}
