using System;
using System.Collections.Generic;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// Where an article names its sources: for every sentence, the attribution cues it holds ("X said", "according to
/// Y", "the survey showed") and which of its ';'-clauses each covers. Built once per article; read-only after.
/// </summary>
internal sealed class AttributionMap
{
    private enum Scope
    {
        /// <summary>The cue's own ';'-clause only (a trailing "according to Y").</summary>
        Clause,
        /// <summary>The cue's clause and every later clause (a frame: "He added that …", "According to Y, …").</summary>
        FromClause,
        /// <summary>The whole sentence.</summary>
        Sentence,
        /// <summary>The tokens [ClauseStart, ClauseEnd): what a frame's verb governs, or what a tag speaks for.</summary>
        Content,
    }

    private readonly struct Cue
    {
        public Cue(int clauseStart, int clauseEnd, Scope scope, bool speech, int token = -1, bool clausal = false)
        {
            Clausal = clausal;
            Token = token;
            ClauseStart = clauseStart;
            ClauseEnd = clauseEnd;
            Scope = scope;
            Speech = speech;
        }

        public int ClauseStart { get; }
        public int ClauseEnd { get; }
        public Scope Scope { get; }
        public bool Speech { get; }

        /// <summary>The cue reports a proposition (a clause, a quotation), not an act: its reach may run on.</summary>
        public bool Clausal { get; }

        /// <summary>The cue's first token (the verb, noun or phrase), for tracing.</summary>
        public int Token { get; }
    }

    private static readonly HashSet<string> PassiveAuxiliaries = AttributionVocabulary.Set("is", "are", "was", "were", "be", "been", "being", "it's", "get", "got");
    private static readonly HashSet<string> NotAgents = AttributionVocabulary.Set(
        "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "for", "with", "amid", "among", "to", "from",
        "by", "as", "than", "about", "over", "into", "without", "despite", "against", "its", "their", "his", "her", "our",
        "and", "or", "but", "not", "no", "any", "some", "many", "more", "most", "such", "what", "which", "whose", "widely",
        "previously", "officially", "unofficially", "initially", "originally", "commonly", "generally", "allegedly", "reportedly");

    private static readonly HashSet<string> Adverbs = AttributionVocabulary.Set(
        "also", "further", "earlier", "later", "previously", "recently", "separately", "has", "have", "had", "would", "will",
        "could", "can", "may", "might", "should", "then", "once", "again", "repeatedly", "categorically", "clearly",
        "publicly", "privately", "separately", "had", "further", "reportedly", "now", "today", "yesterday", "last", "already",
        "just", "even", "only", "shall", "must", "did", "does", "do", "not", "never", "himself", "herself", "themselves", "itself",
        "too", "first", "formally", "officially");


    private readonly Article _article;
    private readonly AttributionVocabulary _vocabulary;
    private readonly List<Cue>?[] _cues;
    private readonly bool[] _blockHasSpeech;
    private readonly bool[] _headingSourced;

    /// <summary>Per sentence: its cues may carry to the next sentence (not a mere quotation tag).</summary>
    private readonly bool[] _carriesForward;

    /// <summary>Per sentence: its cues may carry to the sentence before (it refers back to data: "The figures …", "This …").</summary>
    private readonly bool[] _carriesBackward;

    /// <summary>Per sentence: a frame in it reports an act whose content holds a number ("Clinton is proposing $290
    /// million for salmon"): a next sentence that refers back to it ("That includes $91 million …") continues it.</summary>
    private readonly bool[] _figureFrame;

    /// <summary>Per sentence: it opens by referring back ("This", "That includes", "Of these", "The figure").</summary>
    private readonly bool[] _opensWithAnaphor;

    /// <summary>Per sentence: it hedges its own claim ("it has been learnt", "reportedly"), so neighbours' sources do not reach it.</summary>
    private readonly bool[] _hedged;

    /// <summary>Per sentence: a document is named as the source ("the survey showed", "according to the report"); the
    /// sentences around it that present its findings are sourced too.</summary>
    private readonly bool[] _documentCue;

    /// <summary>How far, in sentences of the same paragraph, a named document's findings reach.</summary>
    private const int DocumentReach = 0;

    private AttributionMap(Article article, AttributionVocabulary vocabulary)
    {
        _article = article;
        _vocabulary = vocabulary;
        _cues = new List<Cue>?[article.Sentences.Count];
        _blockHasSpeech = new bool[article.Blocks.Count];
        _headingSourced = new bool[article.Blocks.Count];
        _carriesForward = new bool[article.Sentences.Count];
        _carriesBackward = new bool[article.Sentences.Count];
        _figureFrame = new bool[article.Sentences.Count];
        _opensWithAnaphor = new bool[article.Sentences.Count];
        _hedged = new bool[article.Sentences.Count];
        _documentCue = new bool[article.Sentences.Count];
    }

    public static AttributionMap Build(Article article, AttributionVocabulary vocabulary)
    {
        var map = new AttributionMap(article, vocabulary);
        foreach (var sentence in article.Sentences) map.Scan(sentence, vocabulary);
        foreach (var block in article.Blocks)
        {
            if (block.Kind == BlockKind.Heading) map._headingSourced[block.Index] = HeadingNamesSource(article, block);
        }

        return map;
    }

