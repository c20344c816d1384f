using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Cli;

/// <summary>One lint run: the files, their configuration, the rules and rule files, and the engine.</summary>
internal sealed class LintSession
{
    private readonly CliHost _host;
    private LintPipeline? _pipeline;

    private readonly List<InputProblem> _problems;

    private LintSession(IReadOnlyList<InputFile> files, IReadOnlyList<InputProblem> problems, IReadOnlyList<RuleFileText> ruleFiles, CliOptions options, TextWriter stderr, string workingDirectory, CliHost host)
    {
        Files = files;
        _problems = problems.ToList();
        RuleFiles = ruleFiles;
        Options = options;
        Stderr = stderr;
        WorkingDirectory = workingDirectory;
        _host = host;
    }

    public IReadOnlyList<InputFile> Files { get; }
    public IReadOnlyList<RuleFileText> RuleFiles { get; }

    /// <summary>Inputs that could not be linted (unreadable, dangling links, loops, globs matching nothing), in input order then path order.</summary>
    public IReadOnlyList<InputProblem> Problems => _problems;
    public CliOptions Options { get; }
    public TextWriter Stderr { get; }
    public string WorkingDirectory { get; }
    public CliHost Host => _host;

    /// <summary>The articles as read, by display path (formatters use them to show source lines).</summary>
    public Dictionary<string, Article> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>The built-in rules and the rule files, assembled as every host assembles them.</summary>
    public LintPipeline Pipeline => _pipeline ??= LintPipeline.Create(_host.CreateRules(), RuleFiles);

    /// <summary>Every rule this run knows, by ID: built-in, rule files, and EditorialLint's own health diagnostics.</summary>
    public RuleCatalog Catalog => Pipeline.Catalog;

    public static LintSession Create(CliOptions options, string workingDirectory, TextWriter stderr, CliHost host)
    {
        var inputs = options.Command is "lint" or "fix"
            ? InputFiles.Resolve(options.Inputs, workingDirectory, options.Excludes)
            : new ResolvedInputs(Array.Empty<InputFile>(), Array.Empty<InputProblem>());
        var ruleFiles = new List<RuleFileText>();
        if (!options.NoRules)
        {
            var directories = options.RuleDirectories.Count > 0
                ? options.RuleDirectories
                : Directory.Exists(Path.Combine(workingDirectory, "rules")) ? new List<string> { "rules" } : new List<string>();
            foreach (var directory in directories)
            {
                var full = Path.GetFullPath(directory, workingDirectory);
                if (!Directory.Exists(full)) throw new UsageException($"no such rules folder: {directory}");
                foreach (var path in Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories)
                             .Where(RuleFileText.IsRuleFilePath)
                             .OrderBy(p => p, StringComparer.Ordinal))
                {
                    var display = directory.Replace('\\', '/').TrimEnd('/') + "/" + Path.GetRelativePath(full, path).Replace('\\', '/');
                    ruleFiles.Add(new RuleFileText(display, ReadText(path)));
                }
            }
        }

        // The starter house list comes first, unless turned off or replaced by the desk's own house-style.yml.
        IReadOnlyList<RuleFileText> allRuleFiles = options.NoRules || options.NoDefaultRules ? ruleFiles : DefaultRuleFiles.With(ruleFiles);
        return new LintSession(inputs.Files, inputs.Problems, allRuleFiles, options, stderr, workingDirectory, host);
    }

    /// <summary>
    /// Set by <c>fix</c> between its rounds: the articles' texts by display path, linted instead of the files (which a
    /// dry run never changes); a file not in it was unreadable in the first round and is left out.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Texts { get; set; }

    public IReadOnlyList<Finding> Run()
    {
        var pipeline = Pipeline;
        var resolver = new EditorConfigResolver();
        using var progress = new Progress(Stderr, _host.StderrIsTerminal, Files.Count);
        var unreadable = new System.Collections.Concurrent.ConcurrentBag<InputProblem>();
        var result = pipeline.Lint(
            Files,
            file =>
            {
                string? text;
                try
                {
                    if (Texts is null) text = ArticleDecoding.Decode(_host.ReadAllBytes(file.FullPath));
                    else if (!Texts.TryGetValue(file.DisplayPath, out text)) return null;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    // One file that cannot be read (permissions, a link that broke, a folder named *.txt) is reported; the rest are linted.
                    unreadable.Add(new InputProblem(file.DisplayPath, "cannot read: " + InputFiles.Reason(ex)));
                    return null;
                }

                var date = ArticleDates.FromPath(file.DisplayPath, Options.DatePattern);
                return new CorpusArticle(Article.Parse(file.DisplayPath, text, date: date), resolver.For(file.FullPath));
            },
            Options.Jobs,
            _ => progress.Advance());
        foreach (var analysis in result.Analyses) Articles[analysis.Path] = analysis.Article.Article;
        _problems.AddRange(unreadable.OrderBy(p => p.DisplayPath, StringComparer.Ordinal));
        return result.Findings;
    }

    /// <summary>Prints each input problem as a located error on stderr (<c>path: error: message</c>); true when there were any.</summary>
    public bool ReportProblems()
    {
        foreach (var problem in _problems) Stderr.WriteLine($"{problem.DisplayPath}: error: {problem.Message}");
        if (_problems.Count > 0) Stderr.WriteLine($"editorial-lint: {_problems.Count} input(s) could not be linted");
        return _problems.Count > 0;
    }

    /// <summary>UTF-8 unless a BOM says otherwise; bad bytes become U+FFFD rather than an error.</summary>
    internal static string ReadText(string path) => ArticleDecoding.Decode(File.ReadAllBytes(path));

}

/// <summary>"linting 120/300 articles" on stderr, only on a terminal and only once a run has taken a moment.</summary>
internal sealed class Progress : IDisposable
{
    private const long DelayMilliseconds = 500;
    private const long IntervalMilliseconds = 100;

    private readonly TextWriter _stderr;
    private readonly bool _enabled;
    private readonly int _total;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly object _gate = new();
    private int _done;
    private long _lastShown = -IntervalMilliseconds;
    private bool _shown;

    public Progress(TextWriter stderr, bool enabled, int total)
    {
        _stderr = stderr;
        _enabled = enabled && total > 1;
        _total = total;
    }

    public void Advance()
    {
        var done = System.Threading.Interlocked.Increment(ref _done);
        if (!_enabled) return;
        var now = _clock.ElapsedMilliseconds;
        if (now < DelayMilliseconds || now - System.Threading.Interlocked.Read(ref _lastShown) < IntervalMilliseconds) return;
        lock (_gate)
        {
            if (now - _lastShown < IntervalMilliseconds) return;
            _lastShown = now;
            _shown = true;
            _stderr.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\reditorial-lint: {done}/{_total} articles"));
            _stderr.Flush();
        }
    }

    public void Dispose()
    {
        if (!_shown) return;
        lock (_gate)
        {
            _stderr.Write("\r" + new string(' ', 48) + "\r");
            _stderr.Flush();
        }
    }
}
