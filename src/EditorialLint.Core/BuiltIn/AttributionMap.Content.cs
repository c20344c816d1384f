using System;
using System.Collections.Generic;
using EditorialLint.Quantities;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// The content seam of the attribution model: what a cue governs. A frame's content follows its verb (after an
/// addressee, up to another predication); a tag speaks for the sentence before it; "according to X," starts after X.
/// Whether a cue reports a proposition (and so may reach the next sentence) is decided here too.
/// </summary>
internal sealed partial class AttributionMap
{
    /// <summary>
    /// A quotation or reporting tag: after the verb (and an inverted agent or a time: "said the minister on Monday")
    /// the sentence ends, or a comma or closing quotation mark comes before any content ("that", a colon, a number).
    /// </summary>
    private bool IsTag(int verb, int end)
    {
        var tokens = _article.Tokens;

        // A participle ("…, adding that …", "attackers claiming allegiance to …") frames what follows it.
        if (tokens[verb].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;

        // "The port authority, which runs the docks, said the storm sank nine trawlers.": the comma before the verb closes
        // a relative aside on an agent that opens the sentence; what follows the verb is its content, not an inverted agent.
        if (verb > 0 && tokens[verb - 1].Text == "," && AgentOpensClause(verb) && ClauseFollowsVerb(verb, end)) return false;

        // "…, said the chairman of the gold committee.", "…, said scientists.": an inverted agent after a comma.
        if (IsInvertedTag(verb, end)) return true;

        // "…, the chief minister told reporters.": a verb of telling with a short addressee that ends the sentence.
        if (_vocabulary.AddresseeVerbs.Contains(tokens[verb].Text) && AddresseeEndsSentence(verb, end)) return true;

        // "…, the analyst pointed out.": the particle belongs to the verb.
        if (verb + 1 < end && tokens[verb + 1].Text == "out" && tokens[verb].Text.StartsWith("point", StringComparison.OrdinalIgnoreCase)) verb++;

        // "In September, the IMF had said that …", "…, has said a less austere deal …": content right after the
        // verb makes it a frame, whatever stands before it.
        if (verb + 1 < end && (tokens[verb + 1].Text is "that" or ":" or "“" || tokens[verb + 1].Kind == TokenKind.Number || HasDigit(tokens[verb + 1].Text)
                               || tokens[verb + 1].IsWord && !tokens[verb + 1].IsCapitalized && !_vocabulary.SourceNouns.Contains(tokens[verb + 1].Text)
                               && !TagContinuations.Contains(tokens[verb + 1].Text))) return false;

        // "the SHO stated it ranges …": a subject pronoun starts the reported clause ("said he" is archaic). Only verbs
        // of saying invert ("said the minister"): another verb followed by a noun phrase has it as object.
        if (verb + 1 < end && (tokens[verb + 1].Text is "it" or "he" or "she" or "they" or "we" or "I" or "there"
                               || !_vocabulary.ClauseVerbs.Contains(tokens[verb].Text) && tokens[verb + 1].Text is "a" or "an" or "the" or "its" or "his" or "her" or "their"))
            return false;

        // "This year, Hamid said authorities have hired more than 30 engineers", "Last year, the minister said police
        // arrested 300 people": a source noun right after the verb that an auxiliary or a past form follows is the subject
        // of the reported clause, not an inverted agent ("…, said police." and "said police officials" still are).
        if (verb + 2 < end && _vocabulary.SourceNouns.Contains(tokens[verb + 1].Text) && !tokens[verb + 1].IsCapitalized
            && (IsAuxiliary(tokens[verb + 2].Text) || tokens[verb + 2].IsWord && !tokens[verb + 2].IsCapitalized && tokens[verb + 2].Text.EndsWith("ed", StringComparison.Ordinal)))
            return false;

        // "Police said the blast killed five people.", "Last year, the minister said the army killed 300 militants.", "He
        // said the project, which will cost Rs4 billion, …": an agent that opens its clause (the sentence's first words, or
        // the words after an opening adverbial such as "Last year," or "In a statement,") stands before the verb, so no
        // content precedes it for a tag to close: what follows the verb is the reported clause, not an inverted agent. A
        // time or an adjunct of the telling after the verb ("said on Monday", "said yesterday") leaves it as it was.
        if (ClauseFollowsVerb(verb, end) && AgentOpensClause(verb)) return false;

        // "… told 'The News' that 120 …": an addressee, then the content.
        for (var k = verb + 1; k < end && k <= verb + 7; k++)
        {
            if (tokens[k].Text is "," or "." or ";") break;
            if (tokens[k].Text == "that") return false;
        }

        // "…, a hospital official said on Sunday as …": a short agent between a comma (or closing quotation mark)
        // and the verb, after content, is a trailing tag whatever follows.
        // Only auxiliaries and adverbs between the comma and the verb are no agent: the subject stands before an aside
        // ("Civic Forum, which came in second, has said a cheaper bridge …" is a frame).
        var start = _article.Sentences[tokens[verb].SentenceIndex].FirstToken;
        var words = 0;
        var agentWords = 0;
        for (var k = verb - 1; k > start && words <= 6; k--)
        {
            var text = tokens[k].Text;
            if (text is "," or "”" or "’" or "\"" or "—" or "–")
            {
                if (agentWords == 0) break;
                var head = tokens[k + 1].Text;
                return !(head is "who" or "which" or "and" or "but" or "while" or "whereas" or "as" or "when" or "where" or "after" or "before" or "because");
            }

            if (tokens[k].Kind == TokenKind.Number) break;
            if (tokens[k].IsWord)
            {
                words++;
                if (!Adverbs.Contains(text) && !IsAuxiliary(text)) agentWords++;
            }
        }

        // "…, said education was a priority": a plain word right after the verb starts its content; a tag goes on
        // with an inverted agent ("said the minister", "said Dar", "he said") or a time ("said on Monday").
        if (verb + 1 < end && tokens[verb + 1].IsWord && !tokens[verb + 1].IsCapitalized && !_vocabulary.SourceNouns.Contains(tokens[verb + 1].Text)
            && !TagContinuations.Contains(tokens[verb + 1].Text)) return false;
        // "Sonara said Rex and Lupo, which have a range of about 80 miles, could be …": when a short subject opens
        // the sentence right before the verb, a capitalised word after it starts the reported clause, not an inverted
        // agent (a weekday or a month after the verb still dates the tag: "Officials said Sunday, …").
        if (verb + 1 < end && tokens[verb + 1].IsCapitalized && !Lexicon.FunctionWords.IsFunctionWord(tokens[verb + 1].Text.ToLowerInvariant())
            && !CalendarNames.Contains(tokens[verb + 1].Text) && SubjectOpensSentence(start, verb)) return false;
        for (var k = verb + 1; k < end && k <= verb + 6; k++)
        {
            var text = tokens[k].Text;
            // A stop inside the sentence closes an abbreviation: the agent runs on past it, to a comma (a tag: "said
            // Michael T. Ledbetter of the foundation, which …") or to an auxiliary (a frame: "said Mr. Abaaoud and
            // another man might have …").
            if (text == "." && k + 1 < end) return !ClauseFollows(k + 1, end);

            if (text is "," or "." or "”" or "\"" or "’" or "'" or ")" or ";" or "—" or "–") return true;
            if (tokens[k].Kind == TokenKind.Number || text is "that" or ":" or "“") return false;
        }

        return verb + 7 > end;
    }

    /// <summary>Words after a verb of saying that open a reported clause (a determiner or possessive), not an agent's tag.</summary>
    private static readonly HashSet<string> ClauseOpeningWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "these", "those",
    };

