using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace EditorialLint.Tests.LanguageServer;

/// <summary>
/// A minimal LSP client for the protocol tests: spawns <c>editorial-lint lsp</c> (the built CLI) and speaks JSON-RPC
/// with Content-Length framing by hand, with System.Text.Json — deliberately not StreamJsonRpc, so the server's
/// framing and field names are checked by something other than the library that produced them.
/// </summary>
internal sealed class LspTestClient : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly JsonSerializerOptions SerializerOptions = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    private readonly Process _process;
    private readonly Stream _input;
    private readonly object _gate = new();
    private readonly List<JsonElement> _received = new();
    private readonly StringBuilder _stderr = new();
    private readonly Thread _reader;
    private int _nextId;
    private bool _readerDone;

    private LspTestClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "lsp-test-reader" };
        _reader.Start();
    }

    /// <summary>Every <c>client/…</c> request the server made (answered with null).</summary>
    public List<JsonElement> ServerRequests { get; } = new();

    public string Stderr
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    public static LspTestClient Start(string workingDirectory, params string[] extraArguments)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(server);
        start.ArgumentList.Add("lsp");
        foreach (var argument in extraArguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        var client = new LspTestClient(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (client._stderr) client._stderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>initialize (root = <paramref name="root"/>) then initialized; returns the initialize result.</summary>
    public JsonElement Initialize(string root, object? initializationOptions = null, object? capabilities = null)
    {
        var result = Request("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(root).AbsoluteUri,
            capabilities = capabilities ?? new { },
            initializationOptions,
        });
        Notify("initialized", new { });
        return result;
    }

    public JsonElement Request(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        var response = WaitFor(m => m.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id && !m.TryGetProperty("method", out _), $"the response to {method}");
        if (response.TryGetProperty("error", out var error)) throw new InvalidOperationException($"{method} failed: {error}");
        return response.GetProperty("result");
    }

    public void Notify(string method, object? parameters) => Send(new { jsonrpc = "2.0", method, @params = parameters });

    public void Open(string uri, string text, int version = 1) =>
        Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "plaintext", version, text } });

    public void Change(string uri, string text, int version) =>
        Notify("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    /// <summary>Every publishDiagnostics received so far for a URI, in arrival order.</summary>
    public List<JsonElement> Publishes(string uri)
    {
        lock (_gate)
        {
            return _received.Where(m => IsPublish(m) && m.GetProperty("params").GetProperty("uri").GetString() == uri)
                .Select(m => m.GetProperty("params")).ToList();
        }
    }

    /// <summary>How many messages have arrived: pass it as <c>since</c> to wait only for what comes after an action.</summary>
    public int Mark()
    {
        lock (_gate) return _received.Count;
    }

    /// <summary>
    /// Waits for a publishDiagnostics for <paramref name="uri"/> that satisfies <paramref name="predicate"/>, among the
    /// messages from the <paramref name="since"/>-th on (see <see cref="Mark"/>).
    /// </summary>
    public JsonElement WaitForDiagnostics(string uri, Func<JsonElement, bool> predicate, string what, int since = 0) =>
        WaitFor(m => IsPublish(m) && m.GetProperty("params").GetProperty("uri").GetString() == uri && predicate(m.GetProperty("params")), what, since)
            .GetProperty("params");

    public JsonElement WaitForLog(string fragment) =>
        WaitFor(m => m.TryGetProperty("method", out var method) && method.GetString() == "window/logMessage" &&
                     m.GetProperty("params").GetProperty("message").GetString()!.Contains(fragment, StringComparison.Ordinal), $"a log message with '{fragment}'");

    /// <summary>shutdown, then exit; returns the server's exit code.</summary>
    public int ShutdownAndExit()
    {
        Request("shutdown", null);
        Notify("exit", null);
        return WaitForExit();
    }

    public int WaitForExit()
    {
        if (!_process.WaitForExit((int)Timeout.TotalMilliseconds)) throw new TimeoutException("the server did not exit");
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private static bool IsPublish(JsonElement message) =>
        message.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics";

    private JsonElement WaitFor(Func<JsonElement, bool> predicate, string what, int since = 0)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var checkedCount = since;
        lock (_gate)
        {
            while (true)
            {
                for (; checkedCount < _received.Count; checkedCount++)
                {
                    if (predicate(_received[checkedCount])) return _received[checkedCount];
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || (_readerDone && checkedCount == _received.Count))
                {
                    var seen = string.Join("\n", _received.Select(m => m.ToString()));
                    throw new TimeoutException($"no {what} within {Timeout.TotalSeconds} s. Received:\n{seen}\nServer stderr:\n{Stderr}");
                }

                Monitor.Wait(_gate, left);
            }
        }
    }

    private void Send(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, SerializerOptions);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadLoop()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = ReadHeaderLine(output);
                    if (line is null) return;
                    if (line.Length == 0) break;
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                        length = int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }

                if (length < 0) throw new InvalidDataException("a message without Content-Length");
                var body = new byte[length];
                output.ReadExactly(body);
                var message = JsonDocument.Parse(body).RootElement.Clone();
                if (message.TryGetProperty("method", out _) && message.TryGetProperty("id", out var id))
                {
                    // A request from the server (client/registerCapability, …): answer it.
                    lock (_gate) ServerRequests.Add(message);
                    var reply = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = null };
                    Send(reply);
                }

                lock (_gate)
                {
                    _received.Add(message);
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or EndOfStreamException)
        {
        }
        finally
        {
            lock (_gate)
            {
                _readerDone = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0) return bytes.Count == 0 ? null : Encoding.ASCII.GetString(bytes.ToArray());
            if (b == '\n') return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add((byte)b);
        }
    }
}
