using System;
using System.Collections.Generic;
using System.IO;
using EditorialLint.Rules;

namespace EditorialLint.LanguageServer;

/// <summary>
/// What the host (the <c>editorial-lint lsp</c> verb) gives the server: the built-in rules, how to resolve an
/// article's <c>.editorconfig</c>/<c>.globalconfig</c> options (Roslyn's resolver lives in the CLI, and Core has no
/// Roslyn), and the command line's defaults, which the client's <c>initializationOptions</c> override.
/// </summary>
public sealed class LanguageServerOptions
{
    public Func<IReadOnlyList<Rule>> CreateRules { get; init; } = () => Array.Empty<Rule>();

    /// <summary>
    /// A fresh resolver (full path → options). Called again whenever a <c>.editorconfig</c> or <c>.globalconfig</c>
    /// changes, so a resolver may cache what it reads.
    /// </summary>
    public Func<Func<string, IOptionSource>> CreateOptionResolver { get; init; } = () => _ => DictionaryOptionSource.Empty;

    /// <summary>Rule folders from the command line (relative to the workspace root); empty: <c>./rules</c> when it exists.</summary>
    public IReadOnlyList<string> RuleDirectories { get; init; } = Array.Empty<string>();
    public bool NoRules { get; init; }

    /// <summary>
    /// Load the starter house list (<see cref="EditorialLint.RuleFiles.DefaultRuleFiles"/>) as the CLI and the package
    /// do, unless the workspace's own <c>house-style.yml</c> replaces it; the client's <c>defaultRules: false</c> turns it off.
    /// </summary>
    public bool DefaultRules { get; init; } = true;
    public IReadOnlyList<string> Excludes { get; init; } = Array.Empty<string>();
    /// <summary>Dates articles from their paths (<see cref="EditorialLint.Text.ArticleDates.FromPath"/>): null infers, <c>none</c> turns it off.</summary>
    public string? DatePattern { get; init; }

    /// <summary>Where relative paths resolve when the client names no workspace folder.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The server's own log (stderr in the CLI); stdout carries the protocol and nothing else.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}
