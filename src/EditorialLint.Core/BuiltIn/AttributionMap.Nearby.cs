using System;
using System.Collections.Generic;
using EditorialLint.Quantities;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>Where, relative to an unsourced figure, the copy names a source out of the definition's reach.</summary>
internal enum NearbySourcePlace
{
    TwoSentencesBefore,
    SentenceAfter,
    TwoSentencesAfter,
    ParagraphBefore,
    ParagraphAfter,
    ParagraphsBefore,
    ParagraphsAfter,
}

/// <summary>A source near an unsourced figure but beyond the definition's reach: the sentence that names it, where it
/// stands, and the cue as the copy writes it ("police said").</summary>
internal readonly struct NearbySource
{
    public NearbySource(int sentence, NearbySourcePlace place, string cue, int paragraphs = 1)
    {
        Sentence = sentence;
        Place = place;
        Cue = cue;
        Paragraphs = paragraphs;
    }

    /// <summary>How many paragraphs away the source stands (for <see cref="NearbySourcePlace.ParagraphsBefore"/> and
    /// <see cref="NearbySourcePlace.ParagraphsAfter"/>).</summary>
    public int Paragraphs { get; }

    public int Sentence { get; }
    public NearbySourcePlace Place { get; }
    public string Cue { get; }
}

internal sealed partial class AttributionMap
{
    /// <summary>
    /// A source the copy gives near an unsourced figure, beyond the definition's reach (which <see cref="Covers"/>
    /// decides): two sentences before or one or two after in its paragraph, the last sentences of the paragraph
    /// before, or the first sentence of the paragraph after — a sentence whose cue reports a proposition or names a
    /// document, and that speaks about the same account (it shares at least <see cref="NearbySharedWords"/> words of
    /// substance with the figure's sentence). The figure is still unsourced by the definition; an editor who sees the
    /// source that close reads it as the story's source, so it is weaker evidence of a claim that needs one, and the
    /// message can point at it. Null when there is none, or when the figure's sentence hedges itself (it takes no
    /// one's word) or reports a claim of its own.
    /// </summary>
    public NearbySource? NearbySourceOf(Quantity quantity, int window)
    {
        var sentence = _article.Sentences[quantity.SentenceIndex];
        if (_hedged[sentence.Index] || ReportsOwnClaim(sentence.Index)) return null;
        var block = _article.Blocks[sentence.BlockIndex];
        var blockEnd = block.FirstSentence + block.SentenceCount;
        var reach = Math.Max(1, window);
        var figureWords = SentenceStems(sentence.Index);

        // Nearest first: the paragraph's own sentences, then the paragraph before (its last sentences), then the first
        // sentence of the paragraph after.
        if (Candidate(sentence.Index - reach - 1, block.FirstSentence, blockEnd, figureWords) is { } before) return new NearbySource(before, NearbySourcePlace.TwoSentencesBefore, CueText(before));
        if (Candidate(sentence.Index + 1, block.FirstSentence, blockEnd, figureWords) is { } after) return new NearbySource(after, NearbySourcePlace.SentenceAfter, CueText(after));
        if (Candidate(sentence.Index + 2, block.FirstSentence, blockEnd, figureWords) is { } after2) return new NearbySource(after2, NearbySourcePlace.TwoSentencesAfter, CueText(after2));
        if (block.Index > 0 && _article.Blocks[block.Index - 1] is { IsProse: true, SentenceCount: > 0 } previous && previous.Kind != BlockKind.Heading)
        {
            var previousEnd = previous.FirstSentence + previous.SentenceCount;
            for (var k = previousEnd - 1; k >= previous.FirstSentence && k >= previousEnd - NearbyParagraphSentences; k--)
            {
                if (Candidate(k, previous.FirstSentence, previousEnd, figureWords) is { } earlier) return new NearbySource(earlier, NearbySourcePlace.ParagraphBefore, CueText(earlier));
            }
        }

        if (block.Index + 1 < _article.Blocks.Count && _article.Blocks[block.Index + 1] is { IsProse: true, SentenceCount: > 0 } next && next.Kind != BlockKind.Heading
            && Candidate(next.FirstSentence, next.FirstSentence, next.FirstSentence + next.SentenceCount, figureWords) is { } later)
            return new NearbySource(later, NearbySourcePlace.ParagraphAfter, CueText(later));
        return null;
    }

    /// <summary>How many sentences at the end of the paragraph before may hold a nearby source.</summary>
    private const int NearbyParagraphSentences = 2;

    /// <summary>Words of substance a nearby source's sentence shares with the figure's to speak about the same account.</summary>
    private const int NearbySharedWords = 2;

