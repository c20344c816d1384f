using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.EndToEnd;

/// <summary>
/// The package as a newsroom gets it: pack EditorialLint to a local folder feed, build a consumer project that
/// references it with its articles under articles/ and rules under rules/, and read the compiler's warnings.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackageSmokeTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "editorial-lint-smoke-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void a_consumer_of_the_packed_package_gets_located_EDL0001_warnings_in_dotnet_build()
    {
        var feed = Path.Combine(_work, "feed");
        var consumer = Path.Combine(_work, "consumer");
        var version = "0.0.0-smoke." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(Path.Combine(consumer, "articles"));
        Directory.CreateDirectory(Path.Combine(consumer, "rules"));

        var (packExit, packOutput) = ProcessRunner.Run(
            "dotnet",
            $"pack \"{Path.Combine(RepoPaths.Root, "src", "EditorialLint.Analyzers", "EditorialLint.Analyzers.csproj")}\" -c Release -o \"{feed}\" -p:Version={version} -p:PackageVersion={version}",
            RepoPaths.Root,
            StepTimeout);
        Assert.True(packExit == 0, packOutput);
        var package = Path.Combine(feed, $"EditorialLint.{version}.nupkg");
        Assert.True(File.Exists(package), packOutput);
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

        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
            File.Copy(seed, Path.Combine(consumer, "articles", Path.GetFileName(seed)));
        foreach (var rule in Directory.GetFiles(RepoPaths.Rules, "*.yml"))
            File.Copy(rule, Path.Combine(consumer, "rules", Path.GetFileName(rule)));
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
                <RestorePackagesPath>{Path.Combine(_work, "packages")}</RestorePackagesPath>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EditorialLint" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Newsroom.cs"), "namespace Newsroom;\n\npublic static class Marker\n{\n}\n");

        var (buildExit, buildOutput) = ProcessRunner.Run("dotnet", "build --no-incremental -p:UseSharedCompilation=false", consumer, StepTimeout);
        Assert.True(buildExit == 0, buildOutput);
        var lint = buildOutput.Split('\n')
            .Select(l => Regex.Match(l, @"articles/(?<file>[^(/]+)\((?<line>\d+),(?<col>\d+)\): warning (?<id>EDL\d{4}):"))
            .Where(m => m.Success)
            .Select(m => $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["id"].Value}")
            .Distinct()
            .ToArray();
        Assert.Contains("004_b04480063e768ec3.txt(10,168) EDL0001", lint);
        Assert.Contains(lint, l => l.StartsWith("000_87d8481b60b9bfe5.txt(4,", StringComparison.Ordinal) && l.EndsWith("EDL0001", StringComparison.Ordinal));
        Assert.DoesNotContain("AD0001", buildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", buildOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", buildOutput, StringComparison.Ordinal);
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
