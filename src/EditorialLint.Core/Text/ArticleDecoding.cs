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
    internal InvalidEncoding(int textOffset, int count)
    {
        TextOffset = textOffset;
        Count = count;
    }

    /// <summary>The UTF-16 offset of the first U+FFFD.</summary>
    public int TextOffset { get; }

    /// <summary>How many U+FFFD the text holds (one per bad sequence of bytes).</summary>
    public int Count { get; }
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

    /// <summary>Null when the text holds no U+FFFD.</summary>
    public static InvalidEncoding? Find(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var first = text.IndexOf(ReplacementCharacter);
        if (first < 0) return null;
        var count = 0;
        for (var i = first; i < text.Length; i++)
        {
            if (text[i] == ReplacementCharacter) count++;
        }

        return new InvalidEncoding(first, count);
    }

    /// <summary>
    /// True for an encoding a compiler may fall back to when a file is not UTF-8 (older compilers read it as Latin-1 or
    /// the ANSI code page): re-encoded with it, the text is the file's bytes again, to decode with <see cref="Decode"/>.
    /// </summary>
    public static bool IsSingleByteFallback(Encoding? encoding) =>
        encoding is not null && encoding.IsSingleByte && encoding.CodePage != 20127;
}
