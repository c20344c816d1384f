using System;
using System.Collections.Generic;
using System.Globalization;
using EditorialLint.RuleFiles;
using EditorialLint.Text;

namespace EditorialLint.Lexicon;

/// <summary>
/// Finds, in one article, every occurrence of a term that could be spelled another way, with the key that
/// spelling folds to. Pure and linear in the article: the corpus pass joins the keys, never pairs of articles.
/// House-style forms claim their text first; then each token gets at most one automatic key.
/// </summary>
internal sealed class VariantExtractor
{
    private static readonly HashSet<string> NameRunJoiners = new(StringComparer.Ordinal) { "of", "for", "the", "and" };

    private static readonly HashSet<string> AcronymJoiners = new(StringComparer.Ordinal) { "of", "for", "the", "and", "e", "i", "ul", "al", "in", "on", "de" };

    // Before these, "counter terrorism" is a verb and its object, not the noun "counter-terrorism".
    private static readonly HashSet<string> VerbContext = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "can", "could", "must", "should", "may", "might", "shall", "we", "they", "i", "you", "not",
    };

    private static readonly string[] UnitEvidence = { "unit" };

    private readonly Article _article;
    // An array, not the article's IReadOnlyList: the scan reads tokens by index many times per word, and an
    // interface call each time costs more than copying the references once.
    private readonly Token[] _tokens;
    private readonly bool[] _claimed;
    private readonly List<VariantOccurrence> _found = new();
    private readonly List<int> _parts = new();

    // The name run of the sentence being scanned, and the part lists of flushed runs for reuse: one list per
    // capitalised word was most of what the scan allocated.
    private readonly List<List<int>> _run = new();
    private readonly Stack<List<int>> _spareParts = new();

    // Key builders, cleared for each name (a name's key, a British/American name's key).
    private readonly System.Text.StringBuilder _nameKey = new();
    private readonly System.Text.StringBuilder _pairKey = new();
    private readonly WordFacts.Cache _words = WordFacts.ForThisThread();

    // Each token's WordFacts once looked up: a capitalised word is asked about by the name run (HasForeignPart), its
    // key and its own scan, and every lookup in the corpus-wide cache is a few cache misses.
    private readonly WordFacts?[] _tokenFacts;

    // One delegate per article: a method group passed to Exists/FindIndex is a new delegate at every call.
    private readonly Predicate<List<int>> _hasForeignPart;

    // The article's token count: the three arrays above may be longer (reused from an earlier article).
    private readonly int _count;

    private VariantExtractor(Article article)
    {
        _article = article;
        var tokens = article.Tokens;
        _count = tokens.Count;
        var scratch = Scratch.For(_count);
        _tokens = scratch.Tokens;
        _claimed = scratch.Claimed;
        _tokenFacts = scratch.Facts;
        if (tokens is List<Token> list) list.CopyTo(_tokens);
        else for (var i = 0; i < _count; i++) _tokens[i] = tokens[i];
        _hasForeignPart = HasForeignPart;
    }

    /// <summary>
    /// The per-token arrays, kept per thread and cleared for each article instead of allocated: three arrays the
    /// length of every article were a tenth of what the rule allocated. An article is extracted on one thread
    /// from start to end, and extraction never nests.
    /// </summary>
    private sealed class Scratch
    {
        // Longer articles get arrays of their own, so one huge input does not stay in memory.
        private const int MaxKept = 1 << 16;

        [ThreadStatic]
        private static Scratch? t_scratch;

        private Scratch(int length)
        {
            Tokens = new Token[length];
            Claimed = new bool[length];
            Facts = new WordFacts?[length];
        }

        public Token[] Tokens { get; }
        public bool[] Claimed { get; }
        public WordFacts?[] Facts { get; }

        public static Scratch For(int count)
        {
            if (count > MaxKept) return new Scratch(count);
            var scratch = t_scratch;
            if (scratch is null || scratch.Tokens.Length < count)
                return t_scratch = new Scratch(Math.Min(MaxKept, Math.Max(count, scratch is null ? 4096 : scratch.Tokens.Length * 2)));
            Array.Clear(scratch.Claimed, 0, count);
            Array.Clear(scratch.Facts, 0, count);
            return scratch;
        }
    }

    /// <summary>The occurrences in text order.</summary>
    public static List<VariantOccurrence> Extract(Article article, IReadOnlyList<VariantGroup> houseGroups, bool automatic) =>
        Extract(article, new HouseFormIndex(houseGroups), automatic);

    /// <summary>The occurrences in text order; <paramref name="house"/> is built once per run.</summary>
    public static List<VariantOccurrence> Extract(Article article, HouseFormIndex house, bool automatic)
    {
        var extractor = new VariantExtractor(article);
        extractor.MatchHouseForms(house);
        if (automatic)
        {
            extractor.MatchExonyms();
            foreach (var sentence in article.Sentences) extractor.ScanSentence(sentence);
            foreach (var sentence in article.Sentences) extractor.ScanAcronyms(sentence);
        }

        extractor._found.Sort((a, b) => a.Span.CompareTo(b.Span));
        var text = article.Text;
        // A house list's forms match as every listed term does (TermMatcher), so they keep their matches.
        extractor._found.RemoveAll(o => o.Family != VariantFamily.House && IsInsideAddress(text, o.Span));
        extractor.AddFullNameEvidence();
        return extractor._found;
    }

    /// <summary>
    /// Whether the span is part of a web address or an e-mail address written without http:// or www. (the tokenizer
    /// marks those): a run with no white space that holds a domain followed by a path (site.com/blackhistory/) or
    /// ends in one (news.example.com), or a name@domain. An address is spelled as its owner chose, not the desk.
    /// </summary>
    internal static bool IsInsideAddress(string text, TextSpan span)
    {
        const int Reach = 120;
        var start = span.Start;
        var stop = Math.Max(0, span.Start - Reach);
        while (start > stop && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = span.End;
        var limit = Math.Min(text.Length, span.End + Reach);
        while (end < limit && !char.IsWhiteSpace(text[end])) end++;
        if (start == span.Start && end == span.End) return false;
        // Closing punctuation is not part of an address.
        while (end > span.End && text[end - 1] is '.' or ',' or ';' or ':' or ')' or ']' or '"' or '\'' or '”' or '’') end--;
        var at = text.IndexOf('@', start, end - start);
        if (at > start && at + 1 < end && text.IndexOf('.', at + 1, end - at - 1) is var dot && dot > at + 1 && dot + 1 < end && char.IsLetter(text[dot + 1])) return true;
        // A domain: a dot between letters, two or more letters after it, then a slash or the run's end.
        for (var i = start + 1; i + 2 < end; i++)
        {
            if (text[i] != '.' || !char.IsLetterOrDigit(text[i - 1])) continue;
            var j = i + 1;
            while (j < end && char.IsLetter(text[j]) && char.IsLower(text[j])) j++;
            if (j - i - 1 < 2) continue;
            if (j < end && text[j] == '/') return true;
            if (j == end && i > start && IsTopLevelDomain(text, i + 1, j)) return true;
        }

        return false;
    }

    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.Ordinal) { "com", "org", "net", "gov", "edu", "mil", "info", "biz", "pk", "uk" };

    private static bool IsTopLevelDomain(string text, int start, int end) => end - start <= 4 && TopLevelDomains.Contains(text.Substring(start, end - start));

    /// <summary>
    /// Every house form, matched as every listed term is (<see cref="TermMatcher"/>: whole tokens, any white space
    /// inside a paragraph for a space, ' = ’, NFC); quotations included, since a house spelling is the desk's
    /// choice wherever it is written. The tokens a form covers are claimed: no automatic key is taken from them.
    /// </summary>
    private void MatchHouseForms(HouseFormIndex house)
    {
        if (house.Count == 0 || _count == 0) return;
        foreach (var match in house.Matcher.Find(_article, skipQuotations: false))
        {
            var group = (VariantGroup)match.Term.Tag!;
            var form = match.Term.Text;
            var id = group.CaseSensitive ? form : form.ToLowerInvariant();
            _found.Add(new VariantOccurrence(VariantFamily.House, "h:" + group.Preferred, id, match.Text, match.Span, house: group));
            for (var t = match.FirstToken; t < match.FirstToken + match.TokenCount; t++) _claimed[t] = true;
        }
    }

    /// <summary>
    /// Place names from the built-in exonym list (Kiev, Kyiv). A form inside a longer proper name keeps it: the
    /// Calcutta Cup, Prince of Persia, the Bombay Stock Exchange are names of other things.
    /// </summary>
    private void MatchExonyms()
    {
        for (var t = 0; t < _count; t++)
        {
            var token = _tokens[t];
            if (!token.IsWord || _claimed[t] || !token.IsCapitalized || !TryStem(token, out var stem, out var span)) continue;
            if (!Exonyms.TryGetOfficialName(stem, out var official) || IsInsideLongerName(t) || IsAttributive(t)) continue;
            _found.Add(new VariantOccurrence(VariantFamily.Exonym, "e:" + official, stem, stem, span));
            _claimed[t] = true;
        }
    }

    /// <summary>"the Siam sect", "the Bombay duck": a place name between "the" and a noun names a kind of thing.</summary>
    private bool IsAttributive(int index)
    {
        if (index < 1 || index + 1 >= _count || !string.Equals(_tokens[index - 1].Text, "the", StringComparison.OrdinalIgnoreCase)) return false;
        var next = _tokens[index + 1];
        return next.IsWord && next.SpaceBefore && !next.IsCapitalized && !FunctionWords.IsFunctionWord(next.Text);
    }

    private bool IsInsideLongerName(int index)
    {
        var sentence = _article.GetSentence(_tokens[index]);
        var start = sentence.FirstToken;
        var end = start + sentence.TokenCount;
        if (index + 1 < end && IsNamePart(index + 1)) return true;
        if (index - 1 >= start && IsNamePart(index - 1)) return true;
        return index - 2 >= start && _tokens[index - 1].Text == "of" && IsNamePart(index - 2);
    }

    private bool IsNamePart(int index)
    {
        var token = _tokens[index];
        return token.IsWord && token.IsCapitalized && !token.IsAllCaps && !FunctionWords.IsFunctionWord(token.Text.ToLowerInvariant());
    }

    private void ScanSentence(Sentence sentence)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        var run = _run;
        var t = sentence.FirstToken;
        while (t < end)
        {
            if (!_tokens[t].IsWord || _claimed[t])
            {
                FlushRun(run, sentence);
                t++;
                continue;
            }

            // One scratch list for the unit (most units are one word and never kept); a run keeps a copy.
            var parts = _parts;
            parts.Clear();
            parts.Add(t);
            var u = t;
            while (u + 2 < end && IsAttachedHyphen(u + 1) && _tokens[u + 2].IsWord && !_tokens[u + 2].SpaceBefore && !_claimed[u + 2])
            {
                u += 2;
                parts.Add(u);
            }

            // A title word after a place or body starts the person's name: the run so far is flushed, and the
            // title leads the next run as an English word.
            if (parts.Count == 1 && run.Count > 0 && char.IsUpper(_tokens[t].Text[0]) && PersonTitles.IsTitle(_tokens[t].Text) && run.Exists(_hasForeignPart)) FlushRun(run, sentence);

            if (parts.Count == 1 && IsTitleAbbreviation(_tokens[t].Text))
            {
                // A title ends whatever came before it and starts a person's name: "Consul General in Karachi Dr
                // Rudiger Lotz" names Rudiger Lotz, keyed as every other mention of him is.
                FlushRun(run, sentence);
                t++;
                continue;
            }

            if (IsNameCapable(parts))
            {
                if (run.Count > 0 && run[run.Count - 1][run[run.Count - 1].Count - 1] != t - 1) FlushRun(run, sentence);
                var kept = _spareParts.Count > 0 ? _spareParts.Pop() : new List<int>(parts.Count);
                kept.AddRange(parts);
                run.Add(kept);
                if (_tokens[u].Text.Length != StemLength(_tokens[u]) || EndsBodyBeforeName(parts, run, end)) FlushRun(run, sentence);
                t = u + 1;
                continue;
            }

            FlushRun(run, sentence);
            t = ScanUnit(parts, sentence, end);
        }

        FlushRun(run, sentence);
    }

    /// <summary>A hyphen chain or word not inside a name: a compound, or its words one by one. Returns the next token.</summary>
    private int ScanUnit(List<int> parts, Sentence sentence, int limit)
    {
        var last = parts[parts.Count - 1];
        if (parts.Count > 1)
        {
            if (TryHyphenatedAcronym(parts, sentence)) return last + 1;
            if (!TryCompoundUnit(parts) && !TryPhraseCompound(parts)) foreach (var part in parts) ScanToken(part, sentence, allowOpen: false);
            return last + 1;
        }

        return ScanToken(last, sentence, allowOpen: last + 1 < limit) ? last + 2 : last + 1;
    }

    /// <summary>
    /// A run of capitalised words (Defence Minister Khawaja Asif, Tehreek-e-Taliban Pakistan). Leading words that
    /// are all English (titles, a headline's first words) are scanned on their own; from the first word that is not
    /// English, the run is one name, keyed word by word so that only whole names with the same words match.
    /// </summary>
    private void FlushRun(List<List<int>> run, Sentence sentence)
    {
        if (run.Count == 0) return;
        var first = run.FindIndex(_hasForeignPart);
        // A given name the word list also holds (Hamza, Amir) right before the first foreign word starts the name:
        // "Hamza Attou" is keyed as one name, as "Aamir Dogar" is.
        if (first > 0 && run[first - 1].Count == 1 && IsGivenNameWord(run[first - 1][0])) first--;
        // A weekday or month after a name is the date of what the person did (Mahathir Mohamad Friday called…),
        // not part of the name.
        var nameEnd = run.Count;
        while (first >= 0 && nameEnd - 1 > first && run[nameEnd - 1].Count == 1 && IsCalendarWord(run[nameEnd - 1][0])) nameEnd--;
        var nameStart = first < 0 ? int.MaxValue : run[first][0];
        var next = 0;
        for (var i = 0; i < run.Count && (first < 0 || i < first); i++)
        {
            if (run[i][0] < next) continue;
            // A sentence's first word, capitalised only there, may start an open compound with the lower-case word
            // after it (Lap tops may…, Heat waves hit…); the word it takes is not scanned again. A function word
            // there is more often a preposition before a noun phrase (Under age discrimination proposals).
            if (first < 0 && run.Count == 1 && run[0].Count == 1 && run[0][0] == sentence.FirstToken
                && !FunctionWords.IsFunctionWord(_tokens[run[0][0]].Text.ToLowerInvariant()))
            {
                var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
                next = ScanUnit(run[i], sentence, sentenceEnd);
                if (next == run[0][0] + 2) _claimed[run[0][0] + 1] = true;
                continue;
            }

            next = ScanUnit(run[i], sentence, Math.Min(nameStart, run[run.Count - 1][run[run.Count - 1].Count - 1] + 1));
        }

        if (first >= 0)
        {
            var key = _nameKey.Clear().Append("n:");
            var substantive = 0;
            TextSpan lastSpan = default;
            for (var i = first; i < nameEnd; i++)
            {
                if (i > first) key.Append(' ');
                // An -e-/-i- connector marks the whole compound as romanised (Ulema-e-Islam): its words are keyed
                // as transliterations even when English has borrowed them (ulema).
                var romanised = false;
                for (var p = 1; p < run[i].Count - 1; p++)
                {
                    var inner = _tokens[run[i][p]].Text;
                    if (VariantFolding.IsNameConnector(inner)) romanised = true;
                }

                // A word broken by a stray hyphen (Telecommunication Auth-ority) is keyed as the whole word.
                if (run[i].Count == 2 && IsBrokenWord(_tokens[run[i][0]].Text, _tokens[run[i][1]].Text, out var joinedWord))
                {
                    TryStem(_tokens[run[i][1]], out _, out lastSpan);
                    substantive++;
                    key.Append(joinedWord);
                    continue;
                }

                for (var p = 0; p < run[i].Count; p++)
                {
                    var token = _tokens[run[i][p]];
                    TryStem(token, out var text, out lastSpan);
                    var facts = FactsOf(run[i][p], text);
                    var lower = facts.Plain;
                    if (p > 0) key.Append('-');
                    if (text == lower && VariantFolding.IsNameConnector(lower)) { key.Append('e'); continue; }
                    substantive++;
                    // The article al/el is one particle however written (El Shifa / Al Shifa, el-Sisi / al-Sisi).
                    if (lower is "al" or "el") { key.Append("al"); continue; }
                    // A listed exonym inside a name is keyed as the place's official name, so one entity named
                    // with either (the Simla/Shimla Agreement) is one key; the Calcutta Cup meets no Kolkata Cup.
                    if (Exonyms.TryGetOfficialName(text, out var official) && official != text) key.Append(_words.Of(official).TransliterationKey);
                    else if (romanised || !facts.PlainEnglish || PersonTitles.IsGivenName(lower) || IsSurnameHomograph(run, i, p, nameEnd, lower)) key.Append(facts.TransliterationKey);
                    else key.Append(EnglishLexicon.TryGetAmericanSpelling(lower, out var american) ? american : lower);
                }
            }

            // A one-word name keeps its first letter as written: Omar and Umar alone may be any two men.
            if (substantive == 1 && key.Length > 2 && TryStem(_tokens[run[first][0]], out var firstWord, out _)) key[2] = VariantFolding.OneWordFirstLetter(_words.Of(firstWord).Plain[0]);
            var span = TextSpan.FromBounds(_tokens[run[first][0]].Span.Start, lastSpan.End);
            var surface = CollapseSpaces(_article.GetText(span));
            var evidence = new List<string>(3);
            if (substantive >= 2) evidence.Add(UnitEvidence[0]);
            AddContext(evidence, run[first][0] - 1, sentence);

            var last = run[nameEnd - 1];
            AddContext(evidence, last[last.Count - 1] + 1, sentence);
            Add(VariantFamily.Name, key.ToString(), surface.ToLowerInvariant(), surface, span, evidence);
        }

        foreach (var parts in run)
        {
            parts.Clear();
            _spareParts.Push(parts);
        }

        run.Clear();
    }

    /// <summary>
    /// The last word of a name, after a given name that is not English, which the word list holds as a rare English
    /// word (Uzi Landau, Landau a carriage): a surname, keyed as a transliteration like the given name before it, so
    /// Uzi Landu meets it. Body heads (Jinnah Hospital is Jinnah's, not a surname), titles and British/American
    /// words (Shaukat Khanum Centre/Center) keep their English key.
    /// </summary>
    private bool IsSurnameHomograph(List<List<int>> run, int index, int part, int nameEnd, string lower)
    {
        if (index != nameEnd - 1 || index == 0 || run[index].Count != 1 || part != 0 || lower.Length < 4) return false;
        if (run[index - 1].Count != 1 || !HasForeignPart(run[index - 1])) return false;
        if (PersonTitles.IsBodyHead(lower) || PersonTitles.IsTitle(lower) || FunctionWords.IsFunctionWord(lower)) return false;
        return !EnglishLexicon.TryGetAmericanSpelling(lower, out _);
    }

    /// <summary>
    /// A one-word name in an article that also writes it inside a full name (Mostefai after Ismael Omar Mostefai)
    /// names that person: it carries the full name's key, which is the same for every spelling of the full name.
    /// </summary>
    private void AddFullNameEvidence()
    {
        // Only the words written alone somewhere in the article are looked up below: the parts of full names that
        // are not are never asked for, so they get no list.
        HashSet<string>? alone = null;
        foreach (var occurrence in _found)
        {
            if (occurrence.Family == VariantFamily.Name && !occurrence.IsMultiWordName) (alone ??= new HashSet<string>(StringComparer.Ordinal)).Add(VariantFolding.StripDiacritics(occurrence.Form));
        }

        if (alone is null) return;
        Dictionary<string, List<string>>? fullNames = null;
        foreach (var occurrence in _found)
        {
            if (occurrence.Family != VariantFamily.Name || !occurrence.IsMultiWordName) continue;
            fullNames ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var part in VariantFolding.StripDiacritics(occurrence.Form).Split(' ', '-'))
            {
                if (!alone.Contains(part)) continue;
                if (!fullNames.TryGetValue(part, out var keys)) fullNames.Add(part, keys = new List<string>());
                if (!keys.Contains(occurrence.Key)) keys.Add(occurrence.Key);
            }
        }

        if (fullNames is null) return;
        foreach (var occurrence in _found)
        {
            if (occurrence.Family != VariantFamily.Name || occurrence.IsMultiWordName) continue;
            // The word itself, not its key: Paterson alone is not the Jim Patterson of the same article.
            if (!fullNames.TryGetValue(VariantFolding.StripDiacritics(occurrence.Form), out var keys) || occurrence.Evidence is not List<string> evidence) continue;
            foreach (var key in keys) evidence.Add("full:" + key);
        }
    }

    /// <summary>
    /// The word next to a name, as evidence of who or what it names: "Consul General Rüdiger" and "Rudiger Lotz"
    /// share nothing, "Rüdiger Lotz" and "Rudiger Lotz" share "lotz". Function words say nothing about the referent.
    /// </summary>
    private void AddContext(List<string> evidence, int index, Sentence sentence)
    {
        if (index < sentence.FirstToken || index >= sentence.FirstToken + sentence.TokenCount) return;
        var token = _tokens[index];
        if (!token.IsWord || token.Text.Length < 3) return;
        TryStem(token, out var text, out _);
        // The word's cached facts: Plain is its lower case without diacritics, PlainEnglish whether that is English.
        var facts = FactsOf(index, text);
        var lower = facts.Plain;
        if (FunctionWords.IsFunctionWord(lower)) return;
        evidence.Add(facts.ContextEvidence);
    }

    /// <summary>
    /// A body's head word (Assembly, Council) after a place or body and right before a name that is not English
    /// (the Punjab Assembly Malik Ahmad Khan Bachar): the body ends there and the person's name starts after it.
    /// </summary>
    private bool EndsBodyBeforeName(List<int> parts, List<List<int>> run, int end)
    {
        if (parts.Count != 1 || run.Count < 2 || !PersonTitles.IsBodyHead(_tokens[parts[0]].Text)) return false;
        var next = parts[0] + 1;
        if (next >= end || !_tokens[next].IsWord || !_tokens[next].SpaceBefore || _claimed[next] || !char.IsUpper(_tokens[next].Text[0])) return false;
        _single.Clear();
        _single.Add(next);
        return HasForeignPart(_single) && run.Exists(_hasForeignPart);
    }

    private readonly List<int> _single = new(1);

    private bool HasForeignPart(List<int> parts)
    {
        // A word broken by a stray hyphen (Auth-ority) is the English word, not a name's part.
        if (parts.Count == 2 && IsBrokenWord(_tokens[parts[0]].Text, _tokens[parts[1]].Text, out _)) return false;
        foreach (var part in parts)
        {
            TryStem(_tokens[part], out var text, out _);
            var facts = FactsOf(part, text);
            var lower = facts.Plain;
            // A country or its demonym before a name is a title word (Palestinian Council Speaker Ahmed Qurei,
            // Portuguese guitarist Pedro Jóia): the name starts after it, so the same name keys the same.
            // Two-letter particles start a name (Al Udeid, El Sisi); two-letter abbreviated titles do not (Mr, Dr).
            if (text != lower && (text.Length >= 3 || IsNameParticle(lower)) && !facts.PlainEnglish && !facts.Country) return true;
        }

        return false;
    }

    private static bool IsTitleAbbreviation(string text) =>
        text is "Dr" or "Mr" or "Mrs" or "Ms" or "Mst" or "Prof" or "Gen" or "Lt" or "Col" or "Maj" or "Capt" or "Sen" or "Rep" or "Gov" or "Sgt" or "Cdr" or "Adm" or "Brig" or "Rev" or "Hon";

    private static bool IsNameParticle(string lower) => lower is "al" or "el" or "ul" or "ad" or "ud" or "ar" or "ur" or "as" or "an";

    internal static bool IsCountryWordOf(string lower) => IsCountryWord(lower);

    internal static bool IsLettersOf(string value) => IsLetters(value);

    internal static bool IsAllUpperOf(string value) => IsAllUpper(value);

    internal static bool IsSplittableCompoundOf(string lower) => IsSplittableCompound(lower);

    internal static bool IsPrefixCompoundOf(string lower)
    {
        if (VariantFolding.IsBlockedClosedCompound(lower)) return false;
        foreach (var prefix in VariantFolding.CompoundPrefixes)
        {
            if (prefix.Length < 2 || lower.Length - prefix.Length < 4 || !lower.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (EnglishLexicon.IsEnglishWord(lower.Substring(prefix.Length))) return true;
        }

        return false;
    }

    internal static HashSet<string>? ClosedCompoundTails(string lower) => ClosedCompounds.Value.TryGetValue(lower, out var tails) ? tails : null;

    private static bool IsCountryWord(string lower) =>
        Quantities.CountryNames.Folded.Contains(lower.Length > 5 ? lower.Substring(0, 5) : lower) || CombiningForms.Contains(lower);

    // Country combining forms: Indo-Pak, Sino-US, Anglo-French are relations between countries, not names.
    private static readonly HashSet<string> CombiningForms = new(StringComparer.Ordinal)
    {
        "indo", "sino", "anglo", "franco", "russo", "afro", "euro", "austro", "judeo", "greco", "italo", "hispano",
        "pak", "afpak", "turco", "perso", "arabo", "irano",
    };

    /// <summary>Capitalised words joined by hyphens, with lower-case connectors inside (Tehreek-e-Insaf).</summary>
    private bool IsNameCapable(List<int> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            // A name may hold an apostrophe between letters (Ma’arka, O'Brien); the transliteration key drops it.
            var stemmed = TryStem(_tokens[parts[i]], out var text, out _);
            if (!stemmed && !HasInnerApostrophe(text)) return false;
            if (!IsLetters(stemmed ? text : text.Replace("'", string.Empty).Replace("\u2019", string.Empty))) return false;
            if (i < parts.Count - 1 && text.Length != _tokens[parts[i]].Text.Length) return false;
            var inner = i > 0 && i < parts.Count - 1;
            if (inner && VariantFolding.IsNameConnector(text)) continue;
            if (text.Length < 2 || IsAllUpper(text)) return false;
            if (!char.IsUpper(text[0]) && !IsLowerCaseGivenNamePart(parts, i, text)) return false;
        }

        return true;
    }

    /// <summary>
    /// The lower-case second half of a hyphenated given name (Cheung Tze-keung, Kim Dae-jung): neither half is
    /// English, so the chain is one name word, not a compound.
    /// </summary>
    private bool IsLowerCaseGivenNamePart(List<int> parts, int i, string text)
    {
        if (parts.Count != 2 || i != 1 || !IsLetters(text) || FactsOf(parts[1], text).PlainEnglish) return false;
        if (!TryStem(_tokens[parts[0]], out var head, out _) || head.Length < 2 || !char.IsUpper(head[0]) || IsAllUpper(head)) return false;
        return !FactsOf(parts[0], head).PlainEnglish;
    }

    /// <summary>A capitalised given name the English word list also holds (Amir, Hamza), not in capitals.</summary>
    private bool IsGivenNameWord(int index)
    {
        var text = _tokens[index].Text;
        return text.Length >= 3 && char.IsUpper(text[0]) && !IsAllUpper(text) && PersonTitles.IsGivenName(text);
    }

    /// <summary>A weekday or an unambiguous month (not May, March, June: names and words too).</summary>
    private bool IsCalendarWord(int index) => CalendarWords.Contains(_tokens[index].Text);

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "April", "July", "August", "September", "October", "November", "December",
    };

    private static bool HasInnerApostrophe(string text)
    {
        var at = text.IndexOfAny(Apostrophes);
        return at >= 1 && at <= text.Length - 3 && at == text.LastIndexOfAny(Apostrophes) && char.IsLetter(text[at - 1]) && char.IsLetter(text[at + 1]);
    }

    private static readonly char[] Apostrophes = { '\'', '\u2019' };

    /// <summary>The facts of token <paramref name="index"/>'s stem (<paramref name="stem"/>, from <see cref="TryStem"/>).</summary>
    private WordFacts FactsOf(int index, string stem) => _tokenFacts[index] ??= _words.Of(stem);

    private static int StemLength(Token token) => TryStem(token, out var stem, out _) ? stem.Length : token.Text.Length;

    private bool IsAttachedHyphen(int index)
    {
        var token = _tokens[index];
        return token.Text is "-" or "\u2010" or "\u2011" && !token.SpaceBefore;
    }

    /// <summary>One token; returns true when an open compound consumed the next token too.</summary>
    private bool ScanToken(int index, Sentence sentence, bool allowOpen)
    {
        var token = _tokens[index];
        if (_claimed[index] || !TryStem(token, out var stem, out var span)) return false;
        if (stem.IndexOf('.') >= 0)
        {
            var letters = stem.Replace(".", string.Empty);
            if (letters.Length >= 2 && IsAllUpper(letters)) AddAbbreviation(index, letters, stem, span, sentence);
            else if (letters.Length is 2 or 3 && IsLetters(letters) && IsAllLower(letters) && stem.Length == 2 * letters.Length) Add(VariantFamily.Abbreviation, "a:" + letters, stem, stem, span);
            return false;
        }

        var facts = FactsOf(index, stem);
        if (!facts.Letters) return false;
        if (facts.AllUpper)
        {
            if (stem.Length is >= 2 and <= 5 && !IsRomanNumeral(stem) && !IsShouting(index, sentence)) AddAbbreviation(index, stem, stem, span, sentence);
            return false;
        }

        var lower = facts.Lower;

        if (facts.American is { } american)
        {
            if (!char.IsUpper(stem[0]))
            {
                Add(VariantFamily.BritishAmerican, facts.BritishAmericanKey, lower, stem, span);
                // A British/American word made of a prefix and a word (destabilising, reorganise) is also a closed
                // compound: its hyphenated spelling (de-stabilising) is the same word, whichever variety it keeps.
                if (facts.PrefixCompound) Add(VariantFamily.Compound, facts.CompoundKey, lower, stem, span);
            }
            else AddBritishAmericanName(index, american, lower, stem, span, sentence);
            return false;
        }

        if (allowOpen && (facts.ClosedTails is not null || facts.Prefix) && TryOpenCompound(index, facts, sentence)) return true;

        // A lower-case abbreviation written without its stops (ie for i.e.): short, not a word, not part of a
        // hyphenated tag (eg-dj). It joins only a dotted form with the same letters.
        if (stem.Length is 2 or 3 && lower == stem && !facts.English && !IsNextToHyphen(index))
        {
            Add(VariantFamily.Abbreviation, facts.AbbreviationKey, lower, stem, span);
            return false;
        }

        // English words the vocabulary writes with marks (café, façade), with or without them; a foreign word
        // with marks (für inside a bank's name) is not an English word's second spelling.
        if (!char.IsUpper(stem[0]) && facts.AccentedForm)
        {
            Add(VariantFamily.Diacritic, facts.DiacriticKey, lower, stem, span);
            return false;
        }

        if (char.IsUpper(stem[0]) && stem.Length >= 3 && !facts.PlainEnglish)
        {
            Add(VariantFamily.Name, facts.OneWordNameKey, lower, stem, span);
            return false;
        }

        if (lower.Length >= 5 && IsCaseStyle(stem) && facts.Splittable) Add(VariantFamily.Compound, facts.CompoundKey, lower, stem, span);
        return false;
    }

    private bool TryOpenCompound(int index, WordFacts facts, Sentence sentence)
    {
        var lower = facts.Lower;
        if (facts.ClosedTails is { } closedTails && TryOpenClosedWord(index, lower, closedTails, sentence)) return true;
        if (lower == "e" || !facts.Prefix) return false;
        var next = index + 1;
        var end = sentence.FirstToken + sentence.TokenCount;
        if (next >= end || _claimed[next] || !_tokens[next].IsWord || !_tokens[next].SpaceBefore) return false;
        if (next + 1 < end && IsAttachedHyphen(next + 1)) return false;
        if (!TryStem(_tokens[next], out var stem, out var span) || !IsLetters(stem) || stem.Length < 3) return false;
        var first = _tokens[index].Text;
        if (!IsCaseStyle(first, stem)) return false;
        var second = stem.ToLowerInvariant();
        if (!EnglishLexicon.IsEnglishWord(second)) return false;
        if (index > sentence.FirstToken && _tokens[index - 1].IsWord && VerbContext.Contains(_tokens[index - 1].Text.ToLowerInvariant())) return false;
        var whole = TextSpan.FromBounds(_tokens[index].Span.Start, span.End);
        Add(VariantFamily.Compound, "c:" + lower + second, lower + " " + second, _article.GetText(whole), whole);
        return true;
    }

    /// <summary>
    /// Two words that the vocabulary also writes as one (loud speaker / loudspeaker, oil fields / oilfields,
    /// per cent / percent): the open spelling of a closed compound. Pairs with a function word are phrases, not
    /// compounds (any one, in sight, break down, tax is), so <see cref="ClosedCompounds"/> leaves them out.
    /// <paramref name="tails"/> are the word's entry there, already looked up in its <see cref="WordFacts"/>.
    /// </summary>
    private bool TryOpenClosedWord(int index, string lower, HashSet<string> tails, Sentence sentence)
    {
        var next = index + 1;
        var end = sentence.FirstToken + sentence.TokenCount;
        if (next >= end || _claimed[next] || !_tokens[next].IsWord || !_tokens[next].SpaceBefore) return false;
        if (next + 1 < end && IsAttachedHyphen(next + 1)) return false;
        if (index > sentence.FirstToken && IsAttachedHyphen(index - 1)) return false;
        var second = _tokens[next].Text;
        if (!tails.Contains(second)) return false;
        if (!IsCaseStyle(_tokens[index].Text, second)) return false;
        // A particle after the second word that makes a word with it is a phrasal verb's (he must first hand over
        // the leaders: hand over, a handover), so the two words are not the closed compound (firsthand).
        if (next + 1 < end && _tokens[next + 1].IsWord && _tokens[next + 1].SpaceBefore && VerbParticles.Contains(_tokens[next + 1].Text)
            && EnglishLexicon.IsEnglishWord(second.ToLowerInvariant() + _tokens[next + 1].Text)) return false;
        var whole = TextSpan.FromBounds(_tokens[index].Span.Start, _tokens[next].Span.End);
        Add(VariantFamily.Compound, "c:" + lower + second, lower + " " + second, _article.GetText(whole), whole);
        return true;
    }

    // Closed English compounds by their first part: head → the second parts that close with it (and their
    // plurals: shock waves → shockwaves). Both parts are content words of two letters or more; a head is not a
    // plural (ins tall is not install); prepositions head only per cent and under way, the closed compounds
    // news desks write both ways (per mission is not permission, under age 20 not underage). An -ly adverb made
    // from an adjective (strategically, legally) is a word of its own, not two content words run together: its
    // two parts are a noun phrase (a strategic ally), never its open spelling.
    private static readonly Lazy<Dictionary<string, HashSet<string>>> ClosedCompounds = new(() =>
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in EnglishClosedCompounds!.Value)
        {
            if (EnglishLexicon.IsLyAdverb(word)) continue;
            for (var i = 2; i <= word.Length - 2; i++)
            {
                var head = word.Substring(0, i);
                var tail = word.Substring(i);
                if (!EnglishLexicon.IsEnglishWord(head) || !EnglishLexicon.IsEnglishWord(tail)) continue;
                if (FunctionWords.IsFunctionWord(tail) || (FunctionWords.IsFunctionWord(head) && !IsOpenPrepositionCompound(head, tail))) continue;
                if (head.EndsWith("s", StringComparison.Ordinal) || VariantFolding.IsBlockedClosedCompound(word)) continue;
                if (!map.TryGetValue(head, out var tails)) map.Add(head, tails = new HashSet<string>(StringComparer.Ordinal));
                tails.Add(tail);
                if (!tail.EndsWith("s", StringComparison.Ordinal)) tails.Add(tail + "s");
            }
        }

        return map;
    });

    /// <summary>The adverbial particles of phrasal verbs (hand over, break down, set up), lower case.</summary>
    internal static readonly HashSet<string> VerbParticles = new(StringComparer.Ordinal) { "over", "out", "up", "down", "off", "back", "away", "in", "on", "through", "about", "around" };

    /// <summary>The two closed compounds headed by a preposition that desks also write open: per cent, under way.</summary>
    private static bool IsOpenPrepositionCompound(string head, string tail) => (head, tail) is ("per", "cent") or ("under", "way");

    private bool TryCompoundUnit(List<int> parts)
    {
        if (parts.Count != 2) return false;
        var first = _tokens[parts[0]].Text;
        if (!TryStem(_tokens[parts[1]], out var second, out var lastSpan)) return false;
        if (!IsLetters(first) || !IsLetters(second) || !IsCaseStyle(first, second)) return false;
        var a = first.ToLowerInvariant();
        var b = second.ToLowerInvariant();
        if (IsBrokenWord(first, second, out var joined))
        {
            var broken = TextSpan.FromBounds(_tokens[parts[0]].Span.Start, lastSpan.End);
            Add(VariantFamily.Compound, "c:" + joined, a + "-" + b, _article.GetText(broken), broken);
            return true;
        }

        // The head may be any word (tehsil-level, a loanword before an English noun); the tail must be English.
        var prefixOk = VariantFolding.CompoundPrefixes.Contains(a) || (a.Length >= 2 && EnglishLexicon.IsEnglishWord(a)) || (a.Length >= 4 && !char.IsUpper(first[0]));
        if (!prefixOk || b.Length < 2 || !EnglishLexicon.IsEnglishWord(b) || VariantFolding.IsBlockedClosedCompound(a + b)) return false;
        var span = TextSpan.FromBounds(_tokens[parts[0]].Span.Start, lastSpan.End);
        Add(VariantFamily.Compound, "c:" + a + b, a + "-" + b, _article.GetText(span), span);
        return true;
    }

    /// <summary>
    /// Two capitals joined by a hyphen (K-P, G-B): the acronym written with a hyphen for its stops, keyed with KP and
    /// K.P. (or, before a name, as the initials J-P of J-P Smith). Not when a stop and a letter follow (a party and a
    /// state, D-N.Y.), in a longer chain (M-A-S-H), nor with a numeral second (S-I beside S-II).
    /// </summary>
    private bool TryHyphenatedAcronym(List<int> parts, Sentence sentence)
    {
        if (parts.Count != 2) return false;
        var first = _tokens[parts[0]];
        if (first.Text.Length != 1 || !IsUpperAscii(first.Text[0]) || !TryStem(_tokens[parts[1]], out var second, out var secondSpan)) return false;
        // A second letter I, V or X is a numeral: a plan's or a phase's number (S-I beside S-II), not an acronym.
        if (second.Length != 1 || !IsUpperAscii(second[0]) || second[0] is 'I' or 'V' or 'X') return false;
        var next = parts[1] + 1;
        if (next < _count && !_tokens[next].SpaceBefore && (_tokens[next].IsWord || IsAttachedHyphen(next))) return false;
        // A stop right after, with a letter right after it, is an abbreviation going on (D-N.Y.); a sentence's stop is not.
        if (next + 1 < _count && _tokens[next].Text == "." && !_tokens[next + 1].SpaceBefore && _tokens[next + 1].IsWord) return false;
        if (parts[0] > 0 && !first.SpaceBefore && (_tokens[parts[0] - 1].IsWord || IsAttachedHyphen(parts[0] - 1))) return false;
        var span = TextSpan.FromBounds(first.Span.Start, secondSpan.End);
        AddAbbreviation(parts[1], first.Text + second, _article.GetText(span), span, sentence);
        return true;
    }

    private static bool IsUpperAscii(char c) => c is >= 'A' and <= 'Z';

    /// <summary>
    /// A three-word phrase hyphenated as one modifier or adverb (over-the-counter, up-and-coming, face-to-face):
    /// lower-case English words, a linking word in the middle, and a content word at the end. Its open
    /// spelling (sold over the counter) is the corpus pass's to find. A British/American word inside keeps its own
    /// pairing, so such a phrase is not keyed.
    /// </summary>
    private bool TryPhraseCompound(List<int> parts)
    {
        if (parts.Count != 3 || !TryStem(_tokens[parts[2]], out var last, out var lastSpan)) return false;
        var first = _tokens[parts[0]].Text;
        var middle = _tokens[parts[1]].Text;
        if (!IsPhraseCompound(first, middle, last)) return false;
        var span = TextSpan.FromBounds(_tokens[parts[0]].Span.Start, lastSpan.End);
        Add(VariantFamily.Compound, "c:" + first + " " + middle + " " + last, first + "-" + middle + "-" + last, _article.GetText(span), span);
        return true;
    }

    internal static bool IsPhraseCompound(string first, string middle, string last)
    {
        if (!PhraseLinks.Contains(middle) || first.Length < 2 || last.Length < 2 || !IsLetters(first) || !IsLetters(last) || !IsAllLower(first) || !IsAllLower(last)) return false;
        if (!EnglishLexicon.IsEnglishWord(first) || !EnglishLexicon.IsEnglishWord(last)) return false;
        // A phrase ends on its content word: state-of-the (art) is a longer chain cut short, and soon-to-be or
        // children-to-be before a verb (soon to be published) is not the modifier.
        if (FunctionWords.IsFunctionWord(last) || PhraseLinks.Contains(first)) return false;
        return !EnglishLexicon.TryGetAmericanSpelling(first, out _) && !EnglishLexicon.TryGetAmericanSpelling(last, out _);
    }

    // The words that link a hyphenated phrase's two ends (up-and-coming, over-the-counter, face-to-face).
    private static readonly HashSet<string> PhraseLinks = new(StringComparer.Ordinal)
    {
        "and", "or", "the", "a", "to", "of", "in", "on", "for", "by", "at", "than",
    };

    /// <summary>
    /// A word with a hyphen inside it that is not a compound of two words: a line-break hyphen left in the copy
    /// (Auth-ority, envi-ronment) or a compound whose second part is not a word on its own (home-schoolers). The
    /// parts joined are an English word (or its plural) while one part is not a word; a prefix's compound
    /// (co-star, pre-empt) and an acronym's (UN-backed) are not broken words. Its closed spelling is the same word.
    /// </summary>
    internal static bool IsBrokenWord(string first, string second, out string joined)
    {
        joined = string.Empty;
        if (first.Length < 2 || second.Length < 2 || !IsLetters(first) || !IsLetters(second) || !IsAllLower(second)) return false;
        if (first.Length > 1 && char.IsUpper(first[1])) return false;
        var a = first.ToLowerInvariant();
        if (VariantFolding.CompoundPrefixes.Contains(a) || (EnglishLexicon.IsEnglishWord(a) && EnglishLexicon.IsEnglishWord(second))) return false;
        var whole = a + second;
        if (whole.Length < 6 || VariantFolding.IsBlockedClosedCompound(whole) || !IsEnglishWordOrPlural(whole)) return false;
        joined = whole;
        return true;
    }

    internal static bool IsEnglishWordOrPlural(string lower) =>
        EnglishLexicon.IsEnglishWord(lower)
        || (lower.Length > 4 && lower[lower.Length - 1] == 's' && EnglishLexicon.IsEnglishWord(lower.Substring(0, lower.Length - 1)));

    private void ScanAcronyms(Sentence sentence)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var k = sentence.FirstToken + 1; k + 2 < end; k++)
        {
            if (_tokens[k].Text != "(" || _tokens[k + 2].Text != ")") continue;
            var acronym = _tokens[k + 1].Text;
            if (acronym.Length is < 2 or > 6 || !IsLetters(acronym) || !IsAllUpper(acronym)) continue;
            var letter = acronym.Length - 1;
            var first = -1;
            for (var j = k - 1; j >= sentence.FirstToken && letter >= 0; j--)
            {
                var token = _tokens[j];
                if (IsAttachedHyphen(j)) continue;
                if (!token.IsWord || !IsLetters(token.Text)) break;
                if (char.IsUpper(token.Text[0]) && char.ToUpperInvariant(token.Text[0]) == acronym[letter]) { letter--; first = j; }
                else if (!AcronymJoiners.Contains(token.Text)) break;
            }

            if (letter >= 0 || first < 0 || first == k - 1) continue;
            AddAcronymExpansion(acronym, TextSpan.FromBounds(_tokens[first].Span.Start, _tokens[k - 1].Span.End));
        }
    }

    // Its own method: a lambda capturing the span inside ScanAcronyms' loop made a closure at every token of the scan.
    private void AddAcronymExpansion(string acronym, TextSpan span)
    {
        // An expansion takes over the names inside it, but never text a house form, compound or pair holds.
        if (_found.Exists(o => o.Span.OverlapsWith(span) && (o.Family is not (VariantFamily.Name or VariantFamily.Abbreviation) || !span.Contains(o.Span)))) return;
        _found.RemoveAll(o => o.Span.OverlapsWith(span));
        var surface = _article.GetText(span);
        var form = CollapseSpaces(surface);
        Add(VariantFamily.Acronym, "x:" + acronym + ":" + VariantFolding.ConsonantSkeleton(form), form.ToLowerInvariant(), form, span);
    }

    /// <summary>
    /// Capital letters with or without stops (U.S., US). Before a name, or after a title before a capitalised word
    /// (Justice K.K. Agha), they are a person's initials (S.P. Gupta, A.K. Bharti): the person's to write, not an
    /// acronym's spelling. Initials are keyed with the name they stand before, so S.M. Tanveer and SM Tanveer are
    /// one spelling question and K.K. Agha never meets KK, the Karachi Kings' tag.
    /// </summary>
    private void AddAbbreviation(int index, string letters, string stem, TextSpan span, Sentence sentence)
    {
        var next = index + 1;
        // Dotted initials end a "sentence" for the splitter (Maen A.M. Khreasat): the name after them still counts.
        var end = stem.EndsWith(".", StringComparison.Ordinal) ? Math.Min(_count, sentence.FirstToken + sentence.TokenCount + 1) : sentence.FirstToken + sentence.TokenCount;
        if (next < end && _tokens[next].IsWord && _tokens[next].SpaceBefore && char.IsUpper(_tokens[next].Text[0]) && !IsAllUpper(_tokens[next].Text)
            && (IsPersonalName(_tokens[next].Text) || AfterTitle(index)) && TryStem(_tokens[next], out var name, out _) && IsLetters(name))
        {
            Add(VariantFamily.Abbreviation, "i:" + letters + " " + VariantFolding.StripDiacritics(name.ToLowerInvariant()), stem, stem, span);
            return;
        }

        Add(VariantFamily.Abbreviation, "a:" + letters, stem, stem, span);
    }

    /// <summary>A person's title right before the token (Justice, Mr, Dr): what follows is a name.</summary>
    private bool AfterTitle(int index)
    {
        if (index < 1 || !_tokens[index - 1].IsWord) return false;
        var title = _tokens[index - 1].Text.TrimEnd('.');
        return char.IsUpper(title[0]) && (IsTitleAbbreviation(title) || PersonTitles.IsTitle(title));
    }

    private static bool IsPersonalName(string text) =>
        text.Length >= 3 && char.IsUpper(text[0]) && !IsAllUpper(text) && IsLetters(text) && !EnglishLexicon.IsEnglishWord(text.ToLowerInvariant());

    private bool IsNextToHyphen(int index) =>
        (index + 1 < _count && IsAttachedHyphen(index + 1)) || (index > 0 && _tokens[index].SpaceBefore == false && IsAttachedHyphen(index - 1));

    private void Add(VariantFamily family, string key, string form, string surface, TextSpan span, IReadOnlyList<string>? evidence = null) =>
        _found.Add(new VariantOccurrence(family, key, form, surface, span, evidence));

    /// <summary>
    /// A capitalised British/American word. Inside a name (two or more capitalised words: World Health
    /// Organization, Defence Minister, Department of Defense) the whole name is the term, so the same entity named
    /// both ways is a variant and a different entity's fixed name is not (the U.S. Department of Defense beside a
    /// Defence Minister). Alone mid-sentence it is a proper noun (Labour the party, a surname Gray) and keeps its
    /// spelling; alone at a sentence start it is the common word.
    /// </summary>
    private void AddBritishAmericanName(int index, string american, string lower, string stem, TextSpan span, Sentence sentence)
    {
        var start = sentence.FirstToken;
        var end = start + sentence.TokenCount;
        var first = index;
        while (true)
        {
            // A possessive before the name is its owner, not part of it (Pakistan's Defence Minister).
            if (first - 1 >= start && IsCapitalizedWord(first - 1) && !_claimed[first - 1] && StemLength(_tokens[first - 1]) == _tokens[first - 1].Text.Length) first--;
            else if (first - 2 >= start && NameRunJoiners.Contains(_tokens[first - 1].Text) && IsCapitalizedWord(first - 2) && !_claimed[first - 2]) first -= 2;
            else break;
        }

        // A sentence's first function word is not part of the name. A country or demonym is: the British Defence
        // Ministry is another entity than the Defense Ministry of an American desk's own government.
        while (first < index && (FunctionWords.IsFunctionWord(_tokens[first].Text.ToLowerInvariant()) || NameRunJoiners.Contains(_tokens[first].Text))) first++;
        var last = index;
        while (true)
        {
            if (last + 1 < end && IsCapitalizedWord(last + 1) && !_claimed[last + 1] && EnglishLexicon.IsEnglishWord(_tokens[last + 1].Text.ToLowerInvariant())) last++;
            else if (last + 2 < end && NameRunJoiners.Contains(_tokens[last + 1].Text) && IsCapitalizedWord(last + 2) && !_claimed[last + 2] && EnglishLexicon.IsEnglishWord(_tokens[last + 2].Text.ToLowerInvariant())) last += 2;
            else break;
        }

        if (first == last)
        {
            // A capital at a sentence start may be the common word's or a name's: it is the common word unless
            // the article also writes the word capitalised mid-sentence (Labour the party, Gray the surname).
            if (index == start || (index == start + 1 && !_tokens[start].IsWord))
            {
                if (!IsCapitalizedMidSentence(stem, skipOpening: false)) Add(VariantFamily.BritishAmerican, "b:" + american, lower, stem, span);
            }
            // Right after the sentence's opening function words (The Stabilisation fund…) the capital is the
            // sentence's or a name's: compared only with the same word capitalised in that place (its own key,
            // the American spelling capitalised), never with the common word, unless the article writes the word
            // capitalised elsewhere mid-sentence (Labour the party).
            else if (index == FirstContentWord(sentence) && !IsCapitalizedMidSentence(stem, skipOpening: true))
            {
                Add(VariantFamily.BritishAmerican, "b:" + char.ToUpperInvariant(american[0]) + american.Substring(1), stem, stem, span);
            }

            return;
        }

        var key = _pairKey.Clear().Append("b:");
        for (var t = first; t <= last; t++)
        {
            if (t > first) key.Append(' ');
            TryStem(_tokens[t], out var text, out _);
            var word = text.ToLowerInvariant();
            key.Append(EnglishLexicon.TryGetAmericanSpelling(word, out var us) ? us : word);
            _claimed[t] = true;
        }

        TryStem(_tokens[last], out _, out var lastSpan);
        var whole = TextSpan.FromBounds(_tokens[first].Span.Start, lastSpan.End);
        var surface = CollapseSpaces(_article.GetText(whole));
        if (surface.IndexOf('\'') >= 0 || surface.IndexOf('\u2019') >= 0) return;
        // A country or demonym with one or two words is a title many entities share (British Defence Ministry,
        // Australian Labor Party): spelled the desk's way or the entity's own, so it needs a shared neighbour.
        // Without one, the name's words are the entity (Defence Minister, Privatisation Commission).
        var words = 0;
        var country = false;
        for (var t = first; t <= last; t++)
        {
            var text = _tokens[t].Text.ToLowerInvariant();
            if (IsCountryWord(text)) country = true;
            else if (!NameRunJoiners.Contains(text)) words++;
        }

        // A two-word title (Labour Minister, Defence Secretary) is one too: every government has one, so without a
        // shared neighbour (the minister's name) the two spellings may be two countries' titles.
        TryStem(_tokens[last], out var head, out _);
        var title = !country && words == 2 && PersonTitles.IsTitle(head);
        List<string>? evidence = null;
        if ((country && words <= 2) || title)
        {
            evidence = new List<string>(3) { CountryTitleEvidence };
            AddContext(evidence, first - 1, sentence);
            AddContext(evidence, last + 1, sentence);
        }

        _found.Add(new VariantOccurrence(VariantFamily.BritishAmerican, key.ToString(), surface.ToLowerInvariant(), surface, whole, evidence));
    }

    /// <summary>True when the article writes <paramref name="word"/> (capitalised) after the first word of a sentence.</summary>
    private bool IsCapitalizedMidSentence(string word, bool skipOpening)
    {
        foreach (var sentence in _article.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            var firstWord = sentence.FirstToken + (sentence.TokenCount > 1 && !_tokens[sentence.FirstToken].IsWord ? 1 : 0);
            if (skipOpening) firstWord = FirstContentWord(sentence);
            for (var t = firstWord + 1; t < end; t++)
            {
                if (_tokens[t].IsWord && TryStem(_tokens[t], out var text, out _) && string.Equals(text, word, StringComparison.Ordinal)) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence's first word after an opening mark and its opening function words (The, In the, This): the
    /// first place where a capital may be the sentence's.
    /// </summary>
    private int FirstContentWord(Sentence sentence)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        var t = sentence.FirstToken + (sentence.TokenCount > 1 && !_tokens[sentence.FirstToken].IsWord ? 1 : 0);
        while (t + 1 < end && _tokens[t].IsWord && FunctionWords.IsFunctionWord(_tokens[t].Text.ToLowerInvariant())) t++;
        return t;
    }

    internal const string CountryTitleEvidence = "country-title";

    private bool IsCapitalizedWord(int index) => _tokens[index].IsWord && char.IsUpper(_tokens[index].Text[0]);

    /// <summary>All-caps words around an all-caps token mean shouted text ("HELP US"), not an abbreviation.</summary>
    private bool IsShouting(int index, Sentence sentence)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var j = index - 1; j <= index + 1; j += 2)
        {
            if (j < sentence.FirstToken || j >= end || !_tokens[j].IsWord) continue;
            var text = _tokens[j].Text;
            if (text.Length >= 3 && IsAllUpper(text) && IsLetters(text) && EnglishLexicon.IsEnglishWord(text.ToLowerInvariant())) return true;
        }

        return false;
    }

    private static bool IsRomanNumeral(string value)
    {
        foreach (var c in value)
        {
            if ("IVXLCDM".IndexOf(c) < 0) return false;
        }

        return true;
    }

    // English words that are also two words run together (longstanding, healthcare): computed once from the lexicon.
    private static readonly Lazy<HashSet<string>> EnglishClosedCompounds = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in EnglishLexicon.Words)
        {
            if (word.Length >= 5 && Splits(word)) set.Add(word);
        }

        return set;
    });

    private const int MaxCompoundLength = 64;

    // The adverbial particles that head phrasal compounds (offload, backup, onboard, outdated, downtime, bypass).
    private static readonly string[] Particles = { "off", "back", "on", "over", "out", "up", "down", "by", "through", "after" };

    /// <summary>
    /// English words made of an adverbial particle and a word (offloading, backup, onboard, bypass): a function word
    /// heads no open compound (off loading is a verb and its particle), but the hyphenated spelling (off-loading,
    /// back-up) is the same word, so such a closed word is keyed with it. The tail is a word of four letters or
    /// more, or a particle itself (backup): a short tail makes other words (office is not off-ice, onset not
    /// on-set). Not a function word itself (throughout, outside). Never paired with an open form (see ClosedCompounds).
    /// </summary>
    private static readonly Lazy<HashSet<string>> ParticleCompounds = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in EnglishLexicon.Words)
        {
            if (word.Length < 5 || FunctionWords.IsFunctionWord(word) || VariantFolding.IsBlockedClosedCompound(word)) continue;
            foreach (var particle in Particles)
            {
                if (!word.StartsWith(particle, StringComparison.Ordinal)) continue;
                var tail = word.Substring(particle.Length);
                if ((tail.Length >= 4 || Array.IndexOf(Particles, tail) >= 0) && EnglishLexicon.IsEnglishWord(tail)) { set.Add(word); break; }
            }
        }

        return set;
    });

    private static bool IsSplittableCompound(string lower)
    {
        if (VariantFolding.IsBlockedClosedCompound(lower)) return false;
        if (EnglishLexicon.IsEnglishWord(lower)) return EnglishClosedCompounds.Value.Contains(lower) || ParticleCompounds.Value.Contains(lower);
        // Words outside the vocabulary repeat across a corpus (names in lower case, run-together words); the answer
        // depends only on the word, so it is kept (up to a bound) instead of cutting the word at every position again.
        if (SplitCache.TryGetValue(lower, out var known)) return known;
        var splits = Splits(lower);
        if (SplitCache.Count < MaxSplitCache) SplitCache.TryAdd(lower, splits);
        return splits;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> SplitCache = new(StringComparer.Ordinal);

    private const int MaxSplitCache = 200_000;

    private static bool Splits(string lower)
    {
        // Both halves must be dictionary words, so no real compound is this long; without the cap a 1 MB "word"
        // costs its length squared in substrings (a hang, found by the robustness suite).
        if (lower.Length > MaxCompoundLength) return false;
        for (var i = 1; i <= lower.Length - 2; i++)
        {
            var head = lower.Substring(0, i);
            // A function word does not head a compound: another is not an other, become not be come. (It may end one:
            // follow-up, followup.)
            if (!VariantFolding.CompoundPrefixes.Contains(head) && (head.Length < 2 || !EnglishLexicon.IsEnglishWord(head) || (FunctionWords.IsFunctionWord(head) && head is not ("per" or "under")))) continue;
            var tail = lower.Substring(i);
            if (EnglishLexicon.IsEnglishWord(tail)) return true;
        }

        return false;
    }

    /// <summary>Strips a possessive 's; words with any other apostrophe (contractions, Qur'an) are left alone.</summary>
    private static bool TryStem(Token token, out string stem, out TextSpan span)
    {
        stem = token.Text;
        span = token.Span;
        // Asked several times for every word: one pass over its few characters, not two IndexOf calls.
        var length = stem.Length;
        if (length > 2 && stem[length - 1] == 's' && stem[length - 2] is '\'' or '’')
        {
            stem = stem.Substring(0, length - 2);
            span = new TextSpan(span.Start, stem.Length);
        }

        foreach (var c in stem)
        {
            if (c is '\'' or '’') return false;
        }

        return true;
    }

    private static bool IsLetters(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) return false;
        }

        return value.Length > 0;
    }

    private static bool IsAllLower(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsLower(c)) return false;
        }

        return true;
    }

    private static bool IsAllUpper(string value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }

        return true;
    }

    /// <summary>No white space but single spaces after something else: what <see cref="CollapseSpaces"/> would return unchanged.</summary>
    private static bool IsCollapsed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || value[i - 1] == ' ')) return false;
        }

        return true;
    }

    /// <summary>
    /// <see cref="IsCaseStyle(string)"/> of <paramref name="first"/>-<paramref name="second"/> without making the
    /// string: a capital after the hyphen is a part's start, so each part is checked on its own.
    /// </summary>
    private static bool IsCaseStyle(string first, string second) => IsCaseStyle(first) && IsCaseStyle(second);

    /// <summary>Lower case throughout, or capitals only at the start of parts (headline or sentence start).</summary>
    private static bool IsCaseStyle(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsUpper(value[i]) && value[i - 1] != '-') return false;
        }

        return true;
    }

    private static string CollapseSpaces(string value)
    {
        // Most forms already have single spaces between words: nothing to collapse, and no copy.
        if (IsCollapsed(value)) return value;
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c)) { if (builder.Length > 0 && builder[builder.Length - 1] != ' ') builder.Append(' '); }
            else builder.Append(c);
        }

        return builder.ToString();
    }
}

