using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.LanguageServer.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer;

/// <summary>
/// <c>editorial-lint lsp</c>: a language server on stdin/stdout (LSP 3.17, JSON-RPC with Content-Length framing,
/// on StreamJsonRpc). Full text sync; diagnostics with versions; quick fixes from the same replacements as
/// <c>editorial-lint fix</c>. See docs/editors.md.
/// </summary>
public static class EditorialLintLanguageServer
{
    /// <summary>Serves one client until it sends <c>exit</c> or closes the stream. Returns the process exit code.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                PropertyNameCaseInsensitive = true,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            },
        };
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter))
        {
            // LSP notifications must be handled in the order they came (didChange 3 before didChange 4); handlers
            // only record state and queue work, so one at a time costs nothing.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        using var client = new ClientChannel(rpc, options.Log);
        using var server = new Server(options, client);
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, DisposeOnDisconnect = false });
        rpc.StartListening();
        using (cancellationToken.Register(() => server.RequestExit()))
        {
            await Task.WhenAny(rpc.Completion, server.Exited).ConfigureAwait(false);
        }

        await client.FlushAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        return server.ShutdownRequested ? 0 : 1;
    }

    /// <summary>The methods the client calls. Public for StreamJsonRpc's binding; not part of any API.</summary>
    internal sealed class Server : IDisposable
    {
        private readonly LanguageServerOptions _options;
        private readonly ClientChannel _client;
        private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Workspace? _workspace;
        private WorkspaceWatcher? _watcher;
        private bool _clientWatchesFiles;
        private string? _root;

        public Server(LanguageServerOptions options, ClientChannel client)
        {
            _options = options;
            _client = client;
        }

        public Task Exited => _exited.Task;
        public bool ShutdownRequested { get; private set; }

        public void RequestExit() => _exited.TrySetResult();

        [JsonRpcMethod("initialize")]
        public InitializeResult Initialize(InitializeParams parameters)
        {
            _root = RootOf(parameters);
            _clientWatchesFiles = ClientOffersWatchedFiles(parameters.Capabilities);
            _workspace = new Workspace(_options, _client, _root, parameters.InitializationOptions);
            return new InitializeResult
            {
                ServerInfo = new ServerInfo { Version = typeof(Server).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] },
            };
        }

        [JsonRpcMethod("initialized")]
        public void Initialized()
        {
            if (_workspace is null) return;
            _workspace.Start();
            var settings = _workspace.Settings;
            if (!settings.Workspace || settings.Root is null) return;
            if (_clientWatchesFiles)
            {
                var watchers = new List<Protocol.FileSystemWatcher>
                {
                    new() { GlobPattern = "**/*.{txt,md,markdown}" },
                    new() { GlobPattern = "**/*.{yml,yaml}" },
                    new() { GlobPattern = "**/.editorconfig" },
                    new() { GlobPattern = "**/.globalconfig" },
                };
                var registration = new RegistrationParams
                {
                    Registrations = new List<Registration>
                    {
                        new() { Id = "editorial-lint-files", Method = "workspace/didChangeWatchedFiles", RegisterOptions = new DidChangeWatchedFilesRegistrationOptions { Watchers = watchers } },
                    },
                };
                _ = _client.RequestAsync("client/registerCapability", registration, CancellationToken.None);
            }
            else
            {
                try
                {
                    _watcher = new WorkspaceWatcher(settings.Root, paths => _workspace.FilesChanged(paths), () => _workspace.Reload());
                }
                catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
                {
                    _client.LogWarning($"cannot watch {settings.Root} for changes ({ex.Message}); rule files and other articles are read again only on restart");
                }
            }
        }

        [JsonRpcMethod("textDocument/didOpen")]
        public void DidOpen(DidOpenTextDocumentParams parameters) =>
            _workspace?.Open(parameters.TextDocument.Uri, parameters.TextDocument.Text, parameters.TextDocument.Version);

        [JsonRpcMethod("textDocument/didChange")]
        public void DidChange(DidChangeTextDocumentParams parameters)
        {
            if (_workspace is null || parameters.ContentChanges.Count == 0) return;
            var uri = parameters.TextDocument.Uri;
            string? text = null;
            foreach (var change in parameters.ContentChanges)
            {
                if (change.Range is null)
                {
                    text = change.Text;
                    continue;
                }

                // The server asks for full sync; a client that sends ranges anyway is followed rather than garbled.
                text ??= _workspace.GetText(uri);
                if (text is null) return;
                var index = new LspLineIndex(text);
                var span = index.GetSpan(change.Range);
                text = string.Concat(text.AsSpan(0, span.Start), change.Text, text.AsSpan(span.End));
            }

            if (text is not null) _workspace.Change(uri, text, parameters.TextDocument.Version);
        }

        [JsonRpcMethod("textDocument/didSave")]
        public void DidSave(DidSaveTextDocumentParams parameters) => _workspace?.Save(parameters.TextDocument.Uri, parameters.Text);

        [JsonRpcMethod("textDocument/didClose")]
        public void DidClose(DidCloseTextDocumentParams parameters) => _workspace?.Close(parameters.TextDocument.Uri);

        [JsonRpcMethod("workspace/didChangeWatchedFiles")]
        public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
        {
            var paths = parameters.Changes.Select(c => FileUris.ToPath(c.Uri)).OfType<string>().ToList();
            if (paths.Count > 0) _workspace?.FilesChanged(paths);
        }

        [JsonRpcMethod("textDocument/codeAction")]
        public List<CodeAction> CodeAction(CodeActionParams parameters) =>
            _workspace?.GetCodeActions(parameters) ?? new List<CodeAction>();

        [JsonRpcMethod("shutdown")]
        public object? Shutdown()
        {
            ShutdownRequested = true;
            _watcher?.Dispose();
            _watcher = null;
            _workspace?.Dispose();
            return null;
        }

        [JsonRpcMethod("exit")]
        public void Exit() => _exited.TrySetResult();

        public void Dispose()
        {
            _watcher?.Dispose();
            _workspace?.Dispose();
        }

        private static string? RootOf(InitializeParams parameters)
        {
            var uri = parameters.WorkspaceFolders?.FirstOrDefault()?.Uri ?? parameters.RootUri;
            if (uri is not null && FileUris.ToPath(uri) is { } fromUri && Directory.Exists(fromUri)) return WithoutTrailingSeparator(fromUri);
            if (parameters.RootPath is { Length: > 0 } rootPath && Directory.Exists(rootPath)) return WithoutTrailingSeparator(Path.GetFullPath(rootPath));
            return null;
        }

        private static string WithoutTrailingSeparator(string path) =>
            path.Length > 1 && path.EndsWith(Path.DirectorySeparatorChar) ? path.TrimEnd(Path.DirectorySeparatorChar) : path;

        private static bool ClientOffersWatchedFiles(JsonElement? capabilities) =>
            capabilities is { ValueKind: JsonValueKind.Object } c &&
            c.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == JsonValueKind.Object &&
            workspace.TryGetProperty("didChangeWatchedFiles", out var watched) && watched.ValueKind == JsonValueKind.Object &&
            watched.TryGetProperty("dynamicRegistration", out var dynamic) && dynamic.ValueKind == JsonValueKind.True;
    }
}
