using System;
using System.IO;

namespace EditorialLint.Cli;

/// <summary>Writes a file whole or not at all: a temp file beside it, then a rename over it (keeping Unix permissions).</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full)) File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw;
        }
    }
}

/// <summary>
/// Rewrites an existing file's content in place: the same inode, so a symbolic link still points at it, its hard
/// links still share it, and its owner and permissions stay. Used by <c>fix</c> on articles, which are often linked
/// into several folders; the new content is built in memory first, so the file is written in one go.
/// </summary>
internal static class InPlaceFile
{
    public static void Write(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        stream.Write(bytes);
        stream.SetLength(bytes.Length);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// True when nobody may write the file (no write bit on Unix, the read-only attribute on Windows). Checked
    /// rather than left to the write to fail, because an administrator's (root's) write would succeed.
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null && InputFiles.RealPath(path) is { } real) info = new FileInfo(real);
        if (OperatingSystem.IsWindows()) return info.IsReadOnly;
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (info.UnixFileMode & anyWrite) == 0;
    }
}
