using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.RuleFiles;
using EditorialLint.Tests.Support;

namespace EditorialLint.Tests.Robustness;

/// <summary>
/// Random mutations of the seed articles and rule files through the engine (with corpus rules) and, every few
/// rounds, the analyzer. CI runs a fixed seed and a fixed number of rounds (capped at ~15 s); for a long run set
/// EDITORIAL_FUZZ_SECONDS (rounds then run until the time is up) and optionally EDITORIAL_FUZZ_SEED. A failing
/// round writes its inputs to a temp folder named in the failure message.
/// </summary>
public class FuzzTests
{
    private const int CiRounds = 400;
    private static readonly TimeSpan CiCap = TimeSpan.FromSeconds(15);

    private static readonly string[] Fragments =
    {
        "“", "”", "\"", "‘", "’", "'", "``", "''", "(", ")", "[", "]", "<!--", "-->", "<!-- editorial-lint disable -->",
        "<!-- editorial-lint disable-next-line EDL0001 -->", "<!-- editorial-lint enable", "---\n", "```", "~~~", "# ", "> ", "- ",
        "\r", "\n", "\r\n", "\n\n", "\0", "\uFEFF", "\uD800", "\uDC00", "\u0301", "\u202E", "👍🏽", ".", "...", "…", ",", ";",
        "U.S.", "Mr.", "1,000", "1.5", "20,000", "Rs1.2trn", "http://x.y/z.", "www.", "a@b.c", "Tehrik", "Tehreek", "Tehrik-e-Taliban Pakistan",
        "Tehreek-e-Taliban Pakistan", "Turkiye", "Türkiye", "Defense", "Defence", "said", "according to", "%", "$", "date: 2025-06-01\n",
    };

    private static readonly string[] YamlFragments =
    {
        ":", "-", "[", "]", "{", "}", "&a", "*a", "!tag", "|", ">", "?", "#", "\n", "  ", "\t", "'", "\"", "~", "null", "kind: variants\n",
        "groups:\n", "  - preferred: X\n    variants: [Y]\n", "id: EDL9071\n", "id: EDL0001\n", "rules:\n", "---\n", "...\n", "\0", "\uFEFF",
    };

    [Fact]
    public void fuzzed_articles_and_rule_files_never_crash_or_hang_any_host()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("EDITORIAL_FUZZ_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 0;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("EDITORIAL_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedSeed) ? fixedSeed : 20250624;
        var random = new Random(seed);
        var seeds = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var shipped = LintHosts.ShippedRuleFiles();
        var ruleSeeds = shipped.Select(r => r.Text).Concat(HostileRuleFiles.Names.Where(n => !n.StartsWith("deep", StringComparison.Ordinal) && n != "billion-laughs" && n != "long-strings" && n != "many-documents").Select(HostileRuleFiles.Get)).ToList();

        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (seconds > 0 ? clock.Elapsed.TotalSeconds < seconds : rounds < CiRounds && clock.Elapsed < CiCap)
        {
            rounds++;
            var articles = Enumerable.Range(0, random.Next(1, 4))
                .Select(i => ($"articles/{i}{(random.Next(4) == 0 ? ".md" : ".txt")}", Mutate(random, seeds[random.Next(seeds.Count)], Fragments)))
                .ToList();
            var ruleFiles = shipped.ToList();
            if (random.Next(2) == 0) ruleFiles.Add(new RuleFileText("rules/fuzz.yml", Mutate(random, ruleSeeds[random.Next(ruleSeeds.Count)], YamlFragments)));

            try
            {
                // Hang guards, not speed checks: a round takes about 1.6 s of CPU and failed its old 10 s bound once at
                // load ~38 on two cores; super-linear inputs are the hostile-input suite's job (Robustness/HostileInputTests).
                var lines = Bounded.Run("engine", () => LintHosts.EngineLint(articles, ruleFiles), Bounded.Default);
                Assert.Empty(LintHosts.UnexpectedFailures(lines));
                if (rounds % 20 == 0)
                {
                    var fromAnalyzer = Bounded.Run("analyzer", () => LintHosts.AnalyzerLint(articles, ruleFiles).GetAwaiter().GetResult(), Bounded.Default + Bounded.Default);
                    Assert.Equal(lines, fromAnalyzer);
                }
            }
            catch (Exception ex)
            {
                var dump = Path.Combine(Path.GetTempPath(), $"editorial-lint-fuzz-{seed}-{rounds}");
                Directory.CreateDirectory(dump);
                foreach (var (path, text) in articles) File.WriteAllText(Path.Combine(dump, Path.GetFileName(path)), text);
                foreach (var file in ruleFiles) File.WriteAllText(Path.Combine(dump, Path.GetFileName(file.Path)), file.Text);
                throw new InvalidOperationException($"Fuzz seed {seed}, round {rounds} failed; inputs in {dump}: {ex.Message}", ex);
            }
        }

        Assert.True(rounds > 0);
    }

    /// <summary>A few random edits: insert a fragment, delete, duplicate or move a range, truncate, flip case.</summary>
    internal static string Mutate(Random random, string text, IReadOnlyList<string> fragments)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 12);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            var length = builder.Length - at == 0 ? 0 : random.Next(Math.Min(200, builder.Length - at) + 1);
            switch (random.Next(7))
            {
                case 0:
                case 1:
                    builder.Insert(at, fragments[random.Next(fragments.Count)]);
                    break;
                case 2:
                    builder.Remove(at, length);
                    break;
                case 3:
                    builder.Insert(at, builder.ToString(at, length), random.Next(1, 4));
                    break;
                case 4:
                {
                    var piece = builder.ToString(at, length);
                    builder.Remove(at, length);
                    builder.Insert(builder.Length == 0 ? 0 : random.Next(builder.Length + 1), piece);
                    break;
                }

                case 5:
                    if (random.Next(8) == 0) builder.Length = at;
                    break;
                default:
                    for (var i = at; i < at + length; i++) builder[i] = char.IsUpper(builder[i]) ? char.ToLowerInvariant(builder[i]) : char.ToUpperInvariant(builder[i]);
                    break;
            }
        }

        return builder.ToString();
    }
}
