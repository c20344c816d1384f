using System.Collections.Generic;
using System.Text.Json;

namespace EditorialLint.LanguageServer.Protocol;

// The slice of LSP 3.17 the server speaks, as plain DTOs (camelCase on the wire, nulls left out). Only the
// fields the server reads or writes are declared; clients send more, and the serializer ignores it.

internal sealed class InitializeParams
{
    public int? ProcessId { get; set; }
    public string? RootUri { get; set; }
    public string? RootPath { get; set; }
    public List<WorkspaceFolder>? WorkspaceFolders { get; set; }
    public JsonElement? InitializationOptions { get; set; }
    public JsonElement? Capabilities { get; set; }
}

internal sealed class WorkspaceFolder
{
    public string Uri { get; set; } = string.Empty;
    public string? Name { get; set; }
}

internal sealed class InitializeResult
{
    public ServerCapabilities Capabilities { get; set; } = new();
    public ServerInfo ServerInfo { get; set; } = new();
}

internal sealed class ServerInfo
{
    public string Name { get; set; } = "editorial-lint";
    public string? Version { get; set; }
}

internal sealed class ServerCapabilities
{
    /// <summary>UTF-16 code units, LSP's default and EditorialLint's own location unit.</summary>
    public string PositionEncoding { get; set; } = "utf-16";
    public TextDocumentSyncOptions TextDocumentSync { get; set; } = new();
    public CodeActionOptions CodeActionProvider { get; set; } = new();
}

internal sealed class TextDocumentSyncOptions
{
    public bool OpenClose { get; set; } = true;

    /// <summary>1 = Full: every change carries the whole text.</summary>
    public int Change { get; set; } = 1;
    public SaveOptions Save { get; set; } = new();
}

internal sealed class SaveOptions
{
    public bool IncludeText { get; set; }
}

internal sealed class CodeActionOptions
{
    public List<string> CodeActionKinds { get; set; } = new() { Protocol.CodeActionKinds.QuickFix, Protocol.CodeActionKinds.FixAll };
}

internal static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string FixAll = "source.fixAll.editorial-lint";
}

internal sealed class TextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;
}

internal sealed class VersionedTextDocumentIdentifier
{
    public string Uri { get; set; } = string.Empty;
    public int? Version { get; set; }
}

internal sealed class TextDocumentItem
{
    public string Uri { get; set; } = string.Empty;
    public string? LanguageId { get; set; }
    public int Version { get; set; }
    public string Text { get; set; } = string.Empty;
}

internal sealed class DidOpenTextDocumentParams
{
    public TextDocumentItem TextDocument { get; set; } = new();
}

internal sealed class DidChangeTextDocumentParams
{
    public VersionedTextDocumentIdentifier TextDocument { get; set; } = new();
    public List<TextDocumentContentChangeEvent> ContentChanges { get; set; } = new();
}

internal sealed class TextDocumentContentChangeEvent
{
    /// <summary>Absent in full sync (the only kind the server announces); present if a client sends ranges anyway.</summary>
    public Range? Range { get; set; }
    public string Text { get; set; } = string.Empty;
}

internal sealed class DidSaveTextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
    public string? Text { get; set; }
}

internal sealed class DidCloseTextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
}

internal sealed class DidChangeWatchedFilesParams
{
    public List<FileEvent> Changes { get; set; } = new();
}

internal sealed class FileEvent
{
    public string Uri { get; set; } = string.Empty;

    /// <summary>1 created, 2 changed, 3 deleted.</summary>
    public int Type { get; set; }
}

internal sealed class Position
{
    public Position()
    {
    }

    public Position(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; set; }
    public int Character { get; set; }
}

internal sealed class Range
{
    public Range()
    {
    }

    public Range(Position start, Position end)
    {
        Start = start;
        End = end;
    }

    public Position Start { get; set; } = new();
    public Position End { get; set; } = new();
}

internal sealed class Location
{
    public string Uri { get; set; } = string.Empty;
    public Range Range { get; set; } = new();
}

internal sealed class Diagnostic
{
    public Range Range { get; set; } = new();

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int Severity { get; set; }
    public string Code { get; set; } = string.Empty;
    public CodeDescription? CodeDescription { get; set; }
    public string Source { get; set; } = "editorial-lint";
    public string Message { get; set; } = string.Empty;
    public List<DiagnosticRelatedInformation>? RelatedInformation { get; set; }
}

internal sealed class CodeDescription
{
    public string Href { get; set; } = string.Empty;
}

internal sealed class DiagnosticRelatedInformation
{
    public Location Location { get; set; } = new();
    public string Message { get; set; } = string.Empty;
}

internal sealed class PublishDiagnosticsParams
{
    public string Uri { get; set; } = string.Empty;
    public int? Version { get; set; }
    public List<Diagnostic> Diagnostics { get; set; } = new();
}

internal sealed class CodeActionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = new();
    public Range Range { get; set; } = new();
    public CodeActionContext Context { get; set; } = new();
}

internal sealed class CodeActionContext
{
    public List<Diagnostic> Diagnostics { get; set; } = new();
    public List<string>? Only { get; set; }
}

internal sealed class CodeAction
{
    public string Title { get; set; } = string.Empty;
    public string Kind { get; set; } = CodeActionKinds.QuickFix;
    public List<Diagnostic>? Diagnostics { get; set; }
    public bool? IsPreferred { get; set; }
    public WorkspaceEdit Edit { get; set; } = new();
}

internal sealed class WorkspaceEdit
{
    public Dictionary<string, List<TextEdit>> Changes { get; set; } = new();
}

internal sealed class TextEdit
{
    public Range Range { get; set; } = new();
    public string NewText { get; set; } = string.Empty;
}

internal sealed class LogMessageParams
{
    /// <summary>1 error, 2 warning, 3 info, 4 log.</summary>
    public int Type { get; set; }
    public string Message { get; set; } = string.Empty;
}

internal sealed class RegistrationParams
{
    public List<Registration> Registrations { get; set; } = new();
}

internal sealed class Registration
{
    public string Id { get; set; } = string.Empty;
    public string Method { get; set; } = string.Empty;
    public object? RegisterOptions { get; set; }
}

internal sealed class DidChangeWatchedFilesRegistrationOptions
{
    public List<FileSystemWatcher> Watchers { get; set; } = new();
}

internal sealed class FileSystemWatcher
{
    public string GlobPattern { get; set; } = string.Empty;
}
