using System;
using EditorialLint.LanguageServer.Protocol;
using Range = EditorialLint.LanguageServer.Protocol.Range;
using EditorialLint.Text;

namespace EditorialLint.LanguageServer;

/// <summary>
/// UTF-16 offsets to LSP positions and back, over <see cref="LineMap.WithAsciiLineBreaks"/>: LSP's line breaks are
/// only <c>\n</c>, <c>\r\n</c> and <c>\r</c>, whereas the compiler's (and <see cref="LineMap"/>'s by default) also
/// include NEL, LS and PS, so a finding after a U+2028 would land on the wrong line in an editor. Characters are UTF-16
/// code units in both, the unit EditorialLint's spans are already in.
/// </summary>
internal sealed class LspLineIndex
{
    private readonly LineMap _lines;

    public LspLineIndex(string text)
    {
        Text = text;
        _lines = LineMap.WithAsciiLineBreaks(text);
    }

    public string Text { get; }

    public Position GetPosition(int offset)
    {
        var position = _lines.GetLinePosition(Math.Clamp(offset, 0, Text.Length));
        return new Position(position.Line, position.Character);
    }

    public Range GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>The offset of a position; a character past the end of its line clamps to the line's end (as LSP says).</summary>
    public int GetOffset(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lines.LineCount) return Text.Length;
        var start = _lines.GetLineStart(position.Line);
        var end = position.Line + 1 < _lines.LineCount ? _lines.GetLineStart(position.Line + 1) : Text.Length;
        // The line's own break is not part of it.
        while (end > start && Text[end - 1] is '\n' or '\r') end--;
        return Math.Clamp(start + Math.Max(0, position.Character), start, end);
    }

    public TextSpan GetSpan(Range range)
    {
        var start = GetOffset(range.Start);
        var end = Math.Max(start, GetOffset(range.End));
        return TextSpan.FromBounds(start, end);
    }
}

/// <summary>
/// Where one text differs from another, as a single changed region (common prefix and suffix kept): enough to carry
/// the corpus findings computed at the last save over the edits made since. A span that touches the changed region
/// is dropped rather than guessed at; the next corpus pass (on save) finds it again if it still holds.
/// </summary>
internal readonly struct TextChange
{
    private TextChange(int start, int oldEnd, int newEnd)
    {
        Start = start;
        OldEnd = oldEnd;
        NewEnd = newEnd;
    }

    /// <summary>Where the texts start to differ.</summary>
    public int Start { get; }

    /// <summary>Where the common suffix starts in the old text.</summary>
    public int OldEnd { get; }

    /// <summary>Where the common suffix starts in the new text.</summary>
    public int NewEnd { get; }

    public bool IsEmpty => Start == OldEnd && Start == NewEnd;

    public static TextChange Between(string oldText, string newText)
    {
        var max = Math.Min(oldText.Length, newText.Length);
        var prefix = oldText.AsSpan(0, max).CommonPrefixLength(newText.AsSpan(0, max));
        var suffix = 0;
        while (suffix < max - prefix && oldText[oldText.Length - 1 - suffix] == newText[newText.Length - 1 - suffix]) suffix++;
        return new TextChange(prefix, oldText.Length - suffix, newText.Length - suffix);
    }

    /// <summary>The span in the new text, or null when the edit touched it.</summary>
    public TextSpan? Map(TextSpan span)
    {
        if (IsEmpty) return span;
        if (span.End < Start) return span;
        if (span.Start > OldEnd) return new TextSpan(span.Start + (NewEnd - OldEnd), span.Length);
        return null;
    }
}
