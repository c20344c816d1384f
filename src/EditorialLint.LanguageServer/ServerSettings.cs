using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using EditorialLint.RuleFiles;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EditorialLint.LanguageServer;

/// <summary>
/// What the server lints and how, from the workspace folder, the command line (<c>editorial-lint lsp --rules …</c>)
/// and the client's <c>initializationOptions</c> (which win). Nothing comes from <c>workspace/configuration</c>:
/// every client can send initialization options, few agree on configuration sections.
/// </summary>
internal sealed class ServerSettings
{
    /// <summary>Folders never searched for articles: version control, build output, dependencies.</summary>
    private static readonly string[] SkippedFolderNames = { ".git", ".hg", ".svn", "bin", "obj", "node_modules", ".vs", ".idea", ".vscode" };

    private static readonly string[] FolderArticlePatterns = { "**/*.txt", "**/*.md", "**/*.markdown" };
    private static readonly string[] PackageArticlePatterns = { "articles/**/*.txt", "articles/**/*.md" };

    private Matcher? _articles;

    /// <summary>The workspace folder (absolute), or null when the client opened single files.</summary>
    public string? Root { get; init; }
    public IReadOnlyList<string> ArticlePatterns { get; init; } = FolderArticlePatterns;
    public IReadOnlyList<string> ExcludePatterns { get; init; } = Array.Empty<string>();

    /// <summary>Folders of rule files (absolute); one that does not exist holds no rules until it is created.</summary>
    public IReadOnlyList<string> RuleDirectories { get; init; } = Array.Empty<string>();
    /// <summary>Dates articles from their paths (<see cref="EditorialLint.Text.ArticleDates.FromPath"/>): null infers, <c>none</c> turns it off.</summary>
    public string? DatePattern { get; init; }

    /// <summary>Whether the starter house list is loaded beside the rule folders (see <see cref="LanguageServerOptions.DefaultRules"/>).</summary>
    public bool DefaultRules { get; init; } = true;

    /// <summary>Quiet time after a change before the article is linted again.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>False: only open buffers are linted; no workspace scan, no corpus findings against files on disk.</summary>
    public bool Workspace { get; init; } = true;

    /// <summary>Above this many articles the workspace scan stops (and says so): a folder opened by mistake must not hog the machine.</summary>
    public int MaxArticles { get; init; } = 50_000;

    public static ServerSettings Create(string? root, LanguageServerOptions defaults, JsonElement? initializationOptions, Action<string> warn)
    {
        var options = initializationOptions is { ValueKind: JsonValueKind.Object } o ? o : default;
        bool Has(string name, out JsonElement value)
        {
            value = default;
            return options.ValueKind == JsonValueKind.Object && options.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
        }

        IReadOnlyList<string>? Strings(string name)
        {
            if (!Has(name, out var value)) return null;
            if (value.ValueKind == JsonValueKind.String) return new[] { value.GetString()! };
            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
                return value.EnumerateArray().Select(e => e.GetString()!).ToArray();
            warn($"initializationOptions.{name} must be a string or a list of strings; ignored");
            return null;
        }

        var articles = Strings("articles")
            ?? (root is not null && Directory.Exists(Path.Combine(root, "articles")) ? PackageArticlePatterns : FolderArticlePatterns);
        var excludes = Strings("exclude") ?? defaults.Excludes;

        IReadOnlyList<string> ruleDirectories;
        var noRules = defaults.NoRules || (Has("rules", out var rulesValue) && rulesValue.ValueKind == JsonValueKind.False);
        var ruleNames = noRules ? Array.Empty<string>() : Strings("rules") ?? (defaults.RuleDirectories.Count > 0 ? defaults.RuleDirectories : null);
        var baseDirectory = root ?? defaults.WorkingDirectory;
        if (ruleNames is null)
        {
            // As the CLI: ./rules when it exists. Kept even when it does not yet, so that creating it is noticed.
            ruleDirectories = root is not null ? new[] { Path.Combine(root, "rules") } : Array.Empty<string>();
        }
        else
        {
            ruleDirectories = ruleNames.Select(r => Path.GetFullPath(r, baseDirectory)).ToArray();
            foreach (var missing in ruleDirectories.Where(d => !Directory.Exists(d))) warn($"no such rules folder: {missing}");
        }

        var defaultRules = defaults.DefaultRules && !noRules;
        if (Has("defaultRules", out var defaultRulesValue))
        {
            if (defaultRulesValue.ValueKind is JsonValueKind.True or JsonValueKind.False) defaultRules = defaultRulesValue.GetBoolean() && !noRules;
            else warn("initializationOptions.defaultRules must be true or false; ignored");
        }

        var datePattern = defaults.DatePattern;
        if (Has("datePattern", out var date))
        {
            // A pattern that cannot date any article (not a regex, or without the groups year, month and day) is reported, as
            // the CLI's --date-pattern (exit 2) and the build's EditorialLintDatePattern (EDL0904) are, and the default kept:
            // the articles are not left undated in silence.
            if (date.ValueKind != JsonValueKind.String) warn("initializationOptions.datePattern must be a string; ignored");
            else if (EditorialLint.Text.ArticleDates.PatternProblem(date.GetString()) is { } problem)
                warn($"initializationOptions.datePattern '{date.GetString()}' is not {problem}; ignored ('none' turns dating from paths off)");
            else datePattern = date.GetString();
        }

        var debounce = TimeSpan.FromMilliseconds(150);
        if (Has("debounceMs", out var ms))
        {
            if (ms.ValueKind == JsonValueKind.Number && ms.TryGetInt32(out var value) && value >= 0 && value <= 10_000) debounce = TimeSpan.FromMilliseconds(value);
            else warn("initializationOptions.debounceMs must be a whole number of milliseconds from 0 to 10000; ignored");
        }

        var workspace = true;
        if (Has("workspace", out var ws))
        {
            if (ws.ValueKind is JsonValueKind.True or JsonValueKind.False) workspace = ws.GetBoolean();
            else warn("initializationOptions.workspace must be true or false; ignored");
        }

        var maxArticles = 50_000;
        if (Has("maxArticles", out var max))
        {
            if (max.ValueKind == JsonValueKind.Number && max.TryGetInt32(out var value) && value > 0) maxArticles = value;
            else warn("initializationOptions.maxArticles must be a positive whole number; ignored");
        }

        return new ServerSettings
        {
            Root = root,
            ArticlePatterns = articles,
            ExcludePatterns = excludes,
            RuleDirectories = ruleDirectories,
            DatePattern = datePattern,
            DefaultRules = defaultRules,
            Debounce = debounce,
            Workspace = workspace && root is not null,
            MaxArticles = maxArticles,
        };
    }