    /// <summary>
    /// The agent of the verb at <paramref name="verb"/> opens its clause: the sentence's first one to six words, or the
    /// words after an opening adverbial and its comma ("Last year, the minister said …", "In a statement, the ministry
    /// said …", "On Monday, police said …"). An opening adverbial starts with a preposition or a time word, holds at most
    /// six words, no other comma and no number but a year; "Prices rose 5%, the bureau said" is content, not an adverbial.
    /// </summary>
    private bool AgentOpensClause(int verb)
    {
        var tokens = _article.Tokens;
        var sentence = _article.Sentences[tokens[verb].SentenceIndex];
        // "QUETTA: Police said …": the clause opens after a lede's dateline.
        var start = Dateline.End(tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        // "The harbour board, which lost nine boats, said …": a relative aside between the agent and the verb; the
        // agent's head stands right before the aside's comma.
        if (verb - 1 > start && tokens[verb - 1].Text == ",")
        {
            if (!(RelativeAsideOpen(verb - 1, start) is var aside and > 0 && aside - 1 >= start
                  && (tokens[aside - 1].IsCapitalized || _vocabulary.SourceNouns.Contains(tokens[aside - 1].Text) || _vocabulary.BodyNouns.Contains(tokens[aside - 1].Text))))
                return false;
            verb = aside;
        }

        if (SubjectOpensSentence(start, verb)) return true;
        var comma = verb - 1;
        while (comma > start && tokens[comma].Text != ",") comma--;
        if (comma <= start || !SubjectOpensSentence(comma + 1, verb)) return false;
        if (!OpeningAdverbialWords.Contains(tokens[start].Text)) return false;
        if (comma - start > 7) return false;
        for (var k = start; k < comma; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number && !(token.Text.Length == 4 && token.Text[0] is '1' or '2')) return false;
            if (!token.IsWord && token.Kind != TokenKind.Number) return false;
        }

        return true;
    }

