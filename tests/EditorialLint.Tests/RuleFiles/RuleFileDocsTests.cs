using System.IO;
using EditorialLint.Tests.Support;
using EditorialLint.RuleFiles;

namespace EditorialLint.Tests.RuleFiles;

/// <summary>Every rule-file health ID has a doc page whose title matches its descriptor, with the required sections.</summary>
public class RuleFileDocsTests
{
    [Fact]
    public void each_health_descriptor_has_a_doc_page_with_its_title_and_sections()
    {
        foreach (var descriptor in RuleFileDescriptors.Health)
        {
            var path = Path.Combine(RepoPaths.Root, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(path), path);
            var lines = File.ReadAllLines(path);
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", lines[0]);
            foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## How to suppress" })
                Assert.Contains(section, lines);
        }
    }

    [Fact]
    public void the_authoring_guide_rule_file_examples_load()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "authoring.md"));
        var blocks = 0;
        var start = guide.IndexOf("```yaml\n", System.StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = guide.IndexOf("```", start + 8, System.StringComparison.Ordinal);
            var yaml = guide.Substring(start + 8, end - start - 8);
            var set = RuleFileSet.Load(new[] { new RuleFileText("docs/authoring.md#" + blocks, yaml) });
            Assert.True(set.Diagnose().Count == 0, yaml + "\n" + string.Join("\n", set.Diagnose()));
            blocks++;
            start = guide.IndexOf("```yaml\n", end + 3, System.StringComparison.Ordinal);
        }

        Assert.True(blocks >= 6, blocks.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
