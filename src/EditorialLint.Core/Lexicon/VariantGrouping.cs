using System;
using System.Collections.Generic;

namespace EditorialLint.Lexicon;

/// <summary>One spelling of a term, as counted over an article or a corpus.</summary>
internal sealed class VariantSpelling
{
    public VariantSpelling(string id, string display, int firstOrder)
    {
        Id = id;
        Display = display;
        FirstOrder = firstOrder;
    }

    public string Id { get; }
    public string Display { get; }
    public int FirstOrder { get; }
    public int Count { get; set; }
    // Most spellings (common words) carry no evidence and are never compared by article: both sets are made on
    // first use, and read as a shared empty set until then (never written through).
    private static readonly HashSet<string> NoEvidence = new(StringComparer.Ordinal);
    private static readonly HashSet<int> NoArticles = new();
    private HashSet<string>? _evidence;
    private HashSet<int>? _articles;

    public HashSet<string> Evidence => _evidence ?? NoEvidence;

    /// <summary>The articles (run indexes) this spelling is used in.</summary>
    public HashSet<int> Articles => _articles ?? NoArticles;

    public void AddEvidence(string evidence) => (_evidence ??= new HashSet<string>(StringComparer.Ordinal)).Add(evidence);

    public void AddArticle(int article) => (_articles ??= new HashSet<int>()).Add(article);
}

/// <summary>A term written two or more ways: its spellings (most frequent first) and the one to keep.</summary>
internal sealed class VariantSet
{
    public VariantSet(string key, VariantOccurrence sample, List<VariantSpelling> spellings, string preferredId, string preferredDisplay, string basis)
    {
        Key = key;
        Sample = sample;
        Spellings = spellings;
        PreferredId = preferredId;
        PreferredDisplay = preferredDisplay;
        Basis = basis;
    }

    public string Key { get; }
    public VariantOccurrence Sample { get; }
    public List<VariantSpelling> Spellings { get; }
    public string PreferredId { get; }
    public string PreferredDisplay { get; }

    /// <summary>Why the preferred form is preferred: house style, majority or first use.</summary>
    public string Basis { get; }

    public bool Contains(string formId) => Spellings.Exists(s => s.Id == formId);

    public int CountOf(string formId) => Spellings.Find(s => s.Id == formId)?.Count ?? 0;

