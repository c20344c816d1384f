using System;
using System.Collections.Generic;
using System.Globalization;

namespace EditorialLint.Cli;

internal sealed class CliOptions
{
    public const string Usage =
        "usage: editorial-lint [lint] <paths or globs>... [--rules <dir>]... [--no-rules] [--format text|json]\n" +
        "                      [--date-pattern <regex>] [--jobs <n>]\n" +
        "  paths    files, folders (every .txt and .md below) or globs (articles/**/*.md)\n" +
        "  --rules  folder of rule files (*.yml); default: ./rules when it exists\n" +
        "  --format text (default) or json\n" +
        "  --date-pattern  regex with named groups year, month, day that dates articles from their paths\n" +
        "  --jobs   threads for per-article rules (default: all cores)";

    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "lint" };

    public string Command { get; private set; } = "lint";
    public List<string> Inputs { get; } = new();
    public List<string> RuleDirectories { get; } = new();
    public bool NoRules { get; private set; }
    public string Format { get; private set; } = "text";
    public string? DatePattern { get; private set; }
    public int Jobs { get; private set; } = -1;
    public bool ShowHelp { get; private set; }

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
                case "--rules":
                    options.RuleDirectories.Add(Value());
                    break;
                case "--no-rules":
                    options.NoRules = true;
                    break;
                case "--format":
                case "-f":
                    options.Format = Value().ToLowerInvariant();
                    if (!System.Linq.Enumerable.Contains(OutputFormats.Names, options.Format))
                        throw new UsageException($"unknown format '{options.Format}' (known: {string.Join(", ", OutputFormats.Names)})");
                    break;
                case "--date-pattern":
                    options.DatePattern = Value();
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

        if (!options.ShowHelp && options.Inputs.Count == 0) throw new UsageException("no paths given");
        return options;
    }
}
