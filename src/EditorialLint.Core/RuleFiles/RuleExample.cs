using System;
using System.Collections.Generic;
using System.Linq;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditorialLint.RuleFiles;

/// <summary>
/// One snippet under a rule's <c>examples:</c>. A <c>correct</c> snippet must draw no finding from the rule; an
/// <c>incorrect</c> one at least one.
/// <code>
/// examples:
///   correct: ["The spokesperson said the talks would resume."]
///   incorrect: ["The talks utilize a new format."]
/// </code>
/// </summary>
public sealed class RuleExample
{
    /// <summary>The path an example is linted under; <c>files:</c> globs always admit it.</summary>
    public const string ArticlePath = "<example>";

    public RuleExample(string text, bool isIncorrect, FileLocation location)
    {
        Text = text;
        IsIncorrect = isIncorrect;
        Location = location;
    }

    public string Text { get; }

    /// <summary>True for an <c>incorrect:</c> snippet (the rule must report), false for <c>correct:</c>.</summary>
    public bool IsIncorrect { get; }

    /// <summary>Where the snippet is written in the rule file.</summary>
    public FileLocation Location { get; }

    internal static IReadOnlyList<RuleExample> Read(RuleNode? node, RuleLoadContext context, ref bool ok)
    {
        if (node is null) return Array.Empty<RuleExample>();
        if (node.Kind != RuleNodeKind.Mapping)
        {
            context.Error(node, "'examples:' is a mapping with 'correct:' and/or 'incorrect:' lists of snippets.");
            ok = false;
            return Array.Empty<RuleExample>();
        }

        var examples = new List<RuleExample>();
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            bool incorrect;
            if (key == "correct") incorrect = false;
            else if (key == "incorrect") incorrect = true;
            else
            {
                context.Error(entry.Key, $"Unknown key '{key}' under 'examples:'. Use 'correct:' and 'incorrect:'.");
                ok = false;
                continue;
            }

            var items = entry.Value.Kind == RuleNodeKind.Sequence ? entry.Value.Items : new[] { entry.Value };
            foreach (var item in items)
            {
                if (item.Kind != RuleNodeKind.Scalar || string.IsNullOrWhiteSpace(item.Value))
                {
                    context.Error(item, "An example is a non-empty piece of text.");
                    ok = false;
                    continue;
                }

                examples.Add(new RuleExample(item.Value!, incorrect, context.Locate(item)));
            }
        }

        return examples;
    }
}

/// <summary>Checks that rules' <c>examples:</c> hold; each failure is an EDL0903 finding located at the example.</summary>
public static class RuleExampleRunner
{
    /// <summary>Lints every example of every <see cref="DeclarativeRule"/> in <paramref name="rules"/> with that rule alone.</summary>
    public static IReadOnlyList<Finding> Check(IEnumerable<Rule> rules, RuleData? data = null)
    {
        var failures = new List<Finding>();
        foreach (var rule in rules.OfType<DeclarativeRule>())
        {
            if (rule.Examples.Count == 0) continue;
            var engine = new LintEngine(new Rule[] { rule }, data);
            var id = rule.Descriptor.Id;
            // Examples run at the rule's own severity even when the rule file turns it off.
            var options = new DictionaryOptionSource(new Dictionary<string, string> { [RuleOptions.Key(id, "severity")] = "warning" });
            foreach (var example in rule.Examples)
            {
                var article = Article.Parse(RuleExample.ArticlePath, example.Text, ArticleFormat.PlainText);
                var findings = engine.AnalyzeArticle(article, options).Findings;
                var failed = findings.FirstOrDefault(f => f.RuleId == RuleIds.RuleFailed);
                var reported = findings.Where(f => f.RuleId == id).ToList();
                string? message = null;
                if (failed is not null) message = $"Rule {id} failed on this example: {failed.Message}";
                else if (example.IsIncorrect && reported.Count == 0) message = $"This incorrect example of {id} is not flagged: '{Shorten(example.Text)}'.";
                else if (!example.IsIncorrect && reported.Count > 0) message = $"This correct example of {id} is flagged at '{article.GetText(reported[0].Span)}': {reported[0].Message}";
                if (message is not null) failures.Add(new Finding(RuleIds.RuleExampleFailed, example.Location, message, Severity.Warning));
            }
        }

        failures.Sort();
        return failures;
    }

    private static string Shorten(string text)
    {
        var flat = text.Replace('\n', ' ').Replace('\r', ' ').Trim();
        return flat.Length <= 80 ? flat : flat.Substring(0, 77) + "...";
    }
}

/// <summary>
/// The <c>files:</c> globs of a rule (Microsoft.Extensions.FileSystemGlobbing, matched in memory). A glob is matched
/// against the end of the article's path, so <c>politics/**/*.md</c> matches in any checkout and with absolute
/// build paths as with relative CLI paths. A glob starting with <c>!</c> excludes.
/// </summary>
public sealed class PathFilter
{
    private static readonly char[] Slash = { '/' };
    private readonly Matcher _include;
    private readonly Matcher? _exclude;

    private PathFilter(Matcher include, Matcher? exclude)
    {
        _include = include;
        _exclude = exclude;
    }

    /// <summary>A filter for the globs, or null when none of them includes anything.</summary>
    public static PathFilter? Create(IEnumerable<string> globs)
    {
        var include = new Matcher(StringComparison.OrdinalIgnoreCase);
        Matcher? exclude = null;
        var includes = 0;
        foreach (var raw in globs)
        {
            var glob = raw.Trim().Replace('\\', '/');
            if (glob.Length == 0) continue;
            if (glob[0] == '!')
            {
                exclude ??= new Matcher(StringComparison.OrdinalIgnoreCase);
                exclude.AddInclude(glob.Substring(1).TrimStart('/'));
            }
            else
            {
                include.AddInclude(glob.TrimStart('/'));
                includes++;
            }
        }

        return includes == 0 ? null : new PathFilter(include, exclude);
    }

    /// <summary>True when some ending of the path matches an include glob and no ending matches an exclusion.</summary>
    public bool Matches(string path) => AnySuffix(_include, path) && (_exclude is null || !AnySuffix(_exclude, path));

    private static bool AnySuffix(Matcher matcher, string path)
    {
        var segments = path.Replace('\\', '/').Split(Slash, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var relative = string.Join("/", segments, i, segments.Length - i);
            if (matcher.Match("/", new[] { "/" + relative }).HasMatches) return true;
        }

        return false;
    }
}
