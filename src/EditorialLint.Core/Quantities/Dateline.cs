using System.Collections.Generic;
using EditorialLint.Text;

namespace EditorialLint.Quantities;

/// <summary>
/// The dateline that opens a wire lede: "QUETTA:", "IZMIT, Turkey _", "ANKARA, August 20 (Xinhua) --". It says where
/// the report was filed; the sentence proper starts after its separator.
/// </summary>
internal static class Dateline
{
    private const int MaxTokens = 10;

    /// <summary>The first token after the dateline of the sentence <paramref name="first"/>..<paramref name="end"/>,
    /// or <paramref name="first"/> when it has none (its first word is not in capitals, or no separator follows soon).</summary>
    public static int End(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first >= end || !tokens[first].IsWord || !tokens[first].IsAllCaps || tokens[first].Text.Length < 2) return first;
        for (var t = first + 1; t < end && t <= first + MaxTokens; t++)
        {
            var text = tokens[t].Text;
            if (text is ":" or "_" or "-" or "--" or "\u2014" or "\u2013")
            {
                while (t + 1 < end && tokens[t + 1].Text is "_" or "-" or "--" or "\u2014" or "\u2013") t++;
                return t + 1;
            }

            if (tokens[t].IsWord && !tokens[t].IsCapitalized && !char.IsDigit(text[0])) return first;
        }

        return first;
    }
}
