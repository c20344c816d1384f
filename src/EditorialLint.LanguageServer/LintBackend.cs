using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.LanguageServer;

/// <summary>
/// The server's one use of the engine: build the rules (built-in plus rule files), analyse one article, run the
/// corpus pass over a set of analyses, and name every descriptor. Everything else in the server deals in
/// <see cref="ArticleAnalysis"/> and <see cref="Finding"/>, so pointing the server at another pipeline (issue 11's
/// host pipeline in Core) changes this class only.
/// </summary>
internal sealed class LintBackend
{
    private readonly LintEngine _engine;
    private readonly Dictionary<string, RuleDescriptor> _descriptors = new(StringComparer.Ordinal);

    public LintBackend(IReadOnlyList<Rule> builtInRules, IEnumerable<RuleFileText> ruleFiles)
    {
        var ruleSet = RuleFileSet.Load(ruleFiles, RuleKindRegistry.CreateDefault(), builtInRules.Select(r => r.Descriptor.Id));
        _engine = new LintEngine(builtInRules.Concat(ruleSet.Rules), ruleSet.Data);
        RuleFileErrors = ruleSet.Errors;
        foreach (var rule in _engine.Rules)
        {
            foreach (var descriptor in rule.SupportedDescriptors) _descriptors.TryAdd(descriptor.Id, descriptor);
        }

        _descriptors.TryAdd(LintEngine.RuleFailedDescriptor.Id, LintEngine.RuleFailedDescriptor);
        foreach (var descriptor in RuleFileDescriptors.Health) _descriptors.TryAdd(descriptor.Id, descriptor);
    }

    /// <summary>EDL0902 findings for rule files that could not be read (located in the rule files).</summary>
    public IReadOnlyList<Finding> RuleFileErrors { get; }

    public RuleDescriptor? GetDescriptor(string id) => _descriptors.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>
    /// Per-article rules and corpus summaries for one article. Tokens are released afterwards, as every host does
    /// before the corpus pass (quotations and excluded spans stay, which is all the fix planner reads).
    /// </summary>
    public ArticleAnalysis Analyze(Article article, IOptionSource options, CancellationToken cancellationToken)
    {
        var analysis = _engine.AnalyzeArticle(article, options, cancellationToken);
        analysis.ReleaseTokens();
        return analysis;
    }

    /// <summary>The corpus rules over the given analyses (one per path), findings sorted.</summary>
    public IReadOnlyList<Finding> AnalyzeCorpus(IEnumerable<ArticleAnalysis> analyses, CancellationToken cancellationToken) =>
        _engine.AnalyzeCorpus(analyses, cancellationToken);
}
