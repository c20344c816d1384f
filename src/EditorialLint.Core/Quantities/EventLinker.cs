using System;
using System.Collections.Generic;
using EditorialLint.Text;

namespace EditorialLint.Quantities;

/// <summary>
/// The content words of one article, counted: what <see cref="EventLinker"/> compares to tell whether two articles
/// report one event. Lower case, letters only, four letters or more, function words and reporting words left out;
/// at most <see cref="MaxWords"/> words (the most frequent), so a huge article costs no more than a long one.
/// </summary>
public sealed class WordProfile
{
    private const int MaxWords = 200;

    private WordProfile(string[] words, int[] counts, ulong textHash)
    {
        Words = words;
        Counts = counts;
        TextHash = textHash;
    }

    /// <summary>The words, in ordinal order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>How often each of <see cref="Words"/> occurs.</summary>
    public IReadOnlyList<int> Counts { get; }

    /// <summary>FNV-1a hash of the article's whole text: identical copies are linked once, not with each other.</summary>
    public ulong TextHash { get; }

    public static WordProfile Of(Article article)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var teaser = -1;
        var teaserBlock = false;
        foreach (var token in article.Tokens)
        {
            // The openings of other stories at the foot of a page say nothing about this article's event.
            if (token.SentenceIndex != teaser)
            {
                teaser = token.SentenceIndex;
                teaserBlock = ClaimExtractor.IsTeaser(article, teaser);
            }

            if (teaserBlock || !token.IsWord || token.Text.Length < 4 || !AllLetters(token.Text)) continue;
            var lower = token.Text.ToLowerInvariant();
            if (StopWords.Contains(lower)) continue;
            counts[lower] = counts.TryGetValue(lower, out var n) ? n + 1 : 1;
        }

        var ordered = new List<KeyValuePair<string, int>>(counts);
        ordered.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        if (ordered.Count > MaxWords) ordered.RemoveRange(MaxWords, ordered.Count - MaxWords);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var words = new string[ordered.Count];
        var values = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            words[i] = ordered[i].Key;
            values[i] = ordered[i].Value;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in article.Text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return new WordProfile(words, values, hash);
    }

    private static bool AllLetters(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) return false;
        }

        return true;
    }

    /// <summary>Words every story uses: they say nothing about which event an article reports.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "above", "according", "across", "after", "again", "against", "also", "although", "among", "another", "around",
        "because", "been", "before", "being", "below", "between", "both", "but", "came", "come", "could", "during", "each",
        "earlier", "either", "even", "ever", "every", "from", "further", "have", "having", "here", "however", "into", "just",
        "last", "later", "least", "less", "like", "made", "make", "many", "more", "most", "much", "must", "near", "need", "never",
        "next", "none", "only", "other", "others", "over", "said", "same", "says", "should", "since", "some", "still", "such",
        "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "though", "through", "told", "under",
        "until", "upon", "very", "want", "were", "what", "when", "where", "whether", "which", "while", "will", "with", "within",
        "without", "would", "year", "years", "your", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "people", "according", "reported", "report", "reports", "added", "official", "officials", "sources", "including",
        "first", "second", "three", "four", "five", "seven", "eight", "nine", "twenty", "hundred", "thousand", "million",
        "billion", "percent", "cent", "week", "weeks", "month", "months", "today", "yesterday", "time", "times", "what", "whom",
        "whose", "does", "done", "doing", "going", "went", "take", "taken", "took", "give", "given", "gave", "well", "back",
        "down", "days", "news", "copyright", "xinhua", "reuters", "press", "associated",
    };
}

/// <summary>
/// Groups articles that report one event: two articles are linked when their content words are alike (TF-IDF cosine
/// over <see cref="WordProfile"/>s) and, when both are dated, their dates are close. Linear in the corpus: articles
/// meet only through a few rare words they share (an inverted index over each article's most telling words, words too
/// common to tell anything skipped), never all pairs; identical copies are linked to their first copy, not compared.
/// </summary>
public sealed class EventLinker
{
    /// <summary>Words per article that make it a candidate partner of another (its highest TF-IDF words).</summary>
    private const int BlockingWords = 15;

    /// <summary>A word in more articles than this tells nothing about one event (and would make blocking quadratic).</summary>
    private const int MaxPosting = 150;

    /// <summary>Top names two articles must share to be linked by names alone.</summary>
    private const int MinSharedNames = 3;

    private readonly int[] _representative;
    private readonly HashSet<long> _links = new();
    private readonly int[] _component;
    private readonly Dictionary<int, List<int>> _neighbours = new();
    private readonly (int[] Ids, double[] Weights, double Norm)[] _vectors;
    private readonly double _minSimilarity;

    /// <summary>Neighbours of one article looked at for a shared neighbour (a round-up linked to hundreds of stories tells
    /// nothing about any two of them).</summary>
    private const int MaxNeighbours = 200;

