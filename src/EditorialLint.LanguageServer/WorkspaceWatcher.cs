using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace EditorialLint.LanguageServer;

/// <summary>
/// The server's own file watcher, for clients that do not offer <c>workspace/didChangeWatchedFiles</c> (Neovim
/// before 0.9, many others): changes are collected and handed on once the folder has been quiet for a moment, so
/// an editor's write-rename-delete dance or a <c>git checkout</c> is one batch.
/// </summary>
internal sealed class WorkspaceWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly FileSystemWatcher _watcher;
    private readonly Action<IReadOnlyCollection<string>> _changed;
    private readonly Action _overflow;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);

    public WorkspaceWatcher(string root, Action<IReadOnlyCollection<string>> changed, Action overflow)
    {
        _changed = changed;
        _overflow = overflow;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += (_, e) => Add(e.FullPath);
        // A folder "changes" whenever a file in it does: only its files' own events matter.
        _watcher.Changed += (_, e) =>
        {
            if (!Directory.Exists(e.FullPath)) Add(e.FullPath);
        };
        _watcher.Deleted += (_, e) => Add(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };
        _watcher.Error += (_, _) => _overflow();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void Add(string path)
    {
        lock (_gate)
        {
            _pending.Add(path);
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        HashSet<string> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
        }

        if (batch.Count > 0) _changed(batch);
    }
}
