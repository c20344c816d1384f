using System;
using System.Collections.Generic;
using EditorialLint.Rules;

namespace EditorialLint.Cli;

/// <summary>
/// What the command line takes from its surroundings: the rules it runs, whether stdout/stderr are terminals,
/// and environment variables. <see cref="Program"/> passes the real console; tests pass their own.
/// </summary>
internal sealed class CliHost
{
    public static readonly CliHost Default = new();

    public Func<IReadOnlyList<Rule>> CreateRules { get; init; } = CliApp.CreateRules;
    public bool StdoutIsTerminal { get; init; }
    public bool StderrIsTerminal { get; init; }
    public Func<string, string?> GetEnvironmentVariable { get; init; } = _ => null;

    /// <summary>Reads a file (tests make one fail the way an unreadable file does, which root cannot reproduce).</summary>
    public Func<string, byte[]> ReadAllBytes { get; init; } = System.IO.File.ReadAllBytes;

    /// <summary>Rewrites a file in place for <c>fix</c> (tests make one fail).</summary>
    public Action<string, byte[]> WriteInPlace { get; init; } = InPlaceFile.Write;

    public static CliHost FromConsole() => new()
    {
        StdoutIsTerminal = !Console.IsOutputRedirected,
        StderrIsTerminal = !Console.IsErrorRedirected,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
    };

    /// <summary>Colour on stdout: <c>--color always|never</c>, else only on a terminal and without NO_COLOR.</summary>
    public bool UseColor(string colorMode) => colorMode switch
    {
        "always" => true,
        "never" => false,
        _ => StdoutIsTerminal && string.IsNullOrEmpty(GetEnvironmentVariable("NO_COLOR")),
    };
}
