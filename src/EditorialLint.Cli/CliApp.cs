using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Rules;

namespace EditorialLint.Cli;

/// <summary>The command line: a thin host that reads files, resolves configuration and prints findings.</summary>
internal static class CliApp
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    /// <summary>The tool's informational version (the package version, and the commit when the build knew it).</summary>
    internal static string Version =>
        typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory) =>
        Run(args, stdout, stderr, workingDirectory, CliHost.Default);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory, CliHost host)
    {
        CliOptions options;
        try
        {
            options = CliOptions.Parse(args);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("editorial-lint: " + ex.Message);
            // The whole usage only when nothing was asked; after a slip in one option, the error and where help is, so
            // the error is not lost above forty lines of options (as git and dotnet do).
            stderr.WriteLine(args.Length == 0 ? CliOptions.Usage : "run 'editorial-lint --help' for the commands and options");
            return ExitUsage;
        }

        if (options.ShowHelp)
        {
            stdout.WriteLine(CliOptions.Usage);
            return ExitClean;
        }

        if (options.ShowVersion)
        {
            stdout.WriteLine("editorial-lint " + Version);
            return ExitClean;
        }

        try
        {
            return options.Command switch
            {
                "lint" => Lint(LintSession.Create(options, workingDirectory, stderr, host), stdout, stderr),
                "fix" => FixCommand.Run(LintSession.Create(options, workingDirectory, stderr, host), stdout, stderr),
                "rules" => ListRules(LintSession.Create(options, workingDirectory, stderr, host), stdout),
                "explain" => Explain(LintSession.Create(options, workingDirectory, stderr, host), options.Inputs[0], stdout, stderr),
                "test-rules" => TestRulesCommand.Run(options, stdout, stderr, workingDirectory),
                "lsp" => LspCommand.Run(options, stderr, workingDirectory, host),
                _ => throw new UsageException($"unknown command '{options.Command}'"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("editorial-lint: " + ex.Message);
            return ExitUsage;
        }
        catch (IOException ex)
        {
            stderr.WriteLine("editorial-lint: " + ex.Message);
            return ExitUsage;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine("editorial-lint: " + ex.Message);
            return ExitUsage;
        }
    }

    private static int Lint(LintSession session, TextWriter stdout, TextWriter stderr)
    {
        var options = session.Options;
        var baseline = options.BaselinePath is null ? null : Baseline.Load(Path.GetFullPath(options.BaselinePath, session.WorkingDirectory));
        var findings = session.Run();
        if (options.WriteBaselinePath is not null)
        {
            var all = BaselineKeys.Compute(findings, session.Articles);
            Baseline.Write(Path.GetFullPath(options.WriteBaselinePath, session.WorkingDirectory), findings, all, session.Articles);
            stderr.WriteLine($"editorial-lint: wrote {findings.Count} finding(s) to {options.WriteBaselinePath}");
            return session.ReportProblems() ? ExitUsage : ExitClean;
        }

        if (baseline is not null)
        {
            var before = findings.Count;
            findings = baseline.Filter(findings, BaselineKeys.Compute(findings, session.Articles));
            var held = before - findings.Count;
            if (held > 0) stderr.WriteLine($"editorial-lint: {(held == 1 ? "1 finding" : $"{held} findings")} in the baseline ({options.BaselinePath}) not shown");
        }

        OutputFormats.Get(options.Format).Write(findings, session, stdout);
        if (session.ReportProblems()) return ExitUsage;
        var broken = findings.Where(f => f.RuleId == RuleIds.InvalidRuleFile).Select(f => f.Path).Distinct(StringComparer.Ordinal).ToList();
        if (broken.Count > 0)
        {
            // The EDL0902 is a warning like any other in the output (a ::warning in CI): say why the run still fails.
            // Rules load one by one (a file may hold several, a variants rule several groups): only what EDL0902
            // points at is left out, so the line must not say that the whole file did not run.
            stderr.WriteLine(broken.Count == 1
                ? $"editorial-lint: exit 2: the rule file {broken[0]} has problems (EDL0902 says where and why); the rules it points at did not run, every other rule did"
                : $"editorial-lint: exit 2: {broken.Count} rule files have problems ({string.Join(", ", broken)}; EDL0902 says where and why); the rules it points at did not run, every other rule did");
            return ExitUsage;
        }

        return findings.Any(f => f.Severity >= options.FailOn) ? ExitFindings : ExitClean;
    }

    private static int ListRules(LintSession session, TextWriter stdout)
    {
        var catalog = session.Catalog;
        var width = Math.Max(2, catalog.Select(e => e.Id.Length).DefaultIfEmpty(0).Max());
        stdout.WriteLine($"{"ID".PadRight(width)}  {"SEVERITY",-10}  {"KIND",-9}  TITLE");
        foreach (var entry in catalog)
            stdout.WriteLine($"{entry.Id.PadRight(width)}  {OutputFormats.SeverityName(entry.Descriptor.DefaultSeverity),-10}  {entry.ScopeName,-9}  {entry.Descriptor.Title}");
        return ExitClean;
    }

    private static int Explain(LintSession session, string id, TextWriter stdout, TextWriter stderr)
    {
        id = id.Trim().ToUpperInvariant();
        var page = RuleDocs.Get(id);
        if (page is not null)
        {
            stdout.Write(page.EndsWith('\n') ? page : page + "\n");
            return ExitClean;
        }

        if (!session.Catalog.TryGet(id, out var entry))
        {
            // An ID without EditorialLint's prefix is most likely a desk's C# rule (ACME001) seen in the build: the
            // command never loads those, so say so rather than leave the reader to think the rule is missing.
            stderr.WriteLine(id.StartsWith("EDL", StringComparison.Ordinal)
                ? $"editorial-lint: no rule {id} (see: editorial-lint rules)"
                : $"editorial-lint: no rule {id} here: this command knows EditorialLint's rules and the rule files' (see: editorial-lint rules); a desk's C# rules such as {id} run only in dotnet build and the IDE, where the warning links the rule's page");
            return ExitUsage;
        }

        var descriptor = entry.Descriptor;
        stdout.WriteLine($"# {descriptor.Id}: {descriptor.Title}");
        stdout.WriteLine();
        stdout.WriteLine($"Default severity: {OutputFormats.SeverityName(descriptor.DefaultSeverity)}. Kind: {entry.ScopeName}. Category: {descriptor.Category}.");
        stdout.WriteLine();
        stdout.WriteLine(descriptor.Description);
        if (descriptor.Options.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("## Options");
            foreach (var option in descriptor.Options)
                stdout.WriteLine($"- `{RuleOptions.Key(descriptor.Id, option.Key)}` (default `{option.DefaultValue}`): {option.Description}");
        }

        stdout.WriteLine();
        stdout.WriteLine("More: " + descriptor.HelpUri);
        return ExitClean;
    }

    internal static IReadOnlyList<Rule> CreateRules() => BuiltInRules.Create();
}

internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
