using System;
using System.Collections.Generic;

namespace EditorialLint.Text;

/// <summary>A zero-based line and character (UTF-16) position.</summary>
public readonly struct LinePosition : IEquatable<LinePosition>
{
    public LinePosition(int line, int character)
    {
        Line = line;
        Character = character;
    }

    public int Line { get; }
    public int Character { get; }
    public bool Equals(LinePosition other) => Line == other.Line && Character == other.Character;
    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);
    public override int GetHashCode() => unchecked((Line * 397) ^ Character);
    public static bool operator ==(LinePosition left, LinePosition right) => left.Equals(right);
    public static bool operator !=(LinePosition left, LinePosition right) => !left.Equals(right);

    /// <summary>The 1-based "line,col" form used by compilers and the CLI.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}

/// <summary>
/// The one place that turns UTF-16 offsets into lines and columns. Line breaks are exactly Roslyn's
/// (CR, LF, CRLF, NEL, LS, PS) so the CLI and the compiler agree on every position; an editor server asks for
/// LSP's (<see cref="WithAsciiLineBreaks"/>).
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    public LineMap(string text)
        : this(text, unicodeLineBreaks: true)
    {
    }

    private LineMap(string text, bool unicodeLineBreaks)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        _length = text.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n' || (unicodeLineBreaks && (c == '\u0085' || c == '\u2028' || c == '\u2029')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>
    /// Lines as the Language Server Protocol counts them: broken by CR, LF and CRLF only (LSP 3.17, "Text
    /// Documents"), not NEL, LS or PS. For positions sent to an editor; everything else uses the compiler's lines.
    /// </summary>
    public static LineMap WithAsciiLineBreaks(string text) => new(text, unicodeLineBreaks: false);

    public int LineCount => _lineStarts.Length;

    public int GetLineStart(int line) => _lineStarts[line];

    public int GetLineFromPosition(int position)
    {
        if (position < 0 || position > _length) throw new ArgumentOutOfRangeException(nameof(position));
        var index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineFromPosition(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public (LinePosition Start, LinePosition End) GetLinePositionSpan(TextSpan span) =>
        (GetLinePosition(span.Start), GetLinePosition(span.End));
}
