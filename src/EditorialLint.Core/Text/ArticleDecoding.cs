using System;
using System.IO;
using System.Text;

namespace EditorialLint.Text;

/// <summary>
/// Where an article's text holds U+FFFD, the replacement character: what a decoder puts in place of bytes that are not
/// valid UTF-8 (or what is left of them after an earlier bad conversion).
/// </summary>
public sealed class InvalidEncoding
{
    internal InvalidEncoding(int textOffset, int count, bool isBinary = false)
    {
        TextOffset = textOffset;
        Count = count;
        IsBinary = isBinary;
    }

    /// <summary>The UTF-16 offset of the first U+FFFD (of the first NUL when <see cref="IsBinary"/>).</summary>
    public int TextOffset { get; }

    /// <summary>How many U+FFFD the text holds (one per bad sequence of bytes).</summary>
    public int Count { get; }

    /// <summary>
    /// True when the text is not text at all (an image, a PDF, a word-processor file or UTF-16 without a byte-order mark
    /// saved as <c>.txt</c>): rules are not run on it, since whatever they found would be in decoded garbage.
    /// </summary>
    public bool IsBinary { get; }
}

/// <summary>
/// The one way every host turns an article's bytes into text, and finds what they lost. UTF-8 unless a BOM says
/// otherwise; bytes that are not valid UTF-8 become U+FFFD, as the compiler's own reading of an AdditionalFile does
/// (verified with the .NET 10 SDK: <c>SourceText.Encoding</c> is UTF-8 and the text holds U+FFFD), so the build, the
/// CLI and the editor server lint the same text and report the same place (EDL0905, at the first U+FFFD). The text is
/// the only evidence every host has: a host never sees the bytes the compiler read.
/// </summary>
public static class ArticleDecoding
{
    public const char ReplacementCharacter = '\uFFFD';

    /// <summary>UTF-8 unless a BOM says otherwise; invalid bytes become U+FFFD rather than an error.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>How much of the text's start <see cref="Find"/> reads to tell a binary file from text: git's window.</summary>
    public const int BinaryProbeLength = 8000;

    /// <summary>Null when the text holds no U+FFFD and is not binary (<see cref="InvalidEncoding.IsBinary"/>).</summary>
    public static InvalidEncoding? Find(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var first = text.IndexOf(ReplacementCharacter);
        var count = 0;
        if (first >= 0)
        {
            for (var i = first; i < text.Length; i++)
            {
                if (text[i] == ReplacementCharacter) count++;
            }
        }

        var firstNul = FirstBinaryEvidence(text);
        if (firstNul >= 0) return new InvalidEncoding(firstNul, count, isBinary: true);
        return first < 0 ? null : new InvalidEncoding(first, count);
    }

    /// <summary>
    /// Where a binary file shows itself in the first <see cref="BinaryProbeLength"/> characters, or -1. Git's test (a NUL
    /// there: no text encoding but UTF-16/32, whose byte-order mark the decoder honours, writes one), and, for binary
    /// formats that happen to hold no NUL early, a window that is mostly undecodable bytes and control characters (at
    /// least a third: a Windows-1252 article has a few bad bytes among thousands of letters). Offset of the first NUL, or
    /// of the first U+FFFD or control character.
    /// </summary>
    private static int FirstBinaryEvidence(string text)
    {
        var length = Math.Min(text.Length, BinaryProbeLength);
        var firstBad = -1;
        var bad = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (c == '\0') return i;
            if (c == ReplacementCharacter || (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                if (firstBad < 0) firstBad = i;
                bad++;
            }
        }

        return length >= 32 && bad * 3 >= length ? firstBad : -1;
    }

    /// <summary>
    /// True for an encoding a compiler may fall back to when a file is not UTF-8 (older compilers read it as Latin-1 or
    /// the ANSI code page): re-encoded with it, the text is the file's bytes again, to decode with <see cref="Decode"/>.
    /// </summary>
    public static bool IsSingleByteFallback(Encoding? encoding) =>
        encoding is not null && encoding.IsSingleByte && encoding.CodePage != 20127;
}
