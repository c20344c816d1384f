using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.EndToEnd;

/// <summary>
/// The packages as a newsroom gets them. The commands docs/cli.md gives under "Install from a local feed" are run as
/// written (pack both packages to a folder, install the tool from it, lint); then a consumer project of the kind the
/// README recommends — no .cs file, articles under articles/ with an .editorconfig of their own, no rules/ folder —
/// is built against that feed, and the compiler's warnings are read.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackageSmokeTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(6);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "editorial-lint-smoke-" + Guid.NewGuid().ToString("N"));

    // Two articles that use both names of one country; only the starter house list joins them (EDL0001).
    private const string HouseListArticle = "Talks in Quetta\n\nBalochistan hosted the talks on Monday. Officials in Baluchistan said the next round would follow.\n";

    [Fact]
    public void the_documented_local_feed_commands_work_and_a_codeless_consumer_gets_located_warnings_its_folder_config_and_the_default_house_list()
    {
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(Path.Combine(consumer, "articles", "opinion"));
        // The documented commands lint seeds/ (a clone's sample articles); the consumer build lints articles/.
        Directory.CreateDirectory(Path.Combine(consumer, "seeds"));
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(consumer, "articles", Path.GetFileName(seed)));
            File.Copy(seed, Path.Combine(consumer, "seeds", Path.GetFileName(seed)));
        }
        File.WriteAllText(Path.Combine(consumer, "articles", "quetta.txt"), HouseListArticle);
        File.WriteAllText(Path.Combine(consumer, "articles", "opinion", "quetta.txt"), HouseListArticle);
        // Only found if the package adds the config files of article folders: the SDK looks above .cs files alone.
        File.WriteAllText(Path.Combine(consumer, "articles", "opinion", ".editorconfig"), "[*.txt]\neditorial_lint.EDL0001.severity = none\n");
        // Above the articles, in a project with no .cs file: also missed by the SDK on its own.
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[articles/**.txt]\neditorial_lint.EDL0002.severity = none\n");

        // An isolated NuGet cache for installing and consuming, so that the packages come from this run's feed (every
        // clone packs the same version) and nothing leaks into the machine's. Not for packing: that restores the
        // repository's own projects, whose restore state must keep pointing at the machine's cache.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "nuget-packages") };
        foreach (var command in DocumentedLocalFeedCommands())
        {
            var line = command.Replace(" src/", " " + Path.Combine(RepoPaths.Root, "src") + "/", StringComparison.Ordinal);
            var packs = line.StartsWith("dotnet pack ", StringComparison.Ordinal);
            var (exit, output) = ProcessRunner.Run("bash", "-c \"" + line.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", consumer, StepTimeout, packs ? null : environment);
            if (line.StartsWith(".tools/editorial-lint", StringComparison.Ordinal))
            {
                // The tool ran on the articles (exit 0 or 1: findings below or at --fail-on) and saw the seed's variant.
                Assert.True(exit is 0 or 1, $"{line}\n{output}");
                Assert.Contains("seeds/004_b04480063e768ec3.txt(10,168): warning EDL0001", output, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(exit == 0, $"{line}\n{output}");
            }
        }

        var feed = Path.Combine(consumer, "packages");
        var package = Assert.Single(Directory.GetFiles(feed, "EditorialLint.0*.nupkg"));
        Assert.Single(Directory.GetFiles(feed, "EditorialLint.Cli.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["EditorialLint.".Length..];
        using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/EditorialLint.Analyzers.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/EditorialLint.Core.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/EditorialLint.CodeFixes.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Humanizer.dll", entries);
            Assert.Contains("build/EditorialLint.props", entries);
            Assert.Contains("build/EditorialLint.targets", entries);
        }

        File.WriteAllText(Path.Combine(consumer, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EditorialLint" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        Assert.Empty(Directory.GetFiles(consumer, "*.cs", SearchOption.AllDirectories));

        var lint = Build(consumer, environment, string.Empty);
        Assert.Contains("004_b04480063e768ec3.txt(10,168) warning EDL0001", lint);
        Assert.Contains(lint, l => l.StartsWith("000_87d8481b60b9bfe5.txt(4,", StringComparison.Ordinal) && l.EndsWith("EDL0001", StringComparison.Ordinal));
        // The default house list joins Baluchistan to Balochistan (nothing built in does); the opinion folder's own .editorconfig turns EDL0001 off there.
        Assert.Contains("quetta.txt(3,", string.Join("\n", lint.Where(l => l.EndsWith("EDL0001", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.DoesNotContain(lint, l => l.StartsWith("opinion/", StringComparison.Ordinal) && l.EndsWith("EDL0001", StringComparison.Ordinal));
        // The project folder's .editorconfig (no .cs file below it) turns EDL0002 off for every article.
        Assert.DoesNotContain(lint, l => l.EndsWith("EDL0002", StringComparison.Ordinal));

        // A desk turns the default list off: Baluchistan and Balochistan are no longer joined.
        var withoutDefaults = Build(consumer, environment, "-p:EditorialLintDefaultRules=false");
        Assert.DoesNotContain(withoutDefaults, l => l.StartsWith("quetta.txt", StringComparison.Ordinal));
        Assert.Contains("004_b04480063e768ec3.txt(10,168) warning EDL0001", withoutDefaults);
    }

    /// <summary>The lines of the sh block between the local-feed markers in docs/cli.md.</summary>
    private static string[] DocumentedLocalFeedCommands()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "cli.md"));
        var match = Regex.Match(doc, @"<!-- local-feed: begin -->\s*```sh\n(?<body>.*?)```\s*<!-- local-feed: end -->", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/cli.md has no local-feed block");
        var lines = match.Groups["body"].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.Equal(4, lines.Length);
        return lines;
    }

    private static string[] Build(string consumer, IReadOnlyDictionary<string, string> environment, string extra)
    {
        var (buildExit, buildOutput) = ProcessRunner.Run("dotnet", $"build --no-incremental -p:UseSharedCompilation=false {extra}", consumer, StepTimeout, environment);
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("AD0001", buildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", buildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", buildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8700", buildOutput, StringComparison.Ordinal);
        return buildOutput.Split('\n')
            .Select(l => Regex.Match(l, @"articles/(?<file>[^(]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>warning|error|info) (?<id>EDL\d{4}):"))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["severity"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .ToArray();
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test run.
        }
    }
}
