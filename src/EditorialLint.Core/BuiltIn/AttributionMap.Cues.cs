using System;
using System.Collections.Generic;
using System.Threading;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// The cue and source seam of the attribution model: which words are cues where they stand (a verb used as a verb,
/// a phrase, a document noun), and whether a cue has a source (an agent, an inverted or passive "by" agent, a document
/// subject) or is an agentless hedge. Reads the <see cref="Article"/> only.
/// </summary>
internal sealed partial class AttributionMap
{
    /// <summary>"reportedly", "it has been learnt", "is estimated to", "are expected to": a claim hedged with no one behind it.</summary>
    private bool IsHedge(int i, int first, int end)
    {
        var tokens = _article.Tokens;
        var text = tokens[i].Text;
        if (text.Equals("reportedly", StringComparison.OrdinalIgnoreCase) || text.Equals("allegedly", StringComparison.OrdinalIgnoreCase)) return true;
        if (!_vocabulary.Hedges.Contains(text) || i == first) return false;

        // "an estimated 1.7 million", "The estimated benefit is …": the participle before its noun.
        if (tokens[i - 1].Text is "an" or "An" or "the" or "The") return true;

        // "deals expected to break through £5bn", "…, estimated to be 23 to 46": a reduced passive before "to".
        if (i + 1 < end && tokens[i + 1].Text == "to" && (tokens[i - 1].Text == ","
            || tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && !_vocabulary.SourceNouns.Contains(tokens[i - 1].Text) && !PassiveAuxiliaries.Contains(tokens[i - 1].Text)
               && !Adverbs.Contains(tokens[i - 1].Text) && !NotAgents.Contains(tokens[i - 1].Text)))
            return true;
        if (!IsAgentlessPassive(i, first, end)) return false;
        for (var k = i + 1; k < end && k <= i + 4; k++)
        {
            if (tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>A participle right after a form of "be" (one adverb may stand between: "has been widely put at").</summary>
    private bool AfterPassiveAuxiliary(int i, int first)
    {
        var tokens = _article.Tokens;
        var p = i - 1;
        if (p > first && Adverbs.Contains(tokens[p].Text) && !PassiveAuxiliaries.Contains(tokens[p].Text)) p--;
        return p >= first && PassiveAuxiliaries.Contains(tokens[p].Text);
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
        // Every check after the phrase matchers starts at a word of one of these lists (built once per vocabulary, shared
        // by every thread's maps: published safely).
        var cueStartWords = LazyInitializer.EnsureInitialized(ref vocabulary.CueStartWords, () => CueStartWordsOf(vocabulary))!;
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
                // "according to reports", "according to statistics": a bare document names no one; it hedges its sentence.
                if (UnnamedDocumentSource(after, end))
                {
                    _hedged[sentence.Index] = true;
                    continue;
                }

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
            // Most words start no cue: one lookup rules them out.
            if (!cueStartWords.Contains(lower)) continue;
            if (lower.Equals("citing", StringComparison.OrdinalIgnoreCase) || lower.Equals("quoting", StringComparison.OrdinalIgnoreCase))
            {
                if (i + 1 < end && tokens[i + 1].Kind == TokenKind.Word)
                    Add(sentence, clauseStart, end, Scope.Sentence, speech: false, i);
                continue;
            }

            // "He questioned why only two hospitals serve 3 million people", "asked whether …": a verb of asking reports
            // the indirect question it governs; with a plain object it is an act ("police questioned 40 suspects").
            if (_vocabulary.QuestionVerbs.Contains(lower) && QuestionStart(i, end) is var question and > 0 && HasAgent(i, first, end))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;
                AddFrom(sentence, question, end, speech: true, i);
                continue;
            }

            // "The ministry conceded that 40 …", "advised the board that …": a verb that attributes only before the clause
            // it governs reports that clause; with a plain object it is an act ("confessed to three slayings").
            // Inside a quotation ("… with pride and the hope that …,'' Aziz told …") the quotation's tag is the source.
            // A form that is as often a plural noun ("bought shares that rose 40%") is a verb only after a pronoun or a name.
            if (_vocabulary.ThatVerbs.Contains(lower) && !vocabulary.Verbs.Contains(lower) && !tokens[i].InQuotation
                && !(_vocabulary.NounForms.Contains(lower) && !(i > first && (tokens[i - 1].Text is "he" or "she" or "it" or "He" or "She" or "It" || i - 1 > first && tokens[i - 1].IsCapitalized)))
                && ThatClauseStart(i, end) is var that and > 0 && HasAgent(i, first, end))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;
                // Not clausal: its content ends at a clause of its own ("…, but …") and does not run on into the next sentence,
                // unless the verb is also one of saying ("The spokesperson shared that …": the clauseVerbs).
                AddFrom(sentence, that, end, speech: true, i, clausal: vocabulary.ClauseVerbs.Contains(lower));
                continue;
            }

            // "Sony's president made a prediction that 20 million households …", "issued a warning that …": a claim noun
            // that a verb with an agent makes, gives or issues reports the clause after it.
            if (_vocabulary.ClaimNouns.Contains(lower) && i + 1 < end && tokens[i + 1].Text == "that" && GivesClaimNoun(i, first, end))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;
                AddFrom(sentence, i + 1, end, speech: true, i, clausal: true);
                continue;
            }

            // "The government's projection of a growth rate of 4.2% …", "Pakistan's estimate of 1,200 deaths": a claim noun
            // whose possessor can say something states what its "of" phrase holds, and the possessor is its source. Only
            // the "of" phrase onward: "inflation rose to 3.5%, above the ministry's projection of 4%" is the writer's 3.5%.
            if (_vocabulary.ClaimNouns.Contains(lower) && i + 2 < end && tokens[i + 1].Text == "of" && PossessiveSource(i - 1, first))
            {
                Add(sentence, i + 1, end, Scope.Clause, speech: false, i);
                continue;
            }

            // "figures from the PBS", "data released by the ministry", "the PBS's survey".
            if (_vocabulary.IsDocumentNoun(lower) && !AfterTimePreposition(i, first) && TryDocumentSource(i, end))
            {
                Add(sentence, clauseStart, end, Scope.Clause, speech: false, i);
                _documentCue[sentence.Index] = true;
                continue;
            }

            // "In April, the envoy continued, 54 …", "…, she concluded.": a verb that attributes only as a tag set off
            // by commas speaks for the sentence around it.
            if (vocabulary.TagVerbs.Contains(lower) && IsParentheticalTag(i, first, end))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;
                Add(sentence, first, i, Scope.Content, speech: true, i, clausal: true);
                var tagEnd = TagEnd(i, end);
                if (tagEnd < end) Add(sentence, tagEnd, end, Scope.Content, speech: true, i, clausal: true);
                continue;
            }

            // "The mayor was commenting on the unlawful detention of 11 people": a verb of comment with "on" takes
            // a topic, not a content; what the topic states is not what the speaker says ("commented on Monday that …"
            // still reports).
            if (TopicVerbs.Contains(lower) && i + 2 < end && tokens[i + 1].Text is "on" or "upon" && !(tokens[i + 2].IsCapitalized && tokens[i + 2].Text.EndsWith("day", StringComparison.Ordinal)))
                continue;

