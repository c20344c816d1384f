using System;
using System.Collections.Generic;

namespace EditorialLint.Text;

internal static class SentenceSplitter
{
    // Words that end in a period without ending the sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig",
        "gov", "sen", "rep", "rev", "st", "jr", "sr", "hon", "pres", "supt", "insp", "no", "nos", "vol", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
        "corp", "bros", "vs", "v", "approx", "est", "dept", "univ", "mt", "ft", "rs", "mst", "pvt", "govt",
    };

    // After a dotted abbreviation ("the U.S."), these words start a new sentence; other capitalised words
    // ("U.S. Defense Secretary") continue it.
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "This", "That", "These",
        "Those", "There", "His", "Her", "Its", "Their", "Our", "As", "At", "After", "Before", "When", "While",
        "However", "Meanwhile", "Officials", "Earlier", "Later", "Last", "So", "Yet", "If",
    };

    public static void Split(string text, Block block, List<Token> tokens, int firstToken, List<Sentence> sentences)
    {
        block.FirstSentence = sentences.Count;
        var start = firstToken;
        var count = tokens.Count;
        for (var t = firstToken; t < count; t++)
        {
            if (!EndsSentence(text, tokens, t, count, out var last, out var joinsNext))
            {
                // The closing run t..last is glued to the next token, so no token in it ends a sentence either:
                // skip it, or a long run of periods or quotes costs its length squared.
                if (joinsNext) t = last;
                continue;
            }

            Add(block, tokens, start, last, sentences);
            t = last;
            start = last + 1;
        }

        if (start < count) Add(block, tokens, start, count - 1, sentences);
        block.SentenceCount = sentences.Count - block.FirstSentence;
    }

    private static void Add(Block block, List<Token> tokens, int first, int last, List<Sentence> sentences)
    {
        var index = sentences.Count;
        var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        sentences.Add(new Sentence(span, block.Index, index, first, last - first + 1));
        for (var i = first; i <= last; i++) tokens[i].SentenceIndex = index;
    }

    private static bool EndsSentence(string text, List<Token> tokens, int t, int count, out int last, out bool joinsNext)
    {
        last = t;
        joinsNext = false;
        var token = tokens[t];
        var dottedWord = token.Kind == TokenKind.Word && token.Text.Length > 2 && token.Text[token.Text.Length - 1] == '.';
        var terminal = token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?" or "…";
        if (!terminal && !dottedWord) return false;

        // Closing quotes and brackets belong to the sentence they close.
        while (last + 1 < count && !tokens[last + 1].SpaceBefore && tokens[last + 1].Text is "”" or "\"" or "’" or "'" or ")" or "]" or "." or "!" or "?")
            last++;
        if (last + 1 >= count) return true;
        var next = tokens[last + 1];
        if (!next.SpaceBefore)
        {
            joinsNext = true;
            return false;
        }


        if (dottedWord) return next.IsWord && SentenceStarters.Contains(next.Text);

        if (token.Text == "." && t > 0)
        {
            var previous = tokens[t - 1];
            if (previous.Kind == TokenKind.Word && previous.Span.End == token.Span.Start)
            {
                if (Abbreviations.Contains(previous.Text)) return false;
                if (previous.Text.Length == 1 && char.IsUpper(previous.Text[0])) return false; // an initial: "John F. Kennedy"
            }
        }

        var first = next.Text[0];
        _ = text;
        return char.IsUpper(first) || char.IsDigit(first) || next.Text is "“" or "\"" or "‘" or "(" or "[" or "`" || !char.IsLetter(first);
    }
}