    /// <summary>What follows the verb opens a clause: a determiner or possessive, or a capitalised word that is not a
    /// weekday or month.</summary>
    private bool ClauseFollowsVerb(int verb, int end)
    {
        var tokens = _article.Tokens;
        if (verb + 1 >= end) return false;
        var next = tokens[verb + 1];
        return ClauseOpeningWords.Contains(next.Text)
               || next.IsCapitalized && !Lexicon.FunctionWords.IsFunctionWord(next.Text.ToLowerInvariant()) && !CalendarNames.Contains(next.Text);
    }

    /// <summary>The comma that opens a relative aside ("…, which lost nine boats,") closed by the comma at
    /// <paramref name="close"/>: a "which" or "who" right after it, no other comma between, at most 16 tokens; -1 when none.</summary>
    private int RelativeAsideOpen(int close, int start)
    {
        var tokens = _article.Tokens;
        for (var k = close - 1; k > start && close - k <= 16; k--)
        {
            if (tokens[k].Text != ",") continue;
            return tokens[k + 1].Text is "which" or "who" && k + 2 < close ? k : -1;
        }

        return -1;
    }

    /// <summary>Prepositions and time words that open a sentence's adverbial ("Last year,", "In a statement,", "On Monday,").</summary>
    private static readonly HashSet<string> OpeningAdverbialWords = new(StringComparer.Ordinal)
    {
        "In", "On", "At", "During", "After", "Before", "Since", "Until", "Through", "Throughout", "Over", "Under", "From",
        "Within", "Without", "Amid", "Despite", "Following", "Last", "Earlier", "Later", "Yesterday", "Today", "Meanwhile",
        "Separately", "Previously", "Recently", "Speaking", "Talking", "Addressing", "Briefing", "Now", "However", "Also",
        "Moreover", "Besides", "Instead",
    };

    /// <summary>The sentence opens with the verb's subject: one to six words (a name, a title, a body) and nothing else
    /// before the verb at <paramref name="verb"/>.</summary>
    private bool SubjectOpensSentence(int start, int verb)
    {
        var tokens = _article.Tokens;
        if (verb - start is < 1 or > 6 || !tokens[verb - 1].IsWord) return false;
        for (var k = start; k < verb; k++)
        {
            if (!tokens[k].IsWord || IsAuxiliary(tokens[k].Text) || NotAgents.Contains(tokens[k].Text) && k > start) return false;
        }

        return true;
    }

    private static readonly HashSet<string> CalendarNames = AttributionVocabulary.Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Tonight", "Yesterday");

    /// <summary>An auxiliary or modal before the next comma: what follows reads as a clause.</summary>
    private bool ClauseFollows(int from, int end)
    {
        var tokens = _article.Tokens;
        for (var k = from; k < end && k < from + 16; k++)
        {
            var text = tokens[k].Text;
            if (text is "," or ";" or "—" or "–" or "”" or "\"") return false;
            if (IsAuxiliary(text)) return true;
        }

        return false;
    }

