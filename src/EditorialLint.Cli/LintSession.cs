using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EditorialLint.Engine;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Cli;

/// <summary>One lint run: the files, their configuration, the rules and rule files, and the engine.</summary>
internal sealed class LintSession
{
    private LintSession(IReadOnlyList<InputFile> files, IReadOnlyList<RuleFileText> ruleFiles, CliOptions options, TextWriter stderr)
    {
        Files = files;
        RuleFiles = ruleFiles;
        Options = options;
        Stderr = stderr;
    }

    public IReadOnlyList<InputFile> Files { get; }
    public IReadOnlyList<RuleFileText> RuleFiles { get; }
    public CliOptions Options { get; }
    public TextWriter Stderr { get; }

    /// <summary>The articles as read, by display path (formatters use them to show source lines).</summary>
    public Dictionary<string, Article> Articles { get; } = new(StringComparer.Ordinal);

    public static LintSession Create(CliOptions options, string workingDirectory, TextWriter stderr)
    {
        var files = InputFiles.Resolve(options.Inputs, workingDirectory);
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

        return new LintSession(files, ruleFiles, options, stderr);
    }

    public IReadOnlyList<Finding> Run()
    {
        var builtIn = CliApp.CreateRules();
        var ruleSet = RuleFileSet.Load(RuleFiles, RuleKindRegistry.CreateDefault(), builtIn.Select(r => r.Descriptor.Id));
        var engine = new LintEngine(builtIn.Concat(ruleSet.Rules), ruleSet.Data);
        var resolver = new EditorConfigResolver();
        var corpus = new CorpusArticle[Files.Count];
        Parallel.For(0, Files.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.Jobs }, i =>
        {
            var file = Files[i];
            var text = ReadText(file.FullPath);
            var date = Options.DatePattern is null ? null : ArticleDates.FromPath(file.DisplayPath, Options.DatePattern);
            corpus[i] = new CorpusArticle(Article.Parse(file.DisplayPath, text, date: date), resolver.For(file.FullPath));
        });
        foreach (var article in corpus) Articles[article.Article.Path] = article.Article;

        var findings = engine.Lint(corpus, Options.Jobs).ToList();
        findings.AddRange(ruleSet.Errors);
        findings.Sort();
        return findings;
    }

    /// <summary>UTF-8 unless a BOM says otherwise; bad bytes become U+FFFD rather than an error.</summary>
    internal static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