    /// <summary>True when something in reach names a source for the quantity.</summary>
    public bool Covers(Quantity quantity, int window)
    {
        var sentence = _article.Sentences[quantity.SentenceIndex];
        var block = _article.Blocks[sentence.BlockIndex];
        if (_headingSourced[block.Index]) return true;
        if (CoveredInSentence(sentence.Index, quantity.FirstToken)) return true;

        if (quantity.InQuotation)
        {
            // A direct quotation whose speaker the paragraph names (or, for a quotation running on from the previous
            // paragraph, that paragraph).
            if (_blockHasSpeech[block.Index]) return true;
            var quotation = _article.GetQuotation(quantity.Span.Start);
            if (quotation is not null && quotation.Span.Start == block.Span.Start && QuotationRunHasSpeaker(block.Index)) return true;
        }

        // An adjacent sentence of the same paragraph that names a source for it: a reporting frame before
        // ("Police said … . More than 40 were injured."), or a sentence after that refers back to the data
        // ("… . The figures were released by the ministry."). A quotation tag ("“…,” he said.") speaks only for the
        // quotation, and a sentence that hedges itself ("it has been learnt that …") takes no one's word.
        if (_hedged[sentence.Index]) return false;
        for (var k = Math.Max(block.FirstSentence, sentence.Index - DocumentReach); k < block.FirstSentence + block.SentenceCount && k <= sentence.Index + DocumentReach; k++)
        {
            // In its own sentence a document cue covers what its scope covers (checked above): a figure inside the
            // source ("a study by 2,500 scientists") is not among the findings.
            if (k != sentence.Index && _documentCue[k]) return true;
        }

        // The reach of a frame runs on while the next sentence continues its report: a reported proposition carries
        // to the sentences after it in the paragraph (up to the window), an act with a figure in its content to a
        // sentence that refers back to it. A one-sentence paragraph (wire style) frames the next paragraph when it refers back ("That includes …").
        var firstBefore = block.FirstSentence;
        if (sentence.Index == block.FirstSentence && _opensWithAnaphor[sentence.Index] && block.Index > 0
            && _article.Blocks[block.Index - 1] is { IsProse: true, SentenceCount: 1, Kind: not BlockKind.Heading } single)
            firstBefore = single.FirstSentence;
        for (var k = 1; k <= window; k++)
        {
            var before = sentence.Index - k;
            if (before >= firstBefore && (_carriesForward[before] || k == 1 && _figureFrame[before] && _opensWithAnaphor[sentence.Index])) return true;
            var after = sentence.Index + k;
            if (after < block.FirstSentence + block.SentenceCount && _carriesBackward[after]) return true;
        }

        return false;
    }

    /// <summary>
    /// A headline figure is sourced by its deck or lede (a short line under it, then the first paragraph) when the same
    /// figure is attributed there.
    /// </summary>
    public bool HeadlineSourcedBelow(Quantity headline, IReadOnlyList<Quantity> quantities, int window)
    {
        var headBlock = _article.Sentences[headline.SentenceIndex].BlockIndex;
        var firstSentence = -1;
        var endSentence = -1;
        var taken = 0;
        for (var b = headBlock + 1; b < _article.Blocks.Count && taken < 2; b++)
        {
            // A deck is a short line under the headline (a heading block); the lede is the first paragraph.
            var block = _article.Blocks[b];
            if (!block.IsProse || block.SentenceCount == 0) continue;
            if (firstSentence < 0) firstSentence = block.FirstSentence;
            endSentence = block.FirstSentence + block.SentenceCount;
            taken++;
            if (block.Kind != BlockKind.Heading) break;
        }

        if (firstSentence < 0) return false;

        // Only the same figure, attributed: a lede whose source speaks about something else ("officials said the roof
        // caved in") leaves "Three killed" above it unsourced.
        foreach (var other in quantities)
        {
            if (other.SentenceIndex < firstSentence || other.SentenceIndex >= endSentence) continue;
            if (other.Unit != headline.Unit || Math.Abs(other.Value - headline.Value) > 1e-9 * Math.Max(1, Math.Abs(headline.Value))) continue;
            if (Covers(other, window)) return true;
        }

        return false;
    }

    private bool CoveredInSentence(int sentence, int token)
    {
        if (_cues[sentence] is not { } cues) return false;
        foreach (var cue in cues)
        {
            switch (cue.Scope)
            {
                case Scope.Sentence:
                    return true;
                case Scope.FromClause when token >= cue.ClauseStart:
                    return true;
                case Scope.Clause or Scope.Content when token >= cue.ClauseStart && token < cue.ClauseEnd:
                    return true;
            }
        }

        return false;
    }

