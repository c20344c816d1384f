using System.Collections.Generic;

namespace EditorialLint.Text;

/// <summary>
/// Finds direct quotations in one block: “…”, "…", ``…'' (wire copy) and ‘…’ (British style).
/// A quotation left open runs to the end of its paragraph, as multi-paragraph quotes do in news copy.
/// </summary>
internal static class QuotationFinder
{
    /// <summary>Whether text[open..pos) ends in sentence punctuation before the spaces at pos: "… war. " but not "… called "</summary>
    private static bool EndsSentence(string text, int open, int pos)
    {
        var k = pos - 1;
        while (k > open && char.IsWhiteSpace(text[k])) k--;
        return k > open && text[k] is '.' or '!' or '?';
    }

    public static List<Quotation> Find(string text, Block block, List<Token> tokens, int firstToken)
    {
        var result = new List<Quotation>();
        var open = -1;
        char closer = '\0';
        for (var t = firstToken; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Punctuation) continue;
            var c = token.Text[0];
            var pos = token.Span.Start;
            if (open < 0)
            {
                if (c == '“') { open = pos; closer = '”'; }
                else if (c == '"') { open = pos; closer = '"'; }
                else if (c == '`' && pos + 1 < block.Span.End && text[pos + 1] == '`') { open = pos; closer = '\''; t++; }
                else if (c == '‘' && token.SpaceBefore) { open = pos; closer = '’'; }
                continue;
            }

            // Wire style run together ("… war. "And I am sure …"): a straight mark with a space before it and a word
            // after it opens a quotation; while one is open it says the open one ended unclosed, at its paragraph break
            // in the source, so that quotation ends here and a new one starts.
            if (closer == '"' && c == '"' && token.SpaceBefore && pos + 1 < block.Span.End && char.IsLetterOrDigit(text[pos + 1]) && EndsSentence(text, open, pos))
            {
                result.Add(new Quotation(TextSpan.FromBounds(open, pos), block.Index));
                open = pos;
                continue;
            }

            var closes = closer switch
            {
                '\'' => c == '\'' && pos + 1 < block.Span.End && text[pos + 1] == '\'',
                '’' => c == '’' && (pos + 1 >= block.Span.End || !char.IsLetter(text[pos + 1])),
                _ => c == closer,
            };
            if (!closes) continue;
            var end = closer == '\'' ? pos + 2 : pos + 1;
            result.Add(new Quotation(TextSpan.FromBounds(open, end), block.Index));
            open = -1;
        }

        if (open >= 0) result.Add(new Quotation(TextSpan.FromBounds(open, block.Span.End), block.Index));

        // Mark the tokens inside.
        var q = 0;
        for (var t = firstToken; t < tokens.Count && q < result.Count; t++)
        {
            var span = tokens[t].Span;
            while (q < result.Count && result[q].Span.End <= span.Start) q++;
            if (q < result.Count && result[q].Span.Contains(span.Start)) tokens[t].InQuotation = true;
        }

        return result;
    }
}
