using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Testing;

/// <summary>
/// Checks rules against articles written with <see cref="Markup"/>. Throws <see cref="RuleVerificationException"/>
/// with both versions rendered as markup when the findings differ, so it works under xunit, NUnit or MSTest.
/// </summary>
public sealed class RuleVerifier
{
    private readonly List<Rule> _rules = new();
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<RuleFileText> _ruleFiles = new();
    private RuleKindRegistry? _registry;

    public RuleVerifier(params Rule[] rules) => _rules.AddRange(rules);

    /// <summary>An <c>.editorconfig</c>-style key for every article, e.g. <c>editorial_lint.EDL0002.window</c>.</summary>
    public RuleVerifier WithOption(string key, string value)
    {
        _options[key] = value;
        return this;
    }

    /// <summary>A rule file (YAML) whose rules and data join the run.</summary>
    public RuleVerifier WithRuleFile(string path, string yaml)
    {
        _ruleFiles.Add(new RuleFileText(path, yaml));
        return this;
    }

    public RuleVerifier WithRegistry(RuleKindRegistry registry)
    {
        _registry = registry;
        return this;
    }

    /// <summary>Which IDs are checked: the rules' own and the rule files' (other findings are ignored).</summary>
    public RuleVerifier OnlyIds(params string[] ids)
    {
        _onlyIds = new HashSet<string>(ids, StringComparer.Ordinal);
        return this;
    }

    private HashSet<string>? _onlyIds;

    /// <summary>Lets rule files with EDL0902/EDL0903 problems join the run (for tests of how the rest keeps working).</summary>
    public RuleVerifier AllowRuleFileProblems()
    {
        _allowRuleFileProblems = true;
        return this;
    }

    private bool _allowRuleFileProblems;

    /// <summary>Verifies one article: the markup says exactly what must be reported.</summary>
    public void Verify(string markup, string path = "article.txt") => VerifyCorpus((path, markup));

    /// <summary>Verifies several articles linted together (corpus rules included).</summary>
    public void VerifyCorpus(params (string Path, string Markup)[] articles)
    {
        var parsed = articles.Select(a => (a.Path, Parsed: Markup.Parse(a.Markup))).ToArray();
        var findings = Run(parsed.Select(p => (p.Path, p.Parsed.Text)).ToArray(), out var ids);
        var failures = new StringBuilder();
        // A rule file that does not load (EDL0902) or whose examples do not hold (EDL0903) would otherwise pass
        // silently with fewer rules; a test that expects such a problem uses RuleFileVerifier instead.
        var articlePaths = new HashSet<string>(parsed.Select(p => p.Path), StringComparer.Ordinal);
        foreach (var problem in findings.Where(f => !_allowRuleFileProblems && (f.RuleId == RuleIds.InvalidRuleFile || f.RuleId == RuleIds.RuleExampleFailed) && !articlePaths.Contains(f.Path)))
            failures.AppendLine($"rule file problem: {problem}");
        foreach (var (path, (text, expected)) in parsed)
        {
            var actual = findings.Where(f => f.Path == path && ids.Contains(f.RuleId)).ToList();
            var expectedKeys = expected.Select(e => (Id: e.RuleId ?? actual.FirstOrDefault(a => a.Span == e.Span)?.RuleId ?? DefaultId, e.Span)).OrderBy(k => k.Span).ThenBy(k => k.Id, StringComparer.Ordinal).ToList();
            var actualKeys = actual.Select(f => (Id: f.RuleId, f.Span)).OrderBy(k => k.Span).ThenBy(k => k.Id, StringComparer.Ordinal).ToList();
            // Not Distinct(): a rule that reports one span twice is a bug the verifier must show.
            if (expectedKeys.SequenceEqual(actualKeys)) continue;
            failures.AppendLine($"{path}: findings differ.");
            failures.AppendLine("Expected:");
            failures.AppendLine(Markup.Render(text, expectedKeys));
            failures.AppendLine("Actual:");
            failures.AppendLine(Markup.Render(text, actualKeys));
            foreach (var finding in actual) failures.AppendLine("  " + finding);
        }

        if (failures.Length > 0) throw new RuleVerificationException(failures.ToString());
    }

    /// <summary>Runs the rules and returns every finding (for tests that check messages or properties).</summary>
    public IReadOnlyList<Finding> Lint(params (string Path, string Text)[] articles) => Run(articles, out _);

    private string DefaultId => _rules.Count > 0 ? _rules[0].Descriptor.Id : string.Empty;

    private List<Finding> Run((string Path, string Text)[] articles, out HashSet<string> ids)
    {
        // The pipeline every host runs: the same rule-file loading, corpus pass and order as the CLI and the build.
        var pipeline = LintPipeline.Create(_rules, _ruleFiles, new LintPipelineOptions { Registry = _registry });
        ids = _onlyIds ?? new HashSet<string>(pipeline.Engine.Rules.SelectMany(r => r.SupportedDescriptors).Select(d => d.Id), StringComparer.Ordinal);
        ids.Add(RuleIds.RuleFailed);
        var options = new DictionaryOptionSource(_options);
        var corpus = articles.Select(a => new CorpusArticle(Article.Parse(a.Path, a.Text), options)).ToList();
        return pipeline.Lint(corpus, maxDegreeOfParallelism: 1).Findings.ToList();
    }
}

public sealed class RuleVerificationException : Exception
{
    public RuleVerificationException(string message)
        : base(message)
    {
    }

    public RuleVerificationException()
    {
    }

    public RuleVerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
