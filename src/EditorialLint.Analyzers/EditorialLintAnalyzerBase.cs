using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RoslynTextSpan = Microsoft.CodeAnalysis.Text.TextSpan;
using RoslynLinePosition = Microsoft.CodeAnalysis.Text.LinePosition;
using RoslynLinePositionSpan = Microsoft.CodeAnalysis.Text.LinePositionSpan;

namespace EditorialLint.Analyzers;

/// <summary>
/// The Roslyn host for EditorialLint rules: a thin adapter. Articles and rule files arrive as AdditionalFiles
/// tagged <c>EditorialLintKind</c>; per-article findings are reported from the additional-file action (live in
/// the IDE), corpus findings at compilation end. Derive from it with your own rules:
/// <code>[DiagnosticAnalyzer(LanguageNames.CSharp)] public sealed class AcmeAnalyzer : EditorialLintAnalyzerBase { protected override IEnumerable&lt;Rule&gt; CreateRules() => new[] { new CasualtyDateRule() }; }</code>
/// </summary>
public abstract class EditorialLintAnalyzerBase : DiagnosticAnalyzer
{
    private const string KindKey = "build_metadata.AdditionalFiles.EditorialLintKind";
    private const string DateKey = "build_metadata.AdditionalFiles.EditorialLintDate";
    private const string DefaultRulesKey = "build_property.EditorialLintDefaultRules";

    private static readonly Lazy<RuleFileDocument> DefaultHouseStyle = new(() => RuleFileDocument.Parse(DefaultRuleFiles.HouseStyle));

    private readonly Lazy<Rule[]> _rules;
    private readonly Lazy<DescriptorMap> _descriptors;

    // Parsed rule files, cached per SourceText as StyleCop caches its settings file: Roslyn keeps the value as long
    // as the text object lives (weakly, keyed by identity), so an IDE that re-runs the analyzer on every keystroke,
    // and a build server that reuses this analyzer instance, parse an unchanged rule file once; an edited file is a
    // new SourceText and is parsed again. Per analyzer instance, never static state of our own.
    private readonly SourceTextValueProvider<ParsedRuleFile> _ruleFileCache;
    private int _ruleFileParses;

    protected EditorialLintAnalyzerBase()
    {
        _rules = new Lazy<Rule[]>(() => CreateRules().ToArray());
        _descriptors = new Lazy<DescriptorMap>(() => new DescriptorMap(RuleCatalog.Create(_rules.Value, ruleFileHealth: RunsRuleFiles, reserveDeskIds: RunsRuleFiles)));
        _ruleFileCache = new SourceTextValueProvider<ParsedRuleFile>(text => new ParsedRuleFile(text, this));
    }

    /// <summary>How many times this analyzer has parsed a rule file (for tests of the cache).</summary>
    internal int RuleFileParses => Volatile.Read(ref _ruleFileParses);

    /// <summary>The rules this analyzer runs.</summary>
    protected abstract IEnumerable<Rule> CreateRules();

    /// <summary>
    /// True for the one analyzer that owns rule files: it runs their declarative rules and reports their errors
    /// (a desk's own C# analyzer leaves that to EditorialLint's, so nothing is reported twice).
    /// </summary>
    protected virtual bool RunsRuleFiles => false;

    /// <summary>The rule kinds rule files may use; add your own kinds here.</summary>
    protected virtual RuleKindRegistry CreateRuleKindRegistry() => RuleKindRegistry.CreateDefault();

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _descriptors.Value.All;

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var options = start.Options.AnalyzerConfigOptionsProvider;
        var ruleFiles = new List<RuleFileDocument>();
        var overridden = false;
        foreach (var file in start.Options.AdditionalFiles)
        {
            if (KindOf(options, file) != "rules") continue;
            var text = file.GetText(start.CancellationToken);
            if (text is null) continue;
            var parsed = start.TryGetValue(text, _ruleFileCache, out var cached) ? cached : new ParsedRuleFile(text, this);
            ruleFiles.Add(parsed.For(file.Path));
            overridden |= DefaultRuleFiles.Overrides(file.Path);
        }