/// <summary>
/// What the extractor asks of one written word (its stem as written), answered once per thread and word instead
/// of once per occurrence: lower case, diacritics folded, English or not, British spelling, compound parts. A
/// word recurs thousands of times in a corpus, and each answer is several hash lookups.
/// </summary>
internal sealed class WordFacts
{
    [ThreadStatic]
    private static Cache? t_cache;

    // Words are few (a corpus has tens of thousands of distinct ones); the bound keeps odd input from growing it.
    private const int MaxCached = 200_000;

    private string? _transliterationKey;
    private string? _oneWordNameKey;
    private string? _britishAmericanKey;
    private string? _compoundKey;
    private string? _abbreviationKey;
    private string? _diacriticKey;
    private string? _contextEvidence;
    private int _splittable = -1;

    private WordFacts(string stem)
    {
        Letters = VariantExtractor.IsLettersOf(stem);
        AllUpper = VariantExtractor.IsAllUpperOf(stem);
        Lower = stem.ToLowerInvariant();
        Plain = VariantFolding.StripDiacritics(Lower);
        English = EnglishLexicon.IsEnglishWord(Lower);
        PlainEnglish = ReferenceEquals(Plain, Lower) || Plain == Lower ? English : EnglishLexicon.IsEnglishWord(Plain);
        American = EnglishLexicon.TryGetAmericanSpelling(Lower, out var american) ? american : null;
        AccentedForm = EnglishLexicon.HasAccentedForm(Plain);
        ClosedTails = VariantExtractor.ClosedCompoundTails(Lower);
        Prefix = VariantFolding.CompoundPrefixes.Contains(Lower);
        Country = VariantExtractor.IsCountryWordOf(Plain);
        PrefixCompound = American is not null && VariantExtractor.IsPrefixCompoundOf(Lower);
    }

