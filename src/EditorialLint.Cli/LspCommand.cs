using System;
using System.IO;
using EditorialLint.LanguageServer;

namespace EditorialLint.Cli;

/// <summary>
/// <c>editorial-lint lsp</c>: hands stdin/stdout to the language server, with the CLI's rules and its
/// <c>.editorconfig</c> resolver. The server itself lives in EditorialLint.LanguageServer.
/// </summary>
internal static class LspCommand
{
    public static int Run(CliOptions options, TextWriter stderr, string workingDirectory, CliHost host)
    {
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        // stdout is the protocol: anything else written to Console.Out would corrupt it.
        Console.SetOut(stderr);
        var serverOptions = new LanguageServerOptions
        {
            CreateRules = host.CreateRules,
            CreateOptionResolver = () => new EditorConfigResolver().For,
            RuleDirectories = options.RuleDirectories,
            NoRules = options.NoRules,
            DefaultRules = !options.NoDefaultRules,
            Excludes = options.Excludes,
            DatePattern = options.DatePattern,
            WorkingDirectory = workingDirectory,
            Log = stderr,
        };
        return EditorialLintLanguageServer.RunAsync(input, output, serverOptions).GetAwaiter().GetResult();
    }
}
