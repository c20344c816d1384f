using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Cli;

internal sealed class CliOptions
{
    public const string Usage =
        "usage: editorial-lint [lint] <paths or globs>... [options]     lint articles (the default command)\n" +
        "       editorial-lint fix <paths or globs>... [--dry-run]      apply the safe fixes (or print them as a diff)\n" +
        "       editorial-lint rules [--rules <dir>]                   list the rules: ID, default severity, kind, title\n" +
        "       editorial-lint explain <ID>                            show a rule's doc page\n" +
        "       editorial-lint lsp [--rules <dir>] [--date-pattern <re>]  language server on stdin/stdout (docs/editors.md)\n" +
        TestRulesCommand.Usage + "\n" +
        "options:\n" +
        "  paths               files, folders (every .txt, .md below) or globs (articles/**/*.md)\n" +
        "  --exclude <glob>    leave out matching files (repeatable; e.g. 'drafts/**', '**/README.md')\n" +
        "  --rules <dir>       folder of rule files (*.yml); default: ./rules when it exists\n" +
        "  --no-rules          ignore rule files (the default house list too)\n" +
        "  --no-default-rules  leave out the starter house list (a rules/house-style.yml of your own replaces it)\n" +
        "  --format <f>        text (default), json, sarif or github (workflow annotations)\n" +
        "  --fail-on <s>       exit 1 when a finding is at least: error (default) or warning\n" +
        "  --baseline <file>   report only findings that are not in this baseline\n" +
        "  --write-baseline <file>  record the current findings as the baseline, and exit 0\n" +
        "  --dry-run           fix: print a unified diff, change nothing (exit 1 when there is something to fix)\n" +
        "  --color <when>      auto (default: on a terminal, unless NO_COLOR is set), always or never\n" +
        "  --date-pattern <re> regex with named groups year, month, day that dates articles from their paths\n" +
        "                      (default: the last yyyyMMdd, yyyy-MM-dd, yyyy_MM_dd or yyyy/MM/dd in the path; none: no dates)\n" +
        "  --jobs <n>          threads for per-article rules (default: all cores)\n" +
        "  --version           print the tool's version and exit\n" +
        "exit codes: 0 clean (or only findings below --fail-on), 1 findings at or above it,\n" +
        "            2 usage error, unreadable baseline or broken rule file (a bad .editorconfig value is EDL0904, a finding)";

    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "lint", "fix", "rules", "explain", "test-rules", "lsp" };

    public string Command { get; private set; } = "lint";
    public List<string> Inputs { get; } = new();
    public List<string> Excludes { get; } = new();
    public List<string> RuleDirectories { get; } = new();
    public bool NoRules { get; private set; }
    public bool NoDefaultRules { get; private set; }
    public string Format { get; private set; } = "text";
    public string? DatePattern { get; private set; }
    public int Jobs { get; private set; } = -1;
    public bool ShowHelp { get; private set; }
    public bool ShowVersion { get; private set; }
    public Severity FailOn { get; private set; } = Severity.Error;
    public string? BaselinePath { get; private set; }
    public string? WriteBaselinePath { get; private set; }
    public bool DryRun { get; private set; }
    public string ColorMode { get; private set; } = "auto";

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        var start = 0;
        if (args.Count > 0 && Commands.Contains(args[0]))
        {
            options.Command = args[0];
            start = 1;
        }

        for (var i = start; i < args.Count; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Count) throw new UsageException($"{arg} needs a value");
                return args[++i];
            }

            switch (arg)
            {
                case "-h":
                case "--help":
                    options.ShowHelp = true;
                    break;
                case "--version":
                    options.ShowVersion = true;
                    break;
                case "--rules":
                    options.RuleDirectories.Add(Value());
                    break;
                case "--no-rules":
                    options.NoRules = true;
                    break;
                case "--no-default-rules":
                    options.NoDefaultRules = true;
                    break;
                case "--exclude":
                    options.Excludes.Add(Value());
                    break;
                case "--format":
                case "-f":
                    options.Format = Value().ToLowerInvariant();
                    if (!OutputFormats.Names.Contains(options.Format))
                        throw new UsageException($"unknown format '{options.Format}' (known: {string.Join(", ", OutputFormats.Names)})");
                    break;
                case "--fail-on":
                    options.FailOn = Value().ToLowerInvariant() switch
                    {
                        "error" => Severity.Error,
                        "warning" => Severity.Warning,
                        var other => throw new UsageException($"--fail-on takes error or warning, not '{other}'"),
                    };
                    break;
                case "--baseline":
                    options.BaselinePath = Value();
                    break;
                case "--write-baseline":
                    options.WriteBaselinePath = Value();
                    break;
                case "--dry-run":
                    options.DryRun = true;
                    break;
                case "--color":
                case "--colour":
                    options.ColorMode = Value().ToLowerInvariant();
                    if (options.ColorMode is not ("auto" or "always" or "never")) throw new UsageException("--color takes auto, always or never");
                    break;
                case "--stdio" when options.Command == "lsp":
                    // Clients such as vscode-languageclient name the transport; stdio is the only one.
                    break;
                case "--no-color":
                    options.ColorMode = "never";
                    break;
                case "--date-pattern":
                    options.DatePattern = Value();
                    if (ArticleDates.PatternProblem(options.DatePattern) is { } problem)
                        throw new UsageException($"--date-pattern '{options.DatePattern}' is not {problem}; 'none' turns dating from paths off");
                    break;
                case "--jobs":
                case "-j":
                    if (!int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) || jobs < 1)
                        throw new UsageException("--jobs takes a whole number of at least 1");
                    options.Jobs = jobs;
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1) throw new UsageException($"unknown option '{arg}'");
                    options.Inputs.Add(arg);
                    break;
            }
        }

        if (options.ShowHelp || options.ShowVersion) return options;
        switch (options.Command)
        {
            case "lint":
            case "fix":
                if (options.Inputs.Count == 0) throw new UsageException("no paths given");
                if (options.DryRun && options.Command != "fix") throw new UsageException("--dry-run belongs to the fix command");
                break;
            case "rules":
                if (options.Inputs.Count > 0) throw new UsageException("rules takes no paths");
                break;
            case "lsp":
                if (options.Inputs.Count > 0) throw new UsageException("lsp takes no paths: the editor names the workspace");
                break;
            case "explain":
                if (options.Inputs.Count != 1) throw new UsageException("explain takes one rule ID, e.g. explain EDL0001");
                break;
        }

        return options;
    }
}