    public string Describe() => string.Join(", ", Spellings.ConvertAll(s => "'" + s.Display + "' ×" + s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The text that should replace <paramref name="occurrence"/>.</summary>
    public string ReplacementFor(VariantOccurrence occurrence) =>
        occurrence.IgnoresCase ? VariantFolding.MatchCase(PreferredDisplay, occurrence.Surface) : PreferredDisplay;
}

/// <summary>Which spelling variety British/American pairs follow: decided from the text, or set by the desk.</summary>
internal enum SpellingVariety
{
    Auto,
    British,
    American,
}

/// <summary>
/// Joins occurrences on their keys (a hash join: linear, never all pairs) and keeps the terms written in two or
/// more spellings. Names need evidence beyond the fold: a shared neighbouring name, a multi-part name, or a
/// difference in diacritics only.
/// </summary>
internal static class VariantGrouping
{
    /// <summary>The variant sets among <paramref name="occurrences"/>, given in reading order (path, then position).</summary>
    public static List<VariantSet> Find(IReadOnlyList<VariantOccurrence> occurrences, SpellingVariety variety = SpellingVariety.Auto, Func<string, bool>? isVerb = null)
    {
        var chosen = variety == SpellingVariety.Auto ? DecideVariety(occurrences) : variety;
        // Sized for an article's occurrences at once (growing it was a third of what grouping an article allocated).
        var buckets = new Dictionary<string, Bucket>(Math.Min(occurrences.Count, 1 << 16), StringComparer.Ordinal);
        var keys = new List<string>(Math.Min(occurrences.Count, 1 << 16));
        var order = 0;
        // Most keys have one spelling (an article's 70 keys hold one written two ways in ten articles): counted
        // first, and the evidence and articles gathered below only for keys with two or more spellings.
        var several = false;
        foreach (var occurrence in occurrences)
        {
            if (!buckets.TryGetValue(occurrence.Key, out var bucket))
            {
                bucket = new Bucket(occurrence);
                buckets.Add(occurrence.Key, bucket);
                keys.Add(occurrence.Key);
            }

            var spelling = bucket.Find(occurrence.Form);
            if (spelling is null)
            {
                var display = occurrence.IgnoresCase ? occurrence.Form : occurrence.Surface;
                if (occurrence.House is { } house)
                {
                    foreach (var listed in house.Forms)
                    {
                        if (string.Equals(listed, occurrence.Form, StringComparison.OrdinalIgnoreCase)) display = listed;
                    }
                }
                bucket.Add(spelling = new VariantSpelling(occurrence.Form, display, order));
                several |= bucket.Count >= 2;
            }

            spelling.Count++;
            order++;
        }

        if (several)
        {
            foreach (var occurrence in occurrences)
            {
                var bucket = buckets[occurrence.Key];
                if (bucket.Count < 2) continue;
                var spelling = bucket.Find(occurrence.Form)!;
                if (occurrence.Family == VariantFamily.Name) spelling.AddArticle(occurrence.Article);
                foreach (var evidence in occurrence.Evidence) spelling.AddEvidence(evidence);
            }
        }

        var sets = new List<VariantSet>();
        var topics = new LazyTopics(occurrences, isVerb);
        var nameWords = new LazyNameWords(occurrences);
        Dictionary<string, (int Acronym, int Initials)>? bareLetters = null;
        foreach (var key in keys)
        {
            var bucket = buckets[key];
            var sample = bucket.Sample;
            if (bucket.Count < 2) continue;
            var list = bucket.ToList();
            list.Sort((a, b) => a.FirstOrder.CompareTo(b.FirstOrder));
            // A British/American name's key holds all its words (Defence Minister, Privatisation Commission): one
            // title or body spelled two ways; with a country word it must also stand beside the same word.
            // Initials whose bare letters this desk uses as an acronym at least as often (KK, the Karachi Kings' tag,
            // beside Justice K.K. Agha / KK Agha) are not joined: told 'KK' is also written 'K.K.', an editor reads
            // the acronym. So are an initials' letters linked only where the bare letters are mostly initials.
            if (sample.Family == VariantFamily.Abbreviation && key.StartsWith(InitialsKeyPrefix, StringComparison.Ordinal)
                && BareLettersAreAnAcronym(key, bareLetters ??= CountBareLetters(occurrences))) continue;
            foreach (var component in Components(key, sample, list, topics))
            {
                if (component.Count >= 2) sets.Add(Build(key, sample, component, chosen, variety == SpellingVariety.Auto, nameWords));
            }
        }

        return PoolInflections(sets);
    }

    /// <summary>
    /// One style (closed, hyphenated, open) for all the inflections of one compound: the sets of a compound's
    /// singular and plural, or its -s, -ed and -ing forms (teenager / teenagers), are grouped apart, and voting
    /// each on its own counts told one article teen-agers and another teenager. Their counts are pooled by style and
    /// each set takes, of the styles it has, the one the pool uses most, when one leads; else its own choice stands.
    /// Only the suggestion changes: which forms are grouped is not touched. House-style and capitalised sets, and
    /// sets paired by role (hyphenated beside open), keep their own choice.
    /// </summary>
    private static List<VariantSet> PoolInflections(List<VariantSet> sets)
    {
        Dictionary<string, List<int>>? pools = null;
        for (var i = 0; i < sets.Count; i++)
        {
            if (InflectionLemma(sets[i]) is not { } lemma) continue;
            pools ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
            if (!pools.TryGetValue(lemma, out var members)) pools.Add(lemma, members = new List<int>());
            members.Add(i);
        }

        if (pools is null) return sets;
        foreach (var members in pools.Values)
        {
            if (members.Count < 2) continue;
            var pooled = new int[3];
            foreach (var i in members)
            {
                foreach (var spelling in sets[i].Spellings) pooled[StyleOf(spelling.Id)] += spelling.Count;
            }

            foreach (var i in members)
            {
                var set = sets[i];
                var best = -1;
                var unique = false;
                foreach (var spelling in set.Spellings)
                {
                    var style = StyleOf(spelling.Id);
                    if (best >= 0 && style == best) continue;
                    if (best < 0 || pooled[style] > pooled[best]) { best = style; unique = true; }
                    else if (pooled[style] == pooled[best]) unique = false;
                }

                if (!unique || best == StyleOf(set.PreferredId)) continue;
                // The set's spellings are sorted most common first: its most common spelling of that style.
                var pick = set.Spellings.Find(s => StyleOf(s.Id) == best)!;
                var basis = StyleName(best) + ", as this compound's inflected forms are most often written (" + PooledCounts(pooled) + ")";
                sets[i] = new VariantSet(set.Key, set.Sample, set.Spellings, pick.Id, pick.Display, basis);
            }
        }

        return sets;
    }

    /// <summary>0 closed, 1 hyphenated, 2 open (a space anywhere).</summary>
    private static int StyleOf(string form) => form.IndexOf(' ') >= 0 ? 2 : form.IndexOf('-') >= 0 ? 1 : 0;

    private static string PooledCounts(int[] pooled)
    {
        var parts = new List<string>();
        for (var style = 0; style < pooled.Length; style++)
        {
            if (pooled[style] > 0) parts.Add(StyleName(style) + " ×" + pooled[style].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }

    private static string StyleName(int style) => style switch { 0 => "closed", 1 => "hyphenated", _ => "open" };

    /// <summary>
    /// The compound a lower-case compound set inflects: its first part (where a hyphenated or open spelling
    /// splits) and the rest without an -s, -es, -ed or -ing ending; the key's role suffix kept, so roles are never
    /// pooled. Null for any other set (house style, a name's capitals, a spelling with no split).
    /// </summary>
    private static string? InflectionLemma(VariantSet set)
    {
        if (set.Sample.Family != VariantFamily.Compound || set.Sample.House is not null || set.Basis is LyAdverbBasis) return null;
        string? split = null;
        foreach (var spelling in set.Spellings)
        {
            foreach (var c in spelling.Id)
            {
                if (char.IsUpper(c)) return null;
            }

            if (split is null && StyleOf(spelling.Id) != 0) split = spelling.Id;
        }

        if (split is null) return null;
        var cut = split.IndexOfAny(Separators);
        var first = split.Substring(0, cut);
        // A set written both hyphenated and open was paired by role (safe-haven assets, the safe haven), and an
        // inflection may change the role (safe havens is a noun): it keeps its own choice, unless its hyphen is a
        // prefix's, which is spelling in every role (semi-final).
        if (set.Spellings.Exists(s => StyleOf(s.Id) == 1) && set.Spellings.Exists(s => StyleOf(s.Id) == 2)
            && !VariantFolding.CompoundPrefixes.Contains(first)) return null;
        var rest = split.Substring(cut + 1).Replace('-', ' ');
        var role = set.Key.EndsWith(EditorialLint.BuiltIn.SpellingVariantsRule.SecondRoleSuffix, StringComparison.Ordinal) ? EditorialLint.BuiltIn.SpellingVariantsRule.SecondRoleSuffix : "";
        return first + "|" + Uninflect(rest) + role;
    }

    private static readonly char[] Separators = { ' ', '-' };

    private static string Uninflect(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)) return word.Substring(0, word.Length - ending.Length);
        }

        return word;
    }

    // Longest first. No "-es": a plural in -es keeps its e here (teen-ages stays apart from teen-age), which only
    // leaves such a pair unpooled.
    private static readonly string[] Endings = { "ing", "ed", "s" };

    // Its own method: a lambda in Find's loop capturing the key made a closure for every key, most of them one spelling.
    private static List<List<VariantSpelling>> Components(string key, VariantOccurrence sample, List<VariantSpelling> list, LazyTopics topics) =>
        sample.Family == VariantFamily.Name ? Link(list, (a, b) => Linked(key, a, b, topics.Value))
        : sample.Family == VariantFamily.BritishAmerican && sample.Evidence.Count > 0 && sample.Evidence[0] == VariantExtractor.CountryTitleEvidence ? Link(list, SharesContext)
        : new List<List<VariantSpelling>> { list };

    /// <summary>The topic index of the occurrences, made on first use (only names need it).</summary>
    private sealed class LazyTopics
    {
        private readonly IReadOnlyList<VariantOccurrence> _occurrences;
        private TopicIndex? _value;

        private readonly Func<string, bool>? _isVerb;

        public LazyTopics(IReadOnlyList<VariantOccurrence> occurrences, Func<string, bool>? isVerb)
        {
            _occurrences = occurrences;
            _isVerb = isVerb;
        }

        public TopicIndex Value => _value ??= new TopicIndex(_occurrences, _isVerb);
    }

    /// <summary>
    /// One key's spellings. Most keys (most words of an article) have one spelling: the dictionary of forms is made
    /// only when a second one comes.
    /// </summary>
    private sealed class Bucket
    {
        private VariantSpelling? _first;
        private Dictionary<string, VariantSpelling>? _byForm;

        public Bucket(VariantOccurrence sample) => Sample = sample;

        public VariantOccurrence Sample { get; }

        public int Count => _byForm?.Count ?? (_first is null ? 0 : 1);

        public VariantSpelling? Find(string form)
        {
            if (_byForm is not null) return _byForm.TryGetValue(form, out var spelling) ? spelling : null;
            return _first is not null && string.Equals(_first.Id, form, StringComparison.Ordinal) ? _first : null;
        }

        public void Add(VariantSpelling spelling)
        {
            if (_first is null) { _first = spelling; return; }
            _byForm ??= new Dictionary<string, VariantSpelling>(StringComparer.Ordinal) { [_first.Id] = _first };
            _byForm.Add(spelling.Id, spelling);
        }

        public List<VariantSpelling> ToList() => _byForm is null ? new List<VariantSpelling> { _first! } : new List<VariantSpelling>(_byForm.Values);
    }

    /// <summary>
    /// Per letters written without stops (KK, AK): how often they stand alone as an acronym (an "a:" key) and how
    /// often as a person's initials before a name (an "i:" key).
    /// </summary>
    private static Dictionary<string, (int Acronym, int Initials)> CountBareLetters(IReadOnlyList<VariantOccurrence> occurrences)
    {
        var counts = new Dictionary<string, (int Acronym, int Initials)>(StringComparer.Ordinal);
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Family != VariantFamily.Abbreviation || occurrence.Form.IndexOf('.') >= 0) continue;
            var initials = occurrence.Key.StartsWith(InitialsKeyPrefix, StringComparison.Ordinal);
            if (!initials && !occurrence.Key.StartsWith("a:", StringComparison.Ordinal)) continue;
            var letters = LettersOf(occurrence.Key);
            counts.TryGetValue(letters, out var count);
            counts[letters] = initials ? (count.Acronym, count.Initials + 1) : (count.Acronym + 1, count.Initials);
        }