    /// <summary>Links the articles of <paramref name="profiles"/> (index = article) whose cosine is at least
    /// <paramref name="minSimilarity"/> and, when both are dated, whose dates are at most <paramref name="maxDaysApart"/>
    /// days apart (a dated and an undated article are never linked).</summary>
    public EventLinker(IReadOnlyList<WordProfile> profiles, IReadOnlyList<DateTime?> dates, int maxDaysApart, double minSimilarity, Func<int, bool>? cancelled = null)
        : this(profiles, null, dates, maxDaysApart, minSimilarity, cancelled)
    {
    }

    /// <summary>As above; besides, two articles whose sets of most frequent names (<paramref name="names"/>, one set per
    /// article) share at least <see cref="MinSharedNames"/> names are linked however different their other words: long
    /// pieces about one attack share its places and people more than their vocabulary.</summary>
    public EventLinker(IReadOnlyList<WordProfile> profiles, IReadOnlyList<HashSet<string>>? names, IReadOnlyList<DateTime?> dates, int maxDaysApart, double minSimilarity, Func<int, bool>? cancelled = null)
    {
        if (profiles is null) throw new ArgumentNullException(nameof(profiles));
        if (dates is null) throw new ArgumentNullException(nameof(dates));
        var n = profiles.Count;
        _representative = new int[n];
        _component = new int[n];
        var firstCopy = new Dictionary<(ulong, DateTime?), int>();
        var unique = new List<int>();
        for (var i = 0; i < n; i++)
        {
            _component[i] = i;
            var key = (profiles[i].TextHash, dates[i]);
            if (firstCopy.TryGetValue(key, out var first) && SameWords(profiles[first], profiles[i]))
            {
                _representative[i] = first;
            }
            else
            {
                if (!firstCopy.ContainsKey(key)) firstCopy.Add(key, i);
                _representative[i] = i;
                unique.Add(i);
            }
        }

        // Document frequencies over unique articles: copies do not make a word common.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var vectors = _vectors = new (int[] Ids, double[] Weights, double Norm)[n];
        _minSimilarity = minSimilarity;
        var wordIds = new int[n][];
        foreach (var a in unique)
        {
            var words = profiles[a].Words;
            var row = new int[words.Count];
            for (var w = 0; w < words.Count; w++)
            {
                if (!ids.TryGetValue(words[w], out var id))
                {
                    ids.Add(words[w], id = df.Count);
                    df.Add(0);
                }

                df[id]++;
                row[w] = id;
            }

            wordIds[a] = row;
        }

        var nameIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameDf = new List<int>();
        var namePostings = new Dictionary<int, List<int>>();
        if (names is not null)
        {
            foreach (var a in unique)
            {
                foreach (var name in names[a])
                {
                    if (!nameIds.TryGetValue(name, out var id))
                    {
                        nameIds.Add(name, id = nameDf.Count);
                        nameDf.Add(0);
                    }

                    nameDf[id]++;
                }
            }
        }

        var total = unique.Count;
        var postings = new Dictionary<int, List<int>>();
        var shared = new Dictionary<int, int>();
        foreach (var a in unique)
        {
            if (cancelled?.Invoke(a) == true) return;
            var row = wordIds[a];
            var counts = profiles[a].Counts;
            var order = new int[row.Length];
            var weights = new double[row.Length];
            double norm = 0;
            for (var w = 0; w < row.Length; w++)
            {
                weights[w] = (1 + Math.Log(counts[w])) * Math.Log(1 + (double)total / df[row[w]]);
                norm += weights[w] * weights[w];
                order[w] = w;
            }

            // Ids are in first-seen order, not sorted: sort the row by id for merging.
            Array.Sort(order, (x, y) => row[x].CompareTo(row[y]));
            var sortedIds = new int[row.Length];
            var sortedWeights = new double[row.Length];
            for (var w = 0; w < order.Length; w++)
            {
                sortedIds[w] = row[order[w]];
                sortedWeights[w] = weights[order[w]];
            }

            vectors[a] = (sortedIds, sortedWeights, Math.Sqrt(norm));

            // Blocking words: the article's most telling words that some other article also has.
            var blocking = new List<int>();
            for (var w = 0; w < row.Length; w++)
            {
                if (df[row[w]] >= 2 && df[row[w]] <= MaxPosting) blocking.Add(w);
            }

            blocking.Sort((x, y) => weights[y] != weights[x] ? weights[y].CompareTo(weights[x]) : row[x].CompareTo(row[y]));
            if (blocking.Count > BlockingWords) blocking.RemoveRange(BlockingWords, blocking.Count - BlockingWords);
            shared.Clear();
            foreach (var w in blocking)
            {
                if (!postings.TryGetValue(row[w], out var list)) postings.Add(row[w], list = new List<int>());
                foreach (var b in list) shared[b] = shared.TryGetValue(b, out var s) ? s + 1 : 1;
                list.Add(a);
            }

            if (names is not null)
            {
                foreach (var name in names[a])
                {
                    if (!nameIds.TryGetValue(name, out var id) || nameDf[id] > MaxPosting) continue;
                    if (!namePostings.TryGetValue(id, out var list)) namePostings.Add(id, list = new List<int>());
                    foreach (var b in list) shared[b] = shared.TryGetValue(b, out var s) ? s + NameMark : NameMark;
                    list.Add(a);
                }
            }

            foreach (var pair in shared)
            {
                var b = pair.Key;
                if (!Near(dates[a], dates[b], maxDaysApart)) continue;
                var byNames = names is not null && pair.Value >= NameMark && SharedCount(names[a], names[b]) >= MinSharedNames;
                if (!byNames && (pair.Value % NameMark < 2 || Cosine(vectors[a], vectors[b]) < minSimilarity)) continue;
                _links.Add(PairKey(a, b));
                Neighbours(a).Add(b);
                Neighbours(b).Add(a);
                Union(a, b);
            }
        }
    }

