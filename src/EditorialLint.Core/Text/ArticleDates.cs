using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EditorialLint.Text;

/// <summary>
/// Article dates from paths, for archives laid out by date (<c>tribune/20250624/…</c>): a regular expression
/// with named groups <c>year</c>, <c>month</c> and <c>day</c>, set as <c>EditorialLintDatePattern</c> (build)
/// or <c>--date-pattern</c> (CLI).
/// </summary>
public static class ArticleDates
{
    public static DateTime? FromPath(string path, string pattern)
    {
        Match match;
        try
        {
            match = Regex.Match(path.Replace('\\', '/'), pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!match.Success) return null;
        if (!int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        var month = int.TryParse(match.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var day = int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
    }
}
