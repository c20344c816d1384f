using System;
using System.Collections.Generic;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// What the top of a story says it is about, for the warning tier of EDL0002 (<see cref="FigureVocabulary.Score"/>):
/// read in one pass over the article's tokens the first time a finding's tier is weighed, never per figure.
/// <list type="bullet">
/// <item>A toll in background position: a sentence with a toll word (<c>tollWords</c> of figures.yml) below the third
/// paragraph of a story whose headline and lede hold none. The story is about something else; the toll is its
/// background ("the flood that swept the valley killed 40" in a story about a rebuilt bridge).</item>
/// <item>The account's source: the lede attributes the account (a cue word: "said", "according to", "a statement
/// showed"), and a later paragraph goes on with the same account (it shares one of the lede's event words) with no cue
/// of its own. The editor reads the lede's source as the paragraph's; the figure is still unsourced by the definition,
/// so this only lowers its tier.</item>
/// </list>
/// </summary>
internal sealed class StoryFrame
{
    /// <summary>Paragraphs (headline and lede) whose toll words make a toll the story's own news.</summary>
    private const int TollLedeBlocks = 2;

    /// <summary>The first paragraph below which a toll may be background: blocks before it are the headline, the lede
    /// and the paragraph that completes it.</summary>
    private const int TollBackgroundBlock = 3;

    /// <summary>The lede of the account: the paragraphs under the headline (blocks 1 and 2) that may attribute it.</summary>
    private const int AccountLedeFirst = 1;
    private const int AccountLedeEnd = 3;

    private readonly bool[] _tollSentence;
    private readonly bool[] _cueBlock;
    private readonly bool[] _sharesLedeEvent;
    private readonly bool _ledeHasToll;
    private readonly bool _ledeHasCue;

    private StoryFrame(Article article, FigureVocabulary terms, AttributionVocabulary cues)
    {
        _tollSentence = new bool[article.Sentences.Count];
        _cueBlock = new bool[article.Blocks.Count];
        _sharesLedeEvent = new bool[article.Blocks.Count];
        var tokens = article.Tokens;
        var blocks = article.Blocks;
        // The lede's event words, first: the later paragraphs are compared with them.
        var ledeEvents = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var b = AccountLedeFirst; b < AccountLedeEnd && b < blocks.Count; b++)
        {
            foreach (var k in TokensOf(article, blocks[b]))
            {
                if (tokens[k].IsWord && terms.EventWords.Contains(tokens[k].Text)) ledeEvents.Add(tokens[k].Text);
            }
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            // Below the lede, only what can still matter is read: toll words when the headline and lede hold none, cue
            // and event words when the lede attributes its account and has an event word.
            var readToll = b < TollLedeBlocks || !_ledeHasToll && b >= TollBackgroundBlock;
            var readAccount = b < AccountLedeEnd || _ledeHasCue && ledeEvents.Count > 0;
            if (!readToll && !readAccount) continue;
            var block = blocks[b];
            for (var s = block.FirstSentence; s < block.FirstSentence + block.SentenceCount; s++)
            {
                var sentence = article.Sentences[s];
                for (var k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++)
                {
                    var token = tokens[k];
                    if (!token.IsWord) continue;
                    var text = token.Text;
                    if (readToll && !_tollSentence[s] && terms.TollWords.Contains(text)) _tollSentence[s] = true;
                    if (!readAccount) continue;
                    if (!_cueBlock[b] && IsCueWord(text, cues)) _cueBlock[b] = true;
                    if (!_sharesLedeEvent[b] && ledeEvents.Count > 0 && ledeEvents.Contains(text)) _sharesLedeEvent[b] = true;
                }

                if (b < TollLedeBlocks && _tollSentence[s]) _ledeHasToll = true;
            }

            if (b >= AccountLedeFirst && b < AccountLedeEnd && _cueBlock[b]) _ledeHasCue = true;
        }
    }

    /// <summary>Reads the story's frame: at most one pass over the tokens of the article (the lede's twice).</summary>
    public static StoryFrame Read(Article article, FigureVocabulary terms, AttributionVocabulary cues) => new(article, terms, cues);

    /// <summary>The figure's sentence states a toll below the third paragraph of a story whose headline and lede speak
    /// of no toll (the caller asks it of a count only: a toll counts people).</summary>
    public bool TollInBackground(Article article, int sentenceIndex) =>
        !_ledeHasToll && _tollSentence[sentenceIndex] && article.Sentences[sentenceIndex].BlockIndex >= TollBackgroundBlock;

    /// <summary>The figure's paragraph, below the headline, continues an account the lede attributes: it shares one of
    /// the lede's event words and holds no cue word of its own (no other source). A hedged sentence is excluded by the
    /// caller (its doubt is its own).</summary>
    public bool ContinuesLedeAccount(Article article, int sentenceIndex)
    {
        var block = article.Sentences[sentenceIndex].BlockIndex;
        return _ledeHasCue && block >= AccountLedeFirst + 1 && !_cueBlock[block] && _sharesLedeEvent[block];
    }

    /// <summary>A word that attributes: a form of a cue or evidence verb in lower case ("said", "told", "showed"; not a
    /// bare form such as "say" or "report", as often a noun, nor a name such as "United States", nor a form of a cue verb
    /// that is also an action on a number: "put", "added", "recorded"), or "according".</summary>
    private static bool IsCueWord(string word, AttributionVocabulary cues) =>
        word.Length > 0 && char.IsLower(word[0])
        && ((cues.Verbs.Contains(word) || cues.EvidenceVerbs.Contains(word)) && !cues.Lemmas.Contains(word)
            || word == "according");

    private static IEnumerable<int> TokensOf(Article article, Block block)
    {
        for (var s = block.FirstSentence; s < block.FirstSentence + block.SentenceCount; s++)
        {
            var sentence = article.Sentences[s];
            for (var k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++) yield return k;
        }
    }
}