    private int? Candidate(int k, int first, int end, HashSet<string> figureWords)
    {
        if (k < first || k >= end || _hedged[k]) return null;
        if (!_documentCue[k] && !ReportsOwnClaim(k)) return null;
        var s = _article.Sentences[k];
        var shared = 0;
        foreach (var stem in SentenceStems(k))
        {
            if (figureWords.Contains(stem) && ++shared >= NearbySharedWords) return k;
        }

        return null;
    }

    /// <summary>A sentence's words of substance, computed once per article: every unsourced figure compares its
    /// sentence with the cue sentences around it (and, for <see cref="SourceElsewhereOf"/>, with every cue sentence of
    /// the article), so building the sets again per comparison made the rule several times slower on long copy.</summary>
    private HashSet<string> SentenceStems(int sentence)
    {
        _sentenceStems ??= new HashSet<string>?[_article.Sentences.Count];
        if (_sentenceStems[sentence] is { } cached) return cached;
        var s = _article.Sentences[sentence];
        return _sentenceStems[sentence] = SubstantiveStems(s.FirstToken, s.FirstToken + s.TokenCount);
    }

    private HashSet<string>?[]? _sentenceStems;

    /// <summary>The cue as the copy writes it, for the message, with the source it names: the verb with its agent before
    /// it ("police said", "the Jewellers Association has also said": a name's capitalised words and an auxiliary or
    /// adverb between agent and verb), or after it ("said Dr Amina Khan", "said the minister"), or a phrase with what it
    /// governs ("according to the ministry", on through a capitalised name: "according to the All Pakistan Jewellers
    /// Association"). Empty when the sentence has no cue to quote.</summary>
    private string CueText(int sentence)
    {
        var tokens = _article.Tokens;
        var s = _article.Sentences[sentence];
        var end = s.FirstToken + s.TokenCount;
        var cueToken = -1;
        if (_cues[sentence] is { } cues)
        {
            foreach (var cue in cues)
            {
                if (cue.Token >= 0 && (cue.Clausal || _documentCue[sentence])) { cueToken = cue.Token; break; }
            }
        }

        if (cueToken < s.FirstToken || cueToken >= end) return string.Empty;
        int from = cueToken, to = cueToken;
        if (tokens[cueToken].Text.Equals("according", StringComparison.OrdinalIgnoreCase) || tokens[cueToken].Text is "As" or "as" or "per" or "citing" or "quoting")
        {
            while (to + 1 < end && to - cueToken < 4 && tokens[to + 1].IsWord) to++;
            to = NameRunEnd(to, end, cueToken + PointerWords);
        }
        else
        {
            // The agent before the verb, past at most two auxiliaries or adverbs ("has also said").
            var agent = cueToken - 1;
            for (var skipped = 0; skipped < 2 && agent > s.FirstToken && tokens[agent].IsWord && Adverbs.Contains(tokens[agent].Text); skipped++) agent--;
            // Inverted ("…," said the minister): only a finite verb right after punctuation or at the sentence's start.
            var inverted = !tokens[cueToken].Text.EndsWith("ing", StringComparison.Ordinal) && (cueToken == s.FirstToken || !tokens[cueToken - 1].IsWord);
            if (agent >= s.FirstToken && tokens[agent].IsWord && !NotAgents.Contains(tokens[agent].Text) && !Adverbs.Contains(tokens[agent].Text))
            {
                from = agent;
                while (from > s.FirstToken && cueToken - from < PointerWords && tokens[from].IsCapitalized && tokens[from - 1].IsWord && tokens[from - 1].IsCapitalized
                       && !NotAgents.Contains(tokens[from - 1].Text)) from--;
            }
            else if (agent + 1 < cueToken)
            {
                // No agent before the auxiliaries: quote them with the verb ("has said").
                from = agent + 1;
            }
            else if (!inverted)
            {
                // A participle or a verb after a word that is no agent: the verb alone ("saying").
            }
            else if (cueToken + 1 < end && tokens[cueToken + 1].IsWord && !NotAgents.Contains(tokens[cueToken + 1].Text))
            {
                to = cueToken + 1;
                if (tokens[to].IsCapitalized) to = NameRunEnd(to, end, cueToken + PointerWords);
            }
            else if (cueToken + 2 < end && tokens[cueToken + 1].Text is "the" && tokens[cueToken + 2].IsWord && !NotAgents.Contains(tokens[cueToken + 2].Text))
            {
                // "said the minister", "said the finance minister"
                to = cueToken + 2;
                if (to + 1 < end && tokens[to + 1].IsWord && !NotAgents.Contains(tokens[to + 1].Text) && !Adverbs.Contains(tokens[to + 1].Text) && tokens[to + 1].Text != "that") to++;
            }
        }

        return _article.Text.Substring(tokens[from].Span.Start, tokens[to].Span.End - tokens[from].Span.Start);
    }

