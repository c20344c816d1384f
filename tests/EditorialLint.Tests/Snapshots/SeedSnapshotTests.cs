using System.IO;
using EditorialLint.Cli;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Snapshots;

/// <summary>Every finding on the seed articles, with the shipped rules/ files, as the CLI prints them.</summary>
public class SeedSnapshotTests
{
    [Fact]
    public void seed_findings()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(new[] { "lint", "seeds", "--format", "text" }, stdout, stderr, RepoPaths.Root);
        Assert.True(exit == CliApp.ExitClean, stderr.ToString());
        Snapshot.Verify(stdout.ToString(), "seeds");
    }
}
