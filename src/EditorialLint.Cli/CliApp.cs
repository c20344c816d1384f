using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.BuiltIn;
using EditorialLint.Engine;
using EditorialLint.Rules;

namespace EditorialLint.Cli;

/// <summary>The command line: a thin host that reads files, resolves configuration and prints findings.</summary>
internal static class CliApp
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        CliOptions options;
        try
        {
            options = CliOptions.Parse(args);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("editorial-lint: " + ex.Message);
            stderr.WriteLine(CliOptions.Usage);
            return ExitUsage;
        }

        if (options.ShowHelp)
        {
            stdout.WriteLine(CliOptions.Usage);
            return ExitClean;
        }

        try
        {
            return options.Command switch
            {
                "lint" => Lint(options, stdout, stderr, workingDirectory),
                _ => throw new UsageException($"unknown command '{options.Command}'"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("editorial-lint: " + ex.Message);
            return ExitUsage;
        }
    }

    private static int Lint(CliOptions options, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var session = LintSession.Create(options, workingDirectory, stderr);
        var findings = session.Run();
        var formatter = OutputFormats.Get(options.Format);
        formatter.Write(findings, session, stdout);
        return findings.Any(f => f.Severity == Severity.Error) ? ExitFindings : ExitClean;
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