    /// <summary>Links two articles that other evidence shows to report one event (ledes that give one incident's figure at
    /// the same spots on the same day): they join one event group, as if their words had been alike.</summary>
    public void Link(int a, int b)
    {
        a = _representative[a];
        b = _representative[b];
        if (a == b || !_links.Add(PairKey(a, b))) return;
        Neighbours(a).Add(b);
        Neighbours(b).Add(a);
        Union(a, b);
    }

    /// <summary>The first identical copy of article <paramref name="i"/> (itself when it is the first).</summary>
    public int Representative(int i) => _representative[i];

    /// <summary>The event group of article <paramref name="i"/>: linked articles, and what they link to, share it.</summary>
    public int Event(int i) => Find(_representative[i]);

    /// <summary>True when the two articles (or their first copies) were found to report one event.</summary>
    public bool Linked(int a, int b)
    {
        a = _representative[a];
        b = _representative[b];
        return a == b || _links.Contains(PairKey(a, b));
    }

    /// <summary>
    /// True when the two articles are linked, or both are linked to a third one and still read somewhat alike (cosine at
    /// least half the linking threshold): the wire story of one day and the roundup of the next day share less with each
    /// other than each shares with the day's main report, yet tell of one event.
    /// </summary>
    public bool LinkedThroughOne(int a, int b)
    {
        if (Linked(a, b)) return true;
        a = _representative[a];
        b = _representative[b];
        if (!_neighbours.TryGetValue(a, out var na) || !_neighbours.TryGetValue(b, out var nb) || na.Count > MaxNeighbours || nb.Count > MaxNeighbours) return false;
        var (small, other) = na.Count <= nb.Count ? (na, b) : (nb, a);
        var common = false;
        foreach (var c in small)
        {
            if (_links.Contains(PairKey(c, other))) { common = true; break; }
        }

        return common && Cosine(_vectors[a], _vectors[b]) >= _minSimilarity / 2;
    }

    private List<int> Neighbours(int a)
    {
        if (!_neighbours.TryGetValue(a, out var list)) _neighbours.Add(a, list = new List<int>());
        return list;
    }

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private int Find(int i)
    {
        while (_component[i] != i)
        {
            _component[i] = _component[_component[i]];
            i = _component[i];
        }

        return i;
    }

    private void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return;
        if (a < b) _component[b] = a;
        else _component[a] = b;
    }

    private static bool Near(DateTime? a, DateTime? b, int maxDays) =>
        a is null && b is null || a is { } x && b is { } y && Math.Abs((x - y).TotalDays) <= maxDays;

    private static double Cosine((int[] Ids, double[] Weights, double Norm) a, (int[] Ids, double[] Weights, double Norm) b)
    {
        if (a.Norm == 0 || b.Norm == 0) return 0;
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            if (a.Ids[i] == b.Ids[j]) dot += a.Weights[i++] * b.Weights[j++];
            else if (a.Ids[i] < b.Ids[j]) i++;
            else j++;
        }

        return dot / (a.Norm * b.Norm);
    }

    /// <summary>Added per shared rare name to the shared-word count (which stays below it): one counter, two counts.</summary>
    private const int NameMark = 1 << 16;

    private static int SharedCount(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var n = 0;
        foreach (var x in small)
        {
            if (large.Contains(x)) n++;
        }

        return n;
    }

    private static bool SameWords(WordProfile a, WordProfile b)
    {
        if (a.Words.Count != b.Words.Count) return false;
        for (var i = 0; i < a.Words.Count; i++)
        {
            if (a.Words[i] != b.Words[i] || a.Counts[i] != b.Counts[i]) return false;
        }

        return true;
    }
}