    private void Scan(Sentence sentence, AttributionVocabulary vocabulary)
    {
        ScanCues(sentence, vocabulary);
        var tokens = _article.Tokens;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var words = 0;
        var quoted = 0;
        var refersBack = false;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word) continue;
            words++;
            if (token.InQuotation) quoted++;
            if (DataNouns.Contains(token.Text) || (i == first && Anaphors.Contains(token.Text))) refersBack = true;
            if (i == first && (Anaphors.Contains(token.Text) || token.Text is "Of" && i + 1 < end && Anaphors.Contains(tokens[i + 1].Text)
                               || token.Text is "The" && i + 1 < end && DataNouns.Contains(tokens[i + 1].Text)))
                _opensWithAnaphor[sentence.Index] = true;
            if (IsHedge(i, first, end)) _hedged[sentence.Index] = true;
        }

        if (_cues[sentence.Index] is { Count: > 0 })
        {
            // The reach of a frame: only a cue that reports a proposition runs on into the next sentence.
            var clausal = false;
            foreach (var cue in _cues[sentence.Index]!)
            {
                clausal |= cue.Clausal;
                if (cue.Scope == Scope.Content && cue.Speech && HasNumber(cue.ClauseStart, cue.ClauseEnd)) _figureFrame[sentence.Index] = true;
            }

            _carriesForward[sentence.Index] = clausal && quoted * 2 < words;
            _carriesBackward[sentence.Index] = refersBack;
        }
    }


    private static readonly HashSet<string> DataNouns = AttributionVocabulary.Set(
        "figure", "figures", "data", "statistics", "stats", "number", "numbers", "toll", "tally", "estimate", "estimates", "count", "totals", "total");

    private static readonly HashSet<string> Anaphors = AttributionVocabulary.Set("this", "these", "those", "that", "such", "both");


    /// <summary>"reportedly", "it has been learnt", "is estimated to", "are expected to": a claim hedged with no one behind it.</summary>
    private bool IsHedge(int i, int first, int end)
    {
        var tokens = _article.Tokens;
        var text = tokens[i].Text;
        if (text.Equals("reportedly", StringComparison.OrdinalIgnoreCase) || text.Equals("allegedly", StringComparison.OrdinalIgnoreCase)) return true;
        if (!_vocabulary.Hedges.Contains(text) || i == first) return false;
        if (!IsAgentlessPassive(i, first, end)) return false;
        for (var k = i + 1; k < end && k <= i + 4; k++)
        {
            if (tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>
    /// A participle after a form of "be", with at most one adverb between ("are now said to"), or in a headline
    /// before "to", where the auxiliary is dropped ("Balochistan expected to receive Rs70b").
    /// </summary>
    private bool IsAgentlessPassive(int i, int first, int end)
    {
        var tokens = _article.Tokens;
        var p = i - 1;
        if (p > first && Adverbs.Contains(tokens[p].Text) && !PassiveAuxiliaries.Contains(tokens[p].Text)) p--;
        if (p >= first && PassiveAuxiliaries.Contains(tokens[p].Text)) return true;
        var heading = _article.Blocks[_article.Sentences[tokens[i].SentenceIndex].BlockIndex].Kind == BlockKind.Heading;
        return heading && i + 1 < end && tokens[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && tokens[i].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    private void ScanCues(Sentence sentence, AttributionVocabulary vocabulary)
    {
        var tokens = _article.Tokens;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        var clauseStart = first;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Text == ";")
            {
                clauseStart = i + 1;
                continue;
            }

            if (token.Kind != TokenKind.Word) continue;
            if (TryPhrase(vocabulary.Sources, i, end, out _))
            {
                Add(sentence, clauseStart, end, Scope.Sentence, speech: true, i, clausal: true);
                continue;
            }

            if (TryPhrase(vocabulary.Phrases, i, end, out var after))
            {
                if (after < end && tokens[after].Kind is TokenKind.Word or TokenKind.Number)
                {
                    // "According to a study by 2,500 scientists, CO2 is 30 percent up": a frame's content starts after
                    // its source, at the comma that closes it; a figure inside the source is another claim.
                    // A frame ("According to Dar, …", "In 2024, according to the PBS, …") has content after its source;
                    // a trailing phrase ("…, killing dozens, according to Tehran.") ends its clause and covers it.
                    var sourceEnd = SourceEnd(after, end);
                    if (sourceEnd > after && IsFrame(first, clauseStart, i)) AddFrom(sentence, sourceEnd, end, speech: false, i, clausal: true);
                    else Add(sentence, clauseStart, end, Scope.Clause, speech: false, i, clausal: true);
                    NoteDocument(sentence, after);
                }
                continue;
            }

            var lower = token.Text;
            if (lower.Equals("citing", StringComparison.OrdinalIgnoreCase) || lower.Equals("quoting", StringComparison.OrdinalIgnoreCase))
            {
                if (i + 1 < end && tokens[i + 1].Kind == TokenKind.Word)
                    Add(sentence, clauseStart, end, Scope.Sentence, speech: false, i);
                continue;
            }

            // "figures from the PBS", "data released by the ministry", "the PBS's survey".
            if (_vocabulary.IsDocumentNoun(lower) && !AfterTimePreposition(i, first) && TryDocumentSource(i, end))
            {
                Add(sentence, clauseStart, end, Scope.Clause, speech: false, i);
                _documentCue[sentence.Index] = true;
                continue;
            }

            var isVerbForm = vocabulary.Verbs.Contains(lower) || _vocabulary.IsDocumentVerb(lower);
            if (isVerbForm && !IsVerbUse(i, first, end)) continue;
            if (vocabulary.Verbs.Contains(lower) && HasAgent(i, first, end))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;

                // The cue's content: a tag ("…, police said.") speaks for its sentence but not for its own trailing
                // words ("…,” she told an audience of 500,000"); a frame ("Police said 40 …", "The minister, who
                // opened 12 schools, said …") for what follows the verb only, so a figure in the subject or in a
                // clause before it is another claim.
                if (IsTag(i, end))
                {
                    var tagEnd = TagEnd(i, end);
                    Add(sentence, first, i, Scope.Content, speech: true, i, clausal: true);
                    if (tagEnd < end) Add(sentence, tagEnd, end, Scope.Content, speech: true, i, clausal: true);
                }
                else
                {
                    var content = ContentStart(i, end);
                    AddFrom(sentence, content, end, speech: true, i, clausal: IsClausal(i, content, end));
                }

                NoteDocument(sentence, i);
                continue;
            }

            if (_vocabulary.IsDocumentVerb(lower) && HasDocumentSubject(i, first))
            {
                Add(sentence, clauseStart, end, IsFrame(first, clauseStart, i) ? Scope.FromClause : Scope.Clause, speech: false, i, clausal: true);
                _documentCue[sentence.Index] = true;
            }
        }
    }

    /// <summary>
    /// A quotation or reporting tag: after the verb (and an inverted agent or a time: "said the minister on Monday")
    /// the sentence ends, or a comma or closing quotation mark comes before any content ("that", a colon, a number).
    /// </summary>
    private bool IsTag(int verb, int end)
    {
        var tokens = _article.Tokens;

        // A participle ("…, adding that …", "attackers claiming allegiance to …") frames what follows it.
        if (tokens[verb].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;

        // "In September, the IMF had said that …", "…, has said a less austere deal …": content right after the
        // verb makes it a frame, whatever stands before it.
        if (verb + 1 < end && (tokens[verb + 1].Text is "that" or ":" or "“" || tokens[verb + 1].Kind == TokenKind.Number
                               || tokens[verb + 1].IsWord && !tokens[verb + 1].IsCapitalized && !_vocabulary.SourceNouns.Contains(tokens[verb + 1].Text)
                               && !TagContinuations.Contains(tokens[verb + 1].Text))) return false;

        // "the SHO stated it ranges …": a subject pronoun starts the reported clause ("said he" is archaic). Only verbs
        // of saying invert ("said the minister"): another verb followed by a noun phrase has it as object.
        if (verb + 1 < end && (tokens[verb + 1].Text is "it" or "he" or "she" or "they" or "we" or "I" or "there"
                               || !_vocabulary.ClauseVerbs.Contains(tokens[verb].Text) && tokens[verb + 1].Text is "a" or "an" or "the" or "its" or "his" or "her" or "their"))
            return false;

        // "… told 'The News' that 120 …": an addressee, then the content.
        for (var k = verb + 1; k < end && k <= verb + 7; k++)
        {
            if (tokens[k].Text is "," or "." or ";") break;
            if (tokens[k].Text == "that") return false;
        }

        // "…, a hospital official said on Sunday as …": a short agent between a comma (or closing quotation mark)
        // and the verb, after content, is a trailing tag whatever follows.
        var start = _article.Sentences[tokens[verb].SentenceIndex].FirstToken;
        var words = 0;
        for (var k = verb - 1; k > start && words <= 6; k--)
        {
            var text = tokens[k].Text;
            if (text is "," or "”" or "’" or "\"" or "—" or "–")
            {
                if (words == 0) break;
                var head = tokens[k + 1].Text;
                return !(head is "who" or "which" or "and" or "but" or "while" or "whereas" or "as" or "when" or "where" or "after" or "before" or "because");
            }

            if (tokens[k].Kind == TokenKind.Number) break;
            if (tokens[k].IsWord) words++;
        }

        // "…, said education was a priority": a plain word right after the verb starts its content; a tag goes on
        // with an inverted agent ("said the minister", "said Dar", "he said") or a time ("said on Monday").
        if (verb + 1 < end && tokens[verb + 1].IsWord && !tokens[verb + 1].IsCapitalized && !_vocabulary.SourceNouns.Contains(tokens[verb + 1].Text)
            && !TagContinuations.Contains(tokens[verb + 1].Text)) return false;
        for (var k = verb + 1; k < end && k <= verb + 6; k++)
        {
            var text = tokens[k].Text;
            if (text is "," or "." or "”" or "\"" or "’" or "'" or ")" or ";" or "—" or "–") return true;
            if (tokens[k].Kind == TokenKind.Number || text is "that" or ":" or "“") return false;
        }

        return verb + 7 > end;
    }

    /// <summary>
    /// Where a frame's content starts. After verbs of telling ("told an audience of 500,000 that …", "briefed
    /// reporters"), the first noun phrase is the addressee: the content starts at "that", a colon or a quotation.
    /// </summary>
    private int ContentStart(int verb, int end)
    {
        var tokens = _article.Tokens;
        if (!_vocabulary.AddresseeVerbs.Contains(tokens[verb].Text)) return verb;
        for (var k = verb + 1; k < end; k++)
        {
            if (tokens[k].Text is "that" or ":" or "“" or "\"" or ",") return k;
        }

        return end;
    }

    private static readonly HashSet<string> TagContinuations = AttributionVocabulary.Set(
        "the", "a", "an", "his", "her", "its", "their", "on", "in", "at", "last", "yesterday", "today", "this", "late", "earlier",
        "later", "also", "separately", "recently", "by", "while", "when", "after", "before", "during", "as", "adding", "citing", "without");

    /// <summary>A frame's content: from <paramref name="from"/> to where the verb's clause gives way to another
    /// predication (", but Congress approved …", "…, who killed 17"), else to the end of the sentence.</summary>
    private void AddFrom(Sentence sentence, int from, int sentenceEnd, bool speech, int cueToken, bool clausal = false)
    {
        var list = _cues[sentence.Index] ??= new List<Cue>(2);
        list.Add(new Cue(from, ContentEnd(from, sentenceEnd, cueToken >= 0 && _article.Tokens[cueToken].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase), clausal), Scope.Content, speech, cueToken, clausal));
    }

    private int ContentEnd(int from, int end, bool participle, bool clausal)
    {
        var tokens = _article.Tokens;
        for (var k = from + 1; k < end; k++)
        {
            var text = tokens[k].Text;
            if (!clausal && text == "," && k + 1 < end && ContentBreaks.Contains(tokens[k + 1].Text)) return k;
            // A participle's content ("attackers claiming allegiance to IS, who killed 17") is its own object: a
            // relative clause after it makes another claim. A finite frame's content runs on ("said that …, which …").
            if (participle && text is "who" or "which" && tokens[k - 1].IsWord && !NotAgents.Contains(tokens[k - 1].Text)) return k;
        }

        return end;
    }

    /// <summary>Conjunctions that, after a comma, open a clause with its own subject and assertion.</summary>
    private static readonly HashSet<string> ContentBreaks = AttributionVocabulary.Set("but", "although", "though", "yet");

    /// <summary>Where the source of a frame phrase ("according to X, …") ends: the comma after it, within the clause.</summary>
    private int SourceEnd(int after, int end)
    {
        var tokens = _article.Tokens;
        for (var k = after; k < end && k < after + 16; k++)
        {
            if (tokens[k].Text is ";" or "that") break;
            if (tokens[k].Text is "," or ":" or "—") return k + 1;
        }

        return after;
    }

    /// <summary>Where a tag's own words ("said the minister on Monday", "told an audience of 500,000") end.</summary>
    private int TagEnd(int verb, int end)
    {
        var tokens = _article.Tokens;
        for (var k = verb + 1; k < end; k++)
        {
            if (tokens[k].Text is "," or ";" or "—" or "–" or ":" or "“" or "\"") return k + 1;
        }

        return end;
    }

    /// <summary>
    /// A frame reports a proposition when its verb is one of saying ("said 40 were killed") or its content opens
    /// as a clause or quotation ("announced that", "confirmed: …"); "announced a partnership" reports an act.
    /// </summary>
    private bool IsClausal(int verb, int content, int end)
    {
        var tokens = _article.Tokens;
        if (_vocabulary.ClauseVerbs.Contains(tokens[verb].Text)) return true;
        var k = content == verb ? verb + 1 : content;
        return k < end && tokens[k].Text is "that" or ":" or "“" or "\"";
    }

    /// <summary>
    /// Whether a cue verb form is used as a verb. A capitalised form beside another capitalised word inside a
    /// sentence is part of a name ("Islamic State", "Mustafa Said Ahmed"); a bare form ("state", "estimate",
    /// "project") is a verb only after a subject that agrees with it (a pronoun, a plural, a source noun) or a
    /// modal, else it is a noun ("a previous estimate", "the whitest state").
    /// </summary>
    private bool IsVerbUse(int i, int first, int end)
    {
        var tokens = _article.Tokens;
        var token = tokens[i];
        var heading = _article.Blocks[_article.Sentences[token.SentenceIndex].BlockIndex].Kind == BlockKind.Heading;
        if (!heading && i > first && token.IsCapitalized && !token.IsAllCaps
            && (tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized || i + 1 < end && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized && !_vocabulary.SourceNouns.Contains(tokens[i + 1].Text)))
            return false;
        if (!_vocabulary.Lemmas.Contains(token.Text)) return true;
        if (i + 1 < end && tokens[i + 1].Text is "that" or "out" or ":") return true; // "data show that", "point out"
        var p = i - 1;
        while (p >= first && Adverbs.Contains(tokens[p].Text) && !Modals.Contains(tokens[p].Text)) p--;
        if (p < first) return heading;
        var prev = tokens[p];
        // "Texas state Rep.": a name, not a plural subject; "the Tories say" is a group.
        if (prev.IsCapitalized && p > first && !_vocabulary.SourceNouns.Contains(prev.Text) && !(tokens[p - 1].Text is "the" or "The")) return false;
        if (Modals.Contains(prev.Text) || _vocabulary.SourceNouns.Contains(prev.Text) || _vocabulary.IsDocumentNoun(prev.Text) || prev.Text is "people" or "I" or "we" or "We" or "you" or "they" or "They") return true;
        if (prev.Text is "," or "”" or "\"" or "’") return true; // "…, say officials"
        // A plural subject ("experts say"); not an adjective in -ous or a singular in -ss, -us, -is.
        return prev.IsWord && prev.Text.Length > 3 && prev.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !prev.Text.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
               && !prev.Text.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !prev.Text.EndsWith("is", StringComparison.OrdinalIgnoreCase) && !NotAgents.Contains(prev.Text);
    }

    private static readonly HashSet<string> Modals = AttributionVocabulary.Set(
        "will", "would", "can", "could", "may", "might", "should", "shall", "must", "do", "did", "does", "to", "not", "n't", "cannot", "won't", "didn't", "don't", "doesn't");

    /// <summary>A cue before any number of its clause frames what follows ("According to Dar, …", "He added that …").</summary>
    private bool IsFrame(int first, int clauseStart, int cue)
    {
        _ = first;
        var tokens = _article.Tokens;
        for (var j = clauseStart; j < cue; j++)
        {
            if (tokens[j].Kind == TokenKind.Number) return false;
        }

        return true;
    }

    /// <summary>Whether the cue at i names a document: a document noun within three words either side.</summary>
    private void NoteDocument(Sentence sentence, int i)
    {
        var tokens = _article.Tokens;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        for (var k = Math.Max(first, i - 3); k < end && k <= i + 3; k++)
        {
            if (tokens[k].IsWord && _vocabulary.DataDocuments.Contains(tokens[k].Text) && !tokens[k].InQuotation)
            {
                _documentCue[sentence.Index] = true;
                return;
            }
        }
    }

    private void Add(Sentence sentence, int clauseStart, int sentenceEnd, Scope scope, bool speech, int cueToken, bool clausal = false)
    {
        var tokens = _article.Tokens;
        var clauseEnd = clauseStart;
        if (scope == Scope.Content) clauseEnd = sentenceEnd;
        else while (clauseEnd < sentenceEnd && tokens[clauseEnd].Text != ";") clauseEnd++;
        var list = _cues[sentence.Index] ??= new List<Cue>(2);
        list.Add(new Cue(clauseStart, clauseEnd, scope, speech, cueToken, clausal));
    }

    private bool TryPhrase(TermMatcher phrases, int i, int end, out int after)
    {
        if (phrases.MatchAt(_article, i, end, skipQuotations: false) is { } match)
        {
            after = i + match.TokenCount;
            return true;
        }

        after = i;
        return false;
    }

    /// <summary>"figures from the PBS", "data released by NDMA", "statistics of the ministry" (a named source after).</summary>
    private bool TryDocumentSource(int i, int end)
    {
        var tokens = _article.Tokens;
        var j = i + 1;
        while (j < end && j <= i + 3 && PassiveAuxiliaries.Contains(tokens[j].Text) || j < end && tokens[j].Text is "have" or "has" or "had") j++;
        if (j < end && tokens[j].IsWord && tokens[j].Text.EndsWith("ed", StringComparison.Ordinal)) j++; // released, compiled, issued
        if (j >= end || !(tokens[j].Text.Equals("from", StringComparison.OrdinalIgnoreCase) || tokens[j].Text.Equals("by", StringComparison.OrdinalIgnoreCase)
                          || (tokens[j].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && j == i + 1)))
        {
            // "the PBS's data", "UNHCR figures", "official figures"
            var p = i - 1;
            if (p >= 0 && tokens[p].IsWord && (tokens[p].IsAllCaps && tokens[p].Text.Length > 1 || tokens[p].Text.EndsWith("'s", StringComparison.Ordinal)
                                               || tokens[p].Text.EndsWith("\u2019s", StringComparison.Ordinal) || tokens[p].Text.Equals("official", StringComparison.OrdinalIgnoreCase)))
                return tokens[p].SentenceIndex == tokens[i].SentenceIndex;
            return false;
        }

        var by = tokens[j].Text.Equals("by", StringComparison.OrdinalIgnoreCase);
        j++;
        if (j < end && tokens[j].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) j++;

        // "from the State Bank" (a name), "released by the provincial disaster authority" (any agent).
        return j < end && tokens[j].IsWord && !HasDigit(tokens[j].Text) && (tokens[j].IsCapitalized || tokens[j].IsAllCaps || by && !NotAgents.Contains(tokens[j].Text));
    }

    /// <summary>"after the 5pm GMT announcement", "since the report": a document as a point in time, not a source.</summary>
    private bool AfterTimePreposition(int i, int first)
    {
        var tokens = _article.Tokens;
        for (var k = i - 1; k >= first && k >= i - 4; k--)
        {
            if (tokens[k].Text is "after" or "before" or "since" or "following" or "until" or "ahead") return true;
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number) return false;
        }

        return false;
    }

    private bool HasNumber(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_article.Tokens[k].Kind == TokenKind.Number) return true;
        }

        return false;
    }

    /// <summary>
    /// A quotation that opens its paragraph runs on from earlier ones (wire style: each paragraph of a long quote
    /// opens with a quotation mark): back over such paragraphs, up to five, to the one that names the speaker.
    /// </summary>
    private bool QuotationRunHasSpeaker(int blockIndex)
    {
        for (var b = blockIndex - 1; b >= 0 && b >= blockIndex - 5; b--)
        {
            var block = _article.Blocks[b];
            if (!block.IsProse) return false;
            if (_blockHasSpeech[b]) return true;
            var quotation = _article.GetQuotation(block.Span.Start);
            if (quotation is null && !StartsWithQuote(block)) return false;
        }

        return false;
    }

    private bool StartsWithQuote(Block block)
    {
        var text = _article.Text;
        var k = block.Span.Start;
        while (k < block.Span.End && char.IsWhiteSpace(text[k])) k++;
        return k < block.Span.End && text[k] is '"' or '\u201C' or '`' or '\'' or '\u2018';
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9') return true;
        }

        return false;
    }

    /// <summary>"The survey showed", "PBS data show", "a report by the ministry found": a document noun before the verb.</summary>
    private bool HasDocumentSubject(int verb, int first)
    {
        var tokens = _article.Tokens;
        var p = verb - 1;
        if (p - 1 >= first && tokens[p].Text is "which" or "that" && _vocabulary.IsDocumentNoun(tokens[p - 1].Text)) return true; // "research which found"
        if (p < first || NotAgents.Contains(tokens[p].Text) && !tokens[p].Text.Equals("also", StringComparison.OrdinalIgnoreCase)) return false;
        if (tokens[p].Text is "it" or "It") return true; // "It found …", the survey named before
        for (var k = verb - 1; k >= first && k >= verb - 20; k--)
        {
            if (tokens[k].Text is ";" or "." or "“" or "\"") break;
            if (!_vocabulary.IsDocumentNoun(tokens[k].Text)) continue;

            // An unnamed document ("a study found", "an analysis revealed") is a hedge, not a source.
            for (var d = k - 1; d >= first && d >= k - 3; d--)
            {
                if (tokens[d].Text is "a" or "A" or "an" or "An") return false;
                if (!tokens[d].IsWord) break;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The reporting verb at <paramref name="verb"/> has an agent: "Dar said", "he added that", "police told AFP",
    /// "…, said the minister", "was told by officials". Not "is estimated", "an estimated", "the reported cases".
    /// </summary>
    private bool HasAgent(int verb, int first, int end)
    {
        var tokens = _article.Tokens;
        var text = tokens[verb].Text;
        if (_vocabulary.Hedges.Contains(text) && IsAgentlessPassive(verb, first, end) && !HasByAgent(verb, end)) return false;

        // Verbs that are also actions: "the blast claimed 40 lives", "the firm added 200 jobs", "put the toll at".
        if (verb + 1 < end)
        {
            var next = tokens[verb + 1];
            var isObjectNumber = next.Kind == TokenKind.Number || next.Text is "$" || next.Text.Equals("over", StringComparison.OrdinalIgnoreCase)
                                 || next.Text.Equals("more", StringComparison.OrdinalIgnoreCase) || next.Text.Equals("nearly", StringComparison.OrdinalIgnoreCase)
                                 || next.Text.Equals("about", StringComparison.OrdinalIgnoreCase) || next.Text.Equals("around", StringComparison.OrdinalIgnoreCase)
                                 || next.Text.Equals("another", StringComparison.OrdinalIgnoreCase) || next.Text.Equals("some", StringComparison.OrdinalIgnoreCase)
                                 || next.Text.Equals("at", StringComparison.OrdinalIgnoreCase) && text.StartsWith("claim", StringComparison.OrdinalIgnoreCase);
            if (text.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && (isObjectNumber || next.Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                || next.Text.Equals("lives", StringComparison.OrdinalIgnoreCase) || next.Text.Equals("responsibility", StringComparison.OrdinalIgnoreCase)))
                return false;
            if (_vocabulary.IsActionForm(text)
                && (isObjectNumber || next.Text.Equals("to", StringComparison.OrdinalIgnoreCase) || next.Text.Equals("up", StringComparison.OrdinalIgnoreCase)))
                return false;
            if (text.StartsWith("point", StringComparison.OrdinalIgnoreCase) && !next.Text.Equals("out", StringComparison.OrdinalIgnoreCase)) return false;
        }
        else if (text.StartsWith("point", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (_vocabulary.NounForms.Contains(text))
        {
            // "the ministry estimates that …", "X notes: …", but not "member states" or "bank notes".
            if (verb + 1 >= end) return false;
            var next = tokens[verb + 1];
            if (!(next.Kind == TokenKind.Number || next.Text is "that" or ":" or "“" or "\"" or "the" or "it" or "he" or "she" or "they" or "there" or "over" or "about" or "some" or "more" or "nearly" or "around")) return false;
        }

        // Participles opening a clause ("…, adding that …", "…, citing …") take the subject of the main verb.
        // "…, with analysts saying …" takes the noun before it.
        if (text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            if (verb == first) return false;
            var before = tokens[verb - 1];
            if (before.Text is "," or "—" or "–") return true;
            if (Adverbs.Contains(before.Text) && verb - 2 >= first && tokens[verb - 2].Text == ",") return true;

            // "Clinton is proposing …": a progressive; its subject stands before the auxiliary.
            if (before.Text is "is" or "are" or "was" or "were" && verb - 2 >= first && tokens[verb - 2].IsWord && !NotAgents.Contains(tokens[verb - 2].Text)
                && !PassiveAuxiliaries.Contains(tokens[verb - 2].Text)) return true;
            return before.IsWord && !NotAgents.Contains(before.Text) && !PassiveAuxiliaries.Contains(before.Text) && !Adverbs.Contains(before.Text);
        }

        var p = verb - 1;
        while (p >= first && (Adverbs.Contains(tokens[p].Text) || tokens[p].Text == ")") && verb - p < 12)
        {
            if (tokens[p].Text == ")")
            {
                // "the UN Economic Commission for Europe (UNECE) said"
                var open = p - 1;
                while (open >= first && tokens[open].Text != "(" && p - open < 8) open--;
                if (open < first || tokens[open].Text != "(") break;
                p = open;
            }

            p--;
        }

        // "Iranian state television, meanwhile, reported …": a parenthetical adverb between the agent and the verb.
        if (p - 3 >= first && tokens[p].Text == "," && ParentheticalAdverbs.Contains(tokens[p - 1].Text) && tokens[p - 2].Text == ",") p -= 3;
        if (p < first) return InvertedAgent(verb, end);
        var prev = tokens[p];
        if (PassiveAuxiliaries.Contains(prev.Text))
        {
            // "was told by officials", "were confirmed by the hospital".
            for (var k = verb + 1; k < end && k <= verb + 4; k++)
            {
                if (tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && k + 1 < end && tokens[k + 1].IsWord) return true;
            }

            return false;
        }

        if (prev.Text is "," or "”" or "\"" or "’" or "'" or "—" or "–" or "(" or ":")
            return InvertedAgent(verb, end) || (verb + 1 < end && tokens[verb + 1].Text is "that" or ":" or "“" or "\"");
        if (prev.Kind == TokenKind.Word)
        {
            // "the association, which believes …", "officials who said …": the relative pronoun stands for a named agent.
            if (prev.Text is "who" or "which" && p > first && (tokens[p - 1].Text == "," || tokens[p - 1].IsWord && !NotAgents.Contains(tokens[p - 1].Text))) return true;
            // "He credited the minister … and projected that …": a second predicate shares the subject.
            if (prev.Text is "and" && verb + 1 < end && tokens[verb + 1].Text is "that" or ":") return true;
            if (NotAgents.Contains(prev.Text)) return false;
            return true;
        }

        if (prev.Kind == TokenKind.Number) return false;
        return false;
    }

    private bool HasByAgent(int verb, int end)
    {
        var tokens = _article.Tokens;
        for (var k = verb + 1; k < end && k <= verb + 4; k++)
        {
            if (tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && k + 1 < end && tokens[k + 1].IsWord) return true;
        }

        return false;
    }

    private static readonly HashSet<string> ParentheticalAdverbs = AttributionVocabulary.Set(
        "meanwhile", "however", "though", "also", "too", "separately", "earlier", "later", "moreover", "furthermore", "instead", "nonetheless", "nevertheless");

    /// <summary>"…, said the minister", "…, said Dar", "…, he said".</summary>
    private bool InvertedAgent(int verb, int end)
    {
        var tokens = _article.Tokens;
        var n = verb + 1;
        if (n >= end) return false;
        var next = tokens[n];
        if (!next.IsWord) return false;
        if (_vocabulary.SourceNouns.Contains(next.Text)) return true;
        if (next.Text is "the" or "The" or "a" or "an" or "his" or "her" or "its" or "their") return n + 1 < end && tokens[n + 1].IsWord;
        if (next.IsCapitalized || next.IsAllCaps) return true;

        // "…, said market analyst Datamonitor", "…, said senior officials".
        return !NotAgents.Contains(next.Text) && !next.Text.Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Headlines of the form "…: UNHCR" or "…: Asif": a short capitalised source after the last colon.</summary>
    private static bool HeadingNamesSource(Article article, Block block)
    {
        var text = article.Text;
        var colon = text.LastIndexOf(':', block.Span.End - 1, block.Span.Length);
        if (colon < 0) return false;
        var tail = text.Substring(colon + 1, block.Span.End - colon - 1).Trim();
        if (tail.Length == 0 || tail.Length > 40) return false;
        var words = tail.Split(AttributionVocabulary.Space, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4) return false;
        foreach (var word in words)
        {
            if (word.Length == 0 || !(char.IsUpper(word[0]) || word is "of" or "the" or "and" or "for")) return false;
            foreach (var c in word)
            {
                if (char.IsDigit(c)) return false;
            }
        }

        return true;
    }
}
