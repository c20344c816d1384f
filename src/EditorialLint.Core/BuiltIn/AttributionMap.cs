using System;
using System.Collections.Generic;
using System.Threading;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// Where an article names its sources: for every sentence, the attribution cues it holds ("X said", "according to
/// Y", "the survey showed") and which of its ';'-clauses each covers. Built once per article; read-only after.
/// </summary>
internal sealed partial class AttributionMap
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

    /// <summary>Per sentence: its carrying cues are all opinions, forecasts or arguments ("Polls are predicting a dead
    /// heat"): they run on into a sentence that continues the view ("Of this, 30% …"), not into one that reports an
    /// event at a time of its own ("… won the first round on May 18 with 31 percent").</summary>
    private readonly bool[] _opinionFrame;

    /// <summary>Per sentence: it is anchored at a time of its own (a weekday, a date, a year, "last week").</summary>
    private readonly bool[] _timeAnchored;

    /// <summary>Per sentence: its cues may carry to the sentence before (it refers back to data: "The figures …", "This …").</summary>
    private readonly bool[] _carriesBackward;

    /// <summary>Per sentence: a frame in it reports an act whose content holds a number ("Clinton is proposing $290
    /// million for salmon"): a next sentence that refers back to it ("That includes $91 million …") continues it.</summary>
    private readonly bool[] _figureFrame;

    /// <summary>Per sentence: indirect speech closed by a tag ("The labour pool is large, he said."), not a quotation.</summary>
    private readonly bool[] _endsWithTag;

    /// <summary>Per sentence: it opens by referring back ("This", "That includes", "Of these", "The figure").</summary>
    private readonly bool[] _opensWithAnaphor;

    /// <summary>Per sentence: it hedges its own claim ("it has been learnt", "reportedly"), so neighbours' sources do not reach it.</summary>
    private readonly bool[] _hedged;

    /// <summary>Per sentence: a document is named as the source ("the survey showed", "according to the report"); the
    /// sentences around it that present its findings are sourced too.</summary>
    private readonly bool[] _documentCue;

    /// <summary>Per sentence: it speaks of a survey's respondents ("Of those questioned, 62% …", "respondents said").</summary>
    private readonly bool[] _respondents;

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
        _opinionFrame = new bool[article.Sentences.Count];
        _timeAnchored = new bool[article.Sentences.Count];
        _figureFrame = new bool[article.Sentences.Count];
        _opensWithAnaphor = new bool[article.Sentences.Count];
        _endsWithTag = new bool[article.Sentences.Count];
        _hedged = new bool[article.Sentences.Count];
        _documentCue = new bool[article.Sentences.Count];
        _respondents = new bool[article.Sentences.Count];
    }

    public static AttributionMap Build(Article article, AttributionVocabulary vocabulary)
    {
        var map = new AttributionMap(article, vocabulary);
        foreach (var sentence in article.Sentences) map.Scan(sentence, vocabulary);
        foreach (var block in article.Blocks)
        {
            if (block.Kind == BlockKind.Heading) map._headingSourced[block.Index] = HeadingNamesSource(article, block, vocabulary);
        }

        return map;
    }

    /// <summary>True when something in reach names a source for the quantity.</summary>
    public bool Covers(Quantity quantity, int window) => CoverPath(quantity, window) is not null;

    /// <summary>Which path of attribution covers the quantity (for the eval's decision trace), or null when none does.</summary>
    internal string? CoverPath(Quantity quantity, int window)
    {
        var sentence = _article.Sentences[quantity.SentenceIndex];
        var block = _article.Blocks[sentence.BlockIndex];
        if (_headingSourced[block.Index]) return "heading-names-source";
        if (CoveredInSentence(sentence.Index, quantity.FirstToken) is { } scope) return scope;

        if (quantity.InQuotation)
        {
            // A direct quotation whose speaker the paragraph names (or, for a quotation running on from the previous
            // paragraph, that paragraph).
            if (_blockHasSpeech[block.Index]) return "quotation:speaker-in-paragraph";
            var quotation = _article.GetQuotation(quantity.Span.Start);
            if (quotation is not null && quotation.Span.Start == block.Span.Start && QuotationRunHasSpeaker(block.Index)) return "quotation:run-from-paragraph-before";
        }
        else if (block.Index > 0 && quantity.Span.Start < ClosesUnopenedQuotation(block) && (_blockHasSpeech[block.Index] || _blockHasSpeech[block.Index - 1]))
        {
            // A quotation left open at the end of the paragraph before runs on into this one and closes in it with no
            // opening mark of its own (`… "Smaller animals sell for Rs1 to 5 lakhs each.` then `The market charges
            // Rs1,500 per animal … on-site," claimed Khan.`): what stands before the closing mark is quoted.
            return "quotation:closes-unopened";
        }
        else if (StartsWithStraightSingleQuote(block) && (_blockHasSpeech[block.Index] || QuotationRunHasSpeaker(block.Index)))
        {
            // British copy that quotes with a straight single mark ("'Now they have been caught out …"): an apostrophe
            // cannot be told from a closing mark, so the paragraph it opens is read as the quotation.
            return "quotation:straight-single-quote-paragraph";
        }

        // An adjacent sentence of the same paragraph that names a source for it: a reporting frame before
        // ("Police said … . More than 40 were injured."), or a sentence after that refers back to the data
        // ("… . The figures were released by the ministry."). A quotation tag ("“…,” he said.") speaks only for the
        // quotation, and a sentence that hedges itself ("it has been learnt that …") takes no one's word.
        if (_hedged[sentence.Index]) return null;
        for (var k = Math.Max(block.FirstSentence, sentence.Index - DocumentReach); k < block.FirstSentence + block.SentenceCount && k <= sentence.Index + DocumentReach; k++)
        {
            // In its own sentence a document cue covers what its scope covers (checked above): a figure inside the
            // source ("a study by 2,500 scientists") is not among the findings.
            if (k != sentence.Index && _documentCue[k]) return "document-cue-in-paragraph";
        }

        // The reach of a frame runs on while the next sentence continues its report: a reported proposition carries
        // to the sentences after it in the paragraph (up to the window), an act with a figure in its content to a
        // sentence that refers back to it.
        // A one-sentence paragraph (wire style) frames the next paragraph when that refers back ("That includes …") or,
        // when it is indirect speech closed by a tag ("The labour pool is large, he said."), a named document's finding
        // ("According to the report, …") or a cue that ends in a colon ("The revised estimates reveal:"), when the next
        // opens with no report of its own: it continues that account. A frame ("The official said rebels planned …") reports
        // one proposition and does not run on; a sentence with a report of its own speaks for itself.
        var firstBefore = block.FirstSentence;
        var framedByParagraph = false;
        if (sentence.Index == block.FirstSentence && block.Index > 0
            && _article.Blocks[block.Index - 1] is { IsProse: true, SentenceCount: 1 } single
            && (single.Kind != BlockKind.Heading || single.Index > 0 && IntroducesList(single.FirstSentence)))
        {
            if (_opensWithAnaphor[sentence.Index]) firstBefore = single.FirstSentence;
            if ((_endsWithTag[single.FirstSentence] || _documentCue[single.FirstSentence] || IntroducesList(single.FirstSentence)
                 || BareFrame(single.FirstSentence) || _carriesForward[single.FirstSentence] && !_opinionFrame[single.FirstSentence] && ContinuesAccount(single.FirstSentence, sentence.Index, sameParagraph: false))
                && !ReportsOwnClaim(sentence.Index))
            {
                firstBefore = single.FirstSentence;
                framedByParagraph = true;
            }
        }
        // A sentence about a survey's respondents ("Of those asked, 62% were unaware …") gives that survey's findings:
        // a survey, poll or study named as a source earlier in its paragraph or in the paragraph before speaks for it.
        if (_respondents[sentence.Index] && SurveyNamedBefore(sentence.Index, block)) return "survey-respondents";

        // A bulleted list under a lead-in that ends in a colon ("Cutler said other details of the proposal include:"):
        // every item of the run is the introduced content, not only the first.
        if (!framedByParagraph && sentence.Index == block.FirstSentence && StartsWithBullet(block) && !ReportsOwnClaim(sentence.Index) && ListLeadInFrames(block.Index)) return "list-lead-in";
        // A time of the sentence's own ("Last year the virus sickened 55 people", "In 1991 a gunman killed 21") dates an
        // event of its own: the writer's, not more of the frame's report, unless the sentence refers back to the
        // report's data ("That was 26% more than in March 2011") or the frame is data that runs on in time.
        var ownTime = _timeAnchored[sentence.Index] && !RefersBack(sentence.Index);
        for (var k = 1; k <= window; k++)
        {
            var before = sentence.Index - k;
            if (before >= firstBefore && _carriesForward[before] && !(_opinionFrame[before] && _timeAnchored[sentence.Index] || ownTime && !_documentCue[before]))
                return before < block.FirstSentence ? "continuation:frame-paragraph-before" : "continuation:frame-sentence-before";
            if (before >= firstBefore && k == 1 && framedByParagraph) return "continuation:framed-by-paragraph";
            if (before >= firstBefore && k == 1 && _figureFrame[before] && _opensWithAnaphor[sentence.Index]) return "continuation:figure-frame-anaphor";
            // A frame in the same paragraph that reports an act ("The ministry announced the first six towns to join the
            // scheme.") carries to the next sentence when that continues the same account: the scored test of a
            // one-sentence paragraph, the paragraph itself one more piece of evidence.
            if (k == 1 && before >= block.FirstSentence && ReportsAct(before) && ContinuesAccount(before, sentence.Index, sameParagraph: true)) return "continuation:act-same-paragraph";
            var after = sentence.Index + k;
            if (after < block.FirstSentence + block.SentenceCount && _carriesBackward[after]) return "carries-backward:sentence-after";
        }

        return null;
    }

    /// <summary>
    /// A frame that reports an act ("announced the first six towns", "cited the success of the game"): it has cues, and
    /// none reports a proposition (a clause or a quotation: those carry on their own terms, a quotation tag not at all),
    /// gives a view (the <c>opinionVerbs</c>: "expects the mine to add …") or is also an action (the <c>actionVerbs</c>:
    /// "posted a profit", "sought the nomination").
    /// </summary>
    private bool ReportsAct(int sentence)
    {
        if (_cues[sentence] is not { Count: > 0 } cues) return false;
        foreach (var cue in cues)
        {
            if (cue.Clausal) return false;
            if (cue.Token >= 0 && (_vocabulary.OpinionVerbs.Contains(_article.Tokens[cue.Token].Text) || _vocabulary.ActionForms.Contains(_article.Tokens[cue.Token].Text))) return false;
        }

        return true;
    }

    /// <summary>"That was 26% more than …", "In 2003 the figure was 29%": the sentence opens with a reference back or names
    /// the data it goes on with.</summary>
    private bool RefersBack(int sentence)
    {
        if (_opensWithAnaphor[sentence]) return true;
        var s = _article.Sentences[sentence];
        for (var k = s.FirstToken; k < s.FirstToken + s.TokenCount; k++)
        {
            if (DataNouns.Contains(_article.Tokens[k].Text) || k == s.FirstToken && _article.Tokens[k].Text is "That's" or "It" or "This") return true;
        }

        return false;
    }

    /// <summary>Whether the sentence hedges its own claim with no one behind it ("it is thought", "reportedly", "figures show").</summary>
    public bool IsHedged(int sentenceIndex) => _hedged[sentenceIndex];

    /// <summary>
    /// A headline figure is sourced by its deck or lede (a short line under it, then the first paragraph) when the same
    /// figure is attributed there.
    /// </summary>
    public bool HeadlineSourcedBelow(Quantity headline, IReadOnlyList<Quantity> quantities, int window)
    {
        var headBlock = _article.Sentences[headline.SentenceIndex].BlockIndex;
        var firstSentence = -1;
        var endSentence = -1;
        var decks = 0;
        var paragraphs = 0;
        var ledeEnd = -1;
        for (var b = headBlock + 1; b < _article.Blocks.Count && paragraphs < LedeParagraphs; b++)
        {
            // A deck is a short line under the headline (a heading block; at most one); the lede is the first
            // paragraphs under it (a wire lede often gives the act, the next paragraph its source). A line with no
            // words (a stray ".") is neither.
            var block = _article.Blocks[b];
            if (!block.IsProse || block.SentenceCount == 0 || !HasWord(block)) continue;
            if (block.Kind == BlockKind.Heading && (paragraphs > 0 || ++decks > 1)) break;
            if (firstSentence < 0) firstSentence = block.FirstSentence;
            endSentence = block.FirstSentence + block.SentenceCount;
            if (block.Kind != BlockKind.Heading && ++paragraphs == 1) ledeEnd = endSentence;
        }

        if (firstSentence < 0) return false;

        // Only the same figure, attributed: a lede whose source speaks about something else ("officials said the roof
        // caved in") leaves "Three killed" above it unsourced.
        foreach (var other in quantities)
        {
            if (other.SentenceIndex < firstSentence || other.SentenceIndex >= endSentence) continue;
            if (other.Unit != headline.Unit || !SameFigure(headline, other)) continue;
            // In the deck and lede, any source in reach; further down, only a source in the figure's own sentence (a
            // figure there that a frame carries from the sentence before is that frame's, not the headline's).
            if (ledeEnd < 0 || other.SentenceIndex < ledeEnd ? Covers(other, window) : CoveredInSentence(other.SentenceIndex, other.FirstToken) is not null) return true;
        }

        return false;
    }

    /// <summary>
    /// The headline gives the lede's figure as headlines do: the same value, the value rounded ("More than 320 crows" for
    /// 322, "$2.5bn" for $2.47bn), or a bound it satisfies within a tenth ("over 300" for 322, "nearly 500" for 480).
    /// </summary>
    private static bool SameFigure(Quantity headline, Quantity other)
    {
        var h = headline.Value;
        var o = other.Value;
        if (Math.Abs(o - h) <= 1e-9 * Math.Max(1, Math.Abs(h))) return true;
        if (h <= 0 || o <= 0) return false;
        if (headline.Qualifier is QuantityQualifier.MoreThan or QuantityQualifier.AtLeast or QuantityQualifier.Nearly or QuantityQualifier.About
            && o >= headline.Low - 1e-9 && o <= headline.High + 1e-9 && Math.Abs(o - h) <= 0.1 * h) return true;
        // Rounding to the headline's digits, at most by 2.5% ("$9bn" is not the lede's $9.37bn: it is a value of its own).
        return Math.Abs(o - h) <= 0.025 * h && Math.Abs(RoundToSignificant(o, SignificantDigits(h)) - h) <= 1e-9 * h;
    }

    /// <summary>The significant digits of a round headline value (320 → 2, 2.5e9 → 2, 1,250 → 3); at least 1.</summary>
    private static int SignificantDigits(double value)
    {
        var digits = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var e = digits.IndexOfAny(ExponentMarks);
        if (e >= 0) digits = digits.Substring(0, e);
        digits = digits.Replace(".", string.Empty).TrimStart('0', '-').TrimEnd('0');
        return Math.Max(1, digits.Length);
    }

    private static readonly char[] ExponentMarks = { 'E', 'e' };

    private static double RoundToSignificant(double value, int digits)
    {
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) + 1 - digits);
        return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
    }

    /// <summary>
    /// A one-sentence paragraph that is only a frame: a source and a verb of saying or telling with nothing said ("Khan
    /// told reporters on Monday.", "The ministry said in a statement."); the paragraph after it is what was said.
    /// </summary>
    private bool BareFrame(int sentence)
    {
        if (_cues[sentence] is not { Count: > 0 } cues) return false;
        var s = _article.Sentences[sentence];
        var end = s.FirstToken + s.TokenCount;
        if (HasNumber(s.FirstToken, end)) return false;
        var words = 0;
        for (var k = s.FirstToken; k < end; k++)
        {
            if (_article.Tokens[k].IsWord && ++words > 12) return false;
            if (_article.Tokens[k].InQuotation) return false;
        }

        foreach (var cue in cues)
        {
            if (!cue.Speech || cue.Token < 0 || !_vocabulary.ClauseVerbs.Contains(_article.Tokens[cue.Token].Text) && !_vocabulary.AddresseeVerbs.Contains(_article.Tokens[cue.Token].Text)) continue;
            // Only the tag's own words follow the verb: an addressee ("told reporters", "told The News", "briefed the
            // committee") or a time or place ("said on Monday"); "tells us otherwise" says something.
            if (TagEnd(cue.Token, end) >= end && (AddresseeEndsSentence(cue.Token, end) && NamedAddressee(cue.Token + 1) || NothingSaidAfter(cue.Token, end))) return true;
        }

        return false;
    }

    private bool NamedAddressee(int k)
    {
        var token = _article.Tokens[k];
        return token.Text is "reporters" or "journalists" or "the" or "a" or "an" or "media" || token.IsCapitalized && token.IsWord;
    }

    /// <summary>After the verb only an adjunct of the telling: "on Monday", "in a statement", "at a news conference".</summary>
    private bool NothingSaidAfter(int verb, int end)
    {
        var tokens = _article.Tokens;
        var k = verb + 1;
        if (k < end && tokens[k].Text is "." or "!") return true;
        if (k >= end || !(tokens[k].Text is "on" or "in" or "at" or "during" or "while" or "after" or "yesterday" or "today" or "late" or "earlier" or "here" or "there")) return false;
        for (; k < end; k++)
        {
            if (tokens[k].Text is "that" or ":" or "\u201C" or "\"" || tokens[k].InQuotation) return false;
            if (tokens[k].IsWord && (_vocabulary.Verbs.Contains(tokens[k].Text) || IsAuxiliary(tokens[k].Text))) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the first sentence of a paragraph continues the account that a one-sentence reporting paragraph before it
    /// gives ("In a notification, the Finance Division said the new price takes effect on June 16." → "The rate for
    /// diesel was also increased by Rs7.95 …"). Scored: words of substance it shares with the report, and an additive
    /// ("also", "further") or a reference back, for; a topic shift ("Meanwhile", "Separately") or a time of its own
    /// (a new event) rules it out.
    /// </summary>
    private bool ContinuesAccount(int frame, int sentence, bool sameParagraph)
    {
        // No cue, source or hedge of its own ("Smith also promised …" is his own act's report), no time of its own.
        if (_timeAnchored[sentence] || _hedged[sentence] || _cues[sentence] is { Count: > 0 }) return false;
        var tokens = _article.Tokens;
        var s = _article.Sentences[sentence];
        var end = s.FirstToken + s.TokenCount;
        if (s.TokenCount == 0 || TopicShifts.Contains(tokens[s.FirstToken].Text) || tokens[s.FirstToken].InQuotation) return false;

        // "She also extended her thanks to the 400,000 workers": a sentence whose subject is a person pronoun tells what
        // someone did next (the actor of an act is not its source), not more of what was said. "At Boeing, …", "In
        // Lahore, …": a new place opens another account.
        if (OpensWithPersonPronoun(sentence) || tokens[s.FirstToken].Text is "It" || OpensWithPlace(sentence)) return false;
        var additive = _opensWithAnaphor[sentence];
        var f = _article.Sentences[frame];
        var frameWords = SubstantiveStems(f.FirstToken, f.FirstToken + f.TokenCount);

        // An additive or a reference back continues the account the report belongs to: the report and the paragraph it
        // sources (a wire lede, then "In a notification, the ministry said …"), so one word shared with either will do.
        var ledeWords = frameWords;
        var frameBlock = _article.Blocks[f.BlockIndex];
        if (sameParagraph)
        {
            // In one paragraph the account is the paragraph up to the figure's sentence.
            if (frameBlock.FirstSentence < frame) ledeWords = SubstantiveStems(_article.Sentences[frameBlock.FirstSentence].FirstToken, f.FirstToken);
        }
        else if (f.BlockIndex > 0 && _article.Blocks[f.BlockIndex - 1] is { IsProse: true, SentenceCount: > 0 } lede && lede.Kind != BlockKind.Heading)
        {
            ledeWords = SubstantiveStems(_article.Sentences[lede.FirstSentence].FirstToken, f.FirstToken);
        }

        var shared = 0;
        var sharedWithAccount = 0;
        foreach (var stem in SubstantiveStems(s.FirstToken, end))
        {
            if (frameWords.Contains(stem)) shared++;
            if (frameWords.Contains(stem) || ledeWords.Contains(stem)) sharedWithAccount++;
        }

        // A discourse additive stands near the head of its sentence ("Moreover, …", "The rate was also increased …");
        // one deep in it ("… which also remains a major obstacle") adds to its own clause.
        for (var k = s.FirstToken; k < end && k < s.FirstToken + AdditiveReach; k++)
        {
            // "Further, …" opens an addition; "has further drained" is an adverb of degree.
            if (tokens[k].IsWord && (Additives.Contains(tokens[k].Text) || k == s.FirstToken && tokens[k].Text is "Further" or "Furthermore")) additive = true;
        }

        // The score: words of substance shared with the frame, and the paragraph the two sentences share as one more
        // (labelled continuations: across a paragraph break three shared words are background as often as the account,
        // inside one paragraph they are the account).
        if (sameParagraph) shared += SameParagraphWeight;
        return additive ? sharedWithAccount >= 1 : shared >= SharedWordsToContinue;
    }

    /// <summary>What two sentences of one paragraph count for, in shared words, towards continuing an account.</summary>
    private const int SameParagraphWeight = 1;

    /// <summary>
    /// Words of substance a sentence must share with a one-sentence report paragraph to continue it with no additive:
    /// "the proposed Finance Bill … goods or services" shares five; background on the same topic shares two or three
    /// ("chemical agents", "dance music", "hourly … United States").
    /// </summary>
    private const int SharedWordsToContinue = 4;

    /// <summary>How many tokens from the head of a sentence a discourse additive may stand.</summary>
    private const int AdditiveReach = 12;

    private HashSet<string> SubstantiveStems(int from, int to)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var k = from; k < to; k++)
        {
            if (IsSubstantive(_article.Tokens[k])) stems.Add(Stem(_article.Tokens[k].Text));
        }

        return stems;
    }

    /// <summary>"He …", "She also …", "They …": a person pronoun as subject, who acts.</summary>
    private bool OpensWithPersonPronoun(int sentence)
    {
        var s = _article.Sentences[sentence];
        return s.TokenCount > 0 && _article.Tokens[s.FirstToken].Text is "He" or "She" or "They" or "We" or "I" or "You";
    }

    /// <summary>"At Boeing, …", "In Lahore, …": an opening place adverbial (a preposition and a name, then a comma).</summary>
    private bool OpensWithPlace(int sentence)
    {
        var s = _article.Sentences[sentence];
        var tokens = _article.Tokens;
        var k = s.FirstToken;
        var end = k + s.TokenCount;
        if (k + 2 >= end || !(tokens[k].Text is "At" or "In" or "Across" or "Outside" or "Inside" or "Near") || !tokens[k + 1].IsCapitalized) return false;
        for (var j = k + 1; j < end && j <= k + 6; j++)
        {
            if (tokens[j].Text == ",") return true;
            if (!tokens[j].IsWord) return false;
        }

        return false;
    }

    private static bool IsSubstantive(Token token) =>
        token.IsWord && token.Text.Length >= 4 && !FunctionWords.Contains(token.Text);

    /// <summary>A crude stem for matching words of substance across sentences ("taxes"/"tax", "proposed"/"proposal").</summary>
    private static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        foreach (var suffix in StemSuffixes)
        {
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal)) return w.Substring(0, w.Length - suffix.Length).TrimEnd('e');
        }

        return w.TrimEnd('e');
    }

    private static readonly string[] StemSuffixes = { "ations", "ation", "ings", "ing", "ies", "es", "ed", "al", "s" };

    private static readonly HashSet<string> Additives = AttributionVocabulary.Set("also", "moreover", "likewise", "too", "besides", "addition", "additionally");

    private static readonly HashSet<string> TopicShifts = AttributionVocabulary.Set(
        "Meanwhile", "Separately", "Similarly", "Elsewhere", "However", "But", "Earlier", "Last", "Previously", "Historically", "Overall", "Nationwide", "Globally");

    private static readonly HashSet<string> FunctionWords = AttributionVocabulary.Set(
        "that", "this", "these", "those", "with", "from", "have", "has", "had", "were", "been", "being", "will", "would", "could", "should", "which",
        "their", "there", "they", "them", "than", "then", "into", "over", "under", "about", "after", "before", "also", "said", "says", "told",
        "more", "most", "some", "such", "only", "other", "while", "when", "where", "what", "year", "years", "last", "next", "first", "per",
        "cent", "percent", "million", "billion", "thousand", "hundred", "crore", "lakh", "trillion", "each", "every", "since", "through", "during",
        "against", "between", "among", "both", "well", "including", "according", "added", "stated", "noted", "informed", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "government", "official", "officials");

    /// <summary>How many paragraphs under a headline (after its deck) may source the headline's figure.</summary>
    private const int LedeParagraphs = 2;

    private bool HasWord(Block block)
    {
        var tokens = _article.Tokens;
        var first = _article.Sentences[block.FirstSentence].FirstToken;
        var last = _article.Sentences[block.FirstSentence + block.SentenceCount - 1];
        var end = last.FirstToken + last.TokenCount;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord) return true;
        }

        return false;
    }

    /// <summary>The first word of the cue in the quantity's sentence whose reach holds it, or null (for the eval's decision trace).</summary>
    internal string? CueWordFor(Quantity quantity)
    {
        if (_cues[quantity.SentenceIndex] is not { } cues) return null;
        var token = quantity.FirstToken;
        foreach (var cue in cues)
        {
            if (cue.Scope == Scope.Sentence || cue.Scope == Scope.FromClause && token >= cue.ClauseStart
                || cue.Scope is Scope.Clause or Scope.Content && token >= cue.ClauseStart && token < cue.ClauseEnd)
                return cue.Token >= 0 ? _article.Tokens[cue.Token].Text : "(no token)";
        }

        return null;
    }

    /// <summary>The scope of the cue whose reach holds the token, or null when none in its sentence does.</summary>
    private string? CoveredInSentence(int sentence, int token)
    {
        if (_cues[sentence] is not { } cues) return null;
        foreach (var cue in cues)
        {
            switch (cue.Scope)
            {
                case Scope.Sentence:
                    return "in-sentence:sentence";
                case Scope.FromClause when token >= cue.ClauseStart:
                    return "in-sentence:from-clause";
                case Scope.Clause when token >= cue.ClauseStart && token < cue.ClauseEnd:
                    return "in-sentence:clause";
                case Scope.Content when token >= cue.ClauseStart && token < cue.ClauseEnd:
                    return "in-sentence:content";
            }
        }

        return null;
    }

    private void Scan(Sentence sentence, AttributionVocabulary vocabulary)
    {
        // Built once per vocabulary and shared by every thread's maps: published safely.
        var sentenceCheckWords = LazyInitializer.EnsureInitialized(ref vocabulary.SentenceCheckWords, () => SentenceCheckWordsOf(vocabulary))!;
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
            // Past the first word, every check below starts at a word of one of these lists: one lookup rules out the rest.
            if (i != first && !sentenceCheckWords.Contains(token.Text)) continue;
            if (DataNouns.Contains(token.Text) || (i == first && Anaphors.Contains(token.Text))) refersBack = true;
            if (i == first && (Anaphors.Contains(token.Text) || token.Text is "Of" && i + 1 < end && Anaphors.Contains(tokens[i + 1].Text)
                               || token.Text is "The" && i + 1 < end && DataNouns.Contains(tokens[i + 1].Text)))
                _opensWithAnaphor[sentence.Index] = true;
            if (IsHedge(i, first, end)) _hedged[sentence.Index] = true;
            if (IsTimeAnchor(i, first, end)) _timeAnchored[sentence.Index] = true;
            if (token.Text.Equals("respondents", StringComparison.OrdinalIgnoreCase)
                || i + 1 < end && RespondentHeads.Contains(token.Text) && RespondentVerbs.Contains(tokens[i + 1].Text))
                _respondents[sentence.Index] = true;
        }

        if (_cues[sentence.Index] is { Count: > 0 })
        {
            // The reach of a frame: only a cue that reports a proposition runs on into the next sentence. An opinion,
            // forecast or argument ("Polls are predicting a dead heat", "critics argue cuts will hurt") gives one view:
            // it runs on while the next sentence continues it, but an event the next sentence dates ("… won on May 18")
            // is the writer's report.
            var clausal = false;
            var reports = false;
            foreach (var cue in _cues[sentence.Index]!)
            {
                clausal |= cue.Clausal;
                reports |= cue.Clausal && !(cue.Token >= 0 && _vocabulary.OpinionVerbs.Contains(_article.Tokens[cue.Token].Text));
                if (cue.Scope == Scope.Content && cue.Speech && HasNumber(cue.ClauseStart, cue.ClauseEnd)) _figureFrame[sentence.Index] = true;
            }

            _carriesForward[sentence.Index] = clausal && quoted * 2 < words;
            _opinionFrame[sentence.Index] = clausal && !reports;
            foreach (var cue in _cues[sentence.Index]!)
            {
                if (cue.Scope == Scope.Content && cue.Clausal && cue.Speech && cue.ClauseStart == first && cue.ClauseEnd == cue.Token && quoted == 0 && TagEndsSentence(cue.Token, end))
                    _endsWithTag[sentence.Index] = true;
            }
            // A sentence that gives figures of its own ("First estimates by the World Bank set the aid at $5bn")
            // reports its own claim; only one about the figures before ("The figures were released by …") reaches back.
            // Only a sentence that opens on the data ("The figures were released by …", "These estimates come from …")
            // names their source: one that opens on anything else ("This lends credence …", "Both sides reiterated …")
            // speaks of the claim or event, not of where the numbers come from (labelled: 4 of 5 such were unsourced).
            _carriesBackward[sentence.Index] = refersBack && OpensOnData(first, end) && !HasNumber(first, end);
        }
    }

    /// <summary>
    /// A time of the sentence's own: a weekday, a month beside a day or year ("on May 18", "in June 2021"), a year after
    /// "in", "since" or "during", "yesterday", or "last"/"this" before a period ("last week").
    /// </summary>
    private bool IsTimeAnchor(int i, int first, int end)
    {
        // Called for every token of every sentence: case-insensitive set lookups, no lower-cased copies.
        var tokens = _article.Tokens;
        var text = tokens[i].Text;
        if (!TimeAnchorWords.Contains(text)) return false;
        if (Weekdays.Contains(text) || text.Equals("yesterday", StringComparison.OrdinalIgnoreCase)) return true;
        if (MonthNames.Contains(text) && tokens[i].IsCapitalized && i > first && MonthLeads.Contains(tokens[i - 1].Text)) return true;
        if (RelativeLeads.Contains(text) && i + 1 < end && RelativePeriods.Contains(tokens[i + 1].Text)) return true;
        if (MonthNames.Contains(text) && tokens[i].IsCapitalized
            && (i + 1 < end && tokens[i + 1].Kind == TokenKind.Number || i > first && tokens[i - 1].Kind == TokenKind.Number)) return true;
        return YearLeads.Contains(text) && i + 1 < end && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Text.Length == 4
               && int.TryParse(tokens[i + 1].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099;
    }

    private static readonly HashSet<string> MonthLeads = AttributionVocabulary.Set("in", "late", "early", "mid", "since");
    private static readonly HashSet<string> RelativeLeads = AttributionVocabulary.Set("last", "this");
    private static readonly HashSet<string> RelativePeriods = AttributionVocabulary.Set("week", "month", "year", "weekend", "night", "season", "quarter");
    private static readonly HashSet<string> YearLeads = AttributionVocabulary.Set("in", "since", "during");

    private static readonly HashSet<string> Weekdays = AttributionVocabulary.Set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday's", "Tuesday's", "Wednesday's", "Thursday's", "Friday's", "Saturday's", "Sunday's");

    private static readonly HashSet<string> MonthNames = AttributionVocabulary.Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    /// <summary>Every word a time anchor starts at (<see cref="IsTimeAnchor"/> checks every token): one lookup rules out the rest.</summary>
    private static readonly HashSet<string> TimeAnchorWords = TimeAnchorWordsOf();

    private static HashSet<string> TimeAnchorWordsOf()
    {
        var words = AttributionVocabulary.Set("yesterday");
        foreach (var set in new[] { Weekdays, MonthNames, RelativeLeads, YearLeads, MonthLeads }) words.UnionWith(set);
        return words;
    }

    /// <summary>Nothing but the tag's own words follow its verb ("…, he said on Monday.").</summary>
    /// <summary>Nothing but the tag's own words follow its verb ("…, he said on Monday."), and a comma or closing quotation
    /// mark sets the tag off from the content (not "… before the minister informed the world.").</summary>
    private bool TagEndsSentence(int verb, int end)
    {
        if (TagEnd(verb, end) < end) return false;
        var tokens = _article.Tokens;
        var words = 0;
        for (var k = verb - 1; k >= 0 && words <= 6; k--)
        {
            if (tokens[k].Text is "," or "”" or "\"" or "’") return words > 0 || tokens[k].Text != ",";
            if (!tokens[k].IsWord) return false;
            words++;
        }

        return false;
    }

    /// <summary>A sentence with a cue that ends in a colon ("The revised estimates reveal the challenges:"): it
    /// introduces the figures under it.</summary>
    private bool IntroducesList(int sentence)
    {
        if (_cues[sentence] is not { Count: > 0 }) return false;
        var s = _article.Sentences[sentence];
        var last = s.FirstToken + s.TokenCount - 1;
        return last >= s.FirstToken && _article.Tokens[last].Text == ":";
    }

    /// <summary>The sentence holds a report of its own (a cue that reports a proposition): it speaks for itself.</summary>
    private bool ReportsOwnClaim(int sentence)
    {
        if (_cues[sentence] is not { } cues) return false;
        foreach (var cue in cues)
        {
            if (cue.Clausal) return true;
        }

        return false;
    }

    private static readonly HashSet<string> DataNouns = AttributionVocabulary.Set(
        "figure", "figures", "data", "statistics", "stats", "number", "numbers", "toll", "tally", "estimate", "estimates", "count", "totals", "total");

    private static readonly HashSet<string> Anaphors = AttributionVocabulary.Set("this", "these", "those", "that", "such", "both");

    /// <summary>"The figures …", "These latest estimates …": a determiner, then a data noun within three words.</summary>
    private bool OpensOnData(int first, int end)
    {
        var tokens = _article.Tokens;
        if (first >= end || !(tokens[first].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || Anaphors.Contains(tokens[first].Text))) return false;
        for (var k = first + 1; k < end && k <= first + 3; k++)
        {
            if (DataNouns.Contains(tokens[k].Text)) return true;
            if (!tokens[k].IsWord) return false;
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

    private bool SurveyNamedBefore(int sentence, Block block)
    {
        var from = block.Index > 0 && _article.Blocks[block.Index - 1].IsProse ? _article.Blocks[block.Index - 1].FirstSentence : block.FirstSentence;
        for (var k = sentence - 1; k >= from; k--)
        {
            if (_documentCue[k]) return true;
        }

        return false;
    }

    /// <summary>The words <see cref="Scan"/>'s per-word checks start at past a sentence's first word (ignoring case, as
    /// every one of those lists does).</summary>
    private static HashSet<string> SentenceCheckWordsOf(AttributionVocabulary vocabulary)
    {
        var words = AttributionVocabulary.Set("reportedly", "allegedly", "respondents");
        words.UnionWith(DataNouns);
        words.UnionWith(vocabulary.Hedges);
        words.UnionWith(TimeAnchorWords);
        words.UnionWith(RespondentHeads);
        return words;
    }

    private static readonly HashSet<string> RespondentHeads = AttributionVocabulary.Set("those", "people", "adults", "voters", "users", "consumers");
    private static readonly HashSet<string> RespondentVerbs = AttributionVocabulary.Set("questioned", "polled", "surveyed", "asked", "interviewed", "quizzed", "sampled");

    /// <summary>Back over the items of a bulleted list (up to 20) to a one-sentence lead-in whose cue ends in a colon.</summary>
    private bool ListLeadInFrames(int blockIndex)
    {
        for (var b = blockIndex - 1; b >= 0 && b >= blockIndex - 20; b--)
        {
            var block = _article.Blocks[b];
            if (!block.IsProse || block.SentenceCount == 0) return false;
            if (StartsWithBullet(block)) continue;
            return block.SentenceCount == 1 && IntroducesList(block.FirstSentence);
        }

        return false;
    }

    /// <summary>A list item: a paragraph that opens with a bullet ("--", "-", "–", "—", "*", "•").</summary>
    private bool StartsWithBullet(Block block)
    {
        var text = _article.Text;
        var k = FirstVisible(block);
        return k + 1 < block.Span.End && text[k] is '-' or '\u2013' or '\u2014' or '*' or '\u2022' && (text[k + 1] == ' ' || text[k] == '-' && text[k + 1] == '-');
    }

    private bool StartsWithStraightSingleQuote(Block block)
    {
        var text = _article.Text;
        var k = FirstVisible(block);
        return k + 1 < block.Span.End && text[k] == '\'' && char.IsLetter(text[k + 1]);
    }

    private int[]? _closesUnopened;

    /// <summary>
    /// Where a quotation that opened in the paragraph before closes in this one: the offset of the block's first quotation
    /// mark when that mark closes (a curly closing mark, or a straight one after a letter or punctuation and before a space,
    /// punctuation or the end) and the paragraph before leaves a quotation open (more curly opening marks than closing ones,
    /// or an odd number of straight ones); -1 otherwise. Read once per block.
    /// </summary>
    private int ClosesUnopenedQuotation(Block block)
    {
        _closesUnopened ??= new int[_article.Blocks.Count];
        ref var slot = ref _closesUnopened[block.Index];
        if (slot == 0) slot = ComputeClosesUnopened(block) + 2;
        return slot - 2;
    }

    private int ComputeClosesUnopened(Block block)
    {
        var text = _article.Text;
        var previous = _article.Blocks[block.Index - 1];
        if (!block.IsProse || !previous.IsProse) return -1;
        var first = -1;
        for (var k = block.Span.Start; k < block.Span.End; k++)
        {
            if (text[k] is '"' or '\u201C' or '\u201D') { first = k; break; }
        }

        if (first < 0) return -1;
        var closing = text[first] == '\u201D'
                      || text[first] == '"' && first > block.Span.Start && !char.IsWhiteSpace(text[first - 1])
                                            && (first + 1 >= block.Span.End || char.IsWhiteSpace(text[first + 1]) || char.IsPunctuation(text[first + 1]));
        if (!closing) return -1;
        var opens = 0;
        var closes = 0;
        var straight = 0;
        for (var k = previous.Span.Start; k < previous.Span.End; k++)
        {
            switch (text[k])
            {
                case '\u201C': opens++; break;
                case '\u201D': closes++; break;
                case '"': straight++; break;
            }
        }

        var leftOpen = text[first] == '"' ? straight % 2 == 1 : opens > closes;
        return leftOpen ? first : -1;
    }

    /// <summary>The offset of the block's first character that is not white space (its end when there is none).</summary>
    private int FirstVisible(Block block)
    {
        var text = _article.Text;
        var k = block.Span.Start;
        while (k < block.Span.End && char.IsWhiteSpace(text[k])) k++;
        return k;
    }

    private bool StartsWithQuote(Block block)
    {
        var text = _article.Text;
        var k = FirstVisible(block);
        return k < block.Span.End && text[k] is '"' or '\u201C' or '`' or '\'' or '\u2018';
    }

    /// <summary>
    /// Headlines of the form "…: UNHCR" or "…: Asif": a short capitalised source after the last colon; or a short
    /// common-noun source there, as headlines write one in lower case ("…: police", "…: economic survey"). A bare
    /// document ("…: report", "…: new study") names no one and is a hedge, so a document needs a word of its own before it.
    /// </summary>
    private static bool HeadingNamesSource(Article article, Block block, AttributionVocabulary vocabulary)
    {
        if (HeadingTailIsSourceNoun(article, block, vocabulary)) return true;
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

    private static readonly HashSet<string> GenericModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "new", "latest", "recent", "another", "one", "some", "this", "that", "its", "their", "official",
        "unofficial", "local", "media", "press", "news",
    };

    private static bool HeadingTailIsSourceNoun(Article article, Block block, AttributionVocabulary vocabulary)
    {
        var text = article.Text;
        var colon = text.LastIndexOf(':', block.Span.End - 1, block.Span.Length);
        if (colon < 0) return false;
        var tail = text.Substring(colon + 1, block.Span.End - colon - 1).Trim().TrimEnd('.');
        if (tail.Length == 0 || tail.Length > 40) return false;
        var words = tail.Split(AttributionVocabulary.Space, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4) return false;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '-' and not '\'' and not '\u2019') return false;
            }
        }

        var last = words[words.Length - 1].ToLowerInvariant();
        if (vocabulary.SourceNouns.Contains(last) && last.Length > 4) return true;  // not a pronoun ("…: they")
        return words.Length >= 2 && vocabulary.IsDocumentNoun(last) && !GenericModifiers.Contains(words[words.Length - 2]);
    }
}
