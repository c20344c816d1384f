using System;
using System.IO;

namespace EditorialLint.LanguageServer;

/// <summary><c>file:</c> URIs to paths and back. Documents keep the URI string the client sent; these are for the rest.</summary>
internal static class FileUris
{
    /// <summary>The full path of a <c>file:</c> URI, or null for other schemes (<c>untitled:</c>, …) and malformed ones.</summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    public static string FromPath(string fullPath) => new Uri(fullPath).AbsoluteUri;
}
