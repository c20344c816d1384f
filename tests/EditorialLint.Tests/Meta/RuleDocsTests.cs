using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Tests.Support;
using EditorialLint.Text;

namespace EditorialLint.Tests.Meta;

/// <summary>Docs that cannot drift: every ID has a page titled as its descriptor, and the pages' examples are linted.</summary>
public class RuleDocsTests
{
    public static IEnumerable<object[]> AllDescriptors() =>
        BuiltInRules.Create().SelectMany(r => r.SupportedDescriptors)
            .Concat(RuleCatalog.EngineHealth)
            .Concat(RuleFileDescriptors.Health)
            .GroupBy(d => d.Id)
            .Select(g => new object[] { g.Key, g.First().Title });

    public static IEnumerable<object[]> BuiltInIds() => BuiltInRules.Create().Select(r => new object[] { r.Descriptor.Id });

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void every_id_has_a_doc_page_titled_as_its_descriptor(string id, string title)
    {
        var path = Path.Combine(RepoPaths.Docs, id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        var firstLine = File.ReadLines(path).First();
        Assert.Equal($"# {id}: {title}", firstLine);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void every_built_in_rule_is_in_the_readme_rule_table(string id)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Matches(new Regex(@"\|\s*\[?" + id + @"\b"), readme);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void incorrect_examples_are_flagged_and_correct_ones_are_not(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Docs, id + ".md"));
        var incorrect = Blocks(page, "Incorrect");
        var correct = Blocks(page, "Correct");
        Assert.True(incorrect.Count > 0, $"{id}.md has no ### Incorrect example");
        Assert.True(correct.Count > 0, $"{id}.md has no ### Correct example");
        foreach (var example in incorrect)
            Assert.True(Lint(example).Any(f => f.RuleId == id), $"{id} did not flag its doc's incorrect example:\n{example}");
        foreach (var example in correct)
        {
            var findings = Lint(example).Where(f => f.RuleId == id).ToList();
            Assert.True(findings.Count == 0, $"{id} flagged its doc's correct example:\n{example}\n{string.Join("\n", findings)}");
        }
    }

    /// <summary>
    /// Fenced blocks under "### Incorrect" / "### Correct" (until the next heading). Inside one block, a line
    /// "---8&lt;---" separates articles that are linted together (for rules that compare articles).
    /// </summary>
    private static List<string> Blocks(string page, string heading)
    {
        var blocks = new List<string>();
        var section = Regex.Match(page, @"^###\s+" + heading + @"\b.*?$(?<body>.*?)(?=^#{1,3}\s|\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        while (section.Success)
        {
            foreach (Match block in Regex.Matches(section.Groups["body"].Value, @"^```[a-z]*\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
                blocks.Add(block.Groups["code"].Value);
            section = section.NextMatch();
        }

        return blocks;
    }

    private static IReadOnlyList<Finding> Lint(string example)
    {
        var ruleFiles = Directory.GetFiles(RepoPaths.Rules, "*.yml").Select(p => new RuleFileText(p, File.ReadAllText(p)));
        var set = RuleFileSet.Load(ruleFiles);
        var engine = new LintEngine(BuiltInRules.Create().Concat(set.Rules), set.Data);
        var articles = example.Split("---8<---\n")
            .Select((text, i) => new CorpusArticle(Article.Parse($"example{i}.txt", text), DictionaryOptionSource.Empty))
            .ToList();
        return engine.Lint(articles, 1);
    }
}