    /// <summary>
    /// An inverted tag: a verb of saying right after a comma (or a closing quotation mark) that closes some content, then
    /// its agent — a name, a source noun, a plural ("said scientists") or a determiner phrase ("said the chairman of the
    /// committee") — up to the end of the sentence, a comma or a subordinate clause ("while speaking in the house"). An
    /// agent holds no number, auxiliary or "that": "…, said the economy grew 5%" is a frame with content.
    /// </summary>
    private bool IsInvertedTag(int verb, int end)
    {
        var tokens = _article.Tokens;
        // A verb of saying inverts wherever its agent ends ("…, said the minister, adding …"); another cue verb only as the
        // sentence's last words ("…, reports the industry group."), else "…, reported a 60% rise" is a frame.
        var saying = _vocabulary.ClauseVerbs.Contains(tokens[verb].Text);
        if (!saying && !_vocabulary.Verbs.Contains(tokens[verb].Text)) return false;
        var first = _article.Sentences[tokens[verb].SentenceIndex].FirstToken;
        var p = verb - 1;
        if (p <= first || !(tokens[p].Text is "," or "”" or "\"" or "’" or "''")) return false;
        var before = 0;
        for (var k = first; k < p && before < 2; k++)
        {
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number) before++;
        }

        if (before < 2 || verb + 1 >= end) return false;
        var head = tokens[verb + 1];
        if (!head.IsWord) return false;
        var agentLike = head.IsCapitalized || _vocabulary.SourceNouns.Contains(head.Text) || head.Text is "the" or "a" or "an" or "his" or "her" or "its" or "their"
                        || head.Text.Length > 3 && head.Text.EndsWith("s", StringComparison.Ordinal) && !head.Text.EndsWith("ss", StringComparison.Ordinal) && !NotAgents.Contains(head.Text)
                        || ModifiedSourceNoun(verb + 1, end) || TitleBeforeName(verb + 1, end);
        if (!agentLike || head.Text is "he" or "she" or "it" or "they" or "we" or "I" or "there") return false;
        var words = 0;
        for (var k = verb + 1; k < end; k++)
        {
            var text = tokens[k].Text;
            if (text is "," or ";" or "." or "!" or "?" or "”" or "\"" or ")" or "—" or "–") return words > 0 && (saying || text is "." or "!" && k == end - 1);
            if (tokens[k].Kind == TokenKind.Number || text is "that" or ":" or "“") return false;
            if (words > 0 && TagClauseStarts.Contains(text)) return saying;
            if (IsAuxiliary(text)) return false;
            if (++words > 14) return false;
        }