    /// <summary>How many words a pointer quotes at most.</summary>
    private const int PointerWords = 10;

    /// <summary>The last token of a capitalised name that runs on after <paramref name="to"/> (capitalised words, with
    /// "of" or "and" between two of them: "Gems and Jewellers Association"), up to <paramref name="limit"/>.</summary>
    private int NameRunEnd(int to, int end, int limit)
    {
        var tokens = _article.Tokens;
        if (!tokens[to].IsCapitalized) return to;
        while (to + 1 < end && to + 1 <= limit && tokens[to + 1].IsWord)
        {
            if (tokens[to + 1].IsCapitalized) to++;
            else if (tokens[to + 1].Text is "of" or "and" && to + 2 < end && to + 2 <= limit && tokens[to + 2].IsWord && tokens[to + 2].IsCapitalized) to += 2;
            else break;
        }

        return to;
    }

    /// <summary>
    /// A source the article gives for the same account in another paragraph, beyond <see cref="NearbySourceOf"/>: the
    /// nearest sentence of another paragraph whose cue reports a proposition or names a document and that shares the
    /// figure's counted noun and another word of substance with the figure's sentence, or
    /// <see cref="ElsewhereSharedWords"/> words of substance ("police said" three paragraphs later about the same
    /// arrests). The message points at it, so the editor extends the source to the figure; whether it lowers the tier
    /// is the claim model's business. Null under the same conditions as <see cref="NearbySourceOf"/>.
    /// </summary>
    public NearbySource? SourceElsewhereOf(Quantity quantity)
    {
        var sentence = _article.Sentences[quantity.SentenceIndex];
        if (_hedged[sentence.Index] || ReportsOwnClaim(sentence.Index)) return null;
        var figureWords = SentenceStems(sentence.Index);
        var noun = quantity.Noun is { Length: >= 4 } n ? Stem(n) : null;
        var blocks = _article.Blocks;
        var here = sentence.BlockIndex;
        // Nearest paragraph first, the earlier before the later at the same distance; the adjacent paragraphs are
        // NearbySourceOf's (only their sentences nearest the figure), so they are searched here in full. The search
        // stops ElsewhereReach paragraphs away: a source that far off is another part of a long story, and an
        // unbounded search would compare every figure with every paragraph (quadratic in a long live blog).
        for (var distance = 1; distance < blocks.Count && distance <= ElsewhereReach; distance++)
        {
            if (ElsewhereIn(here - distance, figureWords, noun) is { } before) return new NearbySource(before, NearbySourcePlace.ParagraphsBefore, CueText(before), distance);
            if (ElsewhereIn(here + distance, figureWords, noun) is { } after) return new NearbySource(after, NearbySourcePlace.ParagraphsAfter, CueText(after), distance);
        }

        return null;
    }

    /// <summary>How many paragraphs (blocks) away <see cref="SourceElsewhereOf"/> looks for a source.</summary>
    internal const int ElsewhereReach = 30;

    /// <summary>Words of substance a sentence in another paragraph shares with the figure's to give the same account
    /// when it does not name the figure's counted noun.</summary>
    private const int ElsewhereSharedWords = 3;

    private int? ElsewhereIn(int blockIndex, HashSet<string> figureWords, string? noun)
    {
        if (blockIndex < 0 || blockIndex >= _article.Blocks.Count) return null;
        var block = _article.Blocks[blockIndex];
        if (!block.IsProse || block.Kind == BlockKind.Heading) return null;
        for (var k = block.FirstSentence; k < block.FirstSentence + block.SentenceCount; k++)
        {
            if (_hedged[k] || !_documentCue[k] && !ReportsOwnClaim(k)) continue;
            Comparisons++;
            var shared = 0;
            var sharesNoun = false;
            foreach (var stem in SentenceStems(k))
            {
                if (!figureWords.Contains(stem)) continue;
                shared++;
                if (stem == noun) sharesNoun = true;
            }

            if (shared >= ElsewhereSharedWords || sharesNoun && shared >= 2)
            {
                if (CueText(k).Length > 0) return k;
            }
        }

        return null;
    }

    /// <summary>Source sentences <see cref="SourceElsewhereOf"/> has compared with a figure's so far: the measure of its
    /// linear cost in tests.</summary>
    internal long Comparisons { get; private set; }
}