        // The package turns the starter house list on (EditorialLintDefaultRules, default true in its props); a desk
        // turns it off with the property or replaces it with its own house-style.yml. Without the package's props
        // (a bare analyzer reference), there is no default list.
        if (!overridden && options.GlobalOptions.TryGetValue(DefaultRulesKey, out var defaultRules) && string.Equals(defaultRules.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            ruleFiles.Add(DefaultHouseStyle.Value);

        var pipeline = LintPipeline.Create(_rules.Value, ruleFiles, new LintPipelineOptions { Registry = CreateRuleKindRegistry(), RunRuleFiles = RunsRuleFiles });
        var analyses = new ConcurrentBag<ArticleAnalysis>();
        var notFixable = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var descriptors = _descriptors.Value;
        var globalOptions = options.GlobalOptions;

        // A mistyped severity or option is reported once per build, at the first article (ordinal path order) its
        // value applies to, as the CLI does: not at every article. Found from the articles' options alone, and only
        // once some article has such a problem, so a build with a sound configuration pays nothing.
        var firstReports = new Lazy<IReadOnlyDictionary<string, string>>(() => pipeline.FirstReports(
            start.Options.AdditionalFiles
                .Where(f => KindOf(options, f) == "article")
                .Select(f => (f.Path, (IOptionSource)new ConfigOptionSource(options.GetOptions(f))))), LazyThreadSafetyMode.ExecutionAndPublication);

        // A date pattern that cannot date anything (not a regular expression, or without the year, month and day
        // groups) is reported once, by EditorialLint's own analyzer, at the first article in ordinal path order.
        var datePatternProblem = RunsRuleFiles ? DatePatternProblem(globalOptions) : null;
        var firstArticle = datePatternProblem is null
            ? null
            : start.Options.AdditionalFiles.Where(f => KindOf(options, f) == "article").Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();

        start.RegisterAdditionalFileAction(fileContext =>
        {
            var file = fileContext.AdditionalFile;
            var kind = KindOf(options, file);
            if (kind == "rules")
            {
                // Load errors (EDL0902) and failing examples (EDL0903), reported in their rule files.
                foreach (var problem in pipeline.RuleFileDiagnostics)
                {
                    if (problem.Path == file.Path) fileContext.ReportDiagnostic(ToDiagnostic(problem, descriptors, compilationEnd: false, fixable: true));
                }

                return;
            }

            if (kind != "article") return;
            var text = file.GetText(fileContext.CancellationToken);
            if (text is null) return;
            var fileOptions = options.GetOptions(file);
            var content = text.ToString();
            var decoded = Decode(text, content);
            var article = Article.Parse(file.Path, decoded, date: DateOf(fileOptions, globalOptions, file.Path));
            var analysis = pipeline.Analyze(article, new ConfigOptionSource(fileOptions), fileContext.CancellationToken);
            // A re-decoded article's spans are not spans of Roslyn's SourceText: no code fix may edit the file by them.
            var fixable = string.Equals(decoded, content, StringComparison.Ordinal);
            if (!fixable) notFixable.TryAdd(file.Path, 0);
            if (datePatternProblem is not null && file.Path == firstArticle
                && DatePatternFinding(article, datePatternProblem.Value, new ConfigOptionSource(fileOptions)) is { } dateFinding)
                fileContext.ReportDiagnostic(ToDiagnostic(dateFinding, descriptors, compilationEnd: false, fixable));
            foreach (var finding in analysis.Findings)
            {
                if (finding.RuleId == RuleIds.InvalidOption && firstReports.Value.TryGetValue(finding.Message, out var first) && first != finding.Path) continue;
                fileContext.ReportDiagnostic(ToDiagnostic(finding, descriptors, compilationEnd: false, fixable));
            }

            analyses.Add(analysis);
        });

        start.RegisterCompilationEndAction(end =>
        {
            if (analyses.IsEmpty) return;
            foreach (var finding in pipeline.AnalyzeCorpus(analyses, end.CancellationToken))
                end.ReportDiagnostic(ToDiagnostic(finding, descriptors, compilationEnd: true, fixable: !notFixable.ContainsKey(finding.Path)));
        });
    }

    /// <summary>
    /// The article's text as the CLI reads it. The compiler decodes an AdditionalFile as UTF-8 with U+FFFD for bytes
    /// that are not (verified: .NET 10 SDK, csc 5.9), which is the CLI's reading; a compiler that falls back to a
    /// single-byte encoding instead (Latin-1 or the ANSI code page, as its <see cref="Microsoft.CodeAnalysis.Text.SourceText.Encoding"/>
    /// says) gives text that re-encodes to the file's bytes, decoded here the CLI's way.
    /// </summary>
    private static string Decode(Microsoft.CodeAnalysis.Text.SourceText text, string content) =>
        ArticleDecoding.IsSingleByteFallback(text.Encoding) ? ArticleDecoding.Decode(text.Encoding!.GetBytes(content)) : content;

    private static string? KindOf(AnalyzerConfigOptionsProvider provider, AdditionalText file) =>
        provider.GetOptions(file).TryGetValue(KindKey, out var kind) ? kind.Trim().ToLowerInvariant() : null;

    private static (string Pattern, string Problem)? DatePatternProblem(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue("build_property.EditorialLintDatePattern", out var pattern) && ArticleDates.PatternProblem(pattern) is { } problem
            ? (pattern.Trim(), problem)
            : null;

    /// <summary>EDL0904 for an unusable <c>EditorialLintDatePattern</c>, at the start of the article, at EDL0904's severity there.</summary>
    private static Finding? DatePatternFinding(Article article, (string Pattern, string Problem) problem, IOptionSource options)
    {
        var configured = RuleOptions.ParseSeverity(new RuleOptions(options, RuleIds.InvalidOption).GetString("severity") ?? string.Empty);
        var severity = configured ?? LintEngine.InvalidOptionDescriptor.DefaultSeverity;
        if (severity == Severity.None) return null;
        var message = LintEngine.InvalidOptionDescriptor.FormatMessage(
            ("key", "EditorialLintDatePattern"),
            ("value", LintEngine.QuoteSafe(problem.Pattern)),
            ("expected", problem.Problem),
            ("effect", "no article is dated from its path"));
        return new Finding(RuleIds.InvalidOption, FileLocation.In(article, new TextSpan(0, 0)), message, severity);
    }

    private static DateTime? DateOf(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, string path)
    {
        if (fileOptions.TryGetValue(DateKey, out var value) && !string.IsNullOrWhiteSpace(value)) return Article.ParseDateValue(value);
        if (globalOptions.TryGetValue("build_property.EditorialLintDatePattern", out var pattern) && !string.IsNullOrWhiteSpace(pattern))
            return ArticleDates.FromPath(path, pattern);

        // The default looks for a date in the path below the project, so a checkout folder such as
        // ~/backup-2024-01-05/ does not date every article in it.
        return ArticleDates.Infer(BelowProject(path, globalOptions));
    }

    private static string BelowProject(string path, AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue("build_property.ProjectDir", out var projectDir) || string.IsNullOrWhiteSpace(projectDir)) return path;
        var full = path.Replace('\\', '/');
        var root = projectDir.Replace('\\', '/').TrimEnd('/') + "/";
        return full.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? full.Substring(root.Length) : path;
    }

    private static Diagnostic ToDiagnostic(Finding finding, DescriptorMap descriptors, bool compilationEnd, bool fixable)
    {
        var descriptor = descriptors.Get(finding.RuleId, compilationEnd);
        var location = ToLocation(finding.Location);
        var related = finding.Related.Where(r => r.Path.Length > 0).Select(ToLocation).ToArray();
        var properties = finding.Properties.Count == 0 || !fixable
            ? null
            : finding.Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        return Diagnostic.Create(descriptor, location, ToRoslyn(finding.Severity), related, properties, finding.Message);
    }

    private static Location ToLocation(FileLocation location)
    {
        if (location.Path.Length == 0) return Location.None;
        var span = new RoslynTextSpan(location.Span.Start, location.Span.Length);
        var lines = new RoslynLinePositionSpan(
            new RoslynLinePosition(location.Start.Line, location.Start.Character),
            new RoslynLinePosition(location.End.Line, location.End.Character));
        return Location.Create(location.Path, span, lines);
    }

    private static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Suggestion => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    /// <summary>Roslyn descriptors for our rule descriptors: one plain, one tagged CompilationEnd for corpus findings.</summary>
    private sealed class DescriptorMap
    {
        private readonly Dictionary<string, (DiagnosticDescriptor Live, DiagnosticDescriptor End)> _byId = new(StringComparer.Ordinal);

        public DescriptorMap(RuleCatalog catalog)
        {
            var all = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
            foreach (var entry in catalog)
            {
                var descriptor = entry.Descriptor;
                var live = Create(descriptor, compilationEnd: false);
                var end = Create(descriptor, compilationEnd: true);
                _byId[descriptor.Id] = (live, end);
                all.Add(live);
                if (descriptor.ReportsAcrossArticles) all.Add(end);
            }

            All = all.ToImmutable();
        }

        public ImmutableArray<DiagnosticDescriptor> All { get; }

        public DiagnosticDescriptor Get(string id, bool compilationEnd)
        {
            if (!_byId.TryGetValue(id, out var pair)) pair = _byId[RuleIds.RuleFailed];
            return compilationEnd ? pair.End : pair.Live;
        }

        private static DiagnosticDescriptor Create(RuleDescriptor descriptor, bool compilationEnd) => new(
            descriptor.Id,
            descriptor.Title,
            "{0}",
            descriptor.Category,
            ToRoslyn(descriptor.DefaultSeverity == Severity.None ? Severity.Warning : descriptor.DefaultSeverity),
            isEnabledByDefault: descriptor.DefaultSeverity != Severity.None,
            description: descriptor.Description,
            helpLinkUri: descriptor.HelpUri,
            customTags: compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : Array.Empty<string>());
    }

    /// <summary>
    /// One rule file's text and its parse, per path (a text is almost always at one path; two paths with the same
    /// text object each get their own document, since findings carry the path). Parsing never throws: a bad file
    /// is a document whose <see cref="RuleFileDocument.Error"/> is the located EDL0902.
    /// </summary>
    private sealed class ParsedRuleFile
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;
        private readonly EditorialLintAnalyzerBase _owner;
        private readonly ConcurrentDictionary<string, Lazy<RuleFileDocument>> _byPath = new(StringComparer.Ordinal);

        public ParsedRuleFile(Microsoft.CodeAnalysis.Text.SourceText text, EditorialLintAnalyzerBase owner)
        {
            _text = text;
            _owner = owner;
        }

        public RuleFileDocument For(string path) =>
            _byPath.GetOrAdd(path, p => new Lazy<RuleFileDocument>(() => Parse(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        private RuleFileDocument Parse(string path)
        {
            Interlocked.Increment(ref _owner._ruleFileParses);
            return RuleFileDocument.Parse(new RuleFileText(path, _text.ToString()));
        }
    }

    /// <summary>Our options, read through Roslyn's resolution of .editorconfig/.globalconfig for the file.</summary>
    private sealed class ConfigOptionSource : IOptionSource
    {
        private readonly AnalyzerConfigOptions _options;

        public ConfigOptionSource(AnalyzerConfigOptions options) => _options = options;

        public bool TryGetValue(string key, out string value)
        {
            if (_options.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
