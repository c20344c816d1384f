using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using EditorialLint.LanguageServer;
using Xunit;

namespace EditorialLint.Tests.LanguageServer;

/// <summary>Issue 11, item 7: the editor server loads the shipped house list unless the client says <c>defaultRules: false</c>.</summary>
public sealed class ServerSettingsTests
{
    private static (ServerSettings Settings, List<string> Warnings) Create(string? json)
    {
        var warnings = new List<string>();
        JsonElement? options = json is null ? null : JsonDocument.Parse(json).RootElement;
        var settings = ServerSettings.Create(Path.GetTempPath(), new LanguageServerOptions(), options, warnings.Add);
        return (settings, warnings);
    }

    [Fact]
    public void the_shipped_house_list_is_on_by_default()
    {
        Assert.True(Create(null).Settings.DefaultRules);
        Assert.True(Create("{}").Settings.DefaultRules);
    }

    [Fact]
    public void default_rules_false_turns_it_off()
    {
        var (settings, warnings) = Create("{\"defaultRules\": false}");
        Assert.False(settings.DefaultRules);
        Assert.Empty(warnings);
    }

    [Fact]
    public void a_value_that_is_not_a_boolean_is_reported_and_ignored()
    {
        var (settings, warnings) = Create("{\"defaultRules\": \"no\"}");
        Assert.True(settings.DefaultRules);
        Assert.Contains(warnings, w => w.Contains("defaultRules", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(")]
    [InlineData("(?<year>\\\\d{4})(?<month>\\\\d{2})")]
    public void an_unusable_date_pattern_is_reported_and_the_default_kept(string pattern)
    {
        var (settings, warnings) = Create("{\"datePattern\": \"" + pattern + "\"}");
        Assert.Null(settings.DatePattern);
        Assert.Contains(warnings, w => w.Contains("datePattern", System.StringComparison.Ordinal) && w.Contains(pattern.Replace("\\\\", "\\", System.StringComparison.Ordinal), System.StringComparison.Ordinal));
    }

    [Fact]
    public void a_usable_date_pattern_is_taken_without_a_warning()
    {
        var (settings, warnings) = Create("{\"datePattern\": \"(?<year>\\\\d{4})(?<month>\\\\d{2})(?<day>\\\\d{2})\"}");
        Assert.Equal("(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})", settings.DatePattern);
        Assert.Empty(warnings);
    }
}