            // "Malik calls for a £2.5bn flood fund", "Sara Malik has called on wealthy states to pay for a £2.5bn plan": a
            // demand (the definition's `demanded`, `urged`) made with the particle of "call"; what is called for is its
            // content. "called a meeting", "a town called Hyde" and a passive "was called for" are not demands.
            if (IsDemandCall(i, end) && !(i > first && PassiveAuxiliaries.Contains(tokens[i - 1].Text)) && HasAgent(i, first, end))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;
                AddFrom(sentence, i + 1, DemandEnd(i + 1, end), speech: true, i);
                continue;
            }

            // "The opposition accused the army of killing 12 villagers", "Prosecutors charged the clerk with stealing $40,000": a
            // verb of accusing with an agent makes what the accused is said to have done the agent's claim, from the preposition
            // after the object. A passive needs its "by" agent: "was charged with stealing $40,000" names no accuser.
            if (_vocabulary.AccusationVerbs.Contains(lower) && !tokens[i].InQuotation && AccusationContent(i, end) is var charge and > 0
                && (AfterPassiveAuxiliary(i, first) ? HasByAgent(i, end) : HasAgent(i, first, end)))
            {
                AddFrom(sentence, charge, AccusationEnd(charge, end), speech: true, i);
                continue;
            }

            // "The cost, Rs45 billion, was mentioned in the budget", "300 posts are listed in the report", "as stated in the
            // ministry's notice": a participle of a cue verb whose place is a named document ("in the/its/the ministry's …
            // <document>") makes that document the source of its clause. An agent before the verb ("the minister mentioned in
            // his speech that …") is read below as a frame.
            if (IsStatedInDocument(i, first, end))
            {
                Add(sentence, clauseStart, end, Scope.Clause, speech: false, i);
                continue;
            }

            var isVerbForm = vocabulary.Verbs.Contains(lower) || _vocabulary.IsDocumentVerb(lower);
            if (isVerbForm && !IsVerbUse(i, first, end)) continue;
            // "Recent polls indicate that …", "Research suggests …": an evidence verb whose subject is a bare document
            // names no one; it hedges its sentence below, whatever else the verb can do.
            if (vocabulary.Verbs.Contains(lower) && !(_vocabulary.IsDocumentVerb(lower) && i > first && UnnamedDocumentSubject(i, first)) && HasAgent(i, first, end))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;

                // The cue's content: a tag ("…, police said.") speaks for its sentence but not for its own trailing
                // words ("…,” she told an audience of 500,000"); a frame ("Police said 40 …", "The minister, who
                // opened 12 schools, said …") for what follows the verb only, so a figure in the subject or in a
                // clause before it is another claim.
                if (IsTag(i, end))
                {
                    // What follows the tag's own words continues the content ("…, he said, and 40 were injured"),
                    // unless it describes the agent ("…, said X of the trust, which paid for the survey, co-written by 11 …").
                    var tagEnd = TagEnd(i, end);
                    Add(sentence, first, i, Scope.Content, speech: true, i, clausal: true);
                    if (tagEnd < end && !(tokens[tagEnd].Text is "which" or "who" or "whose" or "where")) Add(sentence, tagEnd, end, Scope.Content, speech: true, i, clausal: true);
                }
                else
                {
                    var content = ContentStart(i, end);
                    var clausal = IsClausal(i, content, end);
                    // "When the department proposed new rules, 280,000 people filed comments": a cue inside an opening
                    // adverbial clause governs that clause only; the main clause after its comma is the writer's.
                    if (OpeningSubordinateEnd(i, first) is var subordinateEnd and > 0)
                        (_cues[sentence.Index] ??= new List<Cue>(2)).Add(new Cue(content, subordinateEnd, Scope.Content, speech: true, i, clausal));
                    else AddFrom(sentence, content, RelativeThatContentEnd(i, first, end), speech: true, i, clausal);

                    // "While margins are up 1 percent, Schultz said profits fell": a fronted concessive clause right before
                    // the agent belongs to the reported clause it qualifies.
                    if (clausal && FrontedConcessiveEnd(i, first) is var fronted and > 0)
                        (_cues[sentence.Index] ??= new List<Cue>(2)).Add(new Cue(first, fronted, Scope.Content, speech: true, i, clausal: true));
                }

                NoteDocument(sentence, i);
                continue;
            }

            // "Storm losses have been put at $48 million by the institute", "losses were estimated at … by the bank":
            // an evidence verb in the passive with its "by" agent covers its clause.
            if (_vocabulary.IsDocumentVerb(lower) && AfterPassiveAuxiliary(i, first) && HasByAgent(i, end))
            {
                Add(sentence, clauseStart, end, Scope.Clause, speech: false, i, clausal: true);
                continue;
            }

            // "Clinic staff now put the number of wounded at more than 300": a measuring verb of a source.
            // "The ministry puts the toll at 40", "Qureshi pegs it at about 3 percent": a measuring verb whose object is
            // valued "at" a figure states the agent's own estimate, whoever the agent is.
            if (_vocabulary.IsDocumentVerb(lower) && !_vocabulary.Verbs.Contains(lower) && (HasSourceNounSubject(i, first) || PutVerbs.Contains(lower) && ValuedAt(i, end) && HasAgent(i, first, end)))
            {
                _blockHasSpeech[sentence.BlockIndex] = true;
                AddFrom(sentence, i, end, speech: true, i, clausal: true);
                continue;
            }

            // "Figures show that …", "Research suggests …": data with no one named hedges its sentence.
            if (_vocabulary.IsDocumentVerb(lower) && i > first && UnnamedDocumentSubject(i, first)) _hedged[sentence.Index] = true;

            if (_vocabulary.IsDocumentVerb(lower) && HasDocumentSubject(i, first))
            {
                Add(sentence, clauseStart, end, IsFrame(first, clauseStart, i) ? Scope.FromClause : Scope.Clause, speech: false, i, clausal: true);
                _documentCue[sentence.Index] = true;
            }
        }
    }

    /// <summary>"calls for", "called on … to", "calling upon … to": a finite or participial form of "call" with the
    /// particle of a demand (an "on" or "upon" needs the "to" of what is demanded within eight words, before any comma).</summary>
    private bool IsDemandCall(int i, int end)
    {
        var tokens = _article.Tokens;
        var word = tokens[i].Text;
        if (!(word.Equals("call", StringComparison.OrdinalIgnoreCase) || word.Equals("calls", StringComparison.OrdinalIgnoreCase)
              || word.Equals("called", StringComparison.OrdinalIgnoreCase) || word.Equals("calling", StringComparison.OrdinalIgnoreCase)) || i + 2 >= end) return false;
        // "call" and "calls" are also nouns ("renewed calls for a 40% cut", "a call for 500 volunteers"), and "called" a
        // participle ("the documents called for examination"): a finite verb needs an auxiliary ("have called", "will call")
        // or a subject that names someone right before it ("Malik calls for", "officials call for", "the FPCCI called for").
        // A plan or an agreement that "calls for" names no one ("Plans call for another 40 rangers").
        if (!tokens[i].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            var p = i - 1;
            while (p >= 0 && tokens[p].SentenceIndex == tokens[i].SentenceIndex && Adverbs.Contains(tokens[p].Text) && !IsAuxiliary(tokens[p].Text)) p--;
            if (p < 0 || tokens[p].SentenceIndex != tokens[i].SentenceIndex) return false;
            var subject = tokens[p];
            if (!(subject.IsWord && (subject.IsCapitalized || subject.IsAllCaps || _vocabulary.SourceNouns.Contains(subject.Text)) && !NotAgents.Contains(subject.Text)
                  || IsAuxiliary(subject.Text) && subject.Text != "to")) return false;
            // A capital that only opens the sentence may be an adjective or a plain noun ("Renewed calls for …", "Plans call
            // for …"): there, only a name that is no plural noun, or a source noun, is a subject.
            if (p == _article.Sentences[tokens[i].SentenceIndex].FirstToken && !subject.IsAllCaps && !_vocabulary.SourceNouns.Contains(subject.Text)
                && (subject.Text.EndsWith("ed", StringComparison.Ordinal) || subject.Text.EndsWith("ing", StringComparison.Ordinal) || subject.Text.EndsWith("s", StringComparison.Ordinal)
                    || CallAdjectives.Contains(subject.Text))) return false;
        }

        var particle = tokens[i + 1].Text;
        if (particle.Equals("for", StringComparison.OrdinalIgnoreCase)) return tokens[i + 2].IsWord || tokens[i + 2].Kind == TokenKind.Number || tokens[i + 2].Text is "$" or "£" or "€";
        if (!(particle.Equals("on", StringComparison.OrdinalIgnoreCase) || particle.Equals("upon", StringComparison.OrdinalIgnoreCase))) return false;
        for (var k = i + 2; k < end && k <= i + 10; k++)
        {
            if (tokens[k].Text == "to") return k > i + 2;
            if (!tokens[k].IsWord) return false;
        }

        return false;
    }

    /// <summary>
    /// Where what a demand asks for ends: at an adjunct of the act of asking ("Traders have called for an audit,
    /// following the utilities' request for Rs120 billion", "calls for tax changes as the illicit trade's share hits 40%"), whose
    /// clause is the writer's, not the demand.
    /// </summary>
    private int DemandEnd(int from, int end)
    {
        var tokens = _article.Tokens;
        for (var k = from + 1; k < end; k++)
        {
            var text = tokens[k].Text;
            if (DemandAdjuncts.Contains(text)) return k;
            // "as" opening a clause ("as market share hits 58%"); not "such as", "as much as", "as well as".
            if (text == "as" && k + 1 < end && tokens[k - 1].IsWord && !(tokens[k - 1].Text is "such" or "as" or "so" or "well" or "same")
                && tokens[k + 1].IsWord && !(tokens[k + 1].Text is "much" or "many" or "well" or "long" or "soon" or "part" or "a" or "an" or "high" or "low" or "little" or "far")) return k;
        }

        return end;
    }

    /// <summary>Determiners and possessives after which an -ing form is a noun ("the ruling", "This ruling", "its ruling"), in any case.</summary>
    private static readonly HashSet<string> NounDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    };

    private static readonly HashSet<string> DemandAdjuncts = AttributionVocabulary.Set(
        "following", "amid", "despite", "because", "while", "whereas", "after", "since");

    private static readonly HashSet<string> CallAdjectives = AttributionVocabulary.Set(
        "new", "fresh", "further", "more", "many", "several", "similar", "earlier", "recent", "louder", "public", "frequent", "urgent", "such");

    /// <summary>Where the indirect question after a verb of asking starts ("questioned why", "asked the minister
    /// whether"): a wh-word or "if" within five words, before any number, comma or "that"; -1 when there is none.</summary>
    private int QuestionStart(int verb, int end)
    {
        var tokens = _article.Tokens;
        for (var k = verb + 1; k < end && k <= verb + 5; k++)
        {
            if (QuestionWords.Contains(tokens[k].Text)) return k;
            if (!tokens[k].IsWord || tokens[k].Text.Equals("that", StringComparison.OrdinalIgnoreCase)) return -1;
        }

        return -1;
    }

    private static readonly HashSet<string> QuestionWords = AttributionVocabulary.Set("why", "whether", "how", "if", "what", "when", "where", "who");

    /// <summary>"made a prediction that", "issued a stern warning that", "gave an assurance that": a verb of making or giving
    /// (at most three words before the noun: a determiner, adjectives) with an agent of its own.</summary>
    private bool GivesClaimNoun(int noun, int first, int end)
    {
        var tokens = _article.Tokens;
        for (var k = noun - 1; k >= first && k >= noun - 4; k--)
        {
            if (!tokens[k].IsWord) return false;
            if (ClaimGivingVerbs.Contains(tokens[k].Text)) return HasAgent(k, first, end);
            if (tokens[k].IsCapitalized && !(tokens[k].Text is "A" or "An" or "The")) return false;
        }

        return false;
    }

    private static readonly HashSet<string> ClaimGivingVerbs = AttributionVocabulary.Set(
        "make", "makes", "made", "making", "give", "gives", "gave", "given", "giving", "issue", "issues", "issued", "issuing", "express", "expresses",
        "expressed", "expressing", "voice", "voices", "voiced", "voicing", "offer", "offers", "offered", "offering", "repeat", "repeats", "repeated",
        "repeating", "reiterate", "reiterates", "reiterated", "reiterating", "sound", "sounded", "put", "puts", "putting", "advance", "advanced");

    /// <summary>
    /// "While margins are up 1 percent in 1999, Schultz said profits fell": a sentence that opens with a concessive or
    /// contrastive subordinator and whose comma is followed by a short agent (up to five words) and the verb. Returns the
    /// comma; -1 when the sentence has no such shape. A temporal clause ("When police arrived, …") tells the writer's
    /// story, so only contrast counts.
    /// </summary>
    private int FrontedConcessiveEnd(int verb, int first)
    {
        var tokens = _article.Tokens;
        var opener = tokens[first].Text;
        if (!(opener is "While" or "Although" or "Though" or "Whereas" || opener == "Even" && first + 1 < verb && tokens[first + 1].Text == "though")) return -1;
        var words = 0;
        for (var k = verb - 1; k > first + 1; k--)
        {
            if (tokens[k].Text == ",")
            {
                if (words is 0 or > 5) return -1;
                // The comma must close the fronted clause: it is the sentence's first. A clause that hedges itself
                // ("While over 300 have reportedly been upgraded, leaders say …") is the writer's, not the speaker's.
                for (var j = first + 1; j < k; j++)
                {
                    if (tokens[j].Text is "," or ";" or ":" or "\u2014" or "\u2013" || tokens[j].IsWord && IsHedge(j, first, k)) return -1;
                }

                return k;
            }

            if (!tokens[k].IsWord || tokens[k].Text is "who" or "which" or "and" or "but") return -1;
            words++;
        }

        return -1;
    }

    /// <summary>
    /// "When the department proposed new rules, more than 280,000 people filed comments": the comma that closes an
    /// adverbial clause of time, condition, cause or concession opening the sentence, when the cue verb at
    /// <paramref name="verb"/> stands inside it; -1 otherwise. "As the minister said, …" is a parenthetical source for the
    /// main clause, so "As" does not open such a clause here.
    /// </summary>
    private int OpeningSubordinateEnd(int verb, int first)
    {
        var tokens = _article.Tokens;
        if (verb <= first + 1 || !Subordinators.Contains(tokens[first].Text) || !tokens[first].IsCapitalized) return -1;
        var end = _article.Sentences[tokens[verb].SentenceIndex].FirstToken + _article.Sentences[tokens[verb].SentenceIndex].TokenCount;
        for (var k = first + 1; k < verb; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" or "\u2014" or "\u2013" or "\"" or "\u201C" || tokens[k].InQuotation) return -1;
        }

        for (var k = verb + 1; k < end; k++)
        {
            if (tokens[k].Text is ";" or ":" or "\"" or "\u201C" || tokens[k].InQuotation || tokens[k].Text == "that") return -1;
            if (tokens[k].Text == ",") return k + 1 < end && tokens[k + 1].IsWord ? k : -1;
        }

        return -1;
    }

    private static readonly HashSet<string> Subordinators = AttributionVocabulary.Set(
        "When", "Whenever", "After", "Before", "Since", "Once", "Until", "If", "Unless", "Because");

    /// <summary>"The aide - who declined to be named - said": the dash that opens an aside closed by the dash
    /// at <paramref name="close"/>, with a word before it; -1 when there is none.</summary>
    private int DashAsideOpen(int close, int first)
    {
        var tokens = _article.Tokens;
        for (var k = close - 2; k > first && k >= close - 40; k--)
        {
            if (tokens[k].Text is ";" or ":" or "." or "\u201C" or "\"") return -1;
            if (tokens[k].Text == tokens[close].Text) return tokens[k - 1].IsWord ? k : -1;
        }

        return -1;
    }

    /// <summary>"claiming more than $20bn in damages": a sum after "claim" is what is claimed (a demand), not a toll.</summary>
    private bool SumFollows(int verb, int end)
    {
        var tokens = _article.Tokens;
        for (var k = verb + 1; k < end && k <= verb + 4; k++)
        {
            var text = tokens[k].Text;
            if (text is "," or ";") return false;
            if (text.Length > 0 && text[0] is '$' or '\u00A3' or '\u20AC' || text.StartsWith("Rs", StringComparison.Ordinal) && (text.Length == 2 || HasDigit(text))
                || text is "US$" or "rupees" or "dollars" or "pounds" or "euros") return true;
        }

        return false;
    }

    /// <summary>The words <see cref="ScanCues"/> checks after its phrase matchers: the union of the lists each of its
    /// checks starts with (ignoring case, as every one of them does or is stricter).</summary>
    private static HashSet<string> CueStartWordsOf(AttributionVocabulary vocabulary)
    {
        var words = AttributionVocabulary.Set("citing", "quoting", "call", "calls", "called", "calling");
        words.UnionWith(vocabulary.QuestionVerbs);
        words.UnionWith(vocabulary.ThatVerbs);
        words.UnionWith(vocabulary.AccusationVerbs);
        words.UnionWith(vocabulary.ClaimNouns);
        words.UnionWith(vocabulary.Documents);
        words.UnionWith(vocabulary.TagVerbs);
        words.UnionWith(TopicVerbs);
        words.UnionWith(vocabulary.Verbs);
        words.UnionWith(vocabulary.EvidenceVerbs);
        return words;
    }

    private static readonly HashSet<string> TopicVerbs = AttributionVocabulary.Set("comment", "comments", "commented", "commenting", "remark", "remarks", "remarked", "remarking");

    /// <summary>
    /// A tag set off by commas: a short agent (a pronoun, a source noun, a name or a determiner phrase) between a comma
    /// (or a closing quotation mark) and the verb, and a comma or the end of the sentence right after the verb.
    /// </summary>
    private bool IsParentheticalTag(int verb, int first, int end)
    {
        var tokens = _article.Tokens;
        var after = verb + 1;
        if (after >= end || !(tokens[after].Text == "," || after == end - 1 && tokens[after].Text is "." or "!")) return false;
        var words = 0;
        for (var k = verb - 1; k > first && words <= 6; k--)
        {
            var text = tokens[k].Text;
            if (text is "," or "”" or "\"" or "’")
            {
                if (words == 0) return false;
                var head = tokens[k + 1];
                return head.IsCapitalized || _vocabulary.SourceNouns.Contains(head.Text) || head.Text is "the" or "a" or "an" or "his" or "her" or "its" or "their";
            }

            if (!tokens[k].IsWord) return false;
            words++;
        }

        return false;
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
        // "Estimated costs to the region range from …", "Projected tax take implies …": a participle that opens its
        // sentence before a plain noun is an adjective of that noun; no one stands behind it.
        if (i == first && token.IsCapitalized && !token.IsAllCaps && token.Text.EndsWith("ed", StringComparison.Ordinal) && i + 1 < end
            && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized && !NotAgents.Contains(tokens[i + 1].Text) && !_vocabulary.SourceNouns.Contains(tokens[i + 1].Text))
            return false;
        if (!heading && i > first && token.IsCapitalized && !token.IsAllCaps
            && (tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized || i + 1 < end && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized && !_vocabulary.SourceNouns.Contains(tokens[i + 1].Text)))
            return false;
        // "the court's ruling led to …", "after the ruling": an -ing form after a determiner or a possessive is a noun.
        // The determiner in any case: "This ruling", "Its ruling", "An appeal ruling" open sentences too.
        if (i > first && token.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && (NounDeterminers.Contains(tokens[i - 1].Text)
                || tokens[i - 1].Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || tokens[i - 1].Text.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
            return false;
        if (!_vocabulary.Lemmas.Contains(token.Text)) return true;

        // A pure verb ("say", "tell", "add") is a verb wherever it stands; a lemma that is also a noun ("state",
        // "estimate", "report": its plural is a noun form) needs the evidence below.
        if (!_vocabulary.NounForms.Contains(AttributionVocabulary.ThirdPerson(token.Text.ToLowerInvariant()))) return true;
        if (i + 1 < end && tokens[i + 1].Text is "that" or "out" or ":") return true; // "data show that", "point out"
        var p = i - 1;
        while (p >= first && Adverbs.Contains(tokens[p].Text) && !Modals.Contains(tokens[p].Text)) p--;
        if (p < first) return heading;
        var prev = tokens[p];
        // "MoFA further states …", "The ministry also estimates …": an adverb of manner or sequence between a singular
        // subject that opens the clause and the form makes it a verb; a plural noun takes no adverb before it.
        if (p < i - 1 && prev.IsWord && !prev.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Lexicon.FunctionWords.IsFunctionWord(prev.Text.ToLowerInvariant())
            && VerbalAdverbs.Contains(tokens[p + 1].Text) && (p == first || tokens[p - 1].Text is "the" or "The" || p - 1 == first && tokens[p - 1].IsCapitalized))
            return true;
        // "Texas state Rep.": a name, not a plural subject; "the Tories say" is a group.
        if (prev.IsCapitalized && p > first && !_vocabulary.SourceNouns.Contains(prev.Text) && !(tokens[p - 1].Text is "the" or "The")) return false;
        if (p == i - 1 && DefiniteBodySubject(i, first, end)) return true;
        if (Modals.Contains(prev.Text) || _vocabulary.SourceNouns.Contains(prev.Text) || _vocabulary.IsDocumentNoun(prev.Text) || prev.Text is "people" or "I" or "we" or "We" or "you" or "they" or "They") return true;
        if (prev.Text is "," or "”" or "\"" or "’") return true; // "…, say officials"
        // A plural subject ("experts say"); not an adjective in -ous or a singular in -ss, -us, -is.
        return prev.IsWord && prev.Text.Length > 3 && prev.Text.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !prev.Text.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
               && !prev.Text.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !prev.Text.EndsWith("is", StringComparison.OrdinalIgnoreCase) && !NotAgents.Contains(prev.Text);
    }

    /// <summary>
    /// "The government claims a 2.7% growth", "…, the charity claims, costing …": a form that is also a plural noun is
    /// the verb of a definite body ("the ministry", "the bank's board") right before it when an object follows (a
    /// determiner "a"/"an" or a number), or when the body and the form make a tag set off by a comma after content.
    /// "the company records." or "the government documents," alone stay nouns.
    /// </summary>
    private bool DefiniteBodySubject(int verb, int first, int end)
    {
        var tokens = _article.Tokens;
        var body = verb - 1;
        if (body - 1 < first || verb + 1 >= end || !_vocabulary.BodyNouns.Contains(tokens[body].Text)) return false;
        var determiner = tokens[body - 1].Text;
        if (!(determiner is "the" or "The" || determiner.EndsWith("'s", StringComparison.Ordinal) || determiner.EndsWith("\u2019s", StringComparison.Ordinal))) return false;
        var next = tokens[verb + 1];
        if (next.Text is "a" or "an" || next.Kind == TokenKind.Number || next.Text == "$") return true;
        if (!(next.Text is "," or "." or "!")) return false;
        // Before the body's determiner (and the possessor's own "the"): the comma that sets the tag off, after content.
        var before = body - 2;
        if (!(determiner is "the" or "The") && before >= first && tokens[before].Text is "the" or "The") before--;
        return before > first && tokens[before].Text is "," or "\u201D" or "\"";
    }

    /// <summary>An auxiliary or modal: a passive auxiliary, a modal (do, will, may …) or a form of "have".</summary>
    private static bool IsAuxiliary(string text) =>
        Modals.Contains(text) || PassiveAuxiliaries.Contains(text) || text is "has" or "have" or "had";

    /// <summary>Adverbs that stand between a subject and its verb, never before a plural noun ("further states", "also
    /// estimates"; not "last estimates", "only reports").</summary>
    private static readonly HashSet<string> VerbalAdverbs = AttributionVocabulary.Set(
        "further", "also", "clearly", "categorically", "publicly", "repeatedly", "separately", "now", "still");

    private static readonly HashSet<string> Modals = AttributionVocabulary.Set(
        "will", "would", "can", "could", "may", "might", "should", "shall", "must", "do", "did", "does", "to", "not", "n't", "cannot", "won't", "didn't", "don't", "doesn't");

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
            // "the ministry issued a notification for …", "released a report showing …": a statement the subject publishes.
            var q = i - 1;
            for (var skipped = 0; q >= 0 && skipped < 2 && (tokens[q].Kind == TokenKind.Number || tokens[q].IsWord && !tokens[q].IsCapitalized && !PublishVerbs.Contains(tokens[q].Text)
                                                         && !(tokens[q].Text is "a" or "an" or "the" or "its" or "their" or "his" or "her")); skipped++) q--; // "a preliminary report", "1996 data"
            if (q >= 0 && tokens[q].Text is "a" or "an" or "the" or "its" or "their" or "his" or "her") q--;
            if (q >= 0 && tokens[q].SentenceIndex == tokens[i].SentenceIndex && PublishVerbs.Contains(tokens[q].Text)) return true;

            // "the PBS's data", "UNHCR figures", "official figures", "the latest AP-GfK poll" (a named document)
            var p = i - 1;
            if (p > 0 && tokens[p].IsWord && tokens[p].IsCapitalized && tokens[p].SentenceIndex == tokens[i].SentenceIndex
                && _article.Sentences[tokens[i].SentenceIndex].FirstToken < p && tokens[p - 1].Text is "the" or "latest" or "a" or "an" or "new")
                return true;
            if (p >= 0 && tokens[p].IsWord && (tokens[p].IsAllCaps && tokens[p].Text.Length > 1 || tokens[p].Text.EndsWith("'s", StringComparison.Ordinal)
                                               || tokens[p].Text.EndsWith("\u2019s", StringComparison.Ordinal)
                                               || tokens[p].Text.Equals("official", StringComparison.OrdinalIgnoreCase) && AfterSourcePhrase(p)))
                return tokens[p].SentenceIndex == tokens[i].SentenceIndex;
            return false;
        }

        var by = tokens[j].Text.Equals("by", StringComparison.OrdinalIgnoreCase);
        j++;
        if (j < end && tokens[j].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) j++;

        // "from the State Bank" (a name), "released by the provincial disaster authority" (any agent), "from the health
        // ministry" (a definite body: up to two plain modifiers and a body noun).
        if (j < end && tokens[j].IsWord && !HasDigit(tokens[j].Text) && (tokens[j].IsCapitalized || tokens[j].IsAllCaps || by && !NotAgents.Contains(tokens[j].Text))) return true;
        if (by || !tokens[j - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = j; k < end && k <= j + 2; k++)
        {
            if (!tokens[k].IsWord || NotAgents.Contains(tokens[k].Text)) return false;
            if (_vocabulary.BodyNouns.Contains(tokens[k].Text)) return k + 1 >= end || tokens[k + 1].Text != "of";
        }

        return false;
    }

    /// <summary>
    /// "as per the official record", "according to official figures": "official" names the document's keeper only as
    /// the object of a source phrase. Alone ("official data show", "official figures put the toll at") it names no body:
    /// labelled, such figures were unsourced (hedges) three times of three.
    /// </summary>
    private bool AfterSourcePhrase(int official)
    {
        var tokens = _article.Tokens;
        var k = official - 1;
        if (k >= 0 && tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) k--;
        return k >= 1 && tokens[k].SentenceIndex == tokens[official].SentenceIndex
               && (tokens[k].Text == "per" && tokens[k - 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase)
                   || tokens[k].Text == "to" && tokens[k - 1].Text.Equals("according", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A possessor that is a source: a name ("Pakistan's", "the IMF's") or a definite body ("the
    /// government's"); a time is not ("the year's projection of 3.5%", "Monday's estimate").</summary>
    private bool PossessiveSource(int p, int first)
    {
        var tokens = _article.Tokens;
        if (p < first || !tokens[p].IsWord) return false;
        var text = tokens[p].Text;
        if (!(text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal)) || text.Length < 3) return false;
        if (TimePossessors.Contains(text.Substring(0, text.Length - 2))) return false;
        return tokens[p].IsCapitalized || tokens[p].IsAllCaps || p > first && tokens[p - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> TimePossessors = AttributionVocabulary.Set(
        "year", "day", "week", "month", "quarter", "decade", "century", "season", "weekend", "today", "yesterday", "tomorrow",
        "tonight", "morning", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static readonly HashSet<string> PublishVerbs = AttributionVocabulary.Set(
        "issued", "issues", "released", "releases", "published", "publishes", "unveiled", "unveils", "presented", "presents", "tabled", "circulated");

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

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9') return true;
        }

        return false;
    }

    /// <summary>
    /// Where what an accusation says the accused did starts: its preposition ("of", "with") after an object of at most six words
    /// ("accused the army of", "charged two clerks with") or after a passive's "by" agent ("was accused by the union of"), or a
    /// "that" right after the verb ("the indictment charges that …"); 0 when a comma, a number or the end comes first ("charged
    /// 12 percent", "charged the battery") or the preposition follows the verb ("was accused of", "the man accused of").
    /// </summary>
    private int AccusationContent(int verb, int end)
    {
        var tokens = _article.Tokens;
        // "the accused said …": after a determiner it is a noun ("a murder accused carrying …" stops at the -ing form below).
        var sentenceFirst = _article.Sentences[tokens[verb].SentenceIndex].FirstToken;
        if (verb > sentenceFirst && NounDeterminers.Contains(tokens[verb - 1].Text) && !tokens[verb - 1].Text.Equals("that", StringComparison.OrdinalIgnoreCase)) return 0;
        if (verb + 1 < end && tokens[verb + 1].Text == "that") return verb + 1;
        for (var k = verb + 1; k < end && k <= verb + 7; k++)
        {
            // A clause of its own before the preposition; but after a determiner an -ing word modifies the object ("accused
            // the ruling party of …", "the governing council").
            if (tokens[k].Text.EndsWith("ing", StringComparison.Ordinal) && !(k > verb + 1 && NounDeterminers.Contains(tokens[k - 1].Text))) return 0;
            var text = tokens[k].Text;
            // Right after the verb it is a passive participle ("the man accused of killing 12"): no accuser.
            if (_vocabulary.AccusationPrepositions.TryGetValue(tokens[verb].Text, out var preposition) ? text == preposition : text is "of" or "with")
                return k > verb + 1 ? k : 0;
            if (!tokens[k].IsWord || text is "and" or "but" or "to" or "that" or "which" or "who") return 0;
        }

        return 0;
    }

    /// <summary>Participles of evidence verbs that say where something was found or put, not where it is stated ("a black hole
    /// was found in its accounts", "placed in the budget").</summary>
    private static readonly HashSet<string> FoundOrPlaced = AttributionVocabulary.Set("found", "put", "placed", "pegged", "posted", "added", "registered");

    /// <summary>
    /// Where what the accused is said to have done ends: at a relative clause set off by a comma (", which killed 224 people":
    /// the writer's account of the act) or at a second predicate of the accuser ("accused X of cheating and was fined £15,000").
    /// </summary>
    private int AccusationEnd(int from, int end)
    {
        var tokens = _article.Tokens;
        for (var k = from + 1; k + 1 < end; k++)
        {
            var next = tokens[k + 1].Text;
            if (tokens[k].Text == "," && next is "which" or "who" or "where" or "when") return k;
            if (tokens[k].Text is "and" or "but" && (IsAuxiliary(next) || next is "was" or "were" or "is" or "are" or "has" or "had" or "have")) return k;
        }

        return end;
    }

    /// <summary>Determiners and possessives that name which document a figure is stated in ("in the budget", "in its report",
    /// "in this week's bulletin"); "a report" names none.</summary>
    private static readonly HashSet<string> DefiniteDeterminers = AttributionVocabulary.Set("the", "this", "that", "its", "their", "his", "her", "these", "our");

    /// <summary>
    /// "mentioned in the budget", "listed in the ministry's report", "as stated in its notice": a participle (an -ed or
    /// irregular past form) of a cue or evidence verb, not after an agent that stands before it (a name, a pronoun, a source
    /// or body noun), then "in" and a definite document: a determiner or a possessive, at most three modifiers, and a document
    /// or statement noun or one of the attribution file's <c>placeDocuments</c>.
    /// </summary>
    private bool IsStatedInDocument(int verb, int first, int end)
    {
        var tokens = _article.Tokens;
        var text = tokens[verb].Text;
        if (verb + 3 >= end || verb == first || tokens[verb + 1].Text != "in" || tokens[verb].IsCapitalized) return false;
        if (!(_vocabulary.Verbs.Contains(text) || _vocabulary.IsDocumentVerb(text)) || FoundOrPlaced.Contains(text) || text.EndsWith("s", StringComparison.Ordinal) && !text.EndsWith("ss", StringComparison.Ordinal)
            || text.EndsWith("ing", StringComparison.Ordinal) || _vocabulary.Lemmas.Contains(text)) return false;
        var prev = tokens[verb - 1];
        // "the agency has cautioned in its yearly review": a perfect or a modal is the agent's active verb.
        if (prev.Text is "has" or "have" or "had" or "will" or "would" or "may" or "might" or "can" or "could" or "should" or "must") return false;
        // After a bracket or a quotation mark ("Arif & Co (AHL) wrote in its daily report") the agent stands before it.
        if (!(prev.IsWord || prev.Kind == TokenKind.Number) || prev.IsWord && (prev.IsCapitalized || prev.IsAllCaps || _vocabulary.SourceNouns.Contains(prev.Text) || _vocabulary.BodyNouns.Contains(prev.Text))) return false;
        var k = verb + 2;
        var definite = false;
        if (DefiniteDeterminers.Contains(tokens[k].Text)) { definite = true; k++; }
        for (var modifiers = 0; k < end && modifiers <= 3; modifiers++, k++)
        {
            var word = tokens[k];
            if (word.IsWord && (_vocabulary.IsDocumentNoun(word.Text) || _vocabulary.PlaceDocuments.Contains(word.Text)))
                return definite && !(k + 1 < end && tokens[k + 1].Text == "of" && k + 2 < end && tokens[k + 2].Kind == TokenKind.Number);
            if (word.IsWord && (word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("\u2019s", StringComparison.Ordinal) || word.IsCapitalized || word.IsAllCaps))
            {
                definite = true;
                continue;
            }

            if (!(word.IsWord && !NotAgents.Contains(word.Text) || word.Kind == TokenKind.Number && word.Text.Length == 4)) return false;
        }

        return false;
    }

    /// <summary>A bare document noun (with only adjectives such as "latest") heads the sentence right before the verb.</summary>
    private bool UnnamedDocumentSubject(int verb, int first)
    {
        var tokens = _article.Tokens;
        var k = verb - 1;
        if (k > first && Adverbs.Contains(tokens[k].Text)) k--; // "Some studies also indicate …"
        if (!_vocabulary.IsDocumentNoun(tokens[k].Text) || tokens[k].IsAllCaps) return false;
        var head = k - 1;
        while (head >= first && UnnamingAdjectives.Contains(tokens[head].Text)) head--;
        // "…, reports say.": a bare document heading a trailing tag names no one either.
        return head < first || tokens[head].Text == ",";
    }

    /// <summary>
    /// The source of a cue phrase is a bare document noun, with only adjectives such as "latest" or "unconfirmed" before it and
    /// nothing after it that names its author ("according to reports.", "according to statistics,"; not "according to
    /// statistics by Dr X", "according to the data", "according to UNHCR figures").
    /// </summary>
    private bool UnnamedDocumentSource(int after, int end)
    {
        var tokens = _article.Tokens;
        var k = after;
        while (k < end && UnnamingAdjectives.Contains(tokens[k].Text)) k++;
        if (k >= end || !_vocabulary.IsDocumentNoun(tokens[k].Text) || tokens[k].IsAllCaps || tokens[k].IsCapitalized) return false;
        return k + 1 >= end || tokens[k + 1].Text is "," or "." or ";" or ")" or "—" or "–" or "!";
    }

    private static readonly HashSet<string> UnnamingAdjectives = AttributionVocabulary.Set(
        "latest", "new", "recent", "fresh", "preliminary", "provisional", "early", "some", "other", "more", "further", "separate", "independent",
        "unnamed", "unconfirmed", "unofficial", "initial", "several", "various", "conflicting");

    /// <summary>"officials put", "police now put": a source noun right before the verb (one adverb may stand between).</summary>
    private bool HasSourceNounSubject(int verb, int first)
    {
        var tokens = _article.Tokens;
        var p = verb - 1;
        if (p > first && Adverbs.Contains(tokens[p].Text)) p--;
        return p >= first && _vocabulary.SourceNouns.Contains(tokens[p].Text) && !(tokens[p].Text is "it" or "It" or "you" or "I" or "we");
    }

    /// <summary>"The survey showed", "PBS data show", "a report by the ministry found": a document noun before the verb.</summary>
    private bool HasDocumentSubject(int verb, int first)
    {
        var tokens = _article.Tokens;
        var p = verb - 1;
        if (p - 1 >= first && tokens[p].Text is "which" or "that" && _vocabulary.IsDocumentNoun(tokens[p - 1].Text)) return true; // "research which found"
        if (p < first || NotAgents.Contains(tokens[p].Text) && !tokens[p].Text.Equals("also", StringComparison.OrdinalIgnoreCase)) return false;
        if (tokens[p].Text is "it" or "It") return true; // "It found …", the survey named before
        if (tokens[p].IsAllCaps && tokens[p].Text.Length > 1 && tokens[p].IsWord) return true; // "the SPI showed", "PBS data show": a named body or series
        for (var k = verb - 1; k >= first && k >= verb - 20; k--)
        {
            // A stop inside the sentence that closes an abbreviation before a comma or a number goes on ("The poll,
            // conducted in Rockville, Md., showed …", "A survey completed Jan. 29 showed …"); before a name ("Dr. Dre")
            // it may close a title whose holder is the subject.
            if (tokens[k].Text is ";" or "“" or "\"" || tokens[k].Text == "." && !(k > first && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized && tokens[k - 1].Text.Length <= 4
                                                                                 && k + 1 < verb && (tokens[k + 1].Text == "," || tokens[k + 1].Kind == TokenKind.Number))) break;
            if (!_vocabulary.IsDocumentNoun(tokens[k].Text)) continue;

            // "Figures show that …", "Latest figures reveal …", "Research suggests …": a bare document noun at the head
            // of the sentence names no one.
            var head = k - 1;
            while (head >= first && UnnamingAdjectives.Contains(tokens[head].Text)) head--;
            if (head < first || tokens[head].Text == "," && k == verb - 1) return false; // "…, figures show."

            // An unnamed document ("a study found", "an analysis revealed") is a hedge, not a source.
            for (var d = k - 1; d >= first && d >= k - 3; d--)
            {
                if (tokens[d].Text is "a" or "A" or "an" or "An") return k - d > 1 && tokens[d + 1].IsCapitalized; // "A Daily Telegraph poll" is named
                if (!tokens[d].IsWord) break;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "claimed one life", "claimed two more lives": a number word (or digits) and at most one word before "life" or
    /// "lives" make "claim" the verb of a death toll, not of a claim.
    /// </summary>
    private bool TakesLives(int from, int end)
    {
        var tokens = _article.Tokens;
        var number = tokens[from];
        if (!(number.Kind == TokenKind.Number || number.IsWord && NumberWords.TryGetUnit(number.Text.ToLowerInvariant(), out _))) return false;
        for (var k = from + 1; k < end && k <= from + 2; k++)
        {
            if (tokens[k].Text is "life" or "lives") return true;
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
            if (text.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && (isObjectNumber && !SumFollows(verb, end) || next.Text.Equals("the", StringComparison.OrdinalIgnoreCase)
                || next.Text.Equals("lives", StringComparison.OrdinalIgnoreCase) || next.Text.Equals("responsibility", StringComparison.OrdinalIgnoreCase)
                || TakesLives(verb + 1, end)))
                return false;
            // "The group has claimed to have killed 40 soldiers", "claims to be owed $3m": a claim whose content is a perfect or
            // copular infinitive reports what the agent asserts, not an act ("claimed to represent", "added to" stay acts).
            var claimsInfinitive = text.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && next.Text.Equals("to", StringComparison.OrdinalIgnoreCase)
                                   && verb + 2 < end && tokens[verb + 2].Text is "have" or "be" or "had"
                                   // "GM's claim to be …", "the claim to have …": after a possessive or a determiner it is a noun.
                                   && !(verb > first && (NounDeterminers.Contains(tokens[verb - 1].Text) && !tokens[verb - 1].Text.Equals("that", StringComparison.OrdinalIgnoreCase) || tokens[verb - 1].Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase)
                                                         || tokens[verb - 1].Text.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)));
            if (_vocabulary.IsActionForm(text) && !(text.StartsWith("claim", StringComparison.OrdinalIgnoreCase) && isObjectNumber && SumFollows(verb, end)) && !claimsInfinitive
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
            // After a name ("Jones reports …", "ECLAC forecasts growth of 4%") the form is the name's verb.
            // After a singular subject pronoun ("…, he reports in the journal") the -s form can only be a verb.
            // One adverb may stand between the name and its verb ("ECLAC still forecasts growth of 4%"); with one, a name may
            // follow ("MoFA further states Saudi Arabia released …").
            var subject = verb - 1;
            if (subject > first && tokens[subject].Text is "still" or "also" or "now" or "further" or "again") subject--;
            var named = subject >= first && (tokens[subject].IsAllCaps && tokens[subject].IsWord || tokens[subject].Text == ")"
                                         || tokens[subject].IsCapitalized && (subject > first || subject < verb - 1)) && (!next.IsCapitalized || subject < verb - 1 || HasDigit(next.Text))
                        || verb > first && tokens[verb - 1].Text.ToLowerInvariant() is "he" or "she" or "it"
                        // "The Coastal Birdwatchers Association, which was founded in 1979, reports a membership of
                        // 2,000": a name before a relative or participial aside closed by the comma right before the form.
                        || verb - 1 > first && tokens[verb - 1].Text == "," && NamedBeforeAside(verb - 1, first)
                        || DefiniteBodySubject(verb, first, end);
            if (!named && !(next.Kind == TokenKind.Number || next.Text is "that" or ":" or "“" or "\"" or "``" or "the" or "it" or "he" or "she" or "they" or "there" or "over" or "about" or "some" or "more" or "nearly" or "around")) return false;
        }

        // Participles opening a clause ("…, adding that …", "…, citing …") take the subject of the main verb.
        // "…, with analysts saying …" takes the noun before it.
        if (text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // "Noting that only 3% is recycled, he called for …": an opening participle with content takes the
            // subject of the main clause.
            if (verb == first) return verb + 1 < end && tokens[verb + 1].Text is "that" or ":";
            var before = tokens[verb - 1];
            if (before.Text is "," or "—" or "–") return true;
            if (Adverbs.Contains(before.Text) && verb - 2 >= first && tokens[verb - 2].Text == ",") return true;

            // "Clinton is proposing …": a progressive; its subject stands before the auxiliary.
            if (before.Text is "is" or "are" or "was" or "were" && verb - 2 >= first && tokens[verb - 2].IsWord && !NotAgents.Contains(tokens[verb - 2].Text)
                && !PassiveAuxiliaries.Contains(tokens[verb - 2].Text)) return true;
            // "Doctors have been warning that …", "the ministry has been saying …": a perfect progressive; the subject
            // stands before "has"/"have"/"had been" (an adverb may stand between).
            if (before.Text == "been" && verb - 2 >= first)
            {
                var perfect = verb - 2;
                if (perfect > first && Adverbs.Contains(tokens[perfect].Text) && !(tokens[perfect].Text is "has" or "have" or "had")) perfect--;
                if (tokens[perfect].Text is "has" or "have" or "had" && perfect - 1 >= first && tokens[perfect - 1].IsWord
                    && !NotAgents.Contains(tokens[perfect - 1].Text) && !PassiveAuxiliaries.Contains(tokens[perfect - 1].Text)) return true;
            }
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
        // "was told by officials", "were confirmed by the hospital", "has been put at $48 million by the institute".
        if (PassiveAuxiliaries.Contains(prev.Text)) return HasByAgent(verb, end);

        // "The aide - who declined to be named - said …": a dash aside between the agent and the verb.
        if (prev.Text is "-" or "\u2013" or "\u2014" && DashAsideOpen(p, first) is var asideOpen and > 0 && !NotAgents.Contains(tokens[asideOpen - 1].Text)) return true;

        if (prev.Text is "," or "”" or "\"" or "’" or "'" or "—" or "–" or "(" or ":")
            return InvertedAgent(verb, end) || (verb + 1 < end && tokens[verb + 1].Text is "that" or ":" or "“" or "\"") || ThatFollows(verb, end)
                   || prev.Text == "," && AppositiveAgent(p, first);
        if (prev.Kind == TokenKind.Word)
        {
            // "the association, which believes …", "officials who said …": the relative pronoun stands for a named agent.
            if (prev.Text is "who" or "which" && p > first && (tokens[p - 1].Text == "," || tokens[p - 1].IsWord && !NotAgents.Contains(tokens[p - 1].Text))) return true;
            // "a relief group that says it has fed …": a relative "that" right after a noun of a body or a role that
            // speaks stands for it ("sectors that reported growth", "a conflict that has claimed …" name no one).
            if (prev.Text == "that" && p > first && (_vocabulary.BodyNouns.Contains(tokens[p - 1].Text) || _vocabulary.SourceNouns.Contains(tokens[p - 1].Text))) return true;
            // "He credited the minister … and projected that …": a second predicate shares the subject.
            if (prev.Text is "and" && verb + 1 < end && tokens[verb + 1].Text is "that" or ":" or "he" or "she" or "they" or "it" or "we") return true;
            if (NotAgents.Contains(prev.Text)) return false;
            return true;
        }

        if (prev.Kind == TokenKind.Number) return false;
        return false;
    }

    /// <summary>Levin's (9.1) "put" verbs as news uses them of an estimate ("puts the toll at 40", "placed the damage at
    /// …"); verbs that measure ("recorded the highest rainfall at 11.6 mm", "found winds at 34,500 feet") or value an
    /// offer ("values the firm at £300m") say what a place or a deal did, not who estimates it.</summary>
    private static readonly HashSet<string> PutVerbs = AttributionVocabulary.Set(
        "put", "puts", "putting", "peg", "pegs", "pegged", "pegging", "place", "places", "placed", "placing");

    /// <summary>"puts the toll at 40", "pegs the loss at between 3 and 4 percent": an object of up to
    /// four words, then "at" and a number before the clause's next comma (at most ten words on).</summary>
    private bool ValuedAt(int verb, int end)
    {
        var tokens = _article.Tokens;
        if (verb + 1 >= end || !tokens[verb + 1].IsWord) return false;
        for (var k = verb + 2; k < end && k <= verb + 5; k++)
        {
            if (tokens[k].Text == "at")
            {
                for (var n = k + 1; n < end && n <= k + 10; n++)
                {
                    if (tokens[n].Kind == TokenKind.Number || HasDigit(tokens[n].Text)) return true;
                    if (tokens[n].Text is "," or ";" or ":" or ".") return false;
                }

                return false;
            }

            if (!tokens[k].IsWord || tokens[k].Text == "that") return false;
        }

        return false;
    }

    /// <summary>
    /// The end of what a cue in a relative clause after "that" governs ("even from agencies that warned that …, Gallagher
    /// received dozens of responses"): the comma before a capitalised word that opens the sentence's own clause. Other
    /// cues govern to <paramref name="end"/>.
    /// </summary>
    private int RelativeThatContentEnd(int verb, int first, int end)
    {
        var tokens = _article.Tokens;
        if (verb - 1 <= first || tokens[verb - 1].Text != "that" || !_vocabulary.BodyNouns.Contains(tokens[verb - 2].Text) && !_vocabulary.SourceNouns.Contains(tokens[verb - 2].Text))
            return end;
        for (var k = verb + 1; k + 1 < end; k++)
        {
            if (tokens[k].Text == "," && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized && !tokens[k + 1].InQuotation) return k;
        }

        return end;
    }

    /// <summary>The "that", colon or opening quotation mark that starts the clause a verb of <see cref="AttributionVocabulary.ThatVerbs"/>
    /// governs: right after the verb, or for a verb of advising after its addressee ("assured the house that …"); -1 when
    /// there is none ("hope to build roads that …" is no report).</summary>
    private int ThatClauseStart(int verb, int end)
    {
        var tokens = _article.Tokens;
        var reach = _vocabulary.AddresseeVerbs.Contains(tokens[verb].Text) ? 5 : 1;
        for (var k = verb + 1; k < end && k <= verb + 5; k++)
        {
            // "shared his frustration: …", "confided her fears: “…": a short object, then a colon or a quotation that gives
            // what was said; "that" only right after the verb or its addressee.
            if (tokens[k].Text is ":" or "\u201C" || k <= verb + reach && tokens[k].Text == "that") return k;
            if (!tokens[k].IsWord || tokens[k].Kind == TokenKind.Number) return -1;
        }

        return -1;
    }

    /// <summary>"Truss, the minister for infrastructure, said at the news conference that …": content after an adjunct.</summary>
    private bool ThatFollows(int verb, int end)
    {
        var tokens = _article.Tokens;
        for (var k = verb + 1; k < end && k <= verb + 7; k++)
        {
            if (tokens[k].Text == "that") return true;
            if (!tokens[k].IsWord) return false;
        }

        return false;
    }

    /// <summary>A passive's "by" agent anywhere in the verb's clause ("put at $66 million by the institute"), not past a
    /// comma or semicolon, and not a number ("increased by 5%").</summary>
    private bool HasByAgent(int verb, int end)
    {
        var tokens = _article.Tokens;
        for (var k = verb + 1; k < end && k <= verb + 12; k++)
        {
            if (tokens[k].Text is "," or ";" or "." or ":") return false;
            if (tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && k + 1 < end && tokens[k + 1].IsWord && !NotAgents.Contains(tokens[k + 1].Text) || tokens[k].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && k + 2 < end && tokens[k + 1].Text is "the" or "The" && tokens[k + 2].IsWord) return true;
        }

        return false;
    }

    /// <summary>
    /// "Bernard Cazeneuve, the French interior minister, said …", "Laura Fenwick, the former chair of the utility, announced
    /// …": the agent is the name before an appositive set off by commas (<paramref name="comma"/> closes it).
    /// </summary>
    private bool AppositiveAgent(int comma, int first)
    {
        var tokens = _article.Tokens;
        var words = 0;
        for (var k = comma - 1; k > first && words <= 10; k--)
        {
            var token = tokens[k];
            if (token.Text == ",")
            {
                if (words == 0 || !tokens[k - 1].IsWord || !tokens[k - 1].IsCapitalized) return false;
                var head = tokens[k + 1];
                if (ParentheticalAdverbs.Contains(head.Text) || head.Text is "who" or "which" or "and" or "but" or "or" or "as" or "while" or "when" or "if") return false;
                return head.IsWord;
            }

            if (token.Kind == TokenKind.Number || !token.IsWord && token.Text is not ("-" or "'" or "’" or "." or "&")) return false;
            if (token.IsWord && IsAuxiliary(token.Text)) return false;
            words++;
        }

        return false;
    }

    /// <summary>
    /// "The Association, which was founded in 1982, reports …", "The Society, founded in 1974, reports …": the comma at
    /// <paramref name="comma"/> closes a relative or participial aside opened by a comma right after a name or a source
    /// noun; true when it does.
    /// </summary>
    private bool NamedBeforeAside(int comma, int first)
    {
        var tokens = _article.Tokens;
        for (var k = comma - 1; k > first && comma - k <= 16; k--)
        {
            var text = tokens[k].Text;
            if (text == ",")
            {
                var head = tokens[k + 1];
                var before = tokens[k - 1];
                var aside = head.Text is "which" or "who" || head.IsWord && !head.IsCapitalized && head.Text.EndsWith("ed", StringComparison.Ordinal);
                return aside && k + 1 < comma - 1 && before.IsWord && (before.IsCapitalized || before.IsAllCaps || _vocabulary.SourceNouns.Contains(before.Text));
            }

            if (!(tokens[k].IsWord || tokens[k].Kind == TokenKind.Number)) return false;
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
}