        return words > 0 && saying;
    }

    /// <summary>
    /// "…, said geologist Sam Reed.", "…, said tourism minister Ali Khan of the province": a title in lower case — one to
    /// three words with no determiner, none a function word — right before a capitalised name is the agent's title.
    /// </summary>
    private bool TitleBeforeName(int from, int end)
    {
        var tokens = _article.Tokens;
        for (var k = from; k < end && k <= from + 3; k++)
        {
            var token = tokens[k];
            if (token.IsCapitalized && token.IsWord && !token.IsAllCaps) return k > from && k + 1 < end && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized;
            if (!token.IsWord || IsAuxiliary(token.Text) || Lexicon.FunctionWords.IsFunctionWord(token.Text) || token.Text.EndsWith("ed", StringComparison.Ordinal)
                || token.Text.EndsWith("ing", StringComparison.Ordinal)) return false;
        }

        return false;
    }

    /// <summary>
    /// "…, said industry officials.", "…, said senior ministry officials.": an inverted agent in lower case, up to three
    /// modifiers before a noun of a source or a body, that ends the tag (a stop, a comma, a closing mark). "…, said
    /// health workers were …" has no source noun, and "said government officials had …" goes on as a clause.
    /// </summary>
    private bool ModifiedSourceNoun(int from, int end)
    {
        var tokens = _article.Tokens;
        for (var k = from; k < end && k <= from + 3; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || token.IsCapitalized || IsAuxiliary(token.Text) || Lexicon.FunctionWords.IsFunctionWord(token.Text)) return false;
            // A body noun may itself modify the head ("senior union officials").
            if (k > from && (_vocabulary.SourceNouns.Contains(token.Text) || _vocabulary.BodyNouns.Contains(token.Text))
                && k + 1 < end && tokens[k + 1].Text is "," or "." or "!" or ";" or "”" or "\"" or ")" or "—" or "–")
                return true;
        }

        return false;
    }

    /// <summary>Words that open a clause after an inverted agent ("said Bilawal Bhutto while speaking …").</summary>
    private static readonly HashSet<string> TagClauseStarts = AttributionVocabulary.Set(
        "while", "when", "as", "after", "before", "during", "adding", "citing", "noting", "speaking", "addressing", "referring", "who", "which");

    /// <summary>
    /// Where a frame's content starts. After verbs of telling ("told an audience of 500,000 that …", "briefed
    /// reporters"), the first noun phrase is the addressee: the content starts at "that", a colon or a quotation.
    /// </summary>
    private int ContentStart(int verb, int end)
    {
        var tokens = _article.Tokens;
        if (!_vocabulary.AddresseeVerbs.Contains(tokens[verb].Text)) return verb;
        // "the company warned it may transfer 7,000 jobs": a subject pronoun and an auxiliary open the reported clause
        // (no addressee).
        if (verb + 2 < end && tokens[verb + 1].Text is "it" or "he" or "she" or "they" or "we" or "there"
            && IsAuxiliary(tokens[verb + 2].Text))
            return verb + 1;
        for (var k = verb + 1; k < end; k++)
        {
            if (tokens[k].Text is "that" or ":" or "“" or "\"" or ",") return k;
            // "briefed parliament on the loss of 1,200 jobs", "told reporters about the 40 arrests": after a short addressee
            // the topic of the message is what the source tells ("on Monday", "on 12 May" is a time, not a topic).
            if (k > verb + 1 && k <= verb + 5 && tokens[k].Text is "on" or "about" && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
                && !(tokens[k + 1].Text is "the" && k + 2 < end && (tokens[k + 2].IsCapitalized || tokens[k + 2].Kind == TokenKind.Number))
                && AddresseeWords(verb + 1, k)) return k;
        }

        // "told the BBC the panels varied from 2m to 15m": a named addressee (or "reporters"), then a clause that
        // opens with a determiner or a pronoun — the content starts there.
        var a = verb + 1;
        if (a < end && tokens[a].Text is "the" or "The") a++;
        var named = 0;
        while (a < end && named < 4 && tokens[a].IsWord && (tokens[a].IsCapitalized || named == 0 && tokens[a].Text is "reporters" or "journalists")) { a++; named++; }
        if (named > 0 && a < end && tokens[a].Text is "the" or "a" or "an" or "he" or "she" or "they" or "it" or "there" or "its" or "their" or "his" or "her")
            return a;
        // "told the council 450 homes had been flooded": a definite addressee of one to three plain words, then a number that
        // opens the reported clause.
        if (verb + 1 < end && tokens[verb + 1].Text == "the")
        {
            var b = verb + 2;
            while (b < end && b <= verb + 4 && tokens[b].IsWord && !tokens[b].IsCapitalized && !NotAgents.Contains(tokens[b].Text) && !AddresseeStops.Contains(tokens[b].Text)) b++;
            if (b > verb + 2 && b < end && tokens[b].Kind == TokenKind.Number) return b;
        }

        return end;
    }

    /// <summary>Words that end an addressee: prepositions, conjunctions and relatives.</summary>
    private static readonly HashSet<string> AddresseeStops = AttributionVocabulary.Set(
        "of", "in", "on", "at", "for", "to", "from", "with", "by", "about", "and", "or", "but", "that", "who", "which", "whom", "as", "after", "before", "during");

    /// <summary>The words from <paramref name="from"/> up to <paramref name="to"/> can be an addressee: a name, a pronoun, or a
    /// determiner and plain nouns ("parliament", "the committee", "reporters", "the Senate panel"), no preposition or number.</summary>
    private bool AddresseeWords(int from, int to)
    {
        var tokens = _article.Tokens;
        for (var k = from; k < to; k++)
            if (!tokens[k].IsWord || AddresseeStops.Contains(tokens[k].Text)) return false;
        return true;
    }

    private static readonly HashSet<string> TagContinuations = AttributionVocabulary.Set(
        "the", "a", "an", "his", "her", "its", "their", "on", "in", "at", "last", "yesterday", "today", "this", "late", "earlier",
        "later", "also", "separately", "recently", "by", "while", "when", "after", "before", "during", "as", "adding", "citing", "without",
        "here", "there", "tonight", "privately", "publicly", "via");

    /// <summary>A frame's content: from <paramref name="from"/> to where the verb's clause gives way to another
    /// predication (", but Congress approved …", "…, who killed 17"), else to the end of the sentence.</summary>
    private void AddFrom(Sentence sentence, int from, int sentenceEnd, bool speech, int cueToken, bool clausal = false)
    {
        var list = _cues[sentence.Index] ??= new List<Cue>(2);
        list.Add(new Cue(from, ContentEnd(from, sentenceEnd, cueToken >= 0 && _article.Tokens[cueToken].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase), clausal), Scope.Content, speech, cueToken, clausal));
    }

    private int ContentEnd(int from, int end, bool participle, bool clausal)
    {
        // The first content break after the cue, from two article-wide "next break at or after k" tables built once:
        // reading on to the break for every cue made a sentence of thousands of cues quadratic.
        var (nextCommaBreak, nextRelative) = _contentBreaks ??= ContentBreakTables();
        var result = end;
        if (from + 1 >= end) return result;
        // ", but …": a comma before a conjunction that opens its own clause (the conjunction inside the content).
        if (!clausal && nextCommaBreak[from + 1] + 1 < end) result = nextCommaBreak[from + 1];
        // A participle's content ("attackers claiming allegiance to IS, who killed 17") is its own object: a relative
        // clause after it makes another claim. A finite frame's content runs on ("said that …, which …").
        if (participle && nextRelative[from + 1] < result) result = nextRelative[from + 1];
        return result;
    }

    private (int[] NextCommaBreak, int[] NextRelative)? _contentBreaks;

    /// <summary>For each token position k, the first position at or after k of a comma followed by a clause-opening
    /// conjunction, and of a "who"/"which" after an agent word (int.MaxValue - 1 when there is none).</summary>
    private (int[] NextCommaBreak, int[] NextRelative) ContentBreakTables()
    {
        var tokens = _article.Tokens;
        var none = int.MaxValue - 1;
        var comma = new int[tokens.Count + 1];
        var relative = new int[tokens.Count + 1];
        comma[tokens.Count] = none;
        relative[tokens.Count] = none;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var text = tokens[k].Text;
            comma[k] = text == "," && k + 1 < tokens.Count && ContentBreaks.Contains(tokens[k + 1].Text) ? k : comma[k + 1];
            relative[k] = k > 0 && text is "who" or "which" && tokens[k - 1].IsWord && !NotAgents.Contains(tokens[k - 1].Text) ? k : relative[k + 1];
        }

        return (comma, relative);
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

    private bool AddresseeEndsSentence(int verb, int end)
    {
        var tokens = _article.Tokens;
        var words = 0;
        for (var k = verb + 1; k < end; k++)
        {
            if (tokens[k].Text is "." or "!" ) return words > 0 && words <= 3 && k == end - 1;
            if (!tokens[k].IsWord || ++words > 3) return false;
        }

        return words > 0 && words <= 3;
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

        // A document's findings are propositions ("A Daily Telegraph poll suggests two-thirds …").
        if (_vocabulary.IsDocumentVerb(tokens[verb].Text) && HasDocumentSubject(verb, _article.Sentences[tokens[verb].SentenceIndex].FirstToken)) return true;
        var k = content == verb ? verb + 1 : content;
        return k < end && tokens[k].Text is "that" or ":" or "“" or "\"";
    }

    /// <summary>A cue before any number of its clause frames what follows ("According to Dar, …", "He added that …").</summary>
    private bool IsFrame(int first, int clauseStart, int cue)
    {
        // At the head of its clause ("According to Dar, …", "But according to …"), or after a short opening
        // adverbial and its comma ("In 2024, according to the PBS, …"); "Three hundred were hospitalised,
        // according to …" follows its content.
        _ = first;
        var tokens = _article.Tokens;
        for (var j = clauseStart; j < cue; j++)
        {
            if (tokens[j].Kind == TokenKind.Number) return false;
        }

        if (cue - clauseStart <= 1) return true;
        return cue - 1 > clauseStart && tokens[cue - 1].Text == "," && cue - clauseStart <= 5;
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

    private bool HasNumber(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_article.Tokens[k].Kind == TokenKind.Number) return true;
        }

        return false;
    }
}
