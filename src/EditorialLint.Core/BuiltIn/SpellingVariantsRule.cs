using System.Collections.Generic;
using EditorialLint.Engine;
using EditorialLint.Lexicon;
using EditorialLint.RuleFiles;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.BuiltIn;

/// <summary>
/// EDL0001: one spelling per term. The article pass reports an article's own mixed spellings (live in the IDE);
/// the corpus pass reports articles that are consistent in themselves but differ from the rest of the corpus.
/// An article whose term the article pass reported is left out of that term's corpus pass, so no occurrence is
/// reported twice and the two passes never ask for different spellings in one article.
/// </summary>
public sealed class SpellingVariantsRule : CorpusRule<SpellingVariantsSummary>
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SpellingVariants,
        "Spell a term one way",
        "'{actual}' is also written '{preferred}' {scope} ({counts}); use '{preferred}' ({basis})",
        "Consistency",
        Severity.Warning,
        "A term is written more than one way, in one article or across the corpus: forms from a house-style list, or " +
        "spellings that differ only in diacritics, hyphenation of a compound, British/American spelling, dots in an " +
        "abbreviation, transliterated vowels of a name, or the expansion of one acronym.",
        new[]
        {
            new RuleOption("automatic", "Also find variants with no house list (folding); false keeps house-style groups only.", "true", RuleOptionKind.TrueFalse),
            new RuleOption("across_articles", "Also compare spellings across the corpus, not only within each article.", "true", RuleOptionKind.TrueFalse),
            new RuleOption("spelling_variety", "British or American spelling for British/American pairs: auto (what most of the corpus, or the article, uses; a tie is British), british, american.", "auto", RuleOptionKind.OneOf, "auto", "british", "american"),
        },
        reportsAcrossArticles: true,
        relatedLocationFormat: "Also written “{text}” here");

    public override RuleDescriptor Descriptor => Rule;

    public override void AnalyzeArticle(ArticleContext context)
    {
        var occurrences = ArticleOccurrences(context);
        foreach (var set in Sets(context, occurrences))
        {
            FileLocation? related = null;
            foreach (var occurrence in occurrences)
            {
                if (occurrence.Key != set.Key || !set.Contains(occurrence.Form) || occurrence.Form != set.PreferredId) continue;
                related = FileLocation.In(context.Article, occurrence.Span);
                break;
            }

            foreach (var occurrence in occurrences)
            {
                if (occurrence.Key != set.Key || !set.Contains(occurrence.Form) || occurrence.Form == set.PreferredId) continue;
                context.Report(occurrence.Span, Message(occurrence, set, "in this article"), Related(related, set), Properties(occurrence, set));
            }
        }
    }

    public override SpellingVariantsSummary? Summarize(ArticleContext context)
    {
        if (!context.Options.GetBool("across_articles", true)) return null;
        var occurrences = Extract(context);
        var local = new HashSet<string>(System.StringComparer.Ordinal);
        var kept = ArticleOccurrences(context);
        foreach (var set in Sets(context, kept)) local.Add(set.Key);
        // An article that writes a compound's modifier hyphenated and its noun open or closed is consistent in that
        // compound: the corpus pass leaves its uses alone (counted, not reported), as it does the terms reported here.
        if (kept.Count != occurrences.Count)
        {
            var split = new HashSet<VariantOccurrence>(kept);
            foreach (var occurrence in occurrences)
            {
                if (!split.Contains(occurrence)) local.Add(occurrence.Key);
            }
        }

        return new SpellingVariantsSummary(occurrences, local, Suppressions(context));
    }

    public override void AnalyzeCorpus(CorpusContext<SpellingVariantsSummary> context)
    {
        var all = new List<VariantOccurrence>();
        var firstSeen = new Dictionary<(string Key, string Form), FileLocation>();
        for (var index = 0; index < context.Entries.Count; index++)
        {
            var entry = context.Entries[index];
            foreach (var occurrence in entry.Summary.Occurrences)
            {
                occurrence.Article = index;
                all.Add(occurrence);
                if (!firstSeen.ContainsKey((occurrence.Key, occurrence.Form)))
                    firstSeen.Add((occurrence.Key, occurrence.Form), FileLocation.In(entry.Article.Article, occurrence.Span));
            }
        }

        var openForms = OpenFormsOfHyphenatedCompounds(context, all);
        AddCapitalizedCompounds(context, all, openForms);
        DropNounUsesOfModifierWords(context, all, openForms);
        DropOpenPairsBracketedOtherwise(context, all, openForms);
        foreach (var pair in openForms.Added)
        {
            if (pair.Key.Summary.Suppressions is { } suppressed) pair.Value.RemoveAll(o => suppressed.IsSuppressed(Rule.Id, o.Span));
        }

        if (openForms.OffRole.Count > 0) all.RemoveAll(openForms.OffRole.Contains);
        if (openForms.Rekeyed.Count > 0)
        {
            for (var i = 0; i < all.Count; i++)
            {
                if (!openForms.Rekeyed.TryGetValue(all[i], out var rekeyed)) continue;
                all[i] = rekeyed;
                if (!firstSeen.ContainsKey((rekeyed.Key, rekeyed.Form)))
                    firstSeen.Add((rekeyed.Key, rekeyed.Form), FileLocation.In(context.Entries[rekeyed.Article].Article.Article, rekeyed.Span));
            }
        }

        for (var index = 0; index < context.Entries.Count; index++)
        {
            if (!openForms.Added.TryGetValue(context.Entries[index], out var open)) continue;
            foreach (var occurrence in open)
            {
                occurrence.Article = index;
                // An open form can be the preferred one: the related location points at its first use.
                if (!firstSeen.ContainsKey((occurrence.Key, occurrence.Form)))
                    firstSeen.Add((occurrence.Key, occurrence.Form), FileLocation.In(context.Entries[index].Article.Article, occurrence.Span));
            }

            all.AddRange(open);
        }

        // A verb and its particle (shut down, run down) closed as a noun used only as a noun or predicate (the
        // shutdown of the plant, a rundown of the news) and hyphenated only before a noun (the shut-down reactor, a
        // run-down house) are two words, a participle or adjective beside the noun, as the article pass finds within
        // one article: over the corpus those hyphenated modifier uses are neither counted nor reported. A noun
        // hyphenated before a noun (a home-town crowd beside my hometown) is the noun itself, and stays paired.
        var roleSplit = ModifierOnlyHyphenations(all, o => context.Entries[o.Article].Article.Article.Text, openForms.Grammar, particleCompoundsOnly: true);
        if (roleSplit.Count > 0)
        {
            all.RemoveAll(roleSplit.Contains);
            openForms.OffRole.UnionWith(roleSplit);
        }

        var byKey = new Dictionary<string, List<VariantSet>>(System.StringComparer.Ordinal);
        var variety = context.Entries.Count == 0 ? SpellingVariety.Auto : Variety(context.GetOptions(context.Entries[0].Article), context.Data);
        var grammar = openForms.Grammar;
        System.Func<string, bool>? isVerb = grammar is null ? null : word => !grammar.IsNounLike(LowerWordHash(word, 0, word.Length));
        foreach (var set in VariantGrouping.Find(all, variety, isVerb))
        {
            if (!byKey.TryGetValue(set.Key, out var list)) byKey.Add(set.Key, list = new List<VariantSet>());
            list.Add(set);
        }

        foreach (var entry in context.Entries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var extra = openForms.Added.TryGetValue(entry, out var found) ? found : null;
            var uses = extra is null ? entry.Summary.Occurrences : new List<VariantOccurrence>(Concat(entry.Summary.Occurrences, extra));
            // Where this article itself writes a term's preferred form (a form the article pass does not pair, such as
            // an open compound beside its hyphenated modifier): its first use here, and how many uses it has here.
            Dictionary<(string Key, string Form), (TextSpan First, int Count)>? ownForms = null;
            foreach (var occurrence in uses)
            {
                if (openForms.OffRole.Contains(occurrence)) continue;
                var use = openForms.Rekeyed.TryGetValue(occurrence, out var rekeyed) ? rekeyed : occurrence;
                if (!byKey.ContainsKey(use.Key)) continue;
                ownForms ??= new Dictionary<(string Key, string Form), (TextSpan First, int Count)>();
                ownForms[(use.Key, use.Form)] = ownForms.TryGetValue((use.Key, use.Form), out var own) ? (own.First, own.Count + 1) : (use.Span, 1);
            }

            foreach (var occurrence in uses)
            {
                if (entry.Summary.LocalKeys.Contains(BaseKey(occurrence.Key)) || openForms.OffRole.Contains(occurrence)) continue;
                var use = openForms.Rekeyed.TryGetValue(occurrence, out var rekeyed) ? rekeyed : occurrence;
                if (!byKey.TryGetValue(use.Key, out var sets)) continue;
                var set = sets.Find(s => s.Contains(occurrence.Form));
                if (set is null || occurrence.Form == set.PreferredId) continue;
                firstSeen.TryGetValue((set.Key, set.PreferredId), out var related);
                // Say truthfully where the other spelling is: an editor told "elsewhere in the corpus" does not look
                // two paragraphs up. The related location then points at this article's own use.
                var scope = "elsewhere in the corpus";
                if (ownForms is not null && ownForms.TryGetValue((set.Key, set.PreferredId), out var here))
                {
                    scope = here.Count < set.CountOf(set.PreferredId) ? "in this article and elsewhere in the corpus" : "in this article";
                    related = FileLocation.In(entry.Article.Article, here.First);
                }

                var message = Message(occurrence, set, scope);
                context.Report(entry.Article.Article, occurrence.Span, message, Related(related, set), Properties(occurrence, set));
            }
        }
    }

    private static IEnumerable<VariantOccurrence> Concat(List<VariantOccurrence> first, List<VariantOccurrence> second)
    {
        foreach (var occurrence in first) yield return occurrence;
        foreach (var occurrence in second) yield return occurrence;
    }

    /// <summary>
    /// The open spellings (public sector) of the two-word compounds the corpus also hyphenates (public-sector). An
    /// article cannot know which word pairs the rest of the corpus hyphenates, so the corpus pass looks them up:
    /// one hash lookup per word. Only the same role written two ways is a variant: a hyphenated modifier before its
    /// noun (a long-term plan) and an open noun phrase (in the long term) are both right. So each use, hyphenated
    /// or open, gets a role from the word after it: before a noun (public sector jobs) it is a modifier; before a
    /// function word, an adverb, a verb, punctuation or the end of a line it is a noun phrase or a predicate (the
    /// public sector is, a long time ago, the first time moved). A compound the corpus hyphenates mostly as a
    /// modifier is paired with its open modifier uses, and only when the open form is a modifier in its own right
    /// (one use in ten or more: supply chain disruptions, not the first time topping); one it hyphenates mostly as
    /// a noun or predicate (a fan-base, is tone-deaf) with its open uses in that role. The uses of the other role
    /// are left out of the counts and not reported, so the advice compares like with like. Function words make
    /// phrases (cut off, year ago), and a word hyphenated to the one before it is another compound (a three-day trip).
    /// </summary>
    private static OpenForms OpenFormsOfHyphenatedCompounds(CorpusContext<SpellingVariantsSummary> context, List<VariantOccurrence> all)
    {
        var result = new OpenForms();
        var tails = new Dictionary<string, Dictionary<string, string>>(System.StringComparer.Ordinal);
        var openKeys = new HashSet<string>(System.StringComparer.Ordinal);
        var closedKeys = new HashSet<string>(System.StringComparer.Ordinal);
        var hyphenated = new List<VariantOccurrence>();
        // Hyphenated three-word phrases (over-the-counter) by their words' hashes, and the hashes of their first words.
        Dictionary<(ulong, ulong, ulong), string>? phrases = null;
        foreach (var occurrence in all)
        {
            if (occurrence.Family != VariantFamily.Compound) continue;
            if (occurrence.Form.IndexOf(' ') >= 0) { openKeys.Add(occurrence.Key); continue; }
            var hyphen = occurrence.Form.IndexOf('-');
            if (hyphen < 0)
            {
                closedKeys.Add(occurrence.Key);
                if (AddClosedSplits(occurrence, tails)) hyphenated.Add(occurrence);
                continue;
            }

            if (hyphen > 0 && occurrence.Key.IndexOf(' ') > 0 && TryAddPhraseChain(occurrence, hyphen, ref phrases))
            {
                hyphenated.Add(occurrence);
                continue;
            }

            if (hyphen == 0 || hyphen != occurrence.Form.LastIndexOf('-')) continue;
            var head = occurrence.Form.Substring(0, hyphen);
            var tail = occurrence.Form.Substring(hyphen + 1);
            // A function word, or an adverb after a word, makes a phrase (cut off, go ahead, year earlier), not a
            // compound; an adverb before a participle is one (recently-released, already-struggling).
            if (FunctionWords.IsFunctionWord(head) || FunctionWords.IsFunctionWord(tail) || IsAdverb(tail)) continue;
            if (!tails.TryGetValue(head, out var byTail)) tails.Add(head, byTail = new Dictionary<string, string>(System.StringComparer.Ordinal));
            byTail[tail] = occurrence.Key;
            hyphenated.Add(occurrence);
        }

        if (tails.Count == 0 && phrases is null) return result;
        var phraseFirsts = new HashSet<ulong>();
        if (phrases is not null) foreach (var words in phrases.Keys) phraseFirsts.Add(words.Item1);
        // A word broken by a hyphen (auth-ority, home-schoolers) is the closed word, which the article pass does not
        // key (it does not split into two words): its closed uses are looked up in the scan below.
        // One written with a capital (Telecommunication Auth-ority) is looked up among capitalised words too.
        Dictionary<ulong, string>? brokenWords = null;
        HashSet<ulong>? capitalizedBroken = null;
        foreach (var occurrence in hyphenated)
        {
            var form = occurrence.Form;
            var hyphen = form.IndexOf('-');
            if (hyphen < 0 || closedKeys.Contains(occurrence.Key)) continue;
            if (!VariantExtractor.IsBrokenWord(form.Substring(0, hyphen), form.Substring(hyphen + 1), out var joined) || "c:" + joined != occurrence.Key) continue;
            var joinedHash = LowerWordHash(joined, 0, joined.Length);
            (brokenWords ??= new Dictionary<ulong, string>())[joinedHash] = occurrence.Key;
            if (char.IsUpper(occurrence.Surface[0])) (capitalizedBroken ??= new HashSet<ulong>()).Add(joinedHash);
        }

        var headHashes = new HashSet<ulong>();
        foreach (var head in tails.Keys) headHashes.Add(LowerWordHash(head, 0, head.Length));
        // The second words of the compounds whose first word is a gradable adjective (low-tax), and how often each
        // stands with the word after it (tax rates, tax collection): see StandsOnItsOwn.
        var tailHashes = new HashSet<ulong>();
        foreach (var pair in tails)
        {
            if (!IsGradableAdjective(pair.Key.ToLowerInvariant())) continue;
            foreach (var tail in pair.Value.Keys) tailHashes.Add(LowerWordHash(tail, 0, tail.Length));
        }

        var tailPhrases = new Dictionary<(ulong Tail, ulong Next), int>();
        var found = new List<OpenUse>();
        var grammar = new WordPositions();
        foreach (var entry in context.Entries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // The tokens are gone by the corpus pass (released to save memory); the text is kept, and words are
            // runs of letters in it. A pair is two lower-case words with one space between them.
            var text = entry.Article.Article.Text;
            var i = 0;
            int prevStart = -1, prevEnd = -1, beforeStart = -1, beforeEnd = -1;
            ulong prevHash = 0, beforeHash = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i])) { i++; continue; }
                var start = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var hash = LowerWordHash(text, start, i);
                // A sentence's first word is written with a capital (Top seeded Alcaraz): hashed as its lower case.
                if (hash == 0 && IsSentenceStart(text, start)) hash = LowerWordHash(text, start, i, capitalAllowed: true);
                if (brokenWords is not null && (hash != 0 || capitalizedBroken is not null) && (start == 0 || !IsHyphen(text[start - 1])) && (i >= text.Length || !IsHyphen(text[i]))
                    && (brokenWords.TryGetValue(hash, out var brokenKey) || (hash == 0 && capitalizedBroken is not null && char.IsUpper(text[start])
                        && capitalizedBroken.Contains(LowerWordHash(text, start, i, capitalAllowed: true)) && brokenWords.TryGetValue(LowerWordHash(text, start, i, capitalAllowed: true), out brokenKey))))
                {
                    var closed = text.Substring(start, i - start);
                    var closedForm = char.ToLowerInvariant(closed[0]) + closed.Substring(1);
                    if (!result.Added.TryGetValue(entry, out var closedUses)) result.Added.Add(entry, closedUses = new List<VariantOccurrence>());
                    closedUses.Add(new VariantOccurrence(VariantFamily.Compound, brokenKey, closedForm, closed, TextSpan.FromBounds(start, i)));
                    closedKeys.Add(brokenKey);
                }

                if (prevStart >= 0 && prevEnd + 1 == start && text[prevEnd] == ' ')
                {
                    if (hash != 0 && prevHash != 0) grammar.Count(prevHash, hash);
                    // A word hyphenated to the one before it (low-income people) belongs to that compound, not to a pair.
                    if (hash != 0 && prevHash != 0 && tailHashes.Contains(prevHash) && (prevStart == 0 || !IsHyphen(text[prevStart - 1])))
                    {
                        tailPhrases.TryGetValue((prevHash, hash), out var phraseCount);
                        tailPhrases[(prevHash, hash)] = phraseCount + 1;
                    }
                    if (prevHash != 0 && headHashes.Contains(prevHash)) TryOpenPair(text, prevStart, prevEnd, start, i, tails, openKeys, entry, found);
                    if (beforeHash != 0 && phrases is not null && phraseFirsts.Contains(beforeHash) && beforeEnd + 1 == prevStart && text[beforeEnd] == ' '
                        && phrases.TryGetValue((beforeHash, prevHash, hash), out var phraseKey))
                        TryOpenPhrase(text, beforeStart, start, i, phraseKey, tails, entry, found);
                }

                beforeStart = prevStart;
                beforeEnd = prevEnd;
                beforeHash = prevHash;
                prevStart = start;
                prevEnd = i;
                prevHash = hash;
            }
        }

        // Roles, per key: the hyphenated uses (modifier or not), and the open uses (lower-case modifiers, names
        // after the pair, the rest).
        var hyphenRoles = new Dictionary<string, (int Modifier, int Other, int Verb)>(System.StringComparer.Ordinal);
        var occurrenceRoles = new Dictionary<VariantOccurrence, UseRole>();
        // A name after an open pair is as often a clause's subject after a noun phrase (for the first time Pakistan
        // has…) as the name a modifier stands before (top seeded Alcaraz): such a use counts only for a compound the
        // corpus also hyphenates before a name (top-seeded Sinner), the same role written two ways.
        var hyphenBeforeNames = new HashSet<string>(System.StringComparer.Ordinal);
        // The nouns each compound's hyphenated modifier uses stand before: an open use before one of them (second
        // round loss beside second-round loss) is the same modifier, whatever the open form does elsewhere.
        var hyphenNouns = new HashSet<(string Key, ulong Noun)>();
        // Hyphenated uses that stand as a noun phrase (over the long-term.), and their keys.
        var nounPhraseUses = new HashSet<VariantOccurrence>();
        var hyphenNounPhrases = new HashSet<string>(System.StringComparer.Ordinal);
        // Hyphenated phrases used as a noun after a determiner (the attention-to-detail): their open noun uses pair.
        var hyphenPhraseNouns = new HashSet<string>(System.StringComparer.Ordinal);
        // The prepositions the open noun or predicate uses of each compound stand before (zero tolerance for), and how
        // often: a hyphenated use before the same preposition (zero-tolerance for) stands in the same slot.
        var openSlots = new Dictionary<(string Key, ulong Next), int>();
        foreach (var use in found)
        {
            if (use.Role != UseRole.Other) continue;
            var next = NextWordHash(use.Entry.Article.Article.Text, use.Occurrence.Span.End);
            if (next == 0 || !SlotPrepositions.Contains(next)) continue;
            openSlots.TryGetValue((use.Occurrence.Key, next), out var slotCount);
            openSlots[(use.Occurrence.Key, next)] = slotCount + 1;
        }

        foreach (var occurrence in hyphenated)
        {
            if (occurrence.Article < 0 || occurrence.Article >= context.Entries.Count) continue;
            var articleText = context.Entries[occurrence.Article].Article.Article.Text;
            var role = RoleAfter(articleText, occurrence.Span.End, tails, null, grammar);
            if (role == UseRole.NameModifier) hyphenBeforeNames.Add(occurrence.Key);
            if (role == UseRole.Modifier) hyphenNouns.Add((occurrence.Key, NextWordHash(articleText, occurrence.Span.End)));
            if (role == UseRole.Other && occurrence.Key.IndexOf(' ') > 0 && AfterDeterminer(articleText, occurrence.Span.Start)) hyphenPhraseNouns.Add(occurrence.Key);
            if (role == UseRole.Other && (IsNounPhraseUse(articleText, occurrence.Span) || SharesOpenSlot(occurrence, articleText, openSlots)))
            {
                hyphenNounPhrases.Add(occurrence.Key);
                nounPhraseUses.Add(occurrence);
            }

            if (role == UseRole.Unknown || role == UseRole.NameModifier) continue;
            occurrenceRoles.Add(occurrence, role);
            hyphenRoles.TryGetValue(occurrence.Key, out var counts);
            hyphenRoles[occurrence.Key] = role switch
            {
                UseRole.Modifier => (counts.Modifier + 1, counts.Other, counts.Verb),
                UseRole.Verb => (counts.Modifier, counts.Other, counts.Verb + 1),
                _ => (counts.Modifier, counts.Other + 1, counts.Verb),
            };
        }

        result.Grammar = grammar;
        // An adjective before a term of two words (low [interest rates], low [tax collection], high [water levels])
        // is not the open spelling of a compound modifier (low-interest loans, low-tax countries): where the first
        // word is a gradable adjective (the word list has its superlative: lowest, biggest) and the corpus writes the
        // second word and the word after it together ten times or more without the first word, and five times as
        // often as with it, the open use is that term, and it is neither counted nor reported, unless the hyphenated
        // form modifies the same noun (low-tax rates beside low tax rates). A noun or a fixed first word (vice
        // [presidential nominee], elementary [school children]) and a pair seen a few times (brand [new house])
        // keep their open uses.
        var withFirst = new Dictionary<(string Key, ulong Next), int>();
        foreach (var use in found)
        {
            if (use.Role != UseRole.Modifier || use.NextHash == 0) continue;
            withFirst.TryGetValue((use.Occurrence.Key, use.NextHash), out var withCount);
            withFirst[(use.Occurrence.Key, use.NextHash)] = withCount + 1;
        }

        found.RemoveAll(use => use.Role == UseRole.Modifier && !hyphenNouns.Contains((use.Occurrence.Key, use.NextHash)) && StandsOnItsOwn(use, tailPhrases, withFirst));
        var openRoles = new Dictionary<string, (int Modifier, int Name, int Other)>(System.StringComparer.Ordinal);
        found.RemoveAll(use => use.Role == UseRole.NameModifier && !hyphenBeforeNames.Contains(use.Occurrence.Key));
        // An open phrase after a determiner is a noun (a matter of fact): it pairs only where a hyphenated use is one
        // too, not with a predicate (he was matter-of-fact).
        found.RemoveAll(use => use.Role == UseRole.PhraseNoun && !hyphenNounPhrases.Contains(use.Occurrence.Key) && !hyphenPhraseNouns.Contains(use.Occurrence.Key));
        foreach (var use in found) if (use.Role == UseRole.PhraseNoun) use.Role = UseRole.Other;
        foreach (var use in found)
        {
            use.Role = use.Role == UseRole.Modifier && !grammar.IsNounLike(use.NextHash) ? UseRole.Other : use.Role;
            openRoles.TryGetValue(use.Occurrence.Key, out var counts);
            openRoles[use.Occurrence.Key] = use.Role switch
            {
                UseRole.Modifier => (counts.Modifier + 1, counts.Name, counts.Other),
                UseRole.NameModifier => (counts.Modifier, counts.Name + 1, counts.Other),
                UseRole.Other => (counts.Modifier, counts.Name, counts.Other + 1),
                _ => counts,
            };
        }

        // Each role is paired on its own: a compound's hyphenated modifier uses with its open modifier uses, its
        // hyphenated noun uses with its open noun uses, so an inconsistency is found whichever roles the desk writes
        // both ways, and a modifier (a long-term plan) is never compared with a noun (in the long term). The role
        // most hyphenated uses have (a tie: modifier) keeps the term's key; the other role is paired under a key of
        // its own. A compound the corpus hyphenates mostly as a verb (tape-recording a call) is not paired: its open
        // form is a noun.
        var keyRoles = new Dictionary<string, UseRole>(System.StringComparer.Ordinal);
        var phraseKeys = phrases is null ? new HashSet<string>(System.StringComparer.Ordinal) : new HashSet<string>(phrases.Values, System.StringComparer.Ordinal);
        // Keys whose open form is mostly a noun phrase (the second round of talks) while the hyphenated form modifies:
        // only their open uses before a noun the hyphenated form also modifies are paired.
        var sameNounKeys = new HashSet<string>(System.StringComparer.Ordinal);
        // The role paired besides the main one (a noun-phrase use, over the long-term, of a compound hyphenated
        // mostly before nouns; a modifier use of one hyphenated mostly as a noun).
        var secondRoles = new Dictionary<string, UseRole>(System.StringComparer.Ordinal);
        // A pair the desk also writes as a subject and its verb with an object after it (the government issued a
        // notice: an open use before a determiner or an object pronoun, its second word a verb by the corpus's usage)
        // is a clause as often as a modifier (the government issued new alerts beside a government-issued card): its
        // open modifier uses pair only before a noun the hyphenated form also modifies, the same slot, as a proper
        // modifier's do. A pair never written so (newly appointed, state controlled) keeps its open modifiers.
        var clauseKeys = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var use in found)
        {
            if (use.Role != UseRole.Verb) continue;
            var form = use.Occurrence.Form;
            var space = form.LastIndexOf(' ');
            // An adverb is no subject (widely used the world over).
            if (space > 0 && !IsAdverb(form.Substring(0, space)) && !grammar.IsNounLike(LowerWordHash(form, space + 1, form.Length))) clauseKeys.Add(use.Occurrence.Key);
        }

        foreach (var pair in openRoles)
        {
            hyphenRoles.TryGetValue(pair.Key, out var hyphen);
            var (modifier, name, other) = pair.Value;
            var total = modifier + name + other;
            if (hyphen.Verb > 0 && hyphen.Verb >= hyphen.Modifier && hyphen.Verb >= hyphen.Other) continue;
            var hyphenModifies = hyphen.Modifier > 0 || hyphenBeforeNames.Contains(pair.Key);
            // The open form is a modifier in its own right in one use in ten or more (supply chain disruptions; not
            // the first time, a noun phrase with a stray word after it).
            var openModifies = modifier + name > 0 && (modifier + name) * 10 >= total;
            if (phraseKeys.Contains(pair.Key))
            {
                // A phrase is written open or hyphenated in either role (sold over the counter, sold over-the-counter;
                // an over-the-counter drug): each role the hyphenated uses take is paired with the open uses in it.
                var pairOther = hyphen.Other > 0 && other > 0;
                // A phrase of to and a verb (hard-to-find) before a noun may be the verb and its object (hard to find
                // young athletes): its open modifier uses pair only before a noun the hyphenated form modifies.
                var pairModifier = hyphen.Modifier > 0 && openModifies && !EndsWithToAndVerb(pair.Key, grammar);
                if (hyphen.Modifier >= hyphen.Other)
                {
                    if (pairModifier) keyRoles.Add(pair.Key, UseRole.Modifier);
                    else if (hyphen.Modifier > 0) sameNounKeys.Add(pair.Key);
                    if (pairOther) secondRoles.Add(pair.Key, UseRole.Other);
                }
                else if (pairOther)
                {
                    keyRoles.Add(pair.Key, UseRole.Other);
                    if (pairModifier) secondRoles.Add(pair.Key, UseRole.Modifier);
                }

                continue;
            }

            if (hyphen.Modifier >= hyphen.Other)
            {
                if (hyphenModifies && openModifies && !clauseKeys.Contains(pair.Key)) keyRoles.Add(pair.Key, UseRole.Modifier);
                else if (hyphen.Modifier > 0) sameNounKeys.Add(pair.Key);
                if (other > 0 && hyphenNounPhrases.Contains(pair.Key)) secondRoles.Add(pair.Key, UseRole.Other);
            }
            else if (other > 0 && other >= modifier + name)
            {
                keyRoles.Add(pair.Key, UseRole.Other);
                if (hyphen.Modifier > 0 && openModifies) secondRoles.Add(pair.Key, UseRole.Modifier);
            }

            // A closed word is one term in every role (this screengrab shows, a screengrab taken on): when its uses take
            // both roles, its open uses pair in the role most of them have, if the closed uses take it one time in ten
            // or more. The role test reads some words after a noun as its head (a screen grab taken from), so the
            // closed word's majority role alone would lose them.
            if (closedKeys.Contains(pair.Key) && !keyRoles.ContainsKey(pair.Key) && !sameNounKeys.Contains(pair.Key) && !secondRoles.ContainsKey(pair.Key))
            {
                var openRole = modifier + name > other ? UseRole.Modifier : UseRole.Other;
                var closedInRole = openRole == UseRole.Modifier ? hyphen.Modifier : hyphen.Other;
                if (closedInRole > 0 && closedInRole * 10 >= hyphen.Modifier + hyphen.Other) keyRoles.Add(pair.Key, openRole);
            }
        }

        foreach (var use in found)
        {
            var key = use.Occurrence.Key;
            var role = use.Role == UseRole.NameModifier ? UseRole.Modifier : use.Role;
            var occurrence = use.Occurrence;
            var mainRole = keyRoles.TryGetValue(key, out var keyRole) && role == keyRole;
            var sameNoun = sameNounKeys.Contains(key) && use.Role == UseRole.Modifier && hyphenNouns.Contains((key, use.NextHash));
            if (!mainRole && !sameNoun)
            {
                if (!secondRoles.TryGetValue(key, out var secondRole) || role != secondRole) continue;
                occurrence = new VariantOccurrence(occurrence.Family, SecondRoleKey(key), occurrence.Form, occurrence.Surface, occurrence.Span);
            }

            if (role == UseRole.Other)
                occurrence = new VariantOccurrence(occurrence.Family, occurrence.Key, occurrence.Form, occurrence.Surface, occurrence.Span, VariantGrouping.NounRoleEvidenceList);
            if (!result.Added.TryGetValue(use.Entry, out var list)) result.Added.Add(use.Entry, list = new List<VariantOccurrence>());
            list.Add(occurrence);
        }

        // A key with a closed spelling too (backup, back-up) keeps every hyphenated use: the closed form is not
        // split by role, and closed and hyphenated are one term in any role.
        foreach (var pair in occurrenceRoles)
        {
            var key = pair.Key.Key;
            if (closedKeys.Contains(key)) continue;
            var paired = keyRoles.TryGetValue(key, out var keyRole);
            if (secondRoles.TryGetValue(key, out var secondRole) && pair.Value == secondRole)
            {
                // A noun-phrase use only after a determiner, so a predicate (the plan is long-term) is not a noun.
                if (secondRole == UseRole.Modifier || nounPhraseUses.Contains(pair.Key) || phraseKeys.Contains(key))
                {
                    result.Rekeyed.Add(pair.Key, new VariantOccurrence(pair.Key.Family, SecondRoleKey(key), pair.Key.Form, pair.Key.Surface, pair.Key.Span) { Article = pair.Key.Article });
                    continue;
                }
            }

            if (paired && pair.Value != keyRole) result.OffRole.Add(pair.Key);
            else if (!paired && (sameNounKeys.Contains(key) || secondRoles.ContainsKey(key)) && pair.Value != UseRole.Modifier) result.OffRole.Add(pair.Key);
        }

        return result;
    }

    /// <summary>
    /// Capitalised two-word compounds written both hyphenated and open: a name's part (the High-Performance Centre
    /// beside the High Performance Centre, Public-Private Partnership, X-Factor, Kolai-Palas) or a title-case
    /// modifier (China-Pakistan corridor beside China Pakistan corridor). The lower-case pairing above cannot see
    /// them: its role test reads a capitalised next word as a headline, and a name has no role to compare. Both
    /// spellings keep their capitals (High Performance against High-Performance, never high performance), so a
    /// common phrase and a name are not mixed. A prefix's compound (Anti-Corruption) is the article pass's, and a
    /// run of three or more hyphenated words (Jamaat-e-Islami, Muslim League-Nawaz) is a name of its own making.
    /// Each word is a capital and lower-case letters; the first may be a single capital (X-Factor, S-Health). A
    /// word the form is hyphenated to, before or after, belongs to a longer compound. Two scans: the hyphenated
    /// forms, then the open pairs of their words (only where a hyphenated form was found).
    /// </summary>
    private static void AddCapitalizedCompounds(CorpusContext<SpellingVariantsSummary> context, List<VariantOccurrence> all, OpenForms result)
    {
        var hyphenated = new Dictionary<string, List<(int Entry, TextSpan Span, string Form)>>(System.StringComparer.Ordinal);
        var heads = new HashSet<string>(System.StringComparer.Ordinal);
        var closed = new Dictionary<string, (string Head, string Tail)>(System.StringComparer.Ordinal);
        // Proper modifiers (a Basque-language acronym): their first words, and the nouns each key modifies.
        var modifierHeads = new HashSet<string>(System.StringComparer.Ordinal);
        var modifierNouns = new HashSet<(string Key, ulong Noun)>();
        // Their second words' and nouns' hashes: an open use is looked up (and its key built) only when both match.
        var modifierWords = new HashSet<ulong>();
        for (var index = 0; index < context.Entries.Count; index++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var text = context.Entries[index].Article.Article.Text;
            for (var dash = text.IndexOf('-'); dash >= 0; dash = dash + 1 < text.Length ? text.IndexOf('-', dash + 1) : -1)
            {
                if (!TryCapitalizedPair(text, dash, requireHyphen: true, out var start, out var end))
                {
                    if (!TryProperModifier(text, dash, out start, out end, out var noun)) continue;
                    var modifierHead = text.Substring(start, dash - start);
                    var modifierKey = CapitalizedKey(modifierHead, text.Substring(dash + 1, end - dash - 1), ProperModifierContext);
                    if (!hyphenated.TryGetValue(modifierKey, out var modifierUses)) hyphenated.Add(modifierKey, modifierUses = new List<(int, TextSpan, string)>());
                    modifierUses.Add((index, TextSpan.FromBounds(start, end), text.Substring(start, end - start)));
                    modifierHeads.Add(modifierHead);
                    modifierNouns.Add((modifierKey, noun));
                    modifierWords.Add(noun);
                    modifierWords.Add(LowerWordHash(text, dash + 1, end));
                    continue;
                }

                var head = text.Substring(start, dash - start);
                var form = text.Substring(start, end - start);
                var key = CapitalizedKey(head, text.Substring(dash + 1, end - dash - 1), NameContext(text, start, end));
                if (!hyphenated.TryGetValue(key, out var uses)) hyphenated.Add(key, uses = new List<(int, TextSpan, string)>());
                uses.Add((index, TextSpan.FromBounds(start, end), form));
                heads.Add(head);
                if (char.IsLetter(text[dash + 1])) AddClosedSpellings(closed, head, text.Substring(dash + 1, end - dash - 1));
            }
        }

        if (hyphenated.Count == 0) return;
        var closedHashes = new HashSet<ulong>();
        foreach (var form in closed.Keys) closedHashes.Add(LetterWordHash(form, 0, form.Length));
        var open = new Dictionary<string, List<(int Entry, TextSpan Span, string Form)>>(System.StringComparer.Ordinal);
        for (var index = 0; index < context.Entries.Count; index++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var text = context.Entries[index].Article.Article.Text;
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsUpper(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || IsHyphen(text[i - 1]))))
                {
                    i++;
                    continue;
                }

                var start = i++;
                while (i < text.Length && char.IsLower(text[i])) i++;
                if (closedHashes.Count > 0) AddClosedUse(text, start, index, closed, closedHashes, hyphenated, open);
                if (i >= text.Length || text[i] != ' ') continue;
                var word = text.Substring(start, i - start);
                if (modifierHeads.Contains(word)) TryOpenProperModifier(text, start, i, index, result.Grammar, hyphenated, modifierNouns, modifierWords, open);
                if (!heads.Contains(word)) continue;
                if (!TryCapitalizedPair(text, i, requireHyphen: false, out _, out var end)) continue;
                var key = CapitalizedKey(text.Substring(start, i - start), text.Substring(i + 1, end - i - 1), NameContext(text, start, end));
                if (!hyphenated.ContainsKey(key)) continue;
                if (!open.TryGetValue(key, out var uses)) open.Add(key, uses = new List<(int, TextSpan, string)>());
                uses.Add((index, TextSpan.FromBounds(start, end), text.Substring(start, end - start)));
            }
        }

        if (open.Count == 0) return;
        // The hyphenated uses the extractor keyed as lower-case compounds (High-Performance as high-performance) are
        // grouped under the capitalised key instead, so no span is counted or reported twice.
        var moved = new HashSet<(int Entry, int Start)>();
        foreach (var pair in open)
        {
            foreach (var use in Concat(hyphenated[pair.Key], pair.Value))
            {
                var occurrence = new VariantOccurrence(VariantFamily.Compound, pair.Key, use.Form, use.Form, use.Span) { Article = use.Entry };
                var entry = context.Entries[use.Entry];
                if (!result.Added.TryGetValue(entry, out var list)) result.Added.Add(entry, list = new List<VariantOccurrence>());
                list.Add(occurrence);
                moved.Add((use.Entry, use.Span.Start));
            }
        }

        foreach (var occurrence in all)
        {
            if (occurrence.Family == VariantFamily.Compound && moved.Contains((occurrence.Article, occurrence.Span.Start))) result.OffRole.Add(occurrence);
            // A closed spelling (Alhamra) was keyed as a one-word name too: it is counted once, with the compound.
            else if (occurrence.Family == VariantFamily.Name && moved.Contains((occurrence.Article, occurrence.Span.Start)) && occurrence.Form.IndexOf(' ') < 0 && occurrence.Form.IndexOf('-') < 0) result.OffRole.Add(occurrence);
        }

        all.RemoveAll(result.OffRole.Contains);
    }

    /// <summary>
    /// A closed compound the desk writes only as a modifier is an adjective (a longtime ally, everyday life), and its
    /// two words as a noun phrase or an adverbial (for a long time, every day) are another term, as a hyphenated
    /// modifier is not its open noun (see above). So where the closed and hyphenated uses of a compound stand before
    /// a noun nine times in ten or more (three uses at least), its open uses are paired only where they stand
    /// before a noun the closed or hyphenated form also modifies (a long time ally beside a longtime ally; not a long
    /// time coming); the others are neither counted nor reported. Roles come from the word
    /// after each use, as for hyphenated compounds. A closed noun used as a modifier now and then (healthcare
    /// workers beside access to healthcare) keeps every open use.
    /// </summary>
    private static void DropNounUsesOfModifierWords(CorpusContext<SpellingVariantsSummary> context, List<VariantOccurrence> all, OpenForms result)
    {
        var noTails = new Dictionary<string, Dictionary<string, string>>(System.StringComparer.Ordinal);
        var counts = new Dictionary<string, (int Closed, int Open, int JoinedModifier, int JoinedOther)>(System.StringComparer.Ordinal);
        foreach (var occurrence in all)
        {
            if (occurrence.Family != VariantFamily.Compound || occurrence.House is not null) continue;
            counts.TryGetValue(occurrence.Key, out var count);
            counts[occurrence.Key] = occurrence.Form.IndexOf(' ') >= 0
                ? (count.Closed, count.Open + 1, count.JoinedModifier, count.JoinedOther)
                : (count.Closed + (occurrence.Form.IndexOf('-') < 0 ? 1 : 0), count.Open, count.JoinedModifier, count.JoinedOther);
        }

        var roles = new Dictionary<VariantOccurrence, UseRole>();
        // The nouns the closed and hyphenated modifiers stand before (a longtime ally): an open use before another
        // word (a long time coming, fresh water flows) is read as a modifier only by the word after it.
        var modified = new HashSet<(string Key, ulong Noun)>();
        foreach (var occurrence in all)
        {
            if (occurrence.Family != VariantFamily.Compound || occurrence.House is not null) continue;
            if (!counts.TryGetValue(occurrence.Key, out var count) || count.Closed == 0 || count.Open == 0) continue;
            if (occurrence.Article < 0 || occurrence.Article >= context.Entries.Count) continue;
            var role = RoleAfter(context.Entries[occurrence.Article].Article.Article.Text, occurrence.Span.End, noTails, null, result.Grammar);
            roles[occurrence] = role;
            if (occurrence.Form.IndexOf(' ') >= 0 || role is UseRole.Unknown or UseRole.Verb) continue;
            if (role == UseRole.Modifier) modified.Add((occurrence.Key, NextWordHash(context.Entries[occurrence.Article].Article.Article.Text, occurrence.Span.End)));
            counts[occurrence.Key] = role is UseRole.Modifier or UseRole.NameModifier
                ? (count.Closed, count.Open, count.JoinedModifier + 1, count.JoinedOther)
                : (count.Closed, count.Open, count.JoinedModifier, count.JoinedOther + 1);
        }

        var dropped = false;
        foreach (var pair in roles)
        {
            var count = counts[pair.Key.Key];
            if (count.JoinedModifier < 3 || count.JoinedOther * 10 >= count.JoinedModifier + count.JoinedOther) continue;
            if (pair.Key.Form.IndexOf(' ') < 0) continue;
            if (pair.Value is UseRole.Modifier or UseRole.NameModifier
                && modified.Contains((pair.Key.Key, NextWordHash(context.Entries[pair.Key.Article].Article.Article.Text, pair.Key.Span.End)))) continue;
            result.OffRole.Add(pair.Key);
            dropped = true;
        }

        if (dropped) all.RemoveAll(result.OffRole.Contains);
    }

    /// <summary>
    /// Two words written open are the open spelling of a compound only when they belong together. Next to a third
    /// word they may not: a sports car maker makes sports cars ([sports car] maker, not sports [car maker]), and a
    /// prison guard house is a prison's guardhouse (prison [guard house], not [prison guard] house). So an open use
    /// is neither counted nor reported when the word before it makes a term with its first word, or the word after
    /// it a term with its second. A pair is a term when the corpus writes it closed or hyphenated (sportscar,
    /// guard-house) or the word list has it closed (guardhouse). Usage alone (the two words often side by side) is
    /// no proof: an adjective and its noun (severe heat, elected office) stand together as often as a term does.
    /// Only lower-case content words count: a determiner, a preposition, an adverb or a name beside the pair (the car
    /// maker, US car maker) makes no term.
    /// </summary>
    private static void DropOpenPairsBracketedOtherwise(CorpusContext<SpellingVariantsSummary> context, List<VariantOccurrence> all, OpenForms result)
    {
        // Every pair of words the corpus writes closed or hyphenated, joined (sportscar, guardhouse).
        var joined = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var occurrence in all)
        {
            if (occurrence.Family == VariantFamily.Compound && occurrence.Form.IndexOf(' ') < 0)
                joined.Add(occurrence.Form.Replace("-", string.Empty).ToLowerInvariant());
        }

        var dropped = new HashSet<VariantOccurrence>();
        foreach (var occurrence in all)
        {
            if (occurrence.Family != VariantFamily.Compound || occurrence.House is not null) continue;
            if (occurrence.Article < 0 || occurrence.Article >= context.Entries.Count) continue;
            if (IsBracketedOtherwise(occurrence, context.Entries[occurrence.Article].Article.Article.Text, joined)) dropped.Add(occurrence);
        }

        foreach (var pair in result.Added)
        {
            foreach (var occurrence in pair.Value)
            {
                if (IsBracketedOtherwise(occurrence, pair.Key.Article.Article.Text, joined)) dropped.Add(occurrence);
            }
        }

        if (dropped.Count == 0) return;
        foreach (var occurrence in dropped) result.OffRole.Add(occurrence);
        all.RemoveAll(dropped.Contains);
        foreach (var pair in result.Added) pair.Value.RemoveAll(dropped.Contains);
    }

    /// <summary>Whether an open use of two lower-case words makes a term with the word before it or the word after it instead.</summary>
    private static bool IsBracketedOtherwise(VariantOccurrence occurrence, string text, HashSet<string> joined)
    {
        var space = occurrence.Form.IndexOf(' ');
        if (space <= 0 || space != occurrence.Form.LastIndexOf(' ') || occurrence.Span.End > text.Length) return false;
        var first = occurrence.Form.Substring(0, space).ToLowerInvariant();
        var second = occurrence.Form.Substring(space + 1).ToLowerInvariant();
        if (LowerWordHash(first, 0, first.Length) == 0 || LowerWordHash(second, 0, second.Length) == 0) return false;
        var before = ContentWordBefore(text, occurrence.Span.Start);
        if (before.Length > 0 && IsJoinedTerm(before, first, joined)) return true;
        var after = ContentWordAfter(text, occurrence.Span.End);
        return after.Length > 0 && IsJoinedTerm(second, after, joined);
    }

    /// <summary>The lower-case content word one space before <paramref name="start"/>, or empty.</summary>
    private static string ContentWordBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2])) return string.Empty;
        var wordStart = start - 1;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || IsHyphen(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '\u2019')) return string.Empty;
        return ContentWord(text.Substring(wordStart, start - 1 - wordStart));
    }

    /// <summary>The lower-case content word one space after <paramref name="end"/>, or empty.</summary>
    private static string ContentWordAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLetter(text[end + 1])) return string.Empty;
        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        if (wordEnd < text.Length && (char.IsDigit(text[wordEnd]) || IsHyphen(text[wordEnd]) || text[wordEnd] is '\'' or '\u2019')) return string.Empty;
        return ContentWord(text.Substring(end + 1, wordEnd - end - 1));
    }

    // A number word counts the compound (7 million acre feet), whatever the corpus hyphenates it with (a million-acre farm).
    private static readonly HashSet<string> NumberWords = new(System.StringComparer.Ordinal)
    {
        "hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore",
    };

    private static string ContentWord(string word) =>
        word.Length >= 3 && LowerWordHash(word, 0, word.Length) != 0 && !FunctionWords.IsFunctionWord(word) && !IsAdverb(word) && !NumberWords.Contains(word) ? word : string.Empty;

    /// <summary>Whether the corpus writes the two words as one compound (closed or hyphenated), or the word list has them closed.</summary>
    private static bool IsJoinedTerm(string first, string second, HashSet<string> joined)
    {
        var word = first + second;
        if (joined.Contains(word) || EnglishLexicon.IsEnglishWord(word)) return true;
        return !second.EndsWith("s", System.StringComparison.Ordinal) && joined.Contains(word + "s");
    }

    /// <summary>
    /// The closed spellings of a capitalised hyphenated compound: its words run together, the second keeping its
    /// capital or not (Al-Hamra / Alhamra, Wi-Fi / WiFi, Al-Falah / Alfalah). Each is the same letters as the
    /// hyphenated form, so it is compared with it in the same name only, as the open form is. A closed form the
    /// word list holds (Halftime) is the lower-case pairing's.
    /// </summary>
    private static void AddClosedSpellings(Dictionary<string, (string Head, string Tail)> closed, string head, string tail)
    {
        var camel = head + tail;
        if (closed.ContainsKey(camel)) return;
        var joined = head + char.ToLowerInvariant(tail[0]) + tail.Substring(1);
        if (EnglishLexicon.IsEnglishWord(joined.ToLowerInvariant())) return;
        closed.Add(camel, (head, tail));
        closed[joined] = (head, tail);
    }

    /// <summary>
    /// A capitalised word at <paramref name="start"/> that is the closed spelling of a capitalised hyphenated
    /// compound in the same name (the same context word): added to that compound's other spellings.
    /// </summary>
    private static void AddClosedUse(string text, int start, int entry, Dictionary<string, (string Head, string Tail)> closed, HashSet<ulong> hashes,
        Dictionary<string, List<(int Entry, TextSpan Span, string Form)>> hyphenated, Dictionary<string, List<(int Entry, TextSpan Span, string Form)>> open)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end < text.Length && (char.IsDigit(text[end]) || IsHyphen(text[end]))) return;
        if (!hashes.Contains(LetterWordHash(text, start, end))) return;
        var form = text.Substring(start, end - start);
        if (!closed.TryGetValue(form, out var parts)) return;
        var key = CapitalizedKey(parts.Head, parts.Tail, NameContext(text, start, end));
        if (!hyphenated.ContainsKey(key)) return;
        if (!open.TryGetValue(key, out var uses)) open.Add(key, uses = new List<(int, TextSpan, string)>());
        uses.Add((entry, TextSpan.FromBounds(start, end), form));
    }

    /// <summary>A hash of an ASCII word's letters, any case folded; 0 for anything else.</summary>
    private static ulong LetterWordHash(string text, int start, int end)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (c < 'a' || c > 'z') return 0;
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }

    private static IEnumerable<T> Concat<T>(List<T> first, List<T> second)
    {
        foreach (var item in first) yield return item;
        foreach (var item in second) yield return item;
    }

    private static string CapitalizedKey(string head, string tail, string context) => "c:" + head + " " + tail + CapitalizedSuffix + context;

    /// <summary>
    /// The name a capitalised compound stands in, as far as one word tells: the capitalised word after it (the
    /// High-Performance Centre, the China-Pakistan Economic Corridor), else the capitalised word before it (Robert
    /// Kilroy-Silk), else none (African-American voters). Function words (The X Factor) and a plural's s
    /// (One-Day Internationals) do not count. Spellings are compared only within one context: the All-Pakistan Gems
    /// and Jewellers Association and the All Pakistan Muslim League are two bodies' fixed names, and Pakistan India
    /// inside a run of countries (Turkmenistan Afghanistan Pakistan India) is not the Pakistan-India of a rivalry.
    /// </summary>
    private static string NameContext(string text, int start, int end)
    {
        if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            var wordEnd = end + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            var next = ContextWord(text.Substring(end + 1, wordEnd - end - 1));
            if (next.Length > 0) return " " + next;
        }

        if (start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
        {
            var wordStart = start - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (char.IsUpper(text[wordStart]) && (wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1]) && !IsHyphen(text[wordStart - 1])))
            {
                var previous = ContextWord(text.Substring(wordStart, start - 1 - wordStart));
                if (previous.Length > 0) return " " + previous;
            }
        }

        return string.Empty;
    }

    private static string ContextWord(string word)
    {
        var lower = word.ToLowerInvariant();
        if (FunctionWords.IsFunctionWord(lower)) return string.Empty;
        return lower.Length > 3 && lower[lower.Length - 1] == 's' ? lower.Substring(0, lower.Length - 1) : lower;
    }

    private const string CapitalizedSuffix = " capitalised";

    // The context of a proper modifier's key: it is compared before the nouns it modifies, not within a name.
    private const string ProperModifierContext = " modifier";

    /// <summary>
    /// A proper modifier hyphenated at <paramref name="dash"/>: a capitalised word inside a sentence (a name or its
    /// adjective, not a sentence's first word: Basque, Indian, Spanish) joined to a lower-case English content word
    /// (Basque-language, Indian-sponsored, Oscar-winning), before a lower-case content word, the noun it modifies
    /// (<paramref name="noun"/>, hashed). Not a prefix (Anti-), not part of a longer hyphenated run.
    /// </summary>
    private static bool TryProperModifier(string text, int dash, out int start, out int end, out ulong noun)
    {
        start = end = dash;
        noun = 0;
        var i = dash - 1;
        while (i >= 0 && char.IsLower(text[i])) i--;
        if (i < 0 || dash - i < 3 || !char.IsUpper(text[i])) return false;
        start = i;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || IsHyphen(text[start - 1]) || text[start - 1] is '\'' or '\u2019' or '.')) return false;
        if (IsSentenceStart(text, start)) return false;
        end = dash + 1;
        while (end < text.Length && char.IsLower(text[end])) end++;
        if (end - dash - 1 < 3 || end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1])) return false;
        var nounEnd = end + 1;
        while (nounEnd < text.Length && char.IsLower(text[nounEnd])) nounEnd++;
        if (nounEnd < text.Length && (char.IsLetterOrDigit(text[nounEnd]) || IsHyphen(text[nounEnd]))) return false;
        var head = text.Substring(start, dash - start).ToLowerInvariant();
        if (FunctionWords.IsFunctionWord(head) || VariantFolding.CompoundPrefixes.Contains(head)) return false;
        if (!IsModifierWord(text.Substring(dash + 1, end - dash - 1)) || !IsModifierWord(text.Substring(end + 1, nounEnd - end - 1))) return false;
        noun = LowerWordHash(text, end + 1, nounEnd);
        return noun != 0;
    }

    private static bool IsModifierWord(string lower) => EnglishLexicon.IsEnglishWord(lower) && !FunctionWords.IsFunctionWord(lower) && !IsAdverb(lower);

    /// <summary>
    /// The open spelling of a proper modifier (a Basque language acronym beside a Basque-language acronym), starting
    /// at the capitalised word <paramref name="start"/>: counted only in the same slot, before a noun the hyphenated
    /// form also modifies. Its second word is a noun by the corpus's usage (language), or a determiner or a number
    /// stands before it (five Indian sponsored terrorists): Russia backed rebels may be a subject, its verb and
    /// its object.
    /// </summary>
    private static void TryOpenProperModifier(string text, int start, int headEnd, int entry, WordPositions? grammar,
        Dictionary<string, List<(int Entry, TextSpan Span, string Form)>> hyphenated, HashSet<(string Key, ulong Noun)> nouns, HashSet<ulong> words,
        Dictionary<string, List<(int Entry, TextSpan Span, string Form)>> open)
    {
        if (start > 0 && (IsHyphen(text[start - 1]) || text[start - 1] is '\'' or '\u2019' or '.') || IsSentenceStart(text, start)) return;
        var tailEnd = headEnd + 1;
        while (tailEnd < text.Length && char.IsLower(text[tailEnd])) tailEnd++;
        if (tailEnd - headEnd - 1 < 3 || tailEnd + 1 >= text.Length || text[tailEnd] != ' ' || !char.IsLower(text[tailEnd + 1])) return;
        var nounEnd = tailEnd + 1;
        while (nounEnd < text.Length && char.IsLower(text[nounEnd])) nounEnd++;
        if (nounEnd < text.Length && (char.IsLetterOrDigit(text[nounEnd]) || IsHyphen(text[nounEnd]))) return;
        var noun = LowerWordHash(text, tailEnd + 1, nounEnd);
        if (!words.Contains(noun) || !words.Contains(LowerWordHash(text, headEnd + 1, tailEnd))) return;
        var key = CapitalizedKey(text.Substring(start, headEnd - start), text.Substring(headEnd + 1, tailEnd - headEnd - 1), ProperModifierContext);
        if (noun == 0 || !nouns.Contains((key, noun)) || !hyphenated.ContainsKey(key)) return;
        var tailIsNoun = grammar is not null && grammar.IsNounLike(LowerWordHash(text, headEnd + 1, tailEnd));
        if (!tailIsNoun && !AfterDeterminerOrNumber(text, start)) return;
        if (!open.TryGetValue(key, out var uses)) open.Add(key, uses = new List<(int, TextSpan, string)>());
        uses.Add((entry, TextSpan.FromBounds(start, tailEnd), text.Substring(start, tailEnd - start)));
    }

    private static bool AfterDeterminerOrNumber(string text, int start)
    {
        if (AfterDeterminer(text, start)) return true;
        var i = start - 1;
        if (i < 1 || text[i] != ' ') return false;
        if (char.IsDigit(text[i - 1])) return true;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        return wordStart < i && CardinalWords.Contains(text.Substring(wordStart, i - wordStart).ToLowerInvariant());
    }

    private static readonly HashSet<string> CardinalWords = new(System.StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens", "hundreds", "thousands", "several", "many", "some", "other", "more",
    };

    /// <summary>
    /// Whether a capitalised two-word compound has its joint (a hyphen, or with <paramref name="requireHyphen"/>
    /// false a space) at <paramref name="joint"/>: a capital or capitalised word before it, not itself hyphenated
    /// or joined to letters or digits; a capitalised word of two letters or more after it, ending the compound.
    /// </summary>
    private static bool TryCapitalizedPair(string text, int joint, bool requireHyphen, out int start, out int end)
    {
        start = end = joint;
        if (joint == 0 || joint + 1 >= text.Length) return false;
        var numeralEnd = NumeralEnd(text, joint + 1);
        if (numeralEnd < 0 && (joint + 2 >= text.Length || !char.IsUpper(text[joint + 1]))) return false;
        var i = joint - 1;
        while (i >= 0 && char.IsLower(text[i])) i--;
        if (i < 0 || !char.IsUpper(text[i])) return false;
        start = i;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || IsHyphen(text[start - 1]) || text[start - 1] is '\'' or '\u2019' or '.')) return false;
        if (numeralEnd > 0)
        {
            // A numbered name (Phase-II / Phase II, Grade-20 / Grade 20): a capitalised word of two letters or more,
            // not a function word (Under-19 beside a sentence's Under 19 new rules), and a numeral.
            end = numeralEnd;
            return joint - start >= 2 && !FunctionWords.IsFunctionWord(text.Substring(start, joint - start).ToLowerInvariant());
        }

        if (requireHyphen && VariantFolding.CompoundPrefixes.Contains(text.Substring(start, joint - start).ToLowerInvariant())) return false;
        end = joint + 2;
        while (end < text.Length && char.IsLower(text[end])) end++;
        if (end == joint + 2) return false;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || IsHyphen(text[end]))) return false;
        return true;
    }

    /// <summary>
    /// The end of a numeral that starts at <paramref name="start"/> and ends a word: one to three digits (not a year,
    /// not a decimal or a thousands group: 20.5, 1,000), or a Roman numeral of I, V and X up to four letters (II,
    /// IV, XII); -1 for anything else.
    /// </summary>
    private static int NumeralEnd(string text, int start)
    {
        var end = start;
        if (char.IsDigit(text[start]))
        {
            while (end < text.Length && char.IsDigit(text[end])) end++;
            if (end - start > 3) return -1;
            if (end + 1 < text.Length && text[end] is '.' or ',' && char.IsDigit(text[end + 1])) return -1;
        }
        else
        {
            while (end < text.Length && text[end] is 'I' or 'V' or 'X') end++;
            if (end == start || end - start > 4) return -1;
        }

        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || IsHyphen(text[end]) || text[end] is '\'' or '\u2019')) return -1;
        return end;
    }

    /// <summary>
    /// A closed compound the vocabulary lacks (gridstation, frontman, superhit) is looked up open like a hyphenated
    /// one: at each place where it splits into two English content words of three letters or more (grid station).
    /// The vocabulary's own closed words (healthcare) get their open forms in the article pass. Its uses count for
    /// the role like hyphenated ones (a gridstation is a noun, so is a grid station).
    /// </summary>
    private static bool AddClosedSplits(VariantOccurrence occurrence, Dictionary<string, Dictionary<string, string>> tails)
    {
        var form = occurrence.Form;
        if (form.Length < 6 || EnglishLexicon.IsEnglishWord(form) || !occurrence.Key.EndsWith(form, System.StringComparison.Ordinal)) return false;
        var added = false;
        for (var i = 3; i <= form.Length - 3; i++)
        {
            var head = form.Substring(0, i);
            var tail = form.Substring(i);
            if (!EnglishLexicon.IsEnglishWord(head) || !EnglishLexicon.IsEnglishWord(tail)) continue;
            if (FunctionWords.IsFunctionWord(head) || FunctionWords.IsFunctionWord(tail) || IsAdverb(head) || IsAdverb(tail)) continue;
            if (VariantFolding.CompoundPrefixes.Contains(head)) continue;
            if (!tails.TryGetValue(head, out var byTail)) tails.Add(head, byTail = new Dictionary<string, string>(System.StringComparer.Ordinal));
            byTail[tail] = occurrence.Key;
            added = true;
        }

        return added;
    }

    /// <summary>What the corpus pass adds (open uses of hyphenated compounds) and leaves out (uses in the other role).</summary>
    private sealed class OpenForms
    {
        public Dictionary<CorpusEntry<SpellingVariantsSummary>, List<VariantOccurrence>> Added { get; } = new();

        public HashSet<VariantOccurrence> OffRole { get; } = new();

        /// <summary>Hyphenated uses grouped under their compound's second-role key, and their copies under it.</summary>
        public Dictionary<VariantOccurrence, VariantOccurrence> Rekeyed { get; } = new();

        /// <summary>Where the corpus writes each word (after determiners or pronouns): the verb-or-noun test.</summary>
        public WordPositions? Grammar { get; set; }
    }

    private enum UseRole
    {
        Unknown,
        Modifier,
        NameModifier,
        Other,

        /// <summary>Before a determiner or an object pronoun: a verb with its object (tape-recording a call).</summary>
        Verb,

        /// <summary>An open phrase after a determiner (a matter of fact): a noun, paired only with hyphenated noun uses.</summary>
        PhraseNoun,
    }

    private static readonly HashSet<string> ObjectStarts = new(System.StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "these", "those", "his", "her", "him", "them", "their", "its", "our", "my", "your", "me", "us",
    };

    private sealed class OpenUse
    {
        public OpenUse(CorpusEntry<SpellingVariantsSummary> entry, VariantOccurrence occurrence, UseRole role, ulong nextHash)
        {
            Entry = entry;
            Occurrence = occurrence;
            Role = role;
            NextHash = nextHash;
        }

        public CorpusEntry<SpellingVariantsSummary> Entry { get; }
        public VariantOccurrence Occurrence { get; }
        public UseRole Role { get; set; }
        public ulong NextHash { get; }
    }

    /// <summary>
    /// Where the corpus uses a word: right after a determiner (the, a, their: a noun or its adjective) or right
    /// after a subject pronoun (he, they, who: a verb or an adverb). A word the desk writes after pronouns at least
    /// as often as after determiners (moved, just, grew) does not head the noun a modifier stands before. Counted
    /// only after those few words, so it costs one set lookup per word.
    /// </summary>
    private sealed class WordPositions
    {
        private static readonly HashSet<ulong> Determiners = Hashes("the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "every", "each");
        private static readonly HashSet<ulong> Pronouns = Hashes("he", "she", "it", "they", "we", "i", "who", "you");
        private readonly Dictionary<ulong, int> _afterDeterminer = new();
        private readonly Dictionary<ulong, int> _afterPronoun = new();

        public void Count(ulong previous, ulong word)
        {
            if (Determiners.Contains(previous)) Increment(_afterDeterminer, word);
            else if (Pronouns.Contains(previous)) Increment(_afterPronoun, word);
        }

        public bool IsNounLike(ulong word)
        {
            _afterPronoun.TryGetValue(word, out var pronoun);
            if (pronoun == 0) return true;
            _afterDeterminer.TryGetValue(word, out var determiner);
            return determiner > pronoun;
        }

        private static void Increment(Dictionary<ulong, int> counts, ulong word)
        {
            counts.TryGetValue(word, out var count);
            counts[word] = count + 1;
        }

        private static HashSet<ulong> Hashes(params string[] words)
        {
            var set = new HashSet<ulong>();
            foreach (var word in words) set.Add(LowerWordHash(word, 0, word.Length));
            return set;
        }
    }

    /// <summary>
    /// The role of a compound that ends at <paramref name="end"/>, from the word after it: a lower-case content
    /// word (a noun) makes it a modifier; a capitalised word that is not English (a name: top seeded Alcaraz) a
    /// modifier of a name; a function word, an adverb, a verb (by <paramref name="grammar"/>), punctuation or a
    /// line end a noun phrase or predicate; a capitalised English word (a headline) or a word hyphenated on is
    /// unknown.
    /// </summary>
    private static UseRole RoleAfter(string text, int end, Dictionary<string, Dictionary<string, string>> tails, string? tail, WordPositions? grammar)
    {
        if (end >= text.Length) return UseRole.Other;
        if (char.IsDigit(text[end]) || IsHyphen(text[end])) return UseRole.Unknown;
        // A comma before another hyphenated word lists modifiers of one noun (the loud, far-left, hard-line
        // wing), not the end of a noun phrase.
        if (text[end] == ',' && EndsHyphenatedWord(text, end) && IsHyphenatedWordAt(text, end + 1)) return UseRole.Modifier;
        if (text[end] != ' ' || end + 1 >= text.Length || !char.IsLetter(text[end + 1])) return text[end] == ' ' && end + 1 < text.Length && char.IsDigit(text[end + 1]) ? UseRole.Unknown : UseRole.Other;
        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        if (wordEnd < text.Length && IsHyphen(text[wordEnd])) return UseRole.Unknown;
        var next = text.Substring(end + 1, wordEnd - end - 1);
        // The second word that the corpus hyphenates to the next one belongs to it (7 million acre feet beside
        // million acre-feet): the pair is not the modifier a 3.5 million-acre target writes.
        if (tail is not null && tails.TryGetValue(tail, out var following) && following.ContainsKey(next)) return UseRole.Unknown;
        if (char.IsUpper(next[0])) return EnglishLexicon.IsEnglishWord(next.ToLowerInvariant()) ? UseRole.Unknown : UseRole.NameModifier;
        // An adverb after the pair ends a phrase (drug treatment alone, widely expected next May): the pair is a
        // noun phrase or a predicate there, not a modifier before its noun.
        if (!EnglishLexicon.IsEnglishWord(next)) return UseRole.Unknown;
        if (ObjectStarts.Contains(next)) return UseRole.Verb;
        if (FunctionWords.IsFunctionWord(next) || IsAdverb(next)) return UseRole.Other;
        // A comparative right before "than" (three times higher than, two days longer than; the word list has its
        // superlative, so more green-light power than keeps its noun) makes the pair an adverbial of measure, not a
        // modifier before its noun.
        if (IsThanAt(text, wordEnd) && IsComparative(next)) return UseRole.Other;
        if (grammar is not null && !grammar.IsNounLike(LowerWordHash(next, 0, next.Length))) return UseRole.Other;
        return UseRole.Modifier;
    }

    /// <summary>A comparative in -er whose superlative in -est the word list has (higher, greater, bigger, easier).</summary>
    private static bool IsComparative(string word) =>
        word.Length >= 4 && word.EndsWith("er", System.StringComparison.Ordinal) && EnglishLexicon.IsEnglishWord(word.Substring(0, word.Length - 2) + "est");

    /// <summary>Whether a space and the word "than" start at <paramref name="start"/>.</summary>
    private static bool IsThanAt(string text, int start) =>
        start + 5 <= text.Length && text[start] == ' ' && string.CompareOrdinal(text, start + 1, "than", 0, 4) == 0
        && (start + 5 == text.Length || !char.IsLetter(text[start + 5]));

    /// <summary>Registers a hyphenated three-word phrase (up-and-coming) keyed by its words; false for any other form.</summary>
    private static bool TryAddPhraseChain(VariantOccurrence occurrence, int hyphen, ref Dictionary<(ulong, ulong, ulong), string>? phrases)
    {
        var form = occurrence.Form;
        var second = form.IndexOf('-', hyphen + 1);
        if (second < 0 || form.IndexOf('-', second + 1) >= 0) return false;
        var first = form.Substring(0, hyphen);
        var middle = form.Substring(hyphen + 1, second - hyphen - 1);
        var last = form.Substring(second + 1);
        if (!VariantExtractor.IsPhraseCompound(first, middle, last)) return false;
        (phrases ??= new Dictionary<(ulong, ulong, ulong), string>())[(LowerWordHash(first, 0, first.Length), LowerWordHash(middle, 0, middle.Length), LowerWordHash(last, 0, last.Length))] = occurrence.Key;
        return true;
    }

    private static bool EndsWithToAndVerb(string key, WordPositions grammar)
    {
        var to = key.IndexOf(" to ", System.StringComparison.Ordinal);
        if (to < 0) return false;
        var last = key.Substring(to + 4);
        return !grammar.IsNounLike(LowerWordHash(last, 0, last.Length));
    }

    private static bool AfterComma(string text, int start) => start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',';

    private static bool AfterDeterminer(string text, int start)
    {
        var i = start - 1;
        if (i < 1 || text[i] != ' ') return false;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        return wordStart < i && NounPhraseDeterminers.Contains(text.Substring(wordStart, i - wordStart).ToLowerInvariant());
    }

    /// <summary>An open use of a hyphenated phrase (available over the counter): three words, not inside a longer chain.</summary>
    private static void TryOpenPhrase(string text, int start, int lastStart, int end, string key, Dictionary<string, Dictionary<string, string>> tails,
        CorpusEntry<SpellingVariantsSummary> entry, List<OpenUse> found)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || IsHyphen(text[start - 1]))) return;
        if (end < text.Length && (char.IsDigit(text[end]) || IsHyphen(text[end]))) return;
        var role = RoleAfter(text, end, tails, null, null);
        if (role == UseRole.Unknown) return;
        if (role == UseRole.Other && AfterDeterminer(text, start)) role = UseRole.PhraseNoun;
        ulong nextHash = 0;
        if (role == UseRole.Modifier) nextHash = NextWordHash(text, end);
        var surface = text.Substring(start, end - start);
        var form = char.ToLowerInvariant(surface[0]) + surface.Substring(1);
        found.Add(new OpenUse(entry, new VariantOccurrence(VariantFamily.Compound, key, form, surface, TextSpan.FromBounds(start, end)), role, nextHash));
    }

    private static void TryOpenPair(string text, int headStart, int headEnd, int tailStart, int tailEnd, Dictionary<string, Dictionary<string, string>> tails, HashSet<string> openKeys,
        CorpusEntry<SpellingVariantsSummary> entry, List<OpenUse> found)
    {
        if (headStart > 0 && (char.IsLetterOrDigit(text[headStart - 1]) || IsHyphen(text[headStart - 1]))) return;
        if (tailEnd < text.Length && (char.IsDigit(text[tailEnd]) || IsHyphen(text[tailEnd]))) return;
        if (LowerWordHash(text, tailStart, tailEnd) == 0) return;
        var head = text.Substring(headStart, headEnd - headStart);
        if (char.IsUpper(head[0])) head = char.ToLowerInvariant(head[0]) + head.Substring(1);
        if (!tails.TryGetValue(head, out var byTail)) return;
        var tail = text.Substring(tailStart, tailEnd - tailStart);
        if (!byTail.TryGetValue(tail, out var key) || openKeys.Contains(key)) return;
        // The verb-or-noun test of the next word needs the whole corpus counted: a modifier here is confirmed later.
        var role = RoleAfter(text, tailEnd, tails, tail, null);
        if (role == UseRole.Unknown) return;
        ulong nextHash = 0;
        if (role == UseRole.Modifier)
        {
            var end = tailEnd + 1;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            nextHash = LowerWordHash(text, tailEnd + 1, end);
        }

        var form = head + " " + tail;
        found.Add(new OpenUse(entry, new VariantOccurrence(VariantFamily.Compound, key, form, form, TextSpan.FromBounds(headStart, tailEnd)), role, nextHash));
    }

    // Adverbs (and adverb-like words) that follow a phrase but never head the noun a modifier stands before.
    private static readonly HashSet<string> PhraseFinalAdverbs = new(System.StringComparer.Ordinal)
    {
        "next", "last", "alone", "soon", "later", "earlier", "again", "ever", "never", "already", "together", "instead",
        "enough", "abroad", "anyway", "overseas", "nationwide", "worldwide", "afterwards", "altogether", "apart",
        "aside", "ahead", "today", "yesterday", "tomorrow", "tonight", "recently", "first", "almost", "often",
        "sometimes", "always", "usually", "perhaps", "rather", "quite", "indeed", "however", "therefore", "thus",
    };

    /// <summary>
    /// A listed adverb, or an -ly adverb made from an English adjective (quickly, finally, happily, basically);
    /// nouns in -ly (family, supply, assembly) do not strip to a word.
    /// </summary>
    private static bool IsAdverb(string lower) => PhraseFinalAdverbs.Contains(lower) || EnglishLexicon.IsLyAdverb(lower);

    /// <summary>Whether a space and then a word hyphenated to the next one (grass-roots) start at <paramref name="start"/>.</summary>
    private static bool IsHyphenatedWordAt(string text, int start)
    {
        if (start + 1 >= text.Length || text[start] != ' ' || !char.IsLetter(text[start + 1])) return false;
        var i = start + 1;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i + 1 < text.Length && IsHyphen(text[i]) && char.IsLetter(text[i + 1]);
    }

    /// <summary>Whether the word that ends at <paramref name="end"/> is hyphenated to the one before it (extreme-right).</summary>
    private static bool EndsHyphenatedWord(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return i > 0 && i < end - 1 && IsHyphen(text[i]) && char.IsLetter(text[i - 1]);
    }

    /// <summary>The key a compound's second role is grouped under (see OpenFormsOfHyphenatedCompounds).</summary>
    private static string SecondRoleKey(string key) => key + SecondRoleSuffix;

    /// <summary>Ends the key of a compound's second role (VariantGrouping keeps roles apart by it).</summary>
    internal const string SecondRoleSuffix = " second-role";

    private static string BaseKey(string key) =>
        key.EndsWith(SecondRoleSuffix, System.StringComparison.Ordinal) ? key.Substring(0, key.Length - SecondRoleSuffix.Length) : key;

    /// <summary>
    /// Whether an open two-word use's second word and the word after it are a term of their own: written together
    /// without the first word ten times or more in the corpus, and five times as often as with it.
    /// </summary>
    private static bool StandsOnItsOwn(OpenUse use, Dictionary<(ulong Tail, ulong Next), int> tailPhrases, Dictionary<(string Key, ulong Next), int> withFirst)
    {
        var form = use.Occurrence.Form;
        var space = form.IndexOf(' ');
        if (space <= 0 || space != form.LastIndexOf(' ') || use.NextHash == 0) return false;
        var tailHash = LowerWordHash(form, space + 1, form.Length);
        if (tailHash == 0 || !tailPhrases.TryGetValue((tailHash, use.NextHash), out var together)) return false;
        withFirst.TryGetValue((use.Occurrence.Key, use.NextHash), out var with);
        var without = together - with;
        return without >= 10 && without >= 5 * with && IsGradableAdjective(form.Substring(0, space));
    }

    /// <summary>Whether the word list has a superlative of the word (low: lowest, big: biggest, large: largest, easy: easiest).</summary>
    private static bool IsGradableAdjective(string word)
    {
        if (word.Length < 2) return false;
        var last = word[word.Length - 1];
        if (last == 'e') return EnglishLexicon.IsEnglishWord(word + "st");
        if (last == 'y') return EnglishLexicon.IsEnglishWord(word.Substring(0, word.Length - 1) + "iest");
        return EnglishLexicon.IsEnglishWord(word + "est") || EnglishLexicon.IsEnglishWord(word + last + "est");
    }

    private static readonly HashSet<string> NounPhraseDeterminers = new(System.StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    };

    private static readonly HashSet<string> NounPhraseFollowers = new(System.StringComparer.Ordinal)
    {
        "of", "in", "at", "on", "for", "to", "from", "with", "by", "into", "over", "under", "since", "before", "after", "during",
    };

    /// <summary>
    /// Whether a compound use read as a noun or predicate is surely a noun phrase: right after a determiner (over the
    /// long-term) and right before the end of a clause (. ; : ! ? or a closing bracket) or a preposition (the
    /// second-half in Paris). A predicate (the plan is long-term) has no determiner; a word after the compound that
    /// the desk also writes as a verb (a long-term bet, those second-innings spells, the high-profile acts) may be
    /// the noun it modifies, and a comma or a coordinator may end one of a list of modifiers (a long-term, cheap
    /// loan), so neither makes a noun phrase.
    /// </summary>
    private static bool IsNounPhraseUse(string text, TextSpan span)
    {
        var end = span.End;
        if (end < text.Length && text[end] is not ('.' or ';' or ':' or '!' or '?' or ')' or '\n' or '\r'))
        {
            if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLetter(text[end + 1])) return false;
            var wordEnd = end + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (!NounPhraseFollowers.Contains(text.Substring(end + 1, wordEnd - end - 1))) return false;
        }

        var i = span.Start - 1;
        if (i < 1 || text[i] != ' ') return false;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (wordStart == i) return false;
        return NounPhraseDeterminers.Contains(text.Substring(wordStart, i - wordStart).ToLowerInvariant());
    }

    private static readonly HashSet<ulong> SlotPrepositions = WordHashes("for", "against", "towards", "toward", "of", "in", "on", "with", "to", "at", "from");

    /// <summary>
    /// Whether a hyphenated use read as a noun or predicate stands where the open form stands: before a preposition
    /// that at least two of the corpus's open uses in that role stand before too (zero-tolerance for beside zero
    /// tolerance for, well-versed in beside well versed in). The same slot with the same neighbour is one term
    /// written two ways, whether noun or predicate; a modifier before its noun (a zero-tolerance policy) is never
    /// compared with it.
    /// </summary>
    private static bool SharesOpenSlot(VariantOccurrence occurrence, string text, Dictionary<(string Key, ulong Next), int> openSlots)
    {
        if (openSlots.Count == 0) return false;
        var next = NextWordHash(text, occurrence.Span.End);
        return next != 0 && SlotPrepositions.Contains(next) && openSlots.TryGetValue((occurrence.Key, next), out var count) && count >= 2;
    }

    private static HashSet<ulong> WordHashes(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var word in words) set.Add(LowerWordHash(word, 0, word.Length));
        return set;
    }

    /// <summary>The <see cref="LowerWordHash"/> of the word after the space at <paramref name="end"/> (0 when there is none).</summary>
    private static ulong NextWordHash(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ') return 0;
        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        return wordEnd == end + 1 ? 0 : LowerWordHash(text, end + 1, wordEnd);
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '"' or '\u201C';
    }

    /// <summary>
    /// A hash of a word of lower-case ASCII letters (FNV-1a), or 0 when it has any other character; with
    /// <paramref name="capitalAllowed"/> the first letter may be a capital, hashed as its lower case.
    /// </summary>
    private static ulong LowerWordHash(string text, int start, int end, bool capitalAllowed = false)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (capitalAllowed && i == start && c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (c < 'a' || c > 'z') return 0;
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }

    // AnalyzeArticle and Summarize need the same extraction and grouping: done once per article (the engine's memo).
    private static List<VariantOccurrence> Extract(ArticleContext context) => context.Memo("occurrences", () => ExtractOnce(context));

    private static List<VariantSet> Sets(ArticleContext context, List<VariantOccurrence> occurrences) =>
        context.Memo("sets", () => VariantGrouping.Find(occurrences, Variety(context.Options, context.Data)));

    /// <summary>The option when set, else the house list's <c>spelling:</c>, else decided from the text.</summary>
    private static SpellingVariety Variety(RuleOptions options, RuleData data)
    {
        switch (options.GetString("spelling_variety", "auto").Trim().ToLowerInvariant())
        {
            case "british":
                return SpellingVariety.British;
            case "american":
                return SpellingVariety.American;
        }

        var house = data.GetAll<HouseSpelling>();
        return house.Count == 0 ? SpellingVariety.Auto : house[house.Count - 1].American ? SpellingVariety.American : SpellingVariety.British;
    }

    private static List<VariantOccurrence> ExtractOnce(ArticleContext context)
    {
        // The house forms are indexed once per run (the rule files' data), not per article.
        var house = context.Data.GetOrCreate(Rule.Id + ".house", data =>
        {
            var groups = new List<VariantGroup>();
            foreach (var group in data.GetAll<VariantGroup>())
            {
                if (group.RuleId == RuleIds.SpellingVariants) groups.Add(group);
            }

            return new HouseFormIndex(groups);
        });
        var occurrences = VariantExtractor.Extract(context.Article, house, context.Options.GetBool("automatic", true));
        // A use an editor silenced with a suppression comment ("Myanmar, also known as Burma") is a deliberate
        // spelling: it is not reported, and it does not vote either, in this article or in the corpus, so it cannot
        // make the desk's own spelling the minority elsewhere.
        var suppressions = Suppressions(context);
        if (suppressions is not null) occurrences.RemoveAll(o => suppressions.IsSuppressed(Rule.Id, o.Span));
        return occurrences;
    }

    /// <summary>The article's suppression comments for this rule, or null when it has none.</summary>
    private static SuppressionMap? Suppressions(ArticleContext context) => context.Memo("suppressions", () =>
    {
        var map = SuppressionMap.Parse(context.Article);
        return ReferenceEquals(map, SuppressionMap.None) ? null : map;
    });

    /// <summary>
    /// The occurrences the article pass groups: without the hyphenated modifier uses of a compound the article
    /// splits by role (see <see cref="ModifierOnlyHyphenations"/>). The corpus pass gets every occurrence and
    /// judges the roles over the whole corpus.
    /// </summary>
    private static List<VariantOccurrence> ArticleOccurrences(ArticleContext context) => context.Memo("article-occurrences", () =>
    {
        var occurrences = Extract(context);
        var text = context.Article.Text;
        var modifierSpellings = ModifierOnlyHyphenations(occurrences, _ => text);
        if (modifierSpellings.Count == 0) return occurrences;
        var kept = new List<VariantOccurrence>(occurrences);
        kept.RemoveAll(modifierSpellings.Contains);
        return kept;
    });

    /// <summary>
    /// The hyphenated uses of compounds whose spellings split by role: the hyphen only ever before a noun (a
    /// home-schooling mother, jet-stream winds) and the other spellings, open or closed, only ever as a noun or
    /// predicate (home schooling is, the jetstream moved). Both are right, so the hyphenated modifier uses are
    /// left out of the group (counted and reported by neither pass); a hyphenated noun use (home-schooling is)
    /// still pairs with the open noun. "Only ever" allows one use in ten of the other role, as a stray word after
    /// a noun phrase reads like a modifier's noun. Roles come from the word after each use, as in the corpus pass.
    /// </summary>
    private static HashSet<VariantOccurrence> ModifierOnlyHyphenations(List<VariantOccurrence> occurrences, System.Func<VariantOccurrence, string> textOf,
        WordPositions? grammar = null, bool particleCompoundsOnly = false)
    {
        var result = new HashSet<VariantOccurrence>();
        // Only a term with a hyphenated use can have hyphenated modifier uses to leave out: the others (most of an
        // article's compounds are closed words, healthcare, without a hyphenated spelling) are not looked at.
        HashSet<string>? hyphenatedKeys = null;
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Family != VariantFamily.Compound || occurrence.House is not null) continue;
            // The corpus pass's second-role keys were paired by role already.
            if (particleCompoundsOnly && (occurrence.Key.EndsWith(SecondRoleSuffix, System.StringComparison.Ordinal) || !EndsWithParticle(occurrence.Form))) continue;
            if (occurrence.Form.IndexOf(' ') < 0 && occurrence.Form.IndexOf('-') > 0) (hyphenatedKeys ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(occurrence.Key);
        }

        if (hyphenatedKeys is null) return result;
        var noTails = new Dictionary<string, Dictionary<string, string>>(System.StringComparer.Ordinal);
        // Each occurrence once, in order: a list, not a dictionary keyed by occurrence.
        var roles = new List<KeyValuePair<VariantOccurrence, UseRole>>();
        var counts = new Dictionary<string, (int HyphenModifier, int HyphenOther, int RestModifier, int RestOther)>(System.StringComparer.Ordinal);
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Family != VariantFamily.Compound || occurrence.House is not null || !hyphenatedKeys.Contains(occurrence.Key)) continue;
            // A prefix's hyphen (semi-final, re-certification) is spelling in every role, not a modifier's mark.
            var hyphen = occurrence.Form.IndexOf('-');
            if (hyphen > 0 && VariantFolding.CompoundPrefixes.Contains(occurrence.Form.Substring(0, hyphen).ToLowerInvariant())) continue;
            var role = RoleAfter(textOf(occurrence), occurrence.Span.End, noTails, null, grammar);
            // Over the corpus a modifier needs its noun phrase's start before it too, a determiner or a list's comma
            // (the shut-down reactor, a small, run-down house): after a noun the hyphenated word is the head noun
            // (player burn-out worries, the Christmas give-away entitles), whatever the word after it looks like.
            if (particleCompoundsOnly && role == UseRole.Modifier && occurrence.Form.IndexOf('-') > 0 && !AfterDeterminer(textOf(occurrence), occurrence.Span.Start) && !AfterComma(textOf(occurrence), occurrence.Span.Start)) role = UseRole.Other;
            roles.Add(new KeyValuePair<VariantOccurrence, UseRole>(occurrence, role));
            counts.TryGetValue(occurrence.Key, out var count);
            var hyphenated = occurrence.Form.IndexOf(' ') < 0 && occurrence.Form.IndexOf('-') > 0;
            counts[occurrence.Key] = (hyphenated, role) switch
            {
                (true, UseRole.Modifier) => (count.HyphenModifier + 1, count.HyphenOther, count.RestModifier, count.RestOther),
                (true, UseRole.Other) => (count.HyphenModifier, count.HyphenOther + 1, count.RestModifier, count.RestOther),
                (false, UseRole.Modifier or UseRole.NameModifier) => (count.HyphenModifier, count.HyphenOther, count.RestModifier + 1, count.RestOther),
                (false, UseRole.Other) => (count.HyphenModifier, count.HyphenOther, count.RestModifier, count.RestOther + 1),
                _ => count,
            };
        }

        foreach (var pair in roles)
        {
            var (hyphenModifier, hyphenOther, restModifier, restOther) = counts[pair.Key.Key];
            if (hyphenModifier == 0 || restOther == 0) continue;
            if (hyphenOther * 10 >= hyphenModifier + hyphenOther || restModifier * 10 >= restModifier + restOther) continue;
            if (pair.Value != UseRole.Other && pair.Key.Form.IndexOf(' ') < 0 && pair.Key.Form.IndexOf('-') > 0) result.Add(pair.Key);
        }

        return result;
    }

    /// <summary>A hyphenated verb and particle (the extractor's phrasal-verb particles): shut-down, run-down, worn-out, cut-off.</summary>
    private static bool EndsWithParticle(string form)
    {
        var hyphen = form.LastIndexOf('-');
        if (hyphen <= 0 || form.IndexOf('-') != hyphen) return false;
        foreach (var particle in VariantExtractor.VerbParticles)
        {
            if (form.Length - hyphen - 1 == particle.Length && string.CompareOrdinal(form, hyphen + 1, particle, 0, particle.Length) == 0) return true;
        }

        return false;
    }

    internal static string Message(VariantOccurrence occurrence, VariantSet set, string scope) => Rule.FormatMessage(
        ("actual", occurrence.Surface),
        ("preferred", set.ReplacementFor(occurrence)),
        ("scope", scope),
        ("counts", set.Describe()),
        ("basis", set.Basis));

    internal static IReadOnlyList<FileLocation> Related(FileLocation? preferred, VariantSet set)
    {
        if (preferred is not null) return new[] { preferred };
        return set.Sample.House?.Source is { } source ? new[] { source } : System.Array.Empty<FileLocation>();
    }

    internal static IReadOnlyDictionary<string, string> Properties(VariantOccurrence occurrence, VariantSet set) =>
        new Dictionary<string, string> { [Finding.ReplacementProperty] = set.ReplacementFor(occurrence) };
}

/// <summary>What EDL0001 keeps of one article for the corpus pass.</summary>
public sealed class SpellingVariantsSummary
{
    internal SpellingVariantsSummary(List<VariantOccurrence> occurrences, HashSet<string> localKeys, SuppressionMap? suppressions = null)
    {
        Occurrences = occurrences;
        LocalKeys = localKeys;
        Suppressions = suppressions;
    }

    /// <summary>
    /// The article's suppression comments, or null: the corpus pass finds more uses in the text (open compounds), and
    /// a suppressed one does not vote.
    /// </summary>
    internal SuppressionMap? Suppressions { get; }

    internal List<VariantOccurrence> Occurrences { get; }

    /// <summary>Keys of the terms the article pass already reported in this article, or found split by role there.</summary>
    internal HashSet<string> LocalKeys { get; }
}
