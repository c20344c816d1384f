using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Cli;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Tests.Cli;

/// <summary>
/// A test rule with a safe fix: every "Tehrik" becomes "Tehreek" (as EDL0001 proposes its preferred form);
/// the first "Tehreek" of the article is the related location. It reports inside quotations and code too, so
/// the fix tests prove the fixer, not the rule, protects them.
/// </summary>
internal sealed class ReplaceTehrikRule : Rule
{
    public static readonly RuleDescriptor Rule = new("EDL9060", "Spelling variant", "'Tehrik' is also written 'Tehreek'", "Test", Severity.Warning, "Test rule with a fix.", relatedLocationFormat: "Also written “{text}” here");

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        var text = context.Article.Text;
        var preferred = text.IndexOf("Tehreek", StringComparison.Ordinal);
        var related = preferred < 0 ? null : new[] { FileLocation.In(context.Article, new TextSpan(preferred, 7)) };
        var properties = new Dictionary<string, string> { [Finding.ReplacementProperty] = "Tehreek" };
        for (var i = text.IndexOf("Tehrik", StringComparison.Ordinal); i >= 0; i = text.IndexOf("Tehrik", i + 1, StringComparison.Ordinal))
            context.Report(new TextSpan(i, 6), Rule.MessageFormat, related, properties);
    }
}

/// <summary>An error-level test rule without a fix: every "TODO".</summary>
internal sealed class TodoRule : Rule
{
    public static readonly RuleDescriptor Rule = new("EDL9061", "Leftover TODO", "Remove the TODO", "Test", Severity.Error, "Test rule at error level.");

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        var text = context.Article.Text;
        for (var i = text.IndexOf("TODO", StringComparison.Ordinal); i >= 0; i = text.IndexOf("TODO", i + 1, StringComparison.Ordinal))
            context.Report(new TextSpan(i, 4), Rule.MessageFormat);
    }
}

/// <summary>A temp folder of articles and an in-process run of the CLI with the test rules.</summary>
internal sealed class CliTestKit : IDisposable
{
    public CliTestKit()
    {
        Root = Path.Combine(Path.GetTempPath(), "edl-cli-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public CliHost Host { get; set; } = new() { CreateRules = () => new Rule[] { new ReplaceTehrikRule(), new TodoRule() } };

    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));

    public CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, Root, Host);
        return new CliResult(exit, stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), stderr.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] FindingLines => Lines.Where(l => l.Contains("): ", StringComparison.Ordinal)).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