    public bool Letters { get; }
    public bool AllUpper { get; }
    public string Lower { get; }

    /// <summary>Lower case without diacritics.</summary>
    public string Plain { get; }
    public bool English { get; }
    public bool PlainEnglish { get; }
    public string? American { get; }
    public bool AccentedForm { get; }
    public HashSet<string>? ClosedTails { get; }
    public bool Prefix { get; }
    public bool Country { get; }

    /// <summary>A prefix of two letters or more and an English word of four or more (destabilising, reorganise).</summary>
    public bool PrefixCompound { get; }

    public string TransliterationKey => _transliterationKey ??= VariantFolding.TransliterationKey(Plain);

    // The keys a word's occurrences carry, made once per word rather than concatenated at every occurrence.
    public string BritishAmericanKey => _britishAmericanKey ??= "b:" + American;

    public string CompoundKey => _compoundKey ??= "c:" + Lower;

    public string AbbreviationKey => _abbreviationKey ??= "a:" + Lower;

    public string DiacriticKey => _diacriticKey ??= "d:" + Plain;

    /// <summary>The evidence a name takes from this word beside it (see AddContext).</summary>
    public string ContextEvidence => _contextEvidence ??= (PlainEnglish ? "ctx:" : "ctxname:") + Plain;

    /// <summary>The key of a one-word name: its transliteration key with the first letter as written (Omar, Umar).</summary>
    public string OneWordNameKey => _oneWordNameKey ??= "n:" + VariantFolding.OneWordFirstLetter(Plain[0]) + TransliterationKey.Substring(1);

