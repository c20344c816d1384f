using System;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using EditorialLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer;

/// <summary>
/// Notifications to the client, sent one at a time in the order they were queued: a document's diagnostics built
/// later always arrive later, so an editor never ends on a stale set.
/// </summary>
internal sealed class ClientChannel : IDisposable
{
    private readonly JsonRpc _rpc;
    private readonly TextWriter _log;
    private readonly Channel<(string Method, object Parameters)> _outgoing = Channel.CreateUnbounded<(string, object)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _pump;

    public ClientChannel(JsonRpc rpc, TextWriter log)
    {
        _rpc = rpc;
        _log = log;
        _pump = Task.Run(PumpAsync);
    }

    public void Publish(PublishDiagnosticsParams diagnostics) => _outgoing.Writer.TryWrite(("textDocument/publishDiagnostics", diagnostics));

    public void LogInfo(string message) => Log(3, message);

    public void LogWarning(string message) => Log(2, message);

    public void LogError(string message) => Log(1, message);

    private void Log(int type, string message)
    {
        lock (_log)
        {
            _log.WriteLine("editorial-lint lsp: " + message);
            _log.Flush();
        }

        _outgoing.Writer.TryWrite(("window/logMessage", new LogMessageParams { Type = type, Message = message }));
    }

    /// <summary>A request to the client (e.g. <c>client/registerCapability</c>); failures are logged, never thrown.</summary>
    public async Task<bool> RequestAsync(string method, object parameters, CancellationToken cancellationToken)
    {
        try
        {
            await _rpc.InvokeWithParameterObjectAsync(method, parameters, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or OperationCanceledException or RemoteRpcException)
        {
            LogWarning($"{method} failed: {ex.Message}");
            return false;
        }
    }

    /// <summary>Waits until everything queued so far has been written (for an orderly exit).</summary>
    public async Task FlushAsync(TimeSpan timeout)
    {
        _outgoing.Writer.TryComplete();
        await Task.WhenAny(_pump, Task.Delay(timeout)).ConfigureAwait(false);
    }

    public void Dispose() => _outgoing.Writer.TryComplete();

    private async Task PumpAsync()
    {
        await foreach (var (method, parameters) in _outgoing.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await _rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ConnectionLostException or ObjectDisposedException or IOException)
            {
                return;
            }
        }
    }
}