    /// <summary>True for a file the server lints: under the root, matched by the article globs, not excluded.</summary>
    public bool IsArticle(string fullPath)
    {
        if (Root is null) return true;
        var relative = RelativeToRoot(fullPath);
        if (relative is null) return false;
        if (relative.Split('/').SkipLast(1).Any(IsSkippedFolder)) return false;
        return ArticleMatcher.Match(relative).HasMatches;
    }

    public bool IsUnderRoot(string fullPath) => Root is not null && RelativeToRoot(fullPath) is not null;

    public bool IsRuleFile(string fullPath) =>
        RuleFileText.IsRuleFilePath(fullPath) && RuleDirectories.Any(d => IsUnder(fullPath, d));

    public static bool IsConfigFile(string fullPath) =>
        Path.GetFileName(fullPath) is ".editorconfig" or ".globalconfig";

    /// <summary>The path an article's date pattern and messages see: relative to the workspace, as the CLI run from its root.</summary>
    public string DisplayPath(string fullPath) => RelativeToRoot(fullPath) ?? fullPath.Replace('\\', '/');

    /// <summary>Every article under the root, in ordinal path order; folder symlinks are not followed (no loops).</summary>
    public IReadOnlyList<string> EnumerateArticles(Action<string> warn)
    {
        var found = new List<string>();
        if (Root is null) return found;
        var pending = new Stack<string>();
        pending.Push(Root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                warn($"cannot read {directory}: {ex.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo dir)
                {
                    if (dir.LinkTarget is null && !IsSkippedFolder(dir.Name)) pending.Push(dir.FullName);
                }
                else if (IsArticle(entry.FullName))
                {
                    found.Add(entry.FullName);
                    if (found.Count > MaxArticles)
                    {
                        warn(string.Create(CultureInfo.InvariantCulture, $"more than {MaxArticles} articles under {Root}: the workspace scan stopped there (set initializationOptions.articles or maxArticles)"));
                        found.RemoveAt(found.Count - 1);
                        found.Sort(StringComparer.Ordinal);
                        return found;
                    }
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private Matcher ArticleMatcher
    {
        get
        {
            if (_articles is not null) return _articles;
            var matcher = new Matcher(StringComparison.Ordinal);
            foreach (var pattern in ArticlePatterns) matcher.AddInclude(Normalize(pattern));
            foreach (var pattern in ExcludePatterns) matcher.AddExclude(Normalize(pattern));
            return _articles = matcher;
        }
    }

    private static string Normalize(string pattern)
    {
        pattern = pattern.Replace('\\', '/');
        return pattern.StartsWith("./", StringComparison.Ordinal) ? pattern[2..] : pattern;
    }

    private static bool IsSkippedFolder(string name) => SkippedFolderNames.Contains(name, StringComparer.Ordinal);

    private string? RelativeToRoot(string fullPath)
    {
        if (Root is null || !IsUnder(fullPath, Root)) return null;
        return Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
    }

    private static bool IsUnder(string fullPath, string directory)
    {
        var prefix = directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(prefix, StringComparison.Ordinal);
    }
}