    public bool Splittable
    {
        get
        {
            if (_splittable < 0) _splittable = VariantExtractor.IsSplittableCompoundOf(Lower) ? 1 : 0;
            return _splittable == 1;
        }
    }

    /// <summary>This thread's cache (taken once per article: a thread-static read per word costs more than the lookup).</summary>
    public static Cache ForThisThread() => t_cache ??= new Cache();

    internal sealed class Cache
    {
        private readonly Dictionary<string, WordFacts> _byStem = new(StringComparer.Ordinal);

        // The strings last looked up, by a slot from their length and letters: an article's tokens share one string
        // per word (the tokenizer's pool), so a word's second and later uses find its facts here by reference,
        // without hashing the word and missing the cache in the large dictionary. The same string object always has
        // the same facts, so entries left from an earlier article are never wrong, only unused.
        private readonly string?[] _recentStems = new string?[RecentSlots];
        private readonly WordFacts?[] _recentFacts = new WordFacts?[RecentSlots];
        private const int RecentSlots = 1024;

        public WordFacts Of(string stem)
        {
            var length = stem.Length;
            var slot = length == 0 ? 0 : (int)((uint)(length * 40503 ^ stem[0] * 31 ^ stem[length - 1] * 1031 ^ stem[length >> 1] * 7) & (RecentSlots - 1));
            if (ReferenceEquals(_recentStems[slot], stem)) return _recentFacts[slot]!;
            if (!_byStem.TryGetValue(stem, out var facts))
            {
                if (_byStem.Count >= MaxCached) _byStem.Clear();
                facts = new WordFacts(stem);
                _byStem.Add(stem, facts);
            }

            _recentStems[slot] = stem;
            _recentFacts[slot] = facts;
            return facts;
        }
    }
}

/// <summary>
/// EDL0001's house-style forms as terms of the one <see cref="TermMatcher"/>, built once per run: the same
/// matching as a <c>variants</c> rule under a desk's own ID, so one YAML group finds the same spans either way.
/// </summary>
internal sealed class HouseFormIndex
{
    public HouseFormIndex(IReadOnlyList<VariantGroup> groups)
    {
        var terms = new List<Term>();
        foreach (var group in groups)
        {
            var termCase = group.CaseSensitive ? TermCase.Exact : TermCase.Ignore;
            foreach (var form in group.Forms)
            {
                if (Term.Create(form, termCase, group) is { } term) terms.Add(term);
            }
        }

        Matcher = new TermMatcher(terms);
    }

    public TermMatcher Matcher { get; }

    /// <summary>How many forms are indexed.</summary>
    public int Count => Matcher.Count;
}