        return counts;
    }

    private static bool BareLettersAreAnAcronym(string key, Dictionary<string, (int Acronym, int Initials)> counts)
    {
        return counts.TryGetValue(LettersOf(key), out var count) && count.Acronym > 0 && count.Acronym >= count.Initials;
    }

    private const string InitialsKeyPrefix = "i:";

    /// <summary>The letters of an "a:" or "i:" key: after the prefix, up to the name an initials key goes on with.</summary>
    private static string LettersOf(string key)
    {
        var space = key.IndexOf(' ');
        return key.Substring(2, (space < 0 ? key.Length : space) - 2);
    }

    /// <summary>
    /// British or American, decided once for all the occurrences (an article, or the whole corpus): the variety
    /// most of its British/American words are written in; a tie is British. So every pair follows one variety
    /// (not fulfil but fulfillment), and no tie depends on the order of the files.
    /// </summary>
    private static SpellingVariety DecideVariety(IReadOnlyList<VariantOccurrence> occurrences)
    {
        var british = 0;
        var american = 0;
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Family != VariantFamily.BritishAmerican) continue;
            if (IsAmericanForm(occurrence.Key, occurrence.Form)) american++;
            else british++;
        }

        return american > british ? SpellingVariety.American : SpellingVariety.British;
    }

    private static bool IsAmericanForm(string key, string form) => string.CompareOrdinal(key, 2, form, 0, Math.Max(key.Length - 2, form.Length)) == 0;

    private static VariantSet Build(string key, VariantOccurrence sample, List<VariantSpelling> spellings, SpellingVariety variety, bool decidedByCorpus, LazyNameWords nameWords)
    {
        // Count first; ties in an order that does not depend on which files are linted or in what order.
        spellings.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : TieRank(sample.Family, a.Id).CompareTo(TieRank(sample.Family, b.Id)) is var rank && rank != 0 ? rank : string.CompareOrdinal(a.Id, b.Id));
        if (sample.House is { } house)
        {
            var id = house.CaseSensitive ? house.Preferred : house.Preferred.ToLowerInvariant();
            return new VariantSet(key, sample, spellings, id, house.Preferred, house.Basis);
        }

        if (sample.Family == VariantFamily.BritishAmerican)
        {
            var wantAmerican = variety == SpellingVariety.American;
            // judgment, acknowledgment: the -dgment spelling is British as well as American (the usual one in British
            // law reports), so a British desk is not told judgement over its own majority; a tie keeps the variety.
            if (decidedByCorpus && !wantAmerican && key.IndexOf("dgment", StringComparison.Ordinal) >= 0 && spellings[0].Count > spellings[1].Count)
                return new VariantSet(key, sample, spellings, spellings[0].Id, spellings[0].Display, "more common; both spellings are British");
            var pick = spellings.Find(s => IsAmericanForm(key, s.Id) == wantAmerican) ?? spellings[0];
            var name = wantAmerican ? "American" : "British";
            if (!decidedByCorpus) return new VariantSet(key, sample, spellings, pick.Id, pick.Display, name + " spelling, house style");
            // One variety for every pair, so a word whose own count leads the other way is told so: "as most of this
            // text" beside counts where the other spelling leads would read as a miscount.
            var basis = pick.Count < spellings[0].Count
                ? name + " spelling: most of this text's British/American words are " + name + ", though this word is mostly " + (wantAmerican ? "British" : "American")
                : name + " spelling, as most of this text";
            return new VariantSet(key, sample, spellings, pick.Id, pick.Display, basis);
        }

        if (sample.Family == VariantFamily.Compound && OpenAfterLyAdverb(spellings) is { } unhyphenated)
        {
            // An -ly adverb before a participle or adjective (a newly elected council, a highly paid job) takes no
            // hyphen in any house style: the adverb cannot be misread as modifying the noun. So the open spelling is
            // told, however many uses the hyphen has.
            return new VariantSet(key, sample, spellings, unhyphenated.Id, unhyphenated.Display, LyAdverbBasis);
        }

        var top = spellings[0];
        var tie = spellings[1].Count == top.Count;
        if (sample.Family == VariantFamily.Exonym && tie)
        {
            // A tie goes to the place's official name (the list's first form), never to file order.
            var official = key.Substring(2);
            var listed = spellings.Find(s => s.Id == official);
            if (listed is not null && listed.Count == top.Count) return new VariantSet(key, sample, spellings, listed.Id, listed.Display, "official name");
        }

        if (sample.Family == VariantFamily.Name && tie && MostUsedWords(spellings, nameWords.Value) is { } usual)
        {
            // A name's tie goes to the spelling of its words that the text's names use most (Yasser Arafat ×1 and
            // Yassir Arafat ×1 beside Yasser ×5 in other names), not to the alphabet.
            return new VariantSet(key, sample, spellings, usual.Id, usual.Display, "a tie: its words as this text's names mostly spell them");
        }

        if (sample.Family == VariantFamily.Compound && tie && spellings.Exists(s => s.Evidence.Contains(NounRoleEvidence)))
        {
            // A compound paired in its noun role (a fan base, a roof collapse): a tie goes to the word list's closed
            // word, else to the open noun; the hyphen is a modifier's.
            var closed = spellings.Find(s => s.Count == top.Count && TieRank(VariantFamily.Compound, s.Id) == 0);
            var open = spellings.Find(s => s.Count == top.Count && s.Id.IndexOf(' ') >= 0);
            if (closed is null && open is not null) return new VariantSet(key, sample, spellings, open.Id, open.Display, "a tie: open, not a modifier here");
        }

        return new VariantSet(key, sample, spellings, top.Id, top.Display, tie ? TieBasis(sample.Family, top.Id) : "more common");
    }

    /// <summary>Why an -ly adverb's compound is told open.</summary>
    internal const string LyAdverbBasis = "open: no hyphen after an -ly adverb";

    /// <summary>
    /// The most common open spelling of a compound whose first word is an -ly adverb made from an adjective (newly,
    /// highly, fully; not early, daily, elderly, which may head a hyphenated modifier), when the set also has a
    /// hyphenated spelling; else null. Spellings are sorted most common first.
    /// </summary>
    private static VariantSpelling? OpenAfterLyAdverb(List<VariantSpelling> spellings)
    {
        VariantSpelling? open = null;
        var hyphenated = false;
        foreach (var spelling in spellings)
        {
            var id = spelling.Id;
            var cut = id.IndexOfAny(Separators);
            if (cut <= 0 || !EnglishLexicon.IsAdverbOfAdjective(id.Substring(0, cut))) return null;
            if (id[cut] == '-') hyphenated = true;
            else if (open is null && id.IndexOf('-') < 0) open = spelling;
        }

        return hyphenated ? open : null;
    }

    /// <summary>
    /// Among the spellings tied with the first (sorted: count, then tie rank), the one whose words the text's names
    /// use most often in all, when one leads; null when the first tie rank decides (diacritics) or the uses tie too.
    /// </summary>
    private static VariantSpelling? MostUsedWords(List<VariantSpelling> spellings, Dictionary<string, int> words)
    {
        var top = spellings[0];
        VariantSpelling? best = null;
        var bestUses = -1;
        var unique = false;
        foreach (var spelling in spellings)
        {
            if (spelling.Count != top.Count || TieRank(VariantFamily.Name, spelling.Id) != TieRank(VariantFamily.Name, top.Id)) continue;
            var uses = 0;
            foreach (var word in spelling.Id.Split(' ', '-'))
            {
                if (words.TryGetValue(word, out var n)) uses += n;
            }

            if (uses > bestUses) { best = spelling; bestUses = uses; unique = true; }
            else if (uses == bestUses) unique = false;
        }

        return unique ? best : null;
    }

    /// <summary>How often each word (lower case) stands in the names of the occurrences, counted on first use (only a name's tie needs it).</summary>
    private sealed class LazyNameWords
    {
        private readonly IReadOnlyList<VariantOccurrence> _occurrences;
        private Dictionary<string, int>? _value;

        public LazyNameWords(IReadOnlyList<VariantOccurrence> occurrences) => _occurrences = occurrences;

        public Dictionary<string, int> Value => _value ??= Count();

        private Dictionary<string, int> Count()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var occurrence in _occurrences)
            {
                if (occurrence.Family != VariantFamily.Name) continue;
                foreach (var word in occurrence.Form.Split(' ', '-'))
                {
                    counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;
                }
            }

            return counts;
        }
    }

    /// <summary>Evidence on an open compound paired with a hyphenated one in the role of a noun or predicate.</summary>
    internal const string NounRoleEvidence = "noun-role";

    private static readonly string[] NounRole = { NounRoleEvidence };

    /// <summary>The evidence list that marks an occurrence as a noun-role compound.</summary>
    internal static IReadOnlyList<string> NounRoleEvidenceList => NounRole;

    /// <summary>
    /// How a tie is broken, lower first: a compound is written as the word list writes it closed, else hyphenated
    /// (the modifier's spelling), else open; a name or word keeps its diacritics; anything else goes by ordinal
    /// order of the forms. Never by file order, which changes with the set of files linted.
    /// </summary>
    private static int TieRank(VariantFamily family, string form) => family switch
    {
        VariantFamily.Compound => form.IndexOf(' ') >= 0 ? 2 : form.IndexOf('-') >= 0 ? 1 : EnglishLexicon.IsEnglishWord(form) ? 0 : 3,
        VariantFamily.Name or VariantFamily.Diacritic => VariantFolding.HasDiacritics(form) ? 0 : 1,
        _ => 0,
    };

    private static string TieBasis(VariantFamily family, string form) => (family, TieRank(family, form)) switch
    {
        (VariantFamily.Compound, 0) => "a tie: closed, as the word list writes it",
        (VariantFamily.Compound, 1) => "a tie: hyphenated",
        (VariantFamily.Name or VariantFamily.Diacritic, 0) => "a tie: with its diacritics",
        _ => "a tie: the first form in alphabetical order",
    };

    /// <summary>Connected components of spellings linked by evidence (union-find over one key's few spellings).</summary>
    private static List<List<VariantSpelling>> Link(List<VariantSpelling> spellings, Func<VariantSpelling, VariantSpelling, bool> linked)
    {
        var parent = new int[spellings.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < spellings.Count; i++)
        {
            for (var j = i + 1; j < spellings.Count; j++)
            {
                if (linked(spellings[i], spellings[j])) parent[Root(j)] = Root(i);
            }
        }

        var components = new Dictionary<int, List<VariantSpelling>>();
        var result = new List<List<VariantSpelling>>();
        for (var i = 0; i < spellings.Count; i++)
        {
            var root = Root(i);
            if (!components.TryGetValue(root, out var component))
            {
                components.Add(root, component = new List<VariantSpelling>());
                result.Add(component);
            }

            component.Add(spellings[i]);
        }

        return result;
    }

    /// <summary>
    /// Two spellings of a name (one transliteration key) are one name when the corpus shows it: a scored decision,
    /// evidence for against evidence against, over a threshold.
    /// <list type="bullet">
    /// <item>Against it, strongly: a vowel that differs in kind, not only in romanisation. a/e, i/ee/e, u/oo/o/ou
    /// are one sound written several ways (Ahmad/Ahmed, Shakil/Shakeel, Mahmud/Mahmood), but Nasir/Nisar,
    /// Hasan/Hussain and Alam/Aleem are different names; only a three-word name in one article outweighs it.</item>
    /// <item>For it: both spellings in one article; the same neighbouring word (Justice, a surname); the same full
    /// name of a one-word name (Mostefai after Ismael Omar Mostefai); a full name of three words or more (few
    /// people share one); a difference in diacritics only; and articles that name the same rare people and places
    /// (<see cref="TopicIndex"/>: the same story, so most likely the same person, even across outlets).</item>
    /// <item>Against it: both spellings used three times or more and never beside the same word or in one
    /// article — two people (Abdul Qadir the judge, Abdul Qadeer the scientist). A two-word name made of common
    /// names (Irfan Ahmad, Hasan Raza) with none of the evidence above names different people in different
    /// articles, so it is not joined on the fold alone.</item>
    /// </list>
    /// A one-word name needs more: its full name, or (for diacritics only) a shared name beside it or a shared story,
    /// or else neighbouring words both spellings share that stand beside few other names (its slot).
    /// </summary>
    private static bool Linked(string key, VariantSpelling a, VariantSpelling b, TopicIndex topics)
    {
        var plainA = VariantFolding.StripDiacritics(a.Id);
        var plainB = VariantFolding.StripDiacritics(b.Id);
        var sameSounds = VowelsCompatible(plainA, plainB);
        var sharedContext = 0;
        var sharedFullName = 0;
        var sharedNameContext = 0;
        foreach (var evidence in a.Evidence)
        {
            if (evidence == UnitEvidence || !b.Evidence.Contains(evidence)) continue;
            if (evidence.StartsWith(FullNameEvidence, StringComparison.Ordinal)) sharedFullName++;
            else sharedContext++;
            if (evidence.StartsWith("ctxname:", StringComparison.Ordinal)) sharedNameContext++;
        }

        var diacriticsOnly = string.Equals(plainA, plainB, StringComparison.Ordinal);
        var (similarity, sharedArticle) = topics.Similarity(key, a, b);
        var story = Math.Min(3.0, similarity);
        if (a.Evidence.Contains(UnitEvidence) && b.Evidence.Contains(UnitEvidence))
        {
            var specific = NameWords(plainA) >= 3;
            var score = story + Math.Min(2, sharedContext) + (sharedArticle ? 2 : 0) + (diacriticsOnly ? 1 : 0) + (specific ? 1 : 0);
            // Neighbours that never meet tell two people apart; a name of three words or more (Jamiat Ulema-e-Islam)
            // names one person or body, whatever words stand beside it.
            var disjoint = !specific && sharedContext == 0 && !sharedArticle && a.Count >= MinimumUsesForDisjointContexts && b.Count >= MinimumUsesForDisjointContexts;
            if (disjoint) score -= 2;
            // An article of one spelling that writes the other spelling's word in a longer name with the same other
            // words (Mahedi Hasan in a squad list beside Mehidy Hasan Miraz) tells two people apart.
            if (topics.NamesOtherSpelling(plainA, plainB, a, b) || topics.NamesOtherSpelling(plainB, plainA, b, a)) score -= 3;
            if (!sameSounds) score -= 2;
            return score >= 1;
        }

        // A shared full name vouches for a romanisation, not for a vowel of another kind: Hasan and Hussain in two
        // full names with one key are the other names of two people, as the multi-word decision above finds.
        // A word that is the name of several people (the same full name beside other full names with it: Imran
        // Shafiq the advocate, Mohammad Shafique a survivor) is one person only with the rest of the name: those full
        // names are grouped on their own, and the bare word is not linked across people.
        if (sharedFullName > 0) return sameSounds && !NamesSeveralPeople(a, b);
        if (diacriticsOnly) return sameSounds && (sharedNameContext > 0 || story >= 2);
        // With no full name, the name's slot: both spellings beside the same words that stand beside few other
        // names (the Honhaar/Honhar scholarship, the Saraiki/Seraiki belt, the Houthis/Huthis of Yemen), verbs aside
        // (said, stated: any name's). The story (the articles' other names) does not tell one one-word name from
        // another: a frequent one shares them with anything.
        // A word the corpus writes in the full names of several people (Mohammed bin Salman, Mohammed bin
        // Abdulrahman) is a given name: the slot it stands in (Crown Prince, Sheikh, bin) is every bearer's.
        if (!sameSounds || SameButApostrophes(a.Id, b.Id) || OfSeveralPeople(a) || OfSeveralPeople(b) || topics.IsGivenName(a.Id) || topics.IsGivenName(b.Id)) return false;
        var slot = topics.SharedNeighbours(a, b);
        return slot >= OneWordNeighbourThreshold || RespellingScore(plainA, plainB, a, b, topics, similarity, sharedArticle, slot) >= RespellingThreshold;
    }

    /// <summary>
    /// The evidence that two one-word names with no neighbouring word of weight in common are one name respelled
    /// (Sibi/Sibbi, Shigar/Shighar, Galiyat/Galliyat): only for two capitalised spellings the English word list lacks that
    /// differ by one edit of the transliteration table (<see cref="TransliterationEdits"/>), and not when both are
    /// given names or surnames people spell as their own (Rashid/Rasheed). Then the same story (the articles' other
    /// rare names, up to 3), one article with both (1), the neighbours they do share (twice their weight) and a rare
    /// spelling of a common name (one or two uses against four times as many: 0.5) add up; linked at 3, so the
    /// story must carry most of it. Corpus pass only.
    /// </summary>
    private static double RespellingScore(string plainA, string plainB, VariantSpelling a, VariantSpelling b, TopicIndex topics, double similarity, bool sharedArticle, double slot)
    {
        if (!topics.HasCorpus || !TransliterationEdits.DifferByOneEdit(plainA, plainB)) return 0;
        if (EnglishLexicon.IsEnglishWord(plainA) || EnglishLexicon.IsEnglishWord(plainB) || TransliterationEdits.AreBothPersonalNames(plainA, plainB)) return 0;
        // A country or demonym (by the country list's fold: Scot, Scottish) is not a name respelled; both spellings
        // written inside full names with no full name in common, or last in other full names, are two people.
        if (VariantExtractor.IsCountryWordOf(plainA) || VariantExtractor.IsCountryWordOf(plainB)) return 0;
        if ((HasFullName(a) && HasFullName(b)) || topics.EndOtherFullNames(plainA, plainB)) return 0;
        var score = Math.Min(3.0, similarity) + (sharedArticle ? 1 : 0) + 2 * slot;
        var rare = Math.Min(a.Count, b.Count);
        if (rare <= 2 && Math.Max(a.Count, b.Count) >= 4 * rare) score += 0.5;
        return score;
    }

    private const double RespellingThreshold = 3.0;

    private static bool HasFullName(VariantSpelling spelling)
    {
        foreach (var evidence in spelling.Evidence)
        {
            if (evidence.StartsWith(FullNameEvidence, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    // Three quarters of a word beside this name alone: one role word few names have, or two commoner ones.
    private const double OneWordNeighbourThreshold = 0.75;

    /// <summary>True when the spelling stands in its articles for two full names, neither a longer form of the other.</summary>
    private static bool OfSeveralPeople(VariantSpelling spelling)
    {
        string[]? first = null;
        foreach (var evidence in spelling.Evidence)
        {
            if (!evidence.StartsWith(FullNameEvidence, StringComparison.Ordinal)) continue;
            var words = FullNameWords(evidence);
            if (first is null) first = words;
            else if (!Holds(words, first) && !Holds(first, words)) return true;
        }

        return false;
    }

    /// <summary>True when two forms differ only in which apostrophe they write (one character, by definition).</summary>
    private static bool SameButApostrophes(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && !(IsApostrophe(a[i]) && IsApostrophe(b[i]))) return false;
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u00B4' or '\u02BC';

    /// <summary>
    /// True when the full names two one-word spellings stand for (their "full:" evidence) hold, besides the ones
    /// they share, a full name that is neither a longer nor a shorter form of a shared one: the word names another
    /// person too, so the shared full name vouches only for its own uses, not for every bare use of the word.
    /// </summary>
    private static bool NamesSeveralPeople(VariantSpelling a, VariantSpelling b)
    {
        List<string[]>? shared = null;
        foreach (var evidence in a.Evidence)
        {
            if (evidence.StartsWith(FullNameEvidence, StringComparison.Ordinal) && b.Evidence.Contains(evidence)) (shared ??= new List<string[]>()).Add(FullNameWords(evidence));
        }

        if (shared is null) return false;
        return OtherPerson(a, b, shared) || OtherPerson(b, a, shared);
    }

    private static bool OtherPerson(VariantSpelling a, VariantSpelling b, List<string[]> shared)
    {
        foreach (var evidence in a.Evidence)
        {
            if (!evidence.StartsWith(FullNameEvidence, StringComparison.Ordinal) || b.Evidence.Contains(evidence)) continue;
            var words = FullNameWords(evidence);
            if (!shared.Exists(s => Holds(words, s) || Holds(s, words))) return true;
        }

        return false;
    }

    /// <summary>The folded words of a full name from its evidence ("full:" and the name's key, "n:" and its words).</summary>
    private static string[] FullNameWords(string evidence) => evidence.Substring(FullNameEvidence.Length + NameKeyPrefix.Length).Split(' ');

    private static bool Holds(string[] longer, string[] shorter) => Array.TrueForAll(shorter, w => Array.IndexOf(longer, w) >= 0);

    private const string FullNameEvidence = "full:";

    // A name's key starts so (VariantExtractor): "n:" and the folded words.
    private const string NameKeyPrefix = "n:";

    private static int NameWords(string form)
    {
        var words = 0;
        foreach (var part in form.Split(' ', '-'))
        {
            if (part.Length > 0 && !VariantFolding.IsNameConnector(part)) words++;
        }

        return words;
    }

    /// <summary>
    /// True when the vowels of two spellings (lower case, no diacritics) differ only in how one sound is romanised:
    /// the runs of vowels, slot by slot, are the same or in one class (a, aa, e; e, i, ee, ie; o, oo, u, ou; ai, ei,
    /// ae; au with o). Spellings with a different number of slots, also when a glide y between vowels is read as part
    /// of the run (Aliya/Alia), are left to the key.
    /// </summary>
    internal static bool VowelsCompatible(string a, string b)
    {
        var runsA = VowelRuns(a);
        var runsB = VowelRuns(b);
        if (runsA.Count != runsB.Count)
        {
            // A glide y between vowels written in one spelling only (Aliya/Alia) splits a run in two: compared as
            // one run without the y, the vowels still have to agree (Aliya/Ali do not).
            runsA = VowelRuns(a, glides: true);
            runsB = VowelRuns(b, glides: true);
            if (runsA.Count != runsB.Count) return true;
        }

        for (var i = 0; i < runsA.Count; i++)
        {
            if (!SameSound(runsA[i], runsB[i])) return false;
        }

        return true;
    }

    private static List<string> VowelRuns(string value, bool glides = false)
    {
        var runs = new List<string>();
        var i = 0;
        while (i < value.Length)
        {
            if (IsFinalY(value, i)) { runs.Add("i"); i++; continue; }
            if (!IsVowel(value[i])) { i++; continue; }
            // The u of qu before a vowel is part of the consonant, not a vowel of its own (Siddiqui/Siddiqi).
            if (value[i] == 'u' && i > 0 && value[i - 1] == 'q' && i + 1 < value.Length && IsVowel(value[i + 1])) i++;
            var start = i;
            while (i < value.Length && (IsVowel(value[i]) || (glides && VariantFolding.IsGlideY(value, i)))) i++;
            // A glide y is not written in every spelling (Aliya/Alia): the run is compared without it.
            var run = value.Substring(start, i - start);
            runs.Add(glides && run.IndexOf('y') >= 0 ? run.Replace("y", string.Empty) : run);
        }

        return runs;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // A word's last y after a consonant is the vowel i (Samy/Sami), as in the transliteration key.
    private static bool IsFinalY(string value, int i) =>
        value[i] == 'y' && i > 0 && char.IsLetter(value[i - 1]) && !IsVowel(value[i - 1]) && (i + 1 == value.Length || !char.IsLetter(value[i + 1]));

    private static bool SameSound(string a, string b)
    {
        if (OneSound(a, b)) return true;
        // Two vowels in a row are often two syllables, the second after a glottal stop or an ayn that is not
        // written (Mu'een, Esma'il): compared syllable by syllable, Moin/Mueen/Moeen and Esmaeil/Esmail agree.
        for (var i = 1; i < a.Length; i++)
        {
            for (var j = 1; j < b.Length; j++)
            {
                if (OneSound(a.Substring(0, i), b.Substring(0, j)) && OneSound(a.Substring(i), b.Substring(j))) return true;
            }
        }

        return false;
    }

    private static bool OneSound(string a, string b)
    {
        if (a == b) return true;
        var classes = SoundClasses(a) & SoundClasses(b);
        return classes != 0 || string.Equals(Undouble(a), Undouble(b), StringComparison.Ordinal);
    }

    // Bit flags: 1 the a sound, 2 the i sound, 4 the u sound; 0 for a run outside the table (it must match exactly).
    private static int SoundClasses(string run) => run switch
    {
        "a" or "aa" => 1,
        "e" => 1 | 2,
        "i" or "ee" or "ii" or "ie" or "ea" => 2,
        "ai" or "ei" or "ae" or "ay" => 1 | 2,
        "o" or "u" or "oo" or "uu" or "ou" or "ue" => 4,
        "au" or "ao" => 1 | 4,
        _ => 0,
    };

    private static string Undouble(string run)
    {
        if (run.Length < 2) return run;
        var builder = new System.Text.StringBuilder(run.Length);
        foreach (var c in run)
        {
            if (builder.Length == 0 || builder[builder.Length - 1] != c) builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A country's title spelled two ways is one term when both spellings stand beside the same word (Defence/Defense Minister Dong).</summary>
    private static bool SharesContext(VariantSpelling a, VariantSpelling b)
    {
        foreach (var evidence in a.Evidence)
        {
            if (evidence.StartsWith("ctx", StringComparison.Ordinal) && b.Evidence.Contains(evidence)) return true;
        }

        return false;
    }

    // Below this, two spellings' neighbours are too few to show that they never meet.
    private const int MinimumUsesForDisjointContexts = 3;

    private const string UnitEvidence = "unit";
}

/// <summary>
/// What the articles of a run name besides a term: per article the keys of the names it uses, and in how many
/// articles each name appears. Two spellings whose articles name the same rare people and places are about the
/// same story, and so most likely about the same person; spellings whose articles share nothing are likely two
/// people. Built once per grouping, only when a name is written two ways; linear in the occurrences.
/// </summary>
internal sealed class TopicIndex
{
    private readonly Dictionary<int, HashSet<string>> _namesByArticle = new();
    private readonly Dictionary<int, HashSet<string>> _formsByArticle = new();
    private readonly Dictionary<string, int> _articlesByName = new(StringComparer.Ordinal);
    private readonly int _articleCount;

    // Beside how many names (distinct keys) each neighbouring word stands: a role word of few names (Division,
    // area, Town) says which name it is, one of every name (said, Minister) says nothing.
    private readonly Dictionary<string, int> _namesByNeighbour = new(StringComparer.Ordinal);
    private readonly HashSet<(string Key, string Neighbour)> _neighbourPairs = new();
    private readonly HashSet<string> _keysWithNeighbours = new(StringComparer.Ordinal);
    private readonly Func<string, bool>? _isVerb;

    public TopicIndex(IReadOnlyList<VariantOccurrence> occurrences, Func<string, bool>? isVerb = null)
    {
        _isVerb = isVerb;
        var articles = new HashSet<int>();
        foreach (var occurrence in occurrences)
        {
            articles.Add(occurrence.Article);
            if (occurrence.Family != VariantFamily.Name) continue;
            if (!_namesByArticle.TryGetValue(occurrence.Article, out var names)) _namesByArticle.Add(occurrence.Article, names = new HashSet<string>(StringComparer.Ordinal));
            if (names.Add(occurrence.Key)) _articlesByName[occurrence.Key] = _articlesByName.TryGetValue(occurrence.Key, out var n) ? n + 1 : 1;
            // The neighbours' rarity is a corpus fact: counted only where the corpus pass asks for it.
            if (isVerb is not null) CountNeighbours(occurrence);

            if (!occurrence.IsMultiWordName) continue;
            if (!_formsByArticle.TryGetValue(occurrence.Article, out var forms)) _formsByArticle.Add(occurrence.Article, forms = new HashSet<string>(StringComparer.Ordinal));
            forms.Add(occurrence.Form);
        }

        _articleCount = Math.Max(1, articles.Count);
    }

    /// <summary>
    /// The summed rarity (log inverse document frequency, over ln N) of the names that articles of both spellings
    /// use, leaving out names that share a word with the term itself; and whether one article uses both spellings.
    /// </summary>
    public (double Similarity, bool SharedArticle) Similarity(string key, VariantSpelling a, VariantSpelling b)
    {
        var shared = false;
        foreach (var article in a.Articles)
        {
            if (b.Articles.Contains(article)) { shared = true; break; }
        }

        var small = a.Articles.Count <= b.Articles.Count ? a : b;
        var large = ReferenceEquals(small, a) ? b : a;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in small.Articles)
        {
            if (large.Articles.Contains(article) || !_namesByArticle.TryGetValue(article, out var used)) continue;
            names.UnionWith(used);
        }

        var parts = key.Substring(2).Split(' ', '-');
        var similarity = 0.0;
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in large.Articles)
        {
            if (small.Articles.Contains(article) || !_namesByArticle.TryGetValue(article, out var used)) continue;
            foreach (var name in used)
            {
                if (!names.Contains(name) || !counted.Add(name) || SharesPart(name, parts)) continue;
                similarity += Math.Log((double)_articleCount / _articlesByName[name]);
            }
        }

        // In units of the rarest name's weight, ln N: one name only these articles use counts about one, a name
        // half the corpus uses next to nothing; so the scale holds for a folder of ten articles as for thousands.
        return (similarity / Math.Log(Math.Max(3, _articleCount)), shared);
    }

    // The first word of the corpus's multi-word names, and whether it starts two different ones (a given name).
    private readonly Dictionary<string, string?> _firstWords = new(StringComparer.Ordinal);

    /// <summary>True when the index was built over a corpus (the corpus pass), not for one article alone.</summary>
    public bool HasCorpus => _isVerb is not null;

    // The last word of the corpus's multi-word names, and the one full name it ends (null: several).
    private readonly Dictionary<string, string?> _lastWords = new(StringComparer.Ordinal);

    /// <summary>
    /// True when the corpus writes both words last in full names, and not in one same full name (an actor Jon Voight,
    /// a judge Barton Voigt): the surnames of two people.
    /// </summary>
    public bool EndOtherFullNames(string a, string b) =>
        _lastWords.TryGetValue(a, out var keyA) && _lastWords.TryGetValue(b, out var keyB) && (keyA is null || keyB is null || keyA != keyB);

    /// <summary>True when the corpus writes the word first in two different full names (Mohammed bin Salman, Mohammed bin Zayed).</summary>
    public bool IsGivenName(string form) => _firstWords.TryGetValue(form, out var key) && key is null;

    private void CountNeighbours(VariantOccurrence occurrence)
    {
        if (occurrence.IsMultiWordName)
        {
            var space = occurrence.Form.IndexOf(' ');
            if (space > 0)
            {
                var first = occurrence.Form.Substring(0, space);
                if (!_firstWords.TryGetValue(first, out var seen)) _firstWords.Add(first, occurrence.Key);
                else if (seen is not null && seen != occurrence.Key) _firstWords[first] = null;
                var last = occurrence.Form.Substring(occurrence.Form.LastIndexOf(' ') + 1);
                if (!_lastWords.TryGetValue(last, out seen)) _lastWords.Add(last, occurrence.Key);
                else if (seen is not null && seen != occurrence.Key) _lastWords[last] = null;
            }
        }

        foreach (var evidence in occurrence.Evidence)
        {
            if (!evidence.StartsWith("ctx", StringComparison.Ordinal) || !_neighbourPairs.Add((occurrence.Key, evidence))) continue;
            _namesByNeighbour[evidence] = _namesByNeighbour.TryGetValue(evidence, out var beside) ? beside + 1 : 1;
            _keysWithNeighbours.Add(occurrence.Key);
        }
    }

    /// <summary>
    /// The summed rarity of the neighbouring words both spellings stand beside (a title or a role word before, a
    /// head word after: <c>Prophet</c>, <c>the Saraiki belt</c> and <c>the Seraiki belt</c>): each adds
    /// ln(K / names it stands beside) / ln K over the K names that have a neighbour, so a
    /// word beside this name alone counts 1 and a word beside every name (said, Minister) next to nothing.
    /// </summary>
    public double SharedNeighbours(VariantSpelling a, VariantSpelling b)
    {
        if (_isVerb is null) return 0;
        var names = Math.Max(3, _keysWithNeighbours.Count);
        var score = 0.0;
        foreach (var evidence in a.Evidence)
        {
            if (!evidence.StartsWith("ctx", StringComparison.Ordinal) || !b.Evidence.Contains(evidence) || !_namesByNeighbour.TryGetValue(evidence, out var beside)) continue;
            if (evidence.StartsWith("ctx:", StringComparison.Ordinal) && _isVerb(evidence.Substring(4))) continue;
            score += Math.Log((double)names / beside) / Math.Log(names);
        }

        return score;
    }

    /// <summary>
    /// True when an article of <paramref name="a"/> (without <paramref name="b"/>) writes another, longer name
    /// that holds the word in which <paramref name="b"/> differs and every word the two spellings share: the
    /// writer named someone else with the other spelling (Mahedi Hasan beside Mehidy Hasan Miraz).
    /// </summary>
    public bool NamesOtherSpelling(string plainA, string plainB, VariantSpelling a, VariantSpelling b)
    {
        var wordsA = plainA.Split(' ', '-');
        var wordsB = plainB.Split(' ', '-');
        var only = new List<string>();
        var shared = new List<string>();
        foreach (var word in wordsB)
        {
            if (Array.IndexOf(wordsA, word) < 0) only.Add(word);
            else shared.Add(word);
        }

        if (only.Count == 0 || shared.Count == 0) return false;
        foreach (var article in a.Articles)
        {
            if (b.Articles.Contains(article) || !_formsByArticle.TryGetValue(article, out var forms)) continue;
            foreach (var form in forms)
            {
                if (form.Length <= plainB.Length || form == a.Id) continue;
                var words = VariantFolding.StripDiacritics(form).Split(' ', '-');
                if (only.TrueForAll(w => Array.IndexOf(words, w) >= 0) && shared.TrueForAll(w => Array.IndexOf(words, w) >= 0)) return true;
            }
        }

        return false;
    }

    private static bool SharesPart(string name, string[] parts)
    {
        foreach (var part in name.Substring(2).Split(' ', '-'))
        {
            if (part.Length > 1 && Array.IndexOf(parts, part) >= 0) return true;
        }

        return false;
    }
}
