using System;
using System.Linq;
using EditorialLint.Cli;
using EditorialLint.RuleFiles;

namespace EditorialLint.Tests.Cli;

/// <summary>
/// Issue 11, item 7: the starter house list ships as a default (the CLI here; the package in PackageSmokeTests),
/// which a desk turns off (<c>--no-default-rules</c>) or replaces with its own <c>house-style.yml</c>.
/// </summary>
public sealed class DefaultRulesTests : IDisposable
{
    // Balochistan/Baluchistan: joined by the shipped house list only (EDL0001's built-in exonym list already joins
    // Turkey/Türkiye, so that pair cannot show whether the house list is loaded).
    private const string Article = "Talks in Quetta\n\nBalochistan hosted the talks on Monday. Officials in Baluchistan said the next round would follow.\n";

    private readonly CliTestKit _kit = new() { Host = new CliHost() };

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void the_default_house_list_joins_forms_no_folding_can()
    {
        _kit.Write("a.txt", Article);
        var result = _kit.Run("a.txt", "--format", "json");
        Assert.Contains("\"id\": \"EDL0001\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Baluchistan", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void no_default_rules_turns_it_off()
    {
        _kit.Write("a.txt", Article);
        var result = _kit.Run("a.txt", "--format", "json", "--no-default-rules");
        Assert.DoesNotContain("\"id\": \"EDL0001\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void a_desk_house_style_file_replaces_it()
    {
        _kit.Write("a.txt", Article);
        _kit.Write("rules/house-style.yml", "kind: variants\ngroups:\n  - preferred: Tehreek-e-Taliban\n    variants: [Tehrik-e-Taliban]\n");
        var result = _kit.Run("a.txt", "--format", "json");
        Assert.DoesNotContain("\"id\": \"EDL0001\"", result.Stdout, StringComparison.Ordinal);
    }

    // An American desk's copy: most British/American words American, one British slip.
    private const string AmericanArticle = "Defense talks\n\nThe defense ministry and the organization of the center met. The defense pact followed, and the color of the plan changed. Its defence share rose.\n";

    [Fact]
    public void the_default_list_leaves_the_spelling_variety_to_the_corpus()
    {
        // The starter list says `spelling: british` for its own desk; shipped to every desk, it must not tell an
        // American newsroom to write "defence".
        _kit.Write("a.txt", AmericanArticle);
        var result = _kit.Run("a.txt", "--format", "json");
        Assert.Contains("use 'defense'", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("use 'defence'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void the_same_list_as_the_desk_own_file_sets_its_variety()
    {
        _kit.Write("a.txt", AmericanArticle);
        _kit.Write("rules/house-style.yml", DefaultRuleFiles.HouseStyle.Text);
        var result = _kit.Run("a.txt", "--format", "json");
        Assert.Contains("use 'defence'", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("use 'defense'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void the_built_in_list_is_the_repository_file()
    {
        Assert.Equal(
            System.IO.File.ReadAllText(System.IO.Path.Combine(Support.RepoPaths.Rules, "house-style.yml")).ReplaceLineEndings("\n"),
            DefaultRuleFiles.HouseStyle.Text.ReplaceLineEndings("\n"));
        Assert.Equal(new[] { "rules/a.yml", DefaultRuleFiles.HouseStylePath }, DefaultRuleFiles.With(new[] { new RuleFileText("rules/a.yml", "kind: variants\ngroups: []\n") }).Select(f => f.Path));
    }
}
