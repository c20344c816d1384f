using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace EditorialLint.Text;

/// <summary>
/// Article dates from paths, for archives laid out by date (<c>tribune/20250624/…</c>). A desk may set a regular
/// expression with named groups <c>year</c>, <c>month</c> and <c>day</c> as <c>EditorialLintDatePattern</c> (build),
/// <c>--date-pattern</c> (CLI) or <c>datePattern</c> (LSP); the value <c>none</c> turns dating from paths off.
/// With nothing set, the last calendar date written <c>yyyyMMdd</c>, <c>yyyy-MM-dd</c>, <c>yyyy_MM_dd</c> or
/// <c>yyyy/MM/dd</c> in the path dates the article (<see cref="Infer"/>).
/// </summary>
public static class ArticleDates
{
    /// <summary>The pattern value that turns dating from paths off.</summary>
    public const string Off = "none";

    // Years 1900–2099, one separator used throughout (or none), not glued to other digits on either side.
    // No match timeout: the pattern is fixed-length (linear by construction), and a timeout is wall-clock time, so on
    // a starved machine it fired now and then and left an article undated: the same corpus gave different findings
    // under load (seen in stop 23). Determinism needs the match to finish.
    private static readonly Regex DefaultDate = new(
        @"(?<![0-9])(?<year>(?:19|20)[0-9]{2})(?<sep>[-_/]?)(?<month>[0-9]{2})\k<sep>(?<day>[0-9]{2})(?![0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        Regex.InfiniteMatchTimeout);

    // A desk's own pattern may backtrack badly, so it keeps a timeout, long enough (a path is short) that only a
    // pathological pattern reaches it rather than a busy machine.
    private static readonly string[] DateGroups = { "year", "month", "day" };

    private static readonly TimeSpan DeskPatternTimeout = TimeSpan.FromSeconds(2);

    /// <summary>True when <paramref name="pattern"/> is the explicit <c>none</c> that turns dating off.</summary>
    public static bool IsOff(string? pattern) =>
        pattern is not null && string.Equals(pattern.Trim(), Off, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// What is wrong with a desk's <paramref name="pattern"/>, or null when it is usable (unset, blank, <c>none</c>, or a
    /// regular expression with the named groups <c>year</c>, <c>month</c> and <c>day</c>). A pattern this rejects dates
    /// no article, so hosts report it (the CLI exits 2, the build reports EDL0904) rather than leave articles undated
    /// in silence.
    /// </summary>
    public static string? PatternProblem(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern) || IsOff(pattern)) return null;
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, DeskPatternTimeout);
        }
        catch (ArgumentException e)
        {
            return "a valid regular expression (" + e.Message + ")";
        }

        var names = regex.GetGroupNames();
        var missing = DateGroups.Where(n => Array.IndexOf(names, n) < 0).ToArray();
        return missing.Length == 0
            ? null
            : "a regular expression with the named groups year, month and day (it has no " +
              string.Join(", ", missing.Select(n => "(?<" + n + ">…)")) + ")";
    }

    /// <summary>
    /// The article's date from its path: by <paramref name="pattern"/> when one is set, none when it is
    /// <c>none</c>, else by <see cref="Infer"/>.
    /// </summary>
    public static DateTime? FromPath(string path, string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return Infer(path);
        if (IsOff(pattern)) return null;
        Match match;
        try
        {
            match = Regex.Match(path.Replace('\\', '/'), pattern, RegexOptions.CultureInvariant, DeskPatternTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        // All three groups, as documented (and as PatternProblem demands): a pattern without month or day no longer
        // dates an article to the 1st of January or of the month in silence.
        if (!match.Success) return null;
        if (!int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        if (!int.TryParse(match.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return null;
        if (!int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return null;
        return CalendarDate(year, month, day);
    }

    private static DateTime? CalendarDate(int year, int month, int day) =>
        year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            ? null
            : new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The default date: the last valid calendar date in the path written <c>yyyyMMdd</c>, <c>yyyy-MM-dd</c>,
    /// <c>yyyy_MM_dd</c> or <c>yyyy/MM/dd</c> (<c>thenews/20250620/x.txt</c>, <c>APW19990707.0181</c>,
    /// <c>2024/03/05/x.md</c>); null when there is none.
    /// </summary>
    public static DateTime? Infer(string path)
    {
        try
        {
            // The last valid date wins (a dated file inside a dated folder). Matches cannot hide one another: each
            // starts and ends at a digit boundary, and only the year is four digits long.
            DateTime? last = null;
            for (var match = DefaultDate.Match(path.Replace('\\', '/')); match.Success; match = match.NextMatch())
            {
                var year = int.Parse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                var month = int.Parse(match.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                var day = int.Parse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                last = CalendarDate(year, month, day) ?? last;
            }

            return last;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
